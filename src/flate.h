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

#endif /* FLATE_H */
