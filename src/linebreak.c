/* linebreak.c: breaking Traditional Chinese and Latin text into lines with libunibreak and Taiwanese fix-ups. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* libunibreak's; ours is "linebreak.h", found only by quoted includes. */
#include <linebreak.h>

#include "font.h"
#include "linebreak.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * Never at the start of a line: closing brackets and quotes, pauses and
 * stops, full-width and half-width, and the middle dots.  UAX #14 lets some
 * of these (；：· as NS or AI) start a line after a space.  Sorted.
 */
static const uint32_t linebreak_closers[] = {
	0x0021, 0x0029, 0x002C, 0x002E, 0x003A, 0x003B, 0x003F, 0x005D,
	0x007D, 0x00B7, 0x2019, 0x201D, 0x2027, 0x3001, 0x3002, 0x3009,
	0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B,
	0x301E, 0x301F, 0x30FB, 0xFE10, 0xFE11, 0xFE12, 0xFE13, 0xFE14,
	0xFE15, 0xFE16, 0xFE18, 0xFE50, 0xFE51, 0xFE52, 0xFE54, 0xFE55,
	0xFE56, 0xFE57, 0xFE5A, 0xFE5C, 0xFE5E, 0xFF01, 0xFF09, 0xFF0C,
	0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61,
	0xFF63, 0xFF64, 0xFF65
};

/* Never at the end of a line: opening brackets and quotes.  Sorted. */
static const uint32_t linebreak_openers[] = {
	0x0028, 0x005B, 0x007B, 0x2018, 0x201C, 0x3008, 0x300A, 0x300C,
	0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D, 0xFE17,
	0xFE59, 0xFE5B, 0xFE5D, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62
};

static pthread_once_t linebreak_once = PTHREAD_ONCE_INIT;

static int
linebreak_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static int
linebreak_closer(uint32_t cp)
{
	return bsearch(&cp, linebreak_closers,
	    sizeof linebreak_closers / sizeof *linebreak_closers,
	    sizeof *linebreak_closers, linebreak_cmp) != NULL;
}

static int
linebreak_opener(uint32_t cp)
{
	return bsearch(&cp, linebreak_openers,
	    sizeof linebreak_openers / sizeof *linebreak_openers,
	    sizeof *linebreak_openers, linebreak_cmp) != NULL;
}

/* Spaces that may hang past the end of a line, and line separators. */
static int
linebreak_space(uint32_t cp)
{
	switch (cp) {
	case ' ':
	case '\t':
	case '\n':
	case '\v':
	case '\f':
	case '\r':
	case 0x85:
	case 0x2028:
	case 0x2029:
	case 0x3000:
		return 1;
	}
	return 0;
}

/*
 * Part of a Latin word, number or URL: anything below the Hangul and CJK
 * blocks that is not a space.  Full-width forms are left to UAX #14, which
 * breaks between them as between ideographs.
 */
static int
linebreak_latin(uint32_t cp)
{
	return cp > ' ' && cp < 0x1100 && cp != 0x85;
}

/* Hyphen-minus, hyphen and non-breaking hyphen: they join ids (dev-46). */
static int
linebreak_hyphen(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/*
 * Decode one UTF-8 sequence at s (n bytes left) into *cp; returns its
 * length, 1 with U+FFFD for a bad byte so that every byte is consumed.
 * The noncharacter U+FFFF comes back as U+FFFD too.
 */
static size_t
linebreak_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t	len;

	if ((len = utf8_decode((const char *)s, n, cp)) == 0) {
		*cp = 0xfffd;
		len = 1;
	}
	/* libunibreak takes U+FFFF for its end of text and asserts on one. */
	if (*cp == 0xffff)
		*cp = 0xfffd;
	return len;
}

/*
 * Whether a line may end after character i and the next begin at i + 1,
 * judged on the Taiwanese rules UAX #14 does not know or gets wrong.
 */
static int
linebreak_allowed(const uint32_t *cps, size_t i)
{
	size_t	j;

	if (linebreak_closer(cps[i + 1]))
		return 0;
	/* Spaces after an opening bracket hang, so the bracket ends the line. */
	for (j = i; j > 0 && linebreak_space(cps[j]); j--)
		;
	if (linebreak_opener(cps[j]))
		return 0;
	/* UAX #14 breaks URLs after '/' and '?', and "NT$100" before '$'. */
	if (linebreak_latin(cps[i]) && linebreak_latin(cps[i + 1]))
		return 0;
	/* An id's hyphen joins whatever stands beside it (甲-1). */
	if (linebreak_hyphen(cps[i]) || linebreak_hyphen(cps[i + 1]))
		return 0;
	return 1;
}

/* Set one line from character start up to (not including) end. */
static void
linebreak_line(struct lb_line *line, const uint32_t *cps, const size_t *off,
    const double *adv, size_t start, size_t end)
{
	size_t	i;

	while (end > start && linebreak_space(cps[end - 1]))
		end--;
	line->start = off[start];
	line->len = off[end] - off[start];
	line->width = 0;
	for (i = start; i < end; i++)
		line->width += adv[i];
}

/*
 * Where to cut a word wider than the line that overflows at character
 * over: after the last '/' when that fills at least half the line, so
 * that a path or URL breaks between its parts; else as late as possible.
 * Either way not before a closer nor after an opener, and never beside a
 * hyphen, so that an id such as custom-1 or a case number such as
 * MODA-115-099 never reads as two on two lines.
 */
static size_t
linebreak_force(const uint32_t *cps, size_t start, size_t over)
{
	size_t	k;

	for (k = over; k > start && 2 * (k - start) >= over - start; k--) {
		if (cps[k - 1] == '/' && cps[k] != '/' &&
		    !linebreak_closer(cps[k]) && !linebreak_hyphen(cps[k]))
			return k;
	}
	for (k = over; k > start; k--) {
		if (!linebreak_closer(cps[k]) && !linebreak_opener(cps[k - 1]) &&
		    !linebreak_hyphen(cps[k]) && !linebreak_hyphen(cps[k - 1]))
			return k;
	}
	return over;
}

/* A character's advance: from the font, or in terminal cells without one. */
static double
linebreak_advance(const struct font *font, uint32_t cp, double size)
{
	int	w;

	if (font != NULL)
		return font_advance(font, cp) * size / 1000;
	w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

size_t
linebreak(const char *text, const struct font *font, double size,
    double width, struct lb_line **lines)
{
	const unsigned char	*s = (const unsigned char *)text;
	size_t			 n, ncps, i, start, last, end, nlines, cap;
	uint32_t		*cps;
	size_t			*off;
	double			*adv, w, space;
	char			*brks;
	struct lb_line		*out;

	*lines = NULL;
	if ((n = strlen(text)) == 0)
		return 0;
	/* Once, whichever of the documents' threads comes first. */
	pthread_once(&linebreak_once, init_linebreak);

	/* At most one character per byte; index everything by character. */
	cps = xreallocarray(NULL, n, sizeof *cps);
	off = xreallocarray(NULL, n + 1, sizeof *off);
	adv = xreallocarray(NULL, n, sizeof *adv);
	brks = xmalloc(n);
	space = linebreak_advance(font, ' ', size);
	for (i = ncps = 0; i < n; ncps++) {
		off[ncps] = i;
		i += linebreak_decode(s + i, n - i, &cps[ncps]);
		if (cps[ncps] == '\t')
			adv[ncps] = space;
		else if (cps[ncps] < ' ')
			adv[ncps] = 0;
		else
			adv[ncps] = linebreak_advance(font, cps[ncps], size);
	}
	off[ncps] = n;

	/* "zh" makes the curly quotes opening and closing, not ambiguous. */
	set_linebreaks_utf32(cps, ncps, "zh", brks);
	for (i = 0; i + 1 < ncps; i++) {
		if (brks[i] == LINEBREAK_ALLOWBREAK &&
		    !linebreak_allowed(cps, i))
			brks[i] = LINEBREAK_NOBREAK;
	}
	brks[ncps - 1] = LINEBREAK_MUSTBREAK;

	out = NULL;
	nlines = cap = 0;
	for (start = 0; start < ncps; start = end) {
		/*
		 * Fill greedily up to the last opportunity that fits.  Only a
		 * non-space can overflow, so spaces hang past the margin.
		 */
		last = SIZE_MAX;
		w = 0;
		for (i = start;; i++) {
			w += adv[i];
			if (i > start && w > width + 1e-6 &&
			    !linebreak_space(cps[i])) {
				if (last != SIZE_MAX)
					end = last + 1;
				else
					end = linebreak_force(cps, start, i);
				break;
			}
			if (brks[i] == LINEBREAK_MUSTBREAK) {
				end = i + 1;
				break;
			}
			if (brks[i] == LINEBREAK_ALLOWBREAK)
				last = i;
		}
		if (nlines == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			out = xreallocarray(out, cap, sizeof *out);
		}
		linebreak_line(&out[nlines++], cps, off, adv, start, end);

		/* A soft break swallows spaces; only a newline may indent. */
		if (brks[end - 1] != LINEBREAK_MUSTBREAK) {
			while (end < ncps && (cps[end] == ' ' ||
			    cps[end] == '\t' || cps[end] == 0x3000))
				end++;
		}
	}

	free(brks);
	free(adv);
	free(off);
	free(cps);
	*lines = out;
	return nlines;
}
