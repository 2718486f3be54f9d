/* fuzz-flate.c: fuzz harness for deflating in halves: any bytes, alone or repeated past the size that splits, deflate in two halves joined into one zlib stream that inflates back to them. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include "flate.h"
#include "fuzz.h"
#include "xmalloc.h"

/* Deflate buf in halves, inflate the joined stream and compare. */
static void
fuzz_halves(const unsigned char *buf, size_t len)
{
	struct libdeflate_decompressor	*d;
	unsigned char			*z, *back;
	size_t				 zlen, n = 0;

	if (flate_compress_halves(buf, len, (void **)&z, &zlen) != 0)
		FUZZ_FAIL("the halves of libdeflate's output join");
	back = xmalloc(len + 1);
	if ((d = libdeflate_alloc_decompressor()) == NULL)
		abort();
	FUZZ_ASSERT(libdeflate_zlib_decompress(d, z, zlen, back, len + 1,
	    &n) == LIBDEFLATE_SUCCESS);
	FUZZ_ASSERT(n == len && (len == 0 || memcmp(back, buf, len) == 0));
	libdeflate_free_decompressor(d);
	free(back);
	free(z);
}

/*
 * Byte 0 picks how often the rest repeats, a little changed each time,
 * so that a short input also makes a stream that long ones split; the
 * rest as it is is deflated in halves too.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char	*big;
	size_t		 times, i, n;

	if (size < 1)
		return 0;
	fuzz_halves(data + 1, size - 1);
	if (size < 2)
		return 0;
	times = (size_t)data[0] * 64;
	n = (size - 1) * times;
	if (n == 0 || n > 1 << 20)
		return 0;
	big = xmalloc(n);
	for (i = 0; i < times; i++) {
		memcpy(big + i * (size - 1), data + 1, size - 1);
		big[i * (size - 1)] ^= (unsigned char)i;
	}
	fuzz_halves(big, n);
	free(big);
	return 0;
}
