/* utf8.h: decoding one UTF-8 character strictly, and the columns of a text. */
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

/*
 * The terminal columns s takes, as the wizard's fields count them: wcwidth
 * in the locale, and where the locale knows no width, two columns from
 * U+1100 on and one below, so that a count never depends on the locale
 * being a Chinese one.  An invalid byte counts one column.
 */
int	utf8_width(const char *s);

#endif /* UTF8_H */
