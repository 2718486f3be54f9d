/* layout.h: a report set on A4 pages: every string, rule and box at its place. */
/* SPDX-License-Identifier: MIT */
#ifndef LAYOUT_H
#define LAYOUT_H

#include <stddef.h>

struct font;
struct report;

/* Coordinates are PDF points with the origin at the bottom left. */
struct lay_text {
	double		 x, y;		/* start of the baseline */
	double		 size;		/* font size in points */
	int		 face;		/* which of the font's faces draws it */
	char		*utf8;
};

struct lay_rule {
	double		 x0, y0, x1, y1;
	double		 width;		/* line width in points */
};

struct lay_box {
	double		 x, y, w, h;	/* stroked rectangle (a checkbox) */
};

struct lay_mark {
	int		 level;		/* 1 top-level, 2 nested under the last 1 */
	char		*title;
	double		 y;		/* top of the target on its page */
};

struct lay_page {
	struct lay_text	*texts;
	size_t		 ntexts;
	struct lay_rule	*rules;
	size_t		 nrules;
	struct lay_box	*boxes;
	size_t		 nboxes;
	struct lay_mark	*marks;
	size_t		 nmarks;
};

struct layout {
	double		 width, height;	/* page size in points (A4 portrait) */
	struct lay_page	*pages;
	size_t		 npages;
};

/*
 * Set the report in the font on A4 portrait pages: 12-point text, the
 * running header on top of each page and the footer 「第 X 頁，共 Y 頁」
 * under it; headings kept with what follows; table rows split between
 * lines, never inside one, and continued under 「（續）」, or never split
 * when the table keeps its rows; each text run in the face that draws
 * it.  Returns 0, or -1 with *cause set (a character no face has, a table
 * header taller than a page).  Free the result with layout_free; it
 * shares nothing with the report.
 */
int		 layout_report(const struct report *, const struct font *,
		    struct layout **, char **cause);
void		 layout_free(struct layout *);

#endif /* LAYOUT_H */
