/* utf8.h: decoding one UTF-8 character strictly. */
/* SPDX-License-Identifier: MIT */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode the character at s, reading at most n bytes, into *cp.  Returns its
 * length (1 to 4), or 0 for an invalid or truncated sequence: overlong
 * forms, surrogates and values above U+10FFFF are invalid, since no font
 * maps them and no PDF string could carry them.
 */
size_t	utf8_decode(const char *s, size_t n, uint32_t *cp);

#endif /* UTF8_H */
