/* utf8.c: decoding one UTF-8 character strictly, for every reader of text. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <string.h>
#include <wchar.h>

#include "utf8.h"

size_t
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len, i;
	uint32_t		 c, min;

	if (n == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if ((p[0] & 0xe0) == 0xc0) {
		len = 2;
		c = p[0] & 0x1f;
		min = 0x80;
	} else if ((p[0] & 0xf0) == 0xe0) {
		len = 3;
		c = p[0] & 0x0f;
		min = 0x800;
	} else if ((p[0] & 0xf8) == 0xf0) {
		len = 4;
		c = p[0] & 0x07;
		min = 0x10000;
	} else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

int
utf8_width(const char *s)
{
	size_t		 n = strlen(s), len;
	uint32_t	 cp;
	int		 w = 0, cw;

	while (n > 0) {
		if ((len = utf8_decode(s, n, &cp)) == 0) {
			len = 1;
			cw = 1;
		} else if ((cw = wcwidth((wchar_t)cp)) < 0)
			cw = cp >= 0x1100 ? 2 : 1;
		w += cw;
		s += len;
		n -= len;
	}
	return w;
}
