/* test-flate.c: flate_compress gives zlib streams that inflate back to the input, empty and large alike. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include "check.h"
#include "flate.h"

/* Compress, check the zlib header, inflate and compare; returns the size. */
static size_t
round_trip(const void *buf, size_t len)
{
	struct libdeflate_decompressor	*d;
	unsigned char			*z, *back;
	size_t				 zlen = 0, n = 0;
	char				*cause = NULL;

	CHECK(flate_compress(buf, len, (void **)&z, &zlen, &cause) == 0);
	if (z == NULL) {
		fprintf(stderr, "flate: %s\n", cause);
		free(cause);
		return 0;
	}
	/* CMF: deflate with a 32 KB window; FCHECK makes CMF.FLG % 31 == 0. */
	CHECK(zlen >= 6 && z[0] == 0x78 && (z[0] << 8 | z[1]) % 31 == 0);

	back = malloc(len + 1);
	d = libdeflate_alloc_decompressor();
	CHECK(libdeflate_zlib_decompress(d, z, zlen, back, len + 1, &n) ==
	    LIBDEFLATE_SUCCESS);
	CHECK(n == len && memcmp(back, buf, len) == 0);
	libdeflate_free_decompressor(d);
	free(back);
	free(z);
	return zlen;
}

int
main(void)
{
	static const char	 text[] = "投標廠商 Tender appendix 投標廠商";
	unsigned char		*big;
	uint32_t		 x = 1;
	size_t			 i, len = 1 << 20;

	round_trip("", 0);
	round_trip(text, sizeof text - 1);

	/* A megabyte, half noise and half a pattern that must shrink. */
	big = malloc(len);
	for (i = 0; i < len / 2; i++) {
		x = x * 1103515245 + 12345;
		big[i] = (unsigned char)(x >> 16);
	}
	for (; i < len; i++)
		big[i] = (unsigned char)(i % 7);
	CHECK(round_trip(big, len) < len * 6 / 10);
	free(big);
	return CHECK_DONE();
}
