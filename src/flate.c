/* flate.c: compressing a PDF stream for the FlateDecode filter with libdeflate, a large one in two halves at once. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include "flate.h"
#include "xmalloc.h"

/*
 * libdeflate's levels 1 to 9 parse greedily or lazily like zlib's but
 * faster and a little tighter; 10 to 12 search for the shortest parse.
 * On the benchmark's 502 KB font program level 6 is 0.7% larger than 7,
 * which is what keeps the document within 4% of the maximum level; 8 and
 * 9 take twice as long for 0.3% less.
 */
#define FLATE_LEVEL	7

/*
 * A stream this large is deflated in two halves at once, each on a core
 * of its own, and the halves joined into one zlib stream; the join costs
 * a few hundred bytes of matches the second half cannot make into the
 * first.  Where it splits depends only on the length, never on how many
 * cores there are, so the same input always gives the same bytes.  The
 * first half is the smaller, as this thread also walks and checks it.
 */
#define FLATE_SPLIT_MIN		(128 * 1024)
#define FLATE_FIRST_SHARE	45	/* per cent */

/* zlib's header for a 32 KB window and FLEVEL 3, as libdeflate writes it. */
#define FLATE_CMF	0x78
#define FLATE_FLG	0xda

/* One half: its input, and the raw deflate stream made of it. */
struct flate_half {
	const unsigned char	*in;
	size_t			 len;
	unsigned char		*out;
	size_t			 outlen;
	size_t			 size;
};

/* Raw deflate of h->in into h->out, with room for 8 more bytes. */
static void *
flate_half_run(void *arg)
{
	struct flate_half		*h = arg;
	struct libdeflate_compressor	*c;

	h->outlen = 0;
	if ((c = libdeflate_alloc_compressor(FLATE_LEVEL)) == NULL)
		return NULL;
	h->size = libdeflate_deflate_compress_bound(c, h->len) + 8;
	if ((h->out = malloc(h->size)) != NULL)
		h->outlen = libdeflate_deflate_compress(c, h->in, h->len,
		    h->out, h->size - 8);
	libdeflate_free_compressor(c);
	return NULL;
}

/*
 * Reading a raw deflate stream's bits, least significant first, to find
 * where its blocks begin and end; nothing is decompressed.
 */
struct flate_bits {
	const unsigned char	*p;
	size_t			 len;
	size_t			 pos;	/* next byte to load */
	uint64_t		 buf;
	unsigned int		 n;	/* bits in buf */
	int			 bad;
};

#define FLATE_TABLE_BITS	15	/* the longest code deflate allows */

static void
flate_fill(struct flate_bits *b)
{
	while (b->n <= 56 && b->pos < b->len) {
		b->buf |= (uint64_t)b->p[b->pos++] << b->n;
		b->n += 8;
	}
}

static uint32_t
flate_take(struct flate_bits *b, unsigned int k)
{
	uint32_t	v;

	if (b->n < k)
		flate_fill(b);
	if (b->n < k) {
		b->bad = 1;
		return 0;
	}
	v = (uint32_t)(b->buf & (((uint64_t)1 << k) - 1));
	b->buf >>= k;
	b->n -= k;
	return v;
}

static size_t
flate_bitpos(const struct flate_bits *b)
{
	return b->pos * 8 - b->n;
}

/*
 * A decoding table for the canonical Huffman code of lens: indexed by the
 * next 15 bits, each entry holds the code's length above bit 12 and its
 * symbol below; 0 where no code matches.  -1 for a code with more codes
 * than its lengths allow.
 */
static int
flate_table(uint16_t *tab, const uint8_t *lens, unsigned int nsym)
{
	unsigned int	count[16], next[16], code, s, l, r, k, i;
	int		left = 1;

	memset(count, 0, sizeof count);
	for (s = 0; s < nsym; s++)
		count[lens[s]]++;
	count[0] = 0;
	for (l = 1; l < 16; l++) {
		left = left * 2 - (int)count[l];
		if (left < 0)
			return -1;
	}
	code = 0;
	for (l = 1; l < 16; l++) {
		code = (code + count[l - 1]) << 1;
		next[l] = code;
	}
	memset(tab, 0, sizeof *tab << FLATE_TABLE_BITS);
	for (s = 0; s < nsym; s++) {
		if ((l = lens[s]) == 0)
			continue;
		code = next[l]++;
		for (r = 0, i = 0; i < l; i++)
			r |= ((code >> i) & 1) << (l - 1 - i);
		for (k = r; k < 1u << FLATE_TABLE_BITS; k += 1u << l)
			tab[k] = (uint16_t)(l << 12 | s);
	}
	return 0;
}

static unsigned int
flate_symbol(struct flate_bits *b, const uint16_t *tab)
{
	unsigned int	e;

	if (b->n < FLATE_TABLE_BITS)
		flate_fill(b);
	e = tab[b->buf & ((1u << FLATE_TABLE_BITS) - 1)];
	if (e == 0 || (e >> 12) > b->n) {
		b->bad = 1;
		return 0;
	}
	b->buf >>= e >> 12;
	b->n -= e >> 12;
	return e & 0xfff;
}

/* The code lengths of a dynamic block into lit and dist tables. */
static int
flate_dynamic(struct flate_bits *b, uint16_t *lit, uint16_t *dist,
    uint16_t *tmp)
{
	static const uint8_t	order[19] = {
		16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
	};
	uint8_t			lens[288 + 32], clen[19];
	unsigned int		nlit, ndist, ncode, i, sym, rep, prev;

	memset(lens, 0, sizeof lens);
	nlit = flate_take(b, 5) + 257;
	ndist = flate_take(b, 5) + 1;
	ncode = flate_take(b, 4) + 4;
	if (nlit > 286 || ndist > 30)
		return -1;
	memset(clen, 0, sizeof clen);
	for (i = 0; i < ncode; i++)
		clen[order[i]] = (uint8_t)flate_take(b, 3);
	if (b->bad || flate_table(tmp, clen, 19) != 0)
		return -1;
	for (i = 0; i < nlit + ndist && !b->bad;) {
		sym = flate_symbol(b, tmp);
		if (sym < 16) {
			lens[i++] = (uint8_t)sym;
			continue;
		}
		prev = 0;
		if (sym == 16) {
			if (i == 0)
				return -1;
			prev = lens[i - 1];
			rep = 3 + flate_take(b, 2);
		} else if (sym == 17)
			rep = 3 + flate_take(b, 3);
		else
			rep = 11 + flate_take(b, 7);
		if (i + rep > nlit + ndist)
			return -1;
		while (rep-- > 0)
			lens[i++] = (uint8_t)prev;
	}
	if (b->bad || lens[256] == 0 ||
	    flate_table(lit, lens, nlit) != 0 ||
	    flate_table(dist, lens + nlit, ndist) != 0)
		return -1;
	return 0;
}

/*
 * Where the last block of a raw deflate stream begins and where it ends,
 * in bits from the start; -1 when the stream is not one deflate writes.
 */
static int
flate_last_block(const unsigned char *p, size_t len, size_t *start,
    size_t *end)
{
	struct flate_bits	 b = { p, len, 0, 0, 0, 0 };
	uint16_t		*lit, *dist, *tmp;
	uint8_t			 lens[288];
	unsigned int		 final = 0, type, sym, i;
	size_t			 at, n;
	int			 rc = -1;

	lit = xreallocarray(NULL, 3u << FLATE_TABLE_BITS, sizeof *lit);
	dist = lit + (1u << FLATE_TABLE_BITS);
	tmp = dist + (1u << FLATE_TABLE_BITS);
	while (!final) {
		at = flate_bitpos(&b);
		final = flate_take(&b, 1);
		type = flate_take(&b, 2);
		if (b.bad || type == 3)
			goto out;
		if (type == 0) {
			flate_take(&b, b.n % 8);
			n = flate_take(&b, 16);
			if (b.bad || (flate_take(&b, 16) ^ 0xffff) != n)
				goto out;
			/* The bytes themselves: from buf first, then skip on. */
			for (; n > 0 && b.n > 0; n--)
				flate_take(&b, 8);
			if (n > b.len - b.pos)
				goto out;
			b.pos += n;
			continue;
		}
		if (type == 1) {
			for (i = 0; i < 288; i++)
				lens[i] = i < 144 ? 8 : i < 256 ? 9 :
				    i < 280 ? 7 : 8;
			flate_table(lit, lens, 288);
			memset(lens, 5, 30);
			flate_table(dist, lens, 30);
		} else if (flate_dynamic(&b, lit, dist, tmp) != 0)
			goto out;
		while (!b.bad && (sym = flate_symbol(&b, lit)) != 256) {
			if (sym < 256)
				continue;
			if (sym > 285)
				goto out;
			if (sym >= 265 && sym < 285)
				flate_take(&b, (sym - 261) / 4);
			if ((sym = flate_symbol(&b, dist)) > 29)
				goto out;
			if (sym >= 4)
				flate_take(&b, (sym - 2) / 2);
		}
		if (b.bad)
			goto out;
	}
	*start = at;
	*end = flate_bitpos(&b);
	rc = 0;
out:
	free(lit);
	return rc;
}

/*
 * Make the first half's stream go on into the second: its last block is
 * no longer the final one, and an empty stored block after it brings the
 * stream to a byte boundary, where the second half's first block starts
 * (zlib's sync flush).  -1 when the stream is not as expected.
 */
static int
flate_unfinish(struct flate_half *h)
{
	size_t	start, end, at, i;

	if (flate_last_block(h->out, h->outlen, &start, &end) != 0 ||
	    (end + 7) / 8 != h->outlen)
		return -1;
	h->out[start / 8] &= (unsigned char)~(1u << (start % 8));
	/* Bits from end on are zero: BFINAL 0, BTYPE 00, then the padding. */
	if (end / 8 < h->outlen)
		h->out[end / 8] &= (unsigned char)((1u << (end % 8)) - 1);
	at = (end + 3 + 7) / 8;
	for (i = (end + 7) / 8; i < at; i++)
		h->out[i] = 0;
	memcpy(h->out + at, "\000\000\377\377", 4);
	h->outlen = at + 4;
	return 0;
}

/* Deflate in one piece, as a zlib stream; 0, or -1 when out of memory. */
static int
flate_whole(const void *buf, size_t len, void **out, size_t *outlen)
{
	struct libdeflate_compressor	*c;
	size_t				 bound;

	if ((c = libdeflate_alloc_compressor(FLATE_LEVEL)) == NULL)
		return -1;
	bound = libdeflate_zlib_compress_bound(c, len);
	*out = xmalloc(bound);
	*outlen = libdeflate_zlib_compress(c, buf, len, *out, bound);
	libdeflate_free_compressor(c);
	return 0;
}

/*
 * Deflate in two halves, the second on a thread of its own when one
 * starts, and join them.  The first half's stream is walked block by
 * block to find its last; only libdeflate's own output is walked, and
 * tests inflate what is joined.
 */
int
flate_compress_halves(const void *buf, size_t len, void **out,
    size_t *outlen)
{
	struct flate_half	 h[2];
	pthread_t		 tid;
	unsigned char		*z;
	size_t			 split, n;
	uint32_t		 adler;
	int			 started, ok;

	*out = NULL;
	*outlen = 0;
	split = len / 100 * FLATE_FIRST_SHARE;
	memset(h, 0, sizeof h);
	h[0].in = buf;
	h[0].len = split;
	h[1].in = (const unsigned char *)buf + split;
	h[1].len = len - split;
	started = pthread_create(&tid, NULL, flate_half_run, &h[1]) == 0;
	flate_half_run(&h[0]);
	ok = h[0].outlen > 0 && flate_unfinish(&h[0]) == 0;
	adler = libdeflate_adler32(1, buf, len);
	if (started)
		pthread_join(tid, NULL);
	else
		flate_half_run(&h[1]);
	if (!ok || h[1].outlen == 0) {
		free(h[0].out);
		free(h[1].out);
		return -1;
	}

	n = 2 + h[0].outlen + h[1].outlen + 4;
	z = xmalloc(n);
	z[0] = FLATE_CMF;
	z[1] = FLATE_FLG;
	memcpy(z + 2, h[0].out, h[0].outlen);
	memcpy(z + 2 + h[0].outlen, h[1].out, h[1].outlen);
	z[n - 4] = (unsigned char)(adler >> 24);
	z[n - 3] = (unsigned char)(adler >> 16);
	z[n - 2] = (unsigned char)(adler >> 8);
	z[n - 1] = (unsigned char)adler;
	free(h[0].out);
	free(h[1].out);
	*out = z;
	*outlen = n;
	return 0;
}

/* Returns 0 with *out (caller frees), or -1 with *cause (caller frees). */
int
flate_compress(const void *buf, size_t len, void **out, size_t *outlen,
    char **cause)
{
	*out = NULL;
	*outlen = 0;
	if (len >= FLATE_SPLIT_MIN && flate_compress_halves(buf, len, out,
	    outlen) == 0)
		return 0;
	if (flate_whole(buf, len, out, outlen) != 0) {
		*cause = xstrdup("cannot start compressing: out of memory");
		return -1;
	}
	if (*outlen == 0) {
		/* Cannot happen: the bound is what the library promises. */
		free(*out);
		*out = NULL;
		*cause = xstrdup("cannot compress a PDF stream");
		return -1;
	}
	return 0;
}
