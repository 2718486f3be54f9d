/* fuzz-linebreak.c: fuzz harness for the line breaker and layout: any bytes as text broken into any column width, and set as the parts of a report that answers and catalogue text reach. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "font.h"
#include "fuzz.h"
#include "layout.h"
#include "linebreak.h"
#include "report.h"
#include "utf8.h"
#include "xmalloc.h"

/* Separates the pieces of an input that become a report's strings. */
#define FUZZ_SEP	'\x1e'

static struct font	*fuzz_font;

/* Column sets of the appendix and its annex; the checklist's comes from checklist.c. */
static const struct report_column fuzz_cols4[] = {
	{ "項次", 0.07, CELL_TEXT, NULL, NULL },
	{ "項目", 0.16, CELL_TEXT, NULL, NULL },
	{ "要求內容", 0.47, CELL_TEXT, NULL, NULL },
	{ "說明", 0.30, CELL_TEXT, NULL, NULL },
};
static const struct report_column fuzz_cols3[] = {
	{ "項次", 0.07, CELL_TEXT, NULL, NULL },
	{ "編號", 0.09, CELL_TEXT, NULL, NULL },
	{ "納入依據", 0.84, CELL_TEXT, NULL, NULL },
};

static int
fuzz_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\v' ||
	    cp == '\f' || cp == '\r' || cp == 0x85 || cp == 0x2028 ||
	    cp == 0x2029 || cp == 0x3000;
}

/*
 * The lines cover the text in order: between two lines, and after the
 * last, only spaces the breaks dropped; every line fits the width unless
 * it is a single character wider than the column.
 */
static void
fuzz_check_lines(const char *text, const struct lb_line *lines,
    size_t nlines, double width)
{
	size_t		 n = strlen(text), at = 0, i, k, len, nchars;
	uint32_t	 cp;

	FUZZ_ASSERT((n == 0) == (nlines == 0));
	for (i = 0; i < nlines; i++) {
		FUZZ_ASSERT(lines[i].start >= at);
		FUZZ_ASSERT(lines[i].start + lines[i].len <= n);
		for (k = at; k < lines[i].start; k += len) {
			if ((len = utf8_decode(text + k, n - k, &cp)) == 0)
				FUZZ_FAIL("a bad byte is dropped");
			FUZZ_ASSERT(fuzz_space(cp));
		}
		FUZZ_ASSERT(lines[i].width >= 0);
		nchars = 0;
		for (k = lines[i].start; k < lines[i].start + lines[i].len;
		    k += len, nchars++) {
			if ((len = utf8_decode(text + k, n - k, &cp)) == 0)
				len = 1;
		}
		FUZZ_ASSERT(lines[i].width <= width + 1e-6 || nchars <= 1);
		at = lines[i].start + lines[i].len;
	}
	for (k = at; k < n; k += len) {
		if ((len = utf8_decode(text + k, n - k, &cp)) == 0)
			FUZZ_FAIL("a bad byte is dropped at the end");
		FUZZ_ASSERT(fuzz_space(cp));
	}
}

/*
 * Replace what the font cannot draw (and bad bytes) by '?', so that the
 * layout gets past its glyph check; newlines and tabs stay.
 */
static char *
fuzz_drawable(const char *s)
{
	size_t		 n = strlen(s), i, len;
	uint32_t	 cp;
	char		*out, *p;

	p = out = xmalloc(n + 1);
	for (i = 0; i < n; i += len) {
		len = utf8_decode(s + i, n - i, &cp);
		if (len == 0 || (cp != '\n' && cp != '\t' &&
		    !font_covers(fuzz_font, cp))) {
			*p++ = '?';
			if (len == 0)
				len = 1;
			continue;
		}
		memcpy(p, s + i, len);
		p += len;
	}
	*p = '\0';
	return out;
}

/* Every string, rule and box lies on the page. */
static void
fuzz_check_layout(const struct layout *lay)
{
	const struct lay_page	*pg;
	size_t			 i, j;

	FUZZ_ASSERT(lay->npages > 0);
	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		for (j = 0; j < pg->ntexts; j++) {
			FUZZ_ASSERT(pg->texts[j].x >= 0 &&
			    pg->texts[j].x < lay->width);
			FUZZ_ASSERT(pg->texts[j].y > 0 &&
			    pg->texts[j].y < lay->height);
		}
		for (j = 0; j < pg->nrules; j++) {
			FUZZ_ASSERT(pg->rules[j].y0 > 0 &&
			    pg->rules[j].y1 > 0);
			FUZZ_ASSERT(pg->rules[j].y0 < lay->height &&
			    pg->rules[j].y1 < lay->height);
		}
		for (j = 0; j < pg->nboxes; j++)
			FUZZ_ASSERT(pg->boxes[j].y > 0 &&
			    pg->boxes[j].y + pg->boxes[j].h < lay->height);
	}
}

/*
 * A report like the appendix, its strings taken in turn from the pieces:
 * case facts, a paragraph, then table cells row by row.
 */
static void
fuzz_layout(char **pieces, size_t npieces, unsigned int flags)
{
	static const char *const labels[] = { "機關名稱", "案名", "案號" };
	const struct report_column	*cols;
	struct report			*r;
	struct report_block		*b;
	struct layout			*lay;
	const char			*cells[CHECKLIST_NCOLUMNS];	/* the widest */
	char				*cause = NULL;
	size_t				 ncols, i, c, p = 0;

	switch (flags % 3) {
	case 0:
		cols = fuzz_cols4;
		ncols = 4;
		break;
	case 1:
		cols = fuzz_cols3;
		ncols = 3;
		break;
	default:
		cols = checklist_columns;
		ncols = CHECKLIST_NCOLUMNS;
		break;
	}
	r = report_new("附件：資通安全要求", "subject", "agency",
	    "條款一覽表 112.09.25-1 · 0123456789abcdef", 0);
	b = report_add_fields(r);
	for (i = 0; i < 3 && p < npieces; i++)
		report_add_field(b, labels[i], pieces[p++]);
	/* Headings are the program's own words, never a file's. */
	report_add_heading(r, 1 + (flags & 1), "附錄：條款採用情形");
	if (p < npieces)
		report_add_paragraph(r, pieces[p++]);
	b = report_add_table(r, cols, ncols);
	while (p < npieces) {
		for (c = 0; c < ncols; c++) {
			if (cols[c].kind != CELL_TEXT)
				cells[c] = NULL;
			else
				cells[c] = p < npieces ? pieces[p++] : "";
		}
		report_add_row(b, cells, (flags & 2) ? cells[0] : NULL);
	}
	b = report_add_signatures(r);
	report_add_signature(b, "承辦人");

	if (layout_report(r, fuzz_font, &lay, &cause) != 0) {
		fprintf(stderr, "layout: %s\n", cause);
		FUZZ_FAIL("drawable text lays out");
	}
	fuzz_check_layout(lay);
	layout_free(lay);
	report_free(r);
}

/*
 * Byte 0 picks the width (1 to 511 points), byte 1 the size (4 to 19
 * points) and, above, the report's shape; the rest is the text.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lb_line	*lines;
	char		*text, *p, *q, **pieces = NULL;
	size_t		 nlines, npieces = 0, i;
	double		 width, pt;
	char		*cause = NULL;

	if (fuzz_font == NULL && font_open(NULL, &fuzz_font, &cause) != 0) {
		fprintf(stderr, "fuzz-linebreak: %s\n", cause);
		exit(77);
	}
	if (size < 2)
		return 0;
	width = 1 + data[0] * 2;
	pt = 4 + (data[1] & 15);
	text = xstrndup((const char *)data + 2, size - 2);

	nlines = linebreak(text, fuzz_font, pt, width, &lines);
	fuzz_check_lines(text, lines, nlines, width);
	free(lines);

	/* Then the same bytes as the pieces of a report. */
	for (p = text; p != NULL; p = q) {
		if ((q = strchr(p, FUZZ_SEP)) != NULL)
			*q++ = '\0';
		pieces = xreallocarray(pieces, npieces + 1, sizeof *pieces);
		pieces[npieces++] = fuzz_drawable(p);
	}
	fuzz_layout(pieces, npieces, data[1] >> 4);
	for (i = 0; i < npieces; i++)
		free(pieces[i]);
	free(pieces);
	free(text);
	return 0;
}
