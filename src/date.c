/* date.c: ISO dates for the answers file, ROC dates for people. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "date.h"

/* The day count of month m (1..12) in year y of the Common Era. */
static int
date_days(int y, int m)
{
	static const int	 days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int			 leap;

	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

static int
date_exists(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= date_days(y, m);
}

int
date_valid_iso(const char *s)
{
	int	 i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++) {
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	}
	return date_exists((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
	    (s[2] - '0') * 10 + (s[3] - '0'), (s[5] - '0') * 10 + (s[6] - '0'),
	    (s[8] - '0') * 10 + (s[9] - '0'));
}

/*
 * Skip the literal word at *p if it is there; returns whether it was.
 */
static int
date_skip(const char **p, const char *word)
{
	size_t	 n = strlen(word);

	if (strncmp(*p, word, n) != 0)
		return 0;
	*p += n;
	return 1;
}

/*
 * Read a number of 1 to 4 digits, ASCII or full-width (U+FF10..U+FF19),
 * into *v; returns the digit count, 0 when there is none.
 */
static int
date_number(const char **p, int *v)
{
	const unsigned char	*s = (const unsigned char *)*p;
	int			 n = 0;

	*v = 0;
	for (;;) {
		if (*s >= '0' && *s <= '9') {
			*v = *v * 10 + (*s - '0');
			s++;
		} else if (s[0] == 0xef && s[1] == 0xbc && s[2] >= 0x90 &&
		    s[2] <= 0x99) {
			*v = *v * 10 + (s[2] - 0x90);
			s += 3;
		} else
			break;
		if (++n > 4)
			return 0;
	}
	*p = (const char *)s;
	return n;
}

/* A separator between parts: one of - / . or the given CJK unit. */
static int
date_separator(const char **p, const char *unit, char *sep)
{
	if (**p == '-' || **p == '/' || **p == '.') {
		if (*sep != 0 && *sep != **p)
			return 0;
		*sep = **p;
		(*p)++;
		return 1;
	}
	if (*sep == 0 || *sep == 'u') {
		if (date_skip(p, unit)) {
			*sep = 'u';
			return 1;
		}
	}
	return 0;
}

/* Write v, which date_exists bounded, as n decimal digits. */
static void
date_digits(char *out, int v, int n)
{
	while (n-- > 0) {
		out[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

int
date_parse(const char *s, char iso[11])
{
	const char	*p = s;
	int		 y, m, d, ny, roc = 0;
	char		 sep = 0;

	iso[0] = '\0';
	while (*p == ' ')
		p++;
	if (date_skip(&p, "中華民國") || date_skip(&p, "中華民国") ||
	    date_skip(&p, "民國") || date_skip(&p, "民国"))
		roc = 1;
	if ((ny = date_number(&p, &y)) == 0)
		return -1;
	if (!date_separator(&p, "年", &sep) || date_number(&p, &m) == 0 ||
	    !date_separator(&p, "月", &sep) || date_number(&p, &d) == 0)
		return -1;
	if (sep == 'u' && !date_skip(&p, "日"))
		return -1;
	while (*p == ' ')
		p++;
	if (*p != '\0')
		return -1;
	/* Three digits or fewer is an ROC year: 115 is 2026. */
	if (roc || ny <= 3) {
		if (y < 1)
			return -1;
		y += 1911;
	}
	if (!date_exists(y, m, d))
		return -1;
	date_digits(iso, y, 4);
	iso[4] = '-';
	date_digits(iso + 5, m, 2);
	iso[7] = '-';
	date_digits(iso + 8, d, 2);
	iso[10] = '\0';
	return 0;
}

int
date_roc(const char *iso, char *out, size_t size)
{
	int	 y, m, d;

	if (size > 0)
		out[0] = '\0';
	if (!date_valid_iso(iso) || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 ||
	    y <= 1911)
		return -1;
	snprintf(out, size, "中華民國%d年%d月%d日", y - 1911, m, d);
	return 0;
}
