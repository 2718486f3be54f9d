/* sfnt.h: big-endian reads and writes of TrueType data, for the font reader and the font program writer. */
/* SPDX-License-Identifier: MIT */
#ifndef SFNT_H
#define SFNT_H

#include <stdint.h>

static inline uint32_t
sfnt_be16(const unsigned char *p)
{
	return (uint32_t)p[0] << 8 | p[1];
}

static inline uint32_t
sfnt_be32(const unsigned char *p)
{
	return sfnt_be16(p) << 16 | sfnt_be16(p + 2);
}

static inline void
sfnt_put16(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)((v >> 8) & 0xff);
	p[1] = (unsigned char)(v & 0xff);
}

static inline void
sfnt_put32(unsigned char *p, uint32_t v)
{
	sfnt_put16(p, v >> 16);
	sfnt_put16(p + 2, v & 0xffff);
}

#endif /* SFNT_H */
