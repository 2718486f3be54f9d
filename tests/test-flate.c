/* test-flate.c: flate_compress gives zlib streams that inflate back to the input, empty and large alike, and so do two halves deflated at once and joined. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include "check.h"
#include "flate.h"

/* Inflate z and compare it with buf; frees z and returns its size. */
static size_t
inflates_to(unsigned char *z, size_t zlen, const void *buf, size_t len)
{
	struct libdeflate_decompressor	*d;
	unsigned char			*back;
	size_t				 n = 0;

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

/* Compress, check the zlib header, inflate and compare; returns the size. */
static size_t
round_trip(const void *buf, size_t len)
{
	unsigned char	*z;
	size_t		 zlen = 0;
	char		*cause = NULL;

	CHECK(flate_compress(buf, len, (void **)&z, &zlen, &cause) == 0);
	if (z == NULL) {
		fprintf(stderr, "flate: %s\n", cause);
		free(cause);
		return 0;
	}
	return inflates_to(z, zlen, buf, len);
}

/*
 * Deflate in halves and join; the join must always succeed on
 * libdeflate's output and cost little against one piece: 1%, or a block
 * header on a small input.
 */
static void
halves(const void *buf, size_t len)
{
	unsigned char	*z;
	size_t		 zlen = 0, whole;

	CHECK(flate_compress_halves(buf, len, (void **)&z, &zlen) == 0);
	if (z == NULL) {
		fprintf(stderr, "halves of %zu bytes were not joined\n", len);
		return;
	}
	zlen = inflates_to(z, zlen, buf, len);
	whole = round_trip(buf, len);
	/* A second block header, and matches the join cut off. */
	CHECK(zlen <= whole + whole / 100 + 160);
}

/* Bytes of one kind: 0 noise, 1 zeros, 2 short runs, 3 text, 4 mixed. */
static void
fill(unsigned char *p, size_t len, int kind, uint32_t *x)
{
	static const char	text[] = "廠商應配合機關辦理資通安全稽核，"
	    "並於 30 日內改善 (ISO 27001)。";
	size_t			i, t = 0;

	for (i = 0; i < len; i++) {
		*x = *x * 1103515245 + 12345;
		switch (kind == 4 ? (int)(i / 4099 % 4) : kind) {
		case 0:
			p[i] = (unsigned char)(*x >> 16);
			break;
		case 1:
			p[i] = 0;
			break;
		case 2:
			p[i] = (unsigned char)(i / 37 % 5);
			break;
		default:
			/* Text with a changed byte now and then. */
			p[i] = (unsigned char)text[t++ % (sizeof text - 1)];
			if ((*x >> 20) % 97 == 0)
				p[i] ^= (unsigned char)(*x >> 8);
			break;
		}
	}
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

	/*
	 * Halves of every kind and of sizes that give stored, fixed and
	 * dynamic blocks, tiny ones included (their first half is empty).
	 */
	for (i = 0; i < 300; i += 7) {
		fill(big, i, (int)(i % 5), &x);
		halves(big, i);
	}
	for (i = 0; i < 5; i++) {
		fill(big, len, (int)i, &x);
		halves(big, len);
		halves(big, 128 * 1024 + i * 33331);
		halves(big, 3 * i + 1000);
	}
	free(big);
	return CHECK_DONE();
}
