/* flate.h: compressing a PDF stream for the FlateDecode filter. */
/* SPDX-License-Identifier: MIT */
#ifndef FLATE_H
#define FLATE_H

#include <stddef.h>

/*
 * Compress len bytes of buf as a zlib stream, which is what FlateDecode
 * reads.  Returns 0 with *out (caller frees) holding *outlen bytes, or -1
 * with *cause (caller frees).
 */
int	flate_compress(const void *buf, size_t len, void **out,
	    size_t *outlen, char **cause);

/*
 * The same in two halves deflated at once and joined, which flate_compress
 * does for a large stream; exposed for its tests.  Returns 0 with *out
 * (caller frees), or -1 when the halves could not be joined.
 */
int	flate_compress_halves(const void *buf, size_t len, void **out,
	    size_t *outlen);

#endif /* FLATE_H */
