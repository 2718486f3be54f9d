/* test-layout.c: a long clause table on A4: repeated headers, rows split between lines, margins, folios, missing glyphs (speed is make bench's). */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "font.h"
#include "layout.h"
#include "report.h"
#include "utf8.h"
#include "xmalloc.h"

#define LEFT		56.69
#define RIGHT		(595.276 - 56.69)
#define TOP		(841.89 - 42.52)
#define BOTTOM		42.52
#define SLACK		1e-6

#define NROWS		60
#define HUGE_ROW	30		/* this row is longer than a page */

static char	**clauses;
static size_t	  nclauses;

/* The project's decoder; the texts here are valid, so 0 never comes back. */
static size_t
utf8_next(const char *s, uint32_t *cp)
{
	size_t	n = utf8_decode(s, 4, cp);

	return n == 0 ? 1 : n;
}

static double
text_width(const struct font *f, const char *s, double size)
{
	uint32_t	cp;
	double		w = 0;

	while (*s != '\0') {
		s += utf8_next(s, &cp);
		w += font_advance(f, cp) * size / 1000;
	}
	return w;
}

/* Append s to *buf without its white space, which breaks may drop. */
static void
append_ink(char **buf, size_t *len, const char *s)
{
	size_t	n = strlen(s);

	*buf = xreallocarray(*buf, *len + n + 1, 1);
	for (; *s != '\0'; s++) {
		if (strchr(" \t\n", *s) == NULL)
			(*buf)[(*len)++] = *s;
	}
	(*buf)[*len] = '\0';
}

static void
load_clauses(void)
{
	FILE	*fp;
	char	*line = NULL, *field, *p;
	size_t	 cap = 0, len;

	fp = fopen(BUILD_SRCDIR "/tests/fixtures/pcc-table.txt", "r");
	if (fp == NULL)
		CHECK_SKIP("no fixture pcc-table.txt");
	while (getline(&line, &cap, fp) != -1) {
		line[strcspn(line, "\r\n")] = '\0';
		for (p = line; (field = strsep(&p, "\t")) != NULL;) {
			/* 100 to 300 characters, most of them three bytes. */
			len = strlen(field);
			if (len < 300 || len > 900)
				continue;
			clauses = xreallocarray(clauses, nclauses + 1,
			    sizeof *clauses);
			clauses[nclauses++] = xstrdup(field);
		}
	}
	free(line);
	fclose(fp);
	if (nclauses < 10)
		CHECK_SKIP("too few clauses in pcc-table.txt");
}

static char *
row_text(size_t r)
{
	char	*s, *t;
	size_t	 i;

	if (r != HUGE_ROW)
		return xstrdup(clauses[r % nclauses]);
	s = xstrdup("");
	for (i = 0; i < 8; i++) {
		t = xasprintf("%s%s\n", s, clauses[(r + i) % nclauses]);
		free(s);
		s = t;
	}
	return s;
}

static struct report *
table_report(void)
{
	static const struct report_column cols[] = {
		{ "編號", 0.08, CELL_TEXT, NULL, NULL },
		{ "要求事項", 0.50, CELL_TEXT, NULL, NULL },
		{ "說明", 0.32, CELL_TEXT, NULL, NULL },
		{ "符合", 0.10, CELL_CHECKBOX, NULL, NULL }
	};
	struct report		*r;
	struct report_block	*b;
	const char		*cells[4];
	char			*num, *text, *mark;
	size_t			 i;

	r = report_new("各類資訊服務採購之共通性資通安全基本要求", "附件",
	    "數位發展部", "案號 113-A-001　資通安全需求附件", (time_t)-1);
	report_add_heading(r, 1, "壹、廠商資格");
	report_add_paragraph(r, clauses[0]);
	b = report_add_fields(r);
	report_add_field(b, "機關名稱", "數位發展部資通安全署");
	report_add_field(b, "標案名稱", "資通系統委外開發及維運案（第二期）");
	report_add_heading(r, 2, "一、共通性要求");
	b = report_add_table(r, cols, 4);
	for (i = 0; i < NROWS; i++) {
		num = xasprintf("%zu", i + 1);
		text = row_text(i);
		mark = i % 10 == 0 ? xasprintf("第 %zu 項", i + 1) : NULL;
		cells[0] = num;
		cells[1] = text;
		cells[2] = i % 3 == 0 ? clauses[(i + 5) % nclauses] : "";
		cells[3] = NULL;
		report_add_row(b, cells, mark);
		free(num);
		free(text);
		free(mark);
	}
	b = report_add_signatures(r);
	report_add_signature(b, "廠商負責人");
	report_add_signature(b, "機關承辦人");
	report_add_signature(b, "機關主管");
	return r;
}

/*
 * The text s as one run, or as runs of several faces one after the other
 * on a baseline (Latin and Chinese are set in different faces).
 */
static const struct lay_text *
find_text(const struct lay_page *pg, const char *s)
{
	size_t	i, j, n, len = strlen(s);

	for (i = 0; i < pg->ntexts; i++) {
		for (j = i, n = 0; j < pg->ntexts &&
		    pg->texts[j].y == pg->texts[i].y; j++) {
			size_t k = strlen(pg->texts[j].utf8);

			if (n + k > len || memcmp(s + n, pg->texts[j].utf8,
			    k) != 0)
				break;
			n += k;
			if (n == len)
				return &pg->texts[i];
		}
	}
	return NULL;
}

/* The baseline of the highest text on the page. */
static double
top_y(const struct lay_page *pg)
{
	double	y = -1;
	size_t	i;

	for (i = 0; i < pg->ntexts; i++)
		y = fmax(y, pg->texts[i].y);
	return y;
}

static void
check_pages(const struct font *f, const struct layout *lay)
{
	const struct lay_page	*pg;
	const struct lay_text	*t;
	const struct lay_box	*b;
	char			*folio;
	double			 asc = font_ascent(f) / 1000;
	double			 desc = font_descent(f) / 1000;
	size_t			 i, j;
	int			 inside = 1;

	CHECK(lay->width == 595.276 && lay->height == 841.89);
	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		folio = xasprintf("第 %zu 頁，共 %zu 頁", i + 1, lay->npages);
		CHECK(find_text(pg, folio) != NULL);
		free(folio);

		for (j = 0; j < pg->ntexts; j++) {
			t = &pg->texts[j];
			if (t->x < LEFT - SLACK ||
			    t->x + text_width(f, t->utf8, t->size) >
			    RIGHT + SLACK ||
			    t->y + asc * t->size > TOP + SLACK ||
			    t->y + desc * t->size < BOTTOM - SLACK) {
				fprintf(stderr, "page %zu: outside the margins:"
				    " %s at %g,%g\n", i + 1, t->utf8, t->x,
				    t->y);
				inside = 0;
			}
		}
		for (j = 0; j < pg->nboxes; j++) {
			b = &pg->boxes[j];
			if (b->x < LEFT || b->x + b->w > RIGHT ||
			    b->y < BOTTOM || b->y + b->h > TOP)
				inside = 0;
		}
	}
	CHECK(inside);
}

/*
 * Follow the 要求事項 column across pages: every line once and in order,
 * the header above it on every page the table is on, and no split row
 * leaving fewer than three lines on a page: a stub of one or two lines
 * reads as a row of its own.
 */
static void
check_table(const struct layout *lay)
{
	const struct lay_page	*pg;
	const struct lay_text	*t, *head, *head1;
	const struct lay_text	**lines = NULL;
	size_t			*pages = NULL, nlines = 0, i, j, k, r, start;
	size_t			 split = 0;
	char			*want = NULL, *got = NULL, *row, *ink;
	size_t			 wantlen = 0, gotlen = 0, inklen;
	double			 cx = -1;
	int			 ok = 1, top;

	/* The column's x: of the line set right after the first row number. */
	pg = &lay->pages[0];
	for (j = 0; j + 1 < pg->ntexts && cx < 0; j++) {
		if (strcmp(pg->texts[j].utf8, "1") == 0)
			cx = pg->texts[j + 1].x;
	}
	CHECK(cx > 0);
	head1 = find_text(&lay->pages[0], "要求事項");
	CHECK(head1 != NULL);
	if (cx < 0 || head1 == NULL)
		return;

	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		head = find_text(pg, "要求事項");
		top = 1;
		for (j = 0; j < pg->ntexts; j++) {
			t = &pg->texts[j];
			/* The column's runs: at its text edge or right of it. */
			if (t->x < cx - SLACK || t->x > cx + 220 ||
			    t->size != 12 ||
			    (head != NULL && t->y >= head->y))
				continue;
			if (top) {
				/* The header repeats, on top of the page. */
				CHECK(head != NULL && head->x == head1->x &&
				    head->y > t->y);
				/* Under a 「（續）」 caption when a row goes on. */
				if (head != NULL && i > 0)
					CHECK(head->y >= top_y(pg) - 30);
				top = 0;
			}
			lines = xreallocarray(lines, nlines + 1, sizeof *lines);
			pages = xreallocarray(pages, nlines + 1, sizeof *pages);
			lines[nlines] = t;
			pages[nlines++] = i;
			append_ink(&got, &gotlen, t->utf8);
		}
	}
	for (r = 0; r < NROWS; r++) {
		row = row_text(r);
		append_ink(&want, &wantlen, row);
		free(row);
	}
	CHECK(got != NULL && strcmp(got, want) == 0);
	free(want);

	/* Cut the lines back into rows, then look at the pieces of each. */
	for (r = j = 0; r < NROWS && ok; r++) {
		row = row_text(r);
		want = NULL;
		wantlen = 0;
		append_ink(&want, &wantlen, row);
		free(row);
		ink = NULL;
		inklen = 0;
		for (start = j; j < nlines && (ink == NULL ||
		    strcmp(ink, want) != 0); j++)
			append_ink(&ink, &inklen, lines[j]->utf8);
		if (ink == NULL || strcmp(ink, want) != 0) {
			fprintf(stderr, "row %zu: lines lost\n", r + 1);
			ok = 0;
		} else if (pages[start] != pages[j - 1]) {
			for (i = start; i < j; i = k) {
				for (k = i; k < j && pages[k] == pages[i]; k++)
					;
				if (k - i < 3) {
					fprintf(stderr, "row %zu: %zu line on "
					    "page %zu\n", r + 1, k - i,
					    pages[i] + 1);
					ok = 0;
				}
			}
			split++;
		}
		free(ink);
		free(want);
	}
	/* At least the long row and some of the others went over a page. */
	CHECK(split >= 2);
	/* Each went on under its number and 「（續）」. */
	for (i = 0, k = 0; i < lay->npages; i++) {
		for (j = 0; j < lay->pages[i].ntexts; j++)
			k += strstr(lay->pages[i].texts[j].utf8, "（續）") != NULL;
	}
	CHECK(k >= split);
	CHECK(ok);
	free(lines);
	free(pages);
	free(got);
}

static void
test_table(const struct font *f)
{
	struct report	*r;
	struct layout	*lay;
	char		*cause = NULL;
	size_t		 i, j, boxes = 0, marks1 = 0, marks2 = 0, datepage;
	int		 dates = 0;

	r = table_report();
	CHECK(layout_report(r, f, &lay, &cause) == 0);
	/* The layout must not lean on the report's memory. */
	report_free(r);
	if (lay == NULL) {
		fprintf(stderr, "layout_report: %s\n", cause);
		free(cause);
		return;
	}
	CHECK(lay->npages >= 4);
	check_pages(f, lay);
	check_table(lay);

	datepage = 0;
	for (i = 0; i < lay->npages; i++) {
		boxes += lay->pages[i].nboxes;
		for (j = 0; j < lay->pages[i].nmarks; j++) {
			if (lay->pages[i].marks[j].level == 1)
				marks1++;
			else
				marks2++;
		}
		for (j = 0; j < lay->pages[i].ntexts; j++) {
			if (strcmp(lay->pages[i].texts[j].utf8, REPORT_SIGN_DATE) != 0)
				continue;
			if (dates++ == 0)
				datepage = i;
			CHECK(datepage == i);
		}
	}
	CHECK(boxes == NROWS);
	CHECK(marks1 == 1);
	CHECK(marks2 == 1 + NROWS / 10);
	CHECK(dates == 3);
	layout_free(lay);
}

/* A heading is never the last thing on a page: two lines follow it. */
static void
test_keep(const struct font *f)
{
	struct report		*r;
	struct layout		*lay;
	const struct lay_page	*pg;
	char			*cause = NULL, *s, *p;
	size_t			 i, j, k, below, n = 0;

	r = report_new("章節", NULL, NULL, "頁尾", (time_t)-1);
	for (i = 0; i < 60; i++) {
		s = xasprintf("第 %zu 章", i + 1);
		report_add_heading(r, 1 + i % 2, s);
		free(s);
		/* Lengths that walk headings over every spot of a page. */
		p = clauses[i % nclauses] + (i * 37 % 5) * 60;
		while (((unsigned char)*p & 0xc0) == 0x80)
			p++;
		/* Two clauses: at least two lines to keep with the heading. */
		s = xasprintf("%s%s", p, clauses[(i + 1) % nclauses]);
		report_add_paragraph(r, s);
		free(s);
	}
	CHECK(layout_report(r, f, &lay, &cause) == 0);
	report_free(r);
	if (lay == NULL) {
		free(cause);
		return;
	}
	check_pages(f, lay);
	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		for (j = 0; j < pg->nmarks; j++) {
			below = 0;
			for (k = 0; k < pg->ntexts; k++) {
				if (pg->texts[k].size == 12 &&
				    pg->texts[k].y < pg->marks[j].y - 16)
					below++;
			}
			CHECK(below >= 2);
			n++;
		}
	}
	CHECK(n == 60);
	layout_free(lay);
}

/* The x of the first text run on page 0 that starts with s, or -1. */
static double
text_x(const struct layout *lay, const char *s)
{
	size_t	k;

	for (k = 0; k < lay->pages[0].ntexts; k++) {
		if (strncmp(lay->pages[0].texts[k].utf8, s, strlen(s)) == 0)
			return lay->pages[0].texts[k].x;
	}
	return -1;
}

/* Items (1) (2) under an item 1. start where the text of 1. starts. */
static void
test_items(const struct font *f)
{
	struct report	*r;
	struct layout	*lay;
	char		*cause = NULL;
	double		 one, sub1, sub2, two, text;

	r = report_new("項目", NULL, NULL, "頁尾", (time_t)-1);
	report_add_paragraph(r, "1. 甲項：\n(1) 乙\n(2) 丙\n2. 丁");
	CHECK(layout_report(r, f, &lay, &cause) == 0);
	report_free(r);
	if (lay == NULL) {
		free(cause);
		return;
	}
	one = text_x(lay, "1.");
	text = text_x(lay, "甲項");
	sub1 = text_x(lay, "(1)");
	sub2 = text_x(lay, "(2)");
	two = text_x(lay, "2.");
	CHECK(one >= 0 && text > one && two == one);
	CHECK(sub1 > one && sub1 > text - 0.01 && sub1 < text + 0.01);
	CHECK(sub2 == sub1);
	layout_free(lay);
}

static void
test_missing(const struct font *f)
{
	static const struct report_column cols[] = {
		{ "項目", 0.6, CELL_TEXT, NULL, NULL }, { "勾選", 0.4, CELL_CHECKBOX, NULL, NULL }
	};
	struct report		*r;
	struct report_block	*b;
	struct layout		*lay = (struct layout *)1;
	const char		*cells[2] = { "含表情符號😀的條款", NULL };
	char			*cause = NULL;

	r = report_new("標題", NULL, NULL, NULL, (time_t)-1);
	report_add_paragraph(r, "正常的段落");
	b = report_add_table(r, cols, 2);
	report_add_row(b, cells, NULL);
	CHECK(layout_report(r, f, &lay, &cause) == -1);
	CHECK(lay == NULL);
	CHECK(cause != NULL && strstr(cause, "U+1F600") != NULL);
	free(cause);
	report_free(r);
}

/*
 * A checklist: choice boxes of over 4 mm, rows never split, seal boxes of
 * 4 cm and the sign-off on the page of the last row.
 */
static void
test_checklist(const struct font *f)
{
	static const struct report_column cols[] = {
		{ "項次", 0.08, CELL_TEXT, NULL, NULL },
		{ "要求內容", 0.52, CELL_TEXT, NULL, NULL },
		{ "廠商自評", 0.2, CELL_CHOICES, NULL, "符合\n不符合\n不適用" },
		{ "機關審查", 0.2, CELL_CHOICES, "審查", "符合\n不符合" },
	};
	struct report		*r;
	struct report_block	*t, *b;
	struct layout		*lay;
	const struct lay_page	*pg;
	const char		*cells[4];
	char			*cause = NULL, num[16];
	size_t			 i, j, k, seals = 0, small = 0, choice = 0;
	size_t			 lastpage = 0, signpage = 0, lastrow = 0;

	r = report_new("檢核表", NULL, NULL, NULL, (time_t)-1);
	t = report_add_table(r, cols, 4);
	t->keep_rows = 1;
	t->keep_with_next = 1;
	for (i = 0; i < 40; i++) {
		snprintf(num, sizeof num, "%zu", i + 1);
		cells[0] = num;
		cells[1] = clauses[i % nclauses];
		cells[2] = cells[3] = NULL;
		report_add_row(t, cells, NULL);
	}
	b = report_add_seals(r, 40);
	b->keep_with_next = 1;
	report_add_seal(b, "廠商印章");
	report_add_seal(b, "負責人印章");
	b = report_add_signatures(r);
	report_add_signature(b, "廠商負責人");
	CHECK(layout_report(r, f, &lay, &cause) == 0);
	report_free(r);
	if (lay == NULL) {
		free(cause);
		return;
	}
	check_pages(f, lay);
	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		for (j = 0; j < pg->nboxes; j++) {
			if (fabs(pg->boxes[j].w - 40 * 72 / 25.4) < 0.01 &&
			    fabs(pg->boxes[j].h - 40 * 72 / 25.4) < 0.01)
				seals++;
			else if (pg->boxes[j].w < 4 * 72 / 25.4 ||
			    pg->boxes[j].h < 4 * 72 / 25.4)
				small++;
			else
				choice++;
		}
		for (j = 0; j < pg->ntexts; j++) {
			/* No row is cut: none goes on under 「（續）」. */
			CHECK(strstr(pg->texts[j].utf8, "（續）") == NULL);
			if (strcmp(pg->texts[j].utf8, "40") == 0)
				lastpage = i, lastrow++;
			if (strcmp(pg->texts[j].utf8, "廠商負責人") == 0)
				signpage = i;
		}
	}
	/* Three boxes and two in each of the forty rows, two seals. */
	CHECK(choice == 40 * 5);
	CHECK(seals == 2);
	CHECK(small == 0);
	CHECK(lastrow == 1);
	CHECK(signpage == lastpage);
	/* The group's title heads its columns: a second header row. */
	for (i = 0, k = 0; i < lay->npages; i++)
		k += find_text(&lay->pages[i], "審查") != NULL;
	CHECK(k == lay->npages);
	layout_free(lay);
}

int
main(void)
{
	struct font	*f;
	char		*cause;
	size_t		 i;

	if (font_open(NULL, &f, &cause) != 0)
		CHECK_SKIP(cause);
	load_clauses();
	test_table(f);
	test_keep(f);
	test_items(f);
	test_missing(f);
	test_checklist(f);
	for (i = 0; i < nclauses; i++)
		free(clauses[i]);
	free(clauses);
	font_free(f);
	return CHECK_DONE();
}
