/* maxdeflate.c: a PDF's size were its font programs, or all its streams, deflated at libdeflate's maximum level. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include "maxdeflate.h"

#define MAXDEFLATE_LEVEL	12

/* Inflate a zlib stream of unknown size into *out (caller frees). */
static int
maxdeflate_inflate(struct libdeflate_decompressor *d, const char *in,
    size_t len, char **out, size_t *outlen)
{
	size_t	cap = len * 4 + 1024;
	char	*buf;
	enum libdeflate_result r;

	for (;;) {
		if ((buf = malloc(cap)) == NULL)
			return -1;
		r = libdeflate_zlib_decompress(d, in, len, buf, cap, outlen);
		if (r == LIBDEFLATE_SUCCESS) {
			*out = buf;
			return 0;
		}
		free(buf);
		if (r != LIBDEFLATE_INSUFFICIENT_SPACE || cap > (size_t)1 << 30)
			return -1;
		cap *= 2;
	}
}

int
maxdeflate_size(const char *path, size_t *size, size_t *fontmax,
    size_t *maxsize)
{
	struct libdeflate_decompressor	*d;
	struct libdeflate_compressor	*c;
	FILE				*f;
	char				*pdf, *p, *end, *dict, *raw, *z;
	size_t				 len, rawlen, zlen, bound, n;
	long				 flen;
	int				 rc = -1;

	if ((f = fopen(path, "rb")) == NULL || fseek(f, 0, SEEK_END) != 0 ||
	    (flen = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		perror(path);
		if (f != NULL)
			fclose(f);
		return -1;
	}
	len = (size_t)flen;
	pdf = malloc(len + 1);
	if (pdf == NULL || fread(pdf, 1, len, f) != len) {
		fprintf(stderr, "%s: cannot read\n", path);
		fclose(f);
		free(pdf);
		return -1;
	}
	fclose(f);
	pdf[len] = '\0';
	d = libdeflate_alloc_decompressor();
	c = libdeflate_alloc_compressor(MAXDEFLATE_LEVEL);
	if (d == NULL || c == NULL)
		goto out;

	*size = *fontmax = *maxsize = len;
	for (p = pdf; (p = memmem(p, len - (size_t)(p - pdf), "stream",
	    6)) != NULL; p = end) {
		/* "endstream" is no start; the dictionary ends just before. */
		if (p > pdf + 2 && strncmp(p - 3, "end", 3) == 0) {
			end = p + 6;
			continue;
		}
		dict = p;
		while (dict > pdf && strncmp(dict, "<<", 2) != 0)
			dict--;
		p += 6;
		if (*p == '\r')
			p++;
		if (*p == '\n')
			p++;
		if ((end = memmem(p, len - (size_t)(p - pdf), "endstream",
		    9)) == NULL)
			break;
		/* One end of line before "endstream" is not the stream's. */
		n = (size_t)(end - p);
		if (n > 0 && p[n - 1] == '\n')
			n--;
		if (memmem(dict, (size_t)(p - dict), "/FlateDecode", 12) == NULL)
			continue;
		if (maxdeflate_inflate(d, p, n, &raw, &rawlen) != 0) {
			fprintf(stderr, "%s: a stream does not inflate\n", path);
			goto out;
		}
		bound = libdeflate_zlib_compress_bound(c, rawlen);
		if ((z = malloc(bound)) == NULL) {
			free(raw);
			goto out;
		}
		zlen = libdeflate_zlib_compress(c, raw, rawlen, z, bound);
		free(raw);
		free(z);
		/* Only the stream's bytes change; its /Length digits hardly. */
		*maxsize = *maxsize - n + zlen;
		/* A TrueType program's stream says how long it is inflated. */
		if (memmem(dict, (size_t)(p - dict), "/Length1", 8) != NULL)
			*fontmax = *fontmax - n + zlen;
	}
	rc = 0;
out:
	if (d != NULL)
		libdeflate_free_decompressor(d);
	if (c != NULL)
		libdeflate_free_compressor(c);
	free(pdf);
	return rc;
}
