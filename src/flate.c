/* flate.c: compressing a PDF stream for the FlateDecode filter with libdeflate. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>

#include <libdeflate.h>

#include "flate.h"
#include "xmalloc.h"

/*
 * libdeflate's levels 1 to 9 parse greedily or lazily like zlib's but
 * faster and a little tighter; 10 to 12 search for the shortest parse.
 * On the benchmark's 533 KB font program level 7 takes 9.6 ms; 8 and 9
 * take 16 and 19 ms for 0.3% less; 10 is 3.4% smaller but takes 42 ms
 * and 6 MB more memory.  Deflating on a second thread while libharu
 * builds the pages measured no faster.
 */
#define FLATE_LEVEL	7

/* Returns 0 with *out (caller frees), or -1 with *cause (caller frees). */
int
flate_compress(const void *buf, size_t len, void **out, size_t *outlen,
    char **cause)
{
	struct libdeflate_compressor	*c;
	size_t				 bound, n;

	*out = NULL;
	*outlen = 0;
	if ((c = libdeflate_alloc_compressor(FLATE_LEVEL)) == NULL) {
		*cause = xstrdup("cannot start compressing: out of memory");
		return -1;
	}
	bound = libdeflate_zlib_compress_bound(c, len);
	*out = xmalloc(bound);
	n = libdeflate_zlib_compress(c, buf, len, *out, bound);
	libdeflate_free_compressor(c);
	if (n == 0) {
		/* Cannot happen: the bound is what the library promises. */
		free(*out);
		*out = NULL;
		*cause = xstrdup("cannot compress a PDF stream");
		return -1;
	}
	*outlen = n;
	return 0;
}
