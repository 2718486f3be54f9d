/* layout.c: setting a report on A4 pages, splitting tables between lines and repeating their header. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "font.h"
#include "layout.h"
#include "linebreak.h"
#include "report.h"
#include "utf8.h"
#include "xmalloc.h"

#define LAYOUT_WIDTH		595.276		/* A4 portrait */
#define LAYOUT_HEIGHT		841.89
#define LAYOUT_MARGIN_X		56.693		/* 2 cm */
#define LAYOUT_MARGIN_Y		42.52		/* 1.5 cm */
#define LAYOUT_MM		2.834646	/* points in a millimetre */

/* Agencies write 12 to 14 point 標楷體: body and tables at 12. */
#define LAYOUT_TITLE_SIZE	18
#define LAYOUT_LABEL_SIZE	14
#define LAYOUT_H1_SIZE		14
#define LAYOUT_H2_SIZE		12
#define LAYOUT_HEAD_LEADING	1.3
#define LAYOUT_BODY_SIZE	12
#define LAYOUT_BODY_LEADING	1.45
#define LAYOUT_HEADER_SIZE	10		/* running header */
#define LAYOUT_FOOTER_SIZE	10
#define LAYOUT_FOLIO_SIZE	10
#define LAYOUT_HEADER_GAP	10		/* between the header rule and the body */
#define LAYOUT_FOOTER_GAP	12		/* between the body and the footer */

#define LAYOUT_RULE		0.5
#define LAYOUT_PAD		4		/* inside table cells */
#define LAYOUT_FIELD_PAD	2		/* above and below a field */
#define LAYOUT_FIELD_LABEL	0.28		/* share of the width for labels */
#define LAYOUT_BOX		(4.2 * LAYOUT_MM)	/* checkbox side, over 4 mm */
#define LAYOUT_BOX_GAP		3		/* between a box and its label */
#define LAYOUT_SIGN_HEIGHT	48		/* one signature line and its air */
#define LAYOUT_SIGN_LABEL	0.3		/* widest share for its label */
#define LAYOUT_SEAL_GAP		(10 * LAYOUT_MM)	/* between seal boxes */

#define LAYOUT_AFTER_TITLE	14
#define LAYOUT_BEFORE_H1	14
#define LAYOUT_BEFORE_H2	9
#define LAYOUT_AFTER_HEADING	5
#define LAYOUT_AFTER_PARAGRAPH	6
#define LAYOUT_AFTER_TABLE	12
#define LAYOUT_BEFORE_SIGNS	12

/* Slack for comparing positions built by repeated subtraction. */
#define LAYOUT_EPSILON		1e-6

#define LAYOUT_CONTINUED	"%s %s（續）"
#define LAYOUT_FOLIO		"第 %zu 頁，共 %zu 頁"
/* Every character the folio and captions can need, checked up front. */
#define LAYOUT_FOLIO_CHARS	"第 0123456789 頁，共 頁（續）"

/* A line of a paragraph: a span of its text, set dx right of the left edge. */
struct layout_line {
	size_t			 start;		/* byte offset into the text */
	size_t			 len;
	double			 width;		/* in points */
	double			 dx;		/* hanging indent of an item */
};

/* A string broken into lines for one width and size. */
struct layout_para {
	const char		*text;
	struct layout_line	*lines;
	size_t			 nlines;
};

/*
 * Rows of cells with top-aligned lines on a common grid of line slots, so
 * that a row can be cut between any two slots.  Tables and fields both.
 */
struct layout_grid {
	size_t			 ncols;
	double			*x;		/* ncols + 1 column edges */
	double			*tx;		/* left of each column's text */
	enum cell_kind		*kinds;
	struct layout_para	*head;		/* column titles, or NULL */
	size_t			 nhead;		/* slots of the title row */
	struct layout_para	*ghead;		/* group titles, on a group's first column */
	size_t			 nghead;	/* slots of the group row, 0 for none */
	int			*inner;		/* column c shares c - 1's group */
	struct layout_para	*cells;		/* nrows * ncols */
	size_t			*slots;		/* slots of each row */
	int			*writeon;	/* fields: a value to write by hand */
	size_t			 merge;		/* 1 + the merged column, or 0 */
	int			*cont;		/* row r's merged cell goes on from r - 1 */
	size_t			*mslots;	/* slots of a row showing its merged cell */
	const struct report_row	*rows;		/* for bookmarks, or NULL */
	const struct report_block *block;	/* a table's, or NULL */
	const char		*first;		/* title of the first column, or NULL */
	size_t			 nrows;
	double			 pad;		/* above and below each row */
	int			 ruled;
	int			 keep_rows;
	int			 last;		/* nothing follows it in the report */
};

/* A block broken into lines before any of it is placed. */
struct layout_prep {
	struct layout_para	 para;		/* heading, paragraph */
	struct layout_grid	 grid;		/* fields, table */
	struct layout_para	*signs;		/* signature and seal labels */
	double			 size;		/* heading */
	double			 signlabel;	/* width of signature labels */
};

struct layout_state {
	const struct font	*font;
	struct layout		*lay;
	struct lay_page		*page;		/* the page being written */
	double			 y;		/* top of the free space */
	double			 top, bottom;	/* of the body on every page */
	double			 left, right;
	double			 lh;		/* body line height */
	double			 ascent, descent;	/* per point of size */
};

/*
 * Grow an array whose count is its only bookkeeping: room for 8, then
 * doubled each time the count reaches a power of two.
 */
static void *
layout_grow(void *array, size_t n, size_t size)
{
	if (n == 0)
		return xreallocarray(array, 8, size);
	if (n >= 8 && (n & (n - 1)) == 0)
		return xreallocarray(array, n * 2, size);
	return array;
}

static void
layout_page_new(struct layout_state *st)
{
	struct layout	*lay = st->lay;

	lay->pages = layout_grow(lay->pages, lay->npages, sizeof *lay->pages);
	st->page = &lay->pages[lay->npages++];
	memset(st->page, 0, sizeof *st->page);
	st->y = st->top;
}

static int
layout_at_top(const struct layout_state *st)
{
	return st->y >= st->top - LAYOUT_EPSILON;
}

/* Width of len bytes of s at size: the sum of the faces' advances. */
static double
layout_measure(const struct font *font, const char *s, size_t len,
    double size)
{
	uint32_t	cp;
	size_t		i, n;
	double		w = 0;

	for (i = 0; i < len; i += n) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			break;
		w += font_advance(font, cp);
	}
	return w * size / 1000;
}

/*
 * Place a string, one text run for each stretch drawn by the same face,
 * each run starting where the advances of the ones before it end.
 */
static void
layout_run(struct layout_state *st, double x, double y, double size,
    int face, const char *s, size_t len)
{
	struct lay_page	*pg = st->page;
	struct lay_text	*t;

	pg->texts = layout_grow(pg->texts, pg->ntexts, sizeof *pg->texts);
	t = &pg->texts[pg->ntexts++];
	t->x = x;
	t->y = y;
	t->size = size;
	t->face = face;
	t->utf8 = xstrndup(s, len);
}

/*
 * Place a string, one text run for each stretch drawn by the same face,
 * each run starting where the advances of the ones before it end.
 */
static void
layout_text(struct layout_state *st, double x, double y, double size,
    const char *s, size_t len)
{
	uint32_t	 cp;
	size_t		 i, n, start = 0;
	int		 face, cur = 0;

	for (i = 0; i < len; i += n) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			n = 1;
			face = cur;
		} else if ((face = font_face(st->font, cp)) == -1)
			face = 0;
		if (i > start && face != cur) {
			layout_run(st, x, y, size, cur, s + start, i - start);
			x += layout_measure(st->font, s + start, i - start,
			    size);
			start = i;
		}
		cur = face;
	}
	if (len > start)
		layout_run(st, x, y, size, cur, s + start, len - start);
}

static void
layout_rule(struct layout_state *st, double x0, double y0, double x1,
    double y1)
{
	struct lay_page	*pg = st->page;
	struct lay_rule	*r;

	pg->rules = layout_grow(pg->rules, pg->nrules, sizeof *pg->rules);
	r = &pg->rules[pg->nrules++];
	r->x0 = x0;
	r->y0 = y0;
	r->x1 = x1;
	r->y1 = y1;
	r->width = LAYOUT_RULE;
}

static void
layout_box(struct layout_state *st, double x, double y, double w, double h)
{
	struct lay_page	*pg = st->page;
	struct lay_box	*b;

	pg->boxes = layout_grow(pg->boxes, pg->nboxes, sizeof *pg->boxes);
	b = &pg->boxes[pg->nboxes++];
	b->x = x;
	b->y = y;
	b->w = w;
	b->h = h;
}

static void
layout_mark(struct layout_state *st, int level, const char *title, double y)
{
	struct lay_page	*pg = st->page;
	struct lay_mark	*m;

	pg->marks = layout_grow(pg->marks, pg->nmarks, sizeof *pg->marks);
	m = &pg->marks[pg->nmarks++];
	m->level = level;
	m->title = xstrdup(title);
	m->y = y;
}

/*
 * Baseline of a line whose box of height lh starts at top: the glyphs'
 * ascent-to-descent centred in the box, so the leading is shared evenly.
 */
static double
layout_baseline(const struct layout_state *st, double top, double size,
    double lh)
{
	double	glyphs = (st->ascent - st->descent) * size;

	return top - (lh - glyphs) / 2 - st->ascent * size;
}

static void
layout_para_add(struct layout_para *p, size_t start, size_t len,
    double width, double dx)
{
	struct layout_line	*l;

	p->lines = layout_grow(p->lines, p->nlines, sizeof *p->lines);
	l = &p->lines[p->nlines++];
	l->start = start;
	l->len = len;
	l->width = width;
	l->dx = dx;
}

/*
 * Break text into lines of width at size, line by line of its own: a
 * line that starts with an item number (report_item_marker) is set with
 * a hanging indent, its wrapped lines under the text after the number;
 * an item numbered (1) after one numbered 1. starts under that one's text.
 */
static void
layout_para_set(struct layout_para *p, const struct font *font,
    const char *text, double size, double width)
{
	struct lb_line	*lb;
	const char	*seg, *end;
	char		*copy;
	size_t		 seglen, m, n, i, off;
	double		 indent, base, outer = 0;
	int		 sub;

	p->text = text == NULL ? "" : text;
	p->lines = NULL;
	p->nlines = 0;
	if (*p->text == '\0')
		return;
	for (seg = p->text; ; seg = end + 1) {
		end = strchr(seg, '\n');
		seglen = end != NULL ? (size_t)(end - seg) : strlen(seg);
		copy = xstrndup(seg, seglen);
		off = (size_t)(seg - p->text);
		m = report_item_marker(copy);
		/* (1) under 1. goes in to where the text of 1. starts. */
		sub = m > 0 && (copy[0] == '(' ||
		    strncmp(copy, "（", strlen("（")) == 0);
		base = sub ? outer : 0;
		indent = m > 0 ? layout_measure(font, copy, m, size) : 0;
		if (indent > (width - base) / 3) {
			m = 0;
			indent = base = 0;
		}
		if (m > 0 && !sub)
			outer = indent;
		n = linebreak(copy + m, font, size, width - base - indent,
		    &lb);
		if (n == 0)
			layout_para_add(p, off, m, base + indent, base);
		for (i = 0; i < n; i++) {
			if (i == 0 && m > 0)
				layout_para_add(p, off, m + lb[i].len,
				    indent + lb[i].width, base);
			else
				layout_para_add(p, off + m + lb[i].start,
				    lb[i].len, lb[i].width, base + indent);
		}
		free(lb);
		free(copy);
		if (end == NULL)
			break;
	}
}

/* Width of a one-line string at size. */
static double
layout_width(const struct font *font, const char *s, double size)
{
	return layout_measure(font, s, strlen(s), size);
}

/*
 * The fewest lines a split leaves on each side: a paragraph's two, as
 * widow and orphan control has it; a table row's three, so that neither
 * page holds a stub of a row that reads as a row of its own.
 */
#define LAYOUT_PARA_LEAST	2
#define LAYOUT_ROW_LEAST	3

/*
 * The fewest leading lines of a run of n that may stand alone at the foot
 * of a page: a split leaves at least least lines on each side.
 */
static size_t
layout_min_split(size_t n, size_t least)
{
	return n < 2 * least ? n : least;
}

/*
 * How many of rem remaining lines to set where avail fit: all of them, a
 * split leaving at least least on each side, or none to move them to the
 * next page.  On a page holding nothing else, splitting anyhow is the only
 * way forward.
 */
static size_t
layout_split(size_t rem, size_t avail, int fresh, size_t least)
{
	size_t	k;

	if (rem <= avail)
		return rem;
	k = rem < 2 * least ? 0 : (avail < rem - least ? avail : rem - least);
	if (k < least)
		k = 0;
	if (k == 0 && fresh)
		k = avail > 0 ? avail : 1;
	return k;
}

/* How many line slots of height lh fit above the bottom, less an inset. */
static size_t
layout_avail(const struct layout_state *st, double inset, double lh)
{
	double	room = st->y - st->bottom - inset;

	if (room < lh - LAYOUT_EPSILON)
		return 0;
	return (size_t)floor(room / lh + LAYOUT_EPSILON);
}

/* Set lines [first, first + n) of p from top, each x from the left edge. */
static void
layout_lines(struct layout_state *st, const struct layout_para *p,
    size_t first, size_t n, double x, double top, double size, double lh)
{
	const struct layout_line	*l;
	size_t				 i;

	for (i = first; i < first + n && i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->len > 0)
			layout_text(st, x + l->dx,
			    layout_baseline(st, top, size, lh), size,
			    p->text + l->start, l->len);
		top -= lh;
	}
}

/* Lines of p centred between x0 and x1 from top. */
static void
layout_lines_centred(struct layout_state *st, const struct layout_para *p,
    double x0, double x1, double top, double size, double lh)
{
	const struct layout_line	*l;
	size_t				 i;

	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		layout_text(st, x0 + (x1 - x0 - l->width) / 2,
		    layout_baseline(st, top, size, lh), size,
		    p->text + l->start, l->len);
		top -= lh;
	}
}

/* The attachment label at the left, then the title centred. */
static void
layout_title(struct layout_state *st, const struct report *r)
{
	struct layout_para	 p;
	double			 lh;

	if (r->label != NULL && *r->label != '\0') {
		lh = LAYOUT_LABEL_SIZE * LAYOUT_HEAD_LEADING;
		layout_para_set(&p, st->font, r->label, LAYOUT_LABEL_SIZE,
		    st->right - st->left);
		layout_lines(st, &p, 0, p.nlines, st->left, st->y,
		    LAYOUT_LABEL_SIZE, lh);
		st->y -= (double)p.nlines * lh;
		free(p.lines);
	}
	if (r->title == NULL || *r->title == '\0')
		return;
	lh = LAYOUT_TITLE_SIZE * LAYOUT_HEAD_LEADING;
	layout_para_set(&p, st->font, r->title, LAYOUT_TITLE_SIZE,
	    st->right - st->left);
	layout_lines_centred(st, &p, st->left, st->right, st->y,
	    LAYOUT_TITLE_SIZE, lh);
	st->y -= (double)p.nlines * lh + LAYOUT_AFTER_TITLE;
	free(p.lines);
}

static double
layout_heading_lh(const struct layout_prep *pp)
{
	return pp->size * LAYOUT_HEAD_LEADING;
}

static double
layout_heading_after(const struct report_block *b)
{
	return b->level == 1 ? LAYOUT_AFTER_HEADING : LAYOUT_AFTER_HEADING - 1;
}

static double
layout_signs_height(const struct layout_state *st,
    const struct layout_prep *pp, size_t i)
{
	return fmax(LAYOUT_SIGN_HEIGHT,
	    (double)pp->signs[i].nlines * st->lh + LAYOUT_SIGN_HEIGHT - st->lh);
}

/* A row of seal boxes: the tallest label over a box. */
static double
layout_seals_height(const struct layout_state *st,
    const struct report_block *b, const struct layout_prep *pp)
{
	size_t	i, n = 1;

	for (i = 0; i < b->nfields; i++) {
		if (pp->signs[i].nlines > n)
			n = pp->signs[i].nlines;
	}
	return (double)n * st->lh + b->seal_mm * LAYOUT_MM;
}

static double
layout_head_height(const struct layout_state *st, const struct layout_grid *g)
{
	double	h = 0;

	if (g->head == NULL)
		return 0;
	if (g->nghead > 0)
		h = 2 * g->pad + (double)g->nghead * st->lh;
	return h + 2 * g->pad + (double)g->nhead * st->lh;
}

/* How many lines of a row a fresh page holds under the table's header. */
static size_t
layout_room(const struct layout_state *st, const struct layout_grid *g)
{
	double	page = st->top - st->bottom - layout_head_height(st, g) -
		    2 * g->pad;

	return page < st->lh ? 0 :
	    (size_t)floor(page / st->lh + LAYOUT_EPSILON);
}

/*
 * Whether row r, of rs lines, moves whole rather than split: where rows do
 * not split, or where it is the last thing of the report and a fresh page
 * holds it, which a split would leave holding only its end.
 */
static int
layout_whole(const struct layout_state *st, const struct layout_grid *g,
    size_t r, size_t rs)
{
	return g->keep_rows || (g->last && r + 1 == g->nrows &&
	    rs <= layout_room(st, g));
}

/*
 * The lines of the first row that start a table with its header: the
 * whole row where it moves whole, else as many as a split leaves on this
 * side.
 */
static size_t
layout_first(const struct layout_state *st, const struct layout_grid *g)
{
	if (layout_whole(st, g, 0, g->slots[0]))
		return g->slots[0];
	return layout_min_split(g->slots[0], LAYOUT_ROW_LEAST);
}

/*
 * Height block i needs at the top of wherever it starts: a heading with
 * what follows it, the first lines of text or of a table's first row, a
 * whole signature or seal block.  Headings are kept with this much of
 * the next.
 */
static double
layout_keep(const struct layout_state *st, const struct report *r,
    const struct layout_prep *prep, size_t i)
{
	const struct report_block	*b = &r->blocks[i];
	const struct layout_prep	*pp = &prep[i];
	const struct layout_grid	*g = &pp->grid;
	double				 h = 0;
	size_t				 j;

	switch (b->kind) {
	case BLOCK_HEADING:
		h = (double)pp->para.nlines * layout_heading_lh(pp) +
		    layout_heading_after(b);
		if (i + 1 < r->nblocks)
			h += layout_keep(st, r, prep, i + 1);
		break;
	case BLOCK_PARAGRAPH:
		if (b->keep_with_next && i + 1 < r->nblocks) {
			/* Whole, with the start of what it introduces. */
			h = (double)pp->para.nlines * st->lh +
			    LAYOUT_AFTER_PARAGRAPH + layout_keep(st, r, prep,
			    i + 1);
			break;
		}
		h = (double)layout_min_split(pp->para.nlines,
		    LAYOUT_PARA_LEAST) * st->lh;
		break;
	case BLOCK_FIELDS:
	case BLOCK_TABLE:
		h = layout_head_height(st, g);
		if (g->nrows > 0)
			h += 2 * g->pad + (double)layout_first(st, g) * st->lh;
		break;
	case BLOCK_SIGNATURES:
		for (j = 0; j < b->nfields; j++)
			h += layout_signs_height(st, pp, j);
		break;
	case BLOCK_SEALS:
		h = layout_seals_height(st, b, pp);
		break;
	}
	return h;
}

/* The room the blocks that block i keeps with need, with their gaps. */
static double
layout_tail(const struct layout_state *st, const struct report *r,
    const struct layout_prep *prep, size_t i)
{
	double	h = 0;

	while (i + 1 < r->nblocks && r->blocks[i].keep_with_next) {
		i++;
		h += LAYOUT_BEFORE_SIGNS + layout_keep(st, r, prep, i);
	}
	return h;
}

static void
layout_heading(struct layout_state *st, const struct report *r,
    const struct layout_prep *prep, size_t i)
{
	const struct report_block	*b = &r->blocks[i];
	const struct layout_prep	*pp = &prep[i];
	double				 before;

	before = b->level == 1 ? LAYOUT_BEFORE_H1 : LAYOUT_BEFORE_H2;
	if (!layout_at_top(st)) {
		if (st->y - before - layout_keep(st, r, prep, i) <
		    st->bottom - LAYOUT_EPSILON)
			layout_page_new(st);
		else
			st->y -= before;
	}
	layout_mark(st, b->level == 1 ? 1 : 2, b->text, st->y);
	layout_lines(st, &pp->para, 0, pp->para.nlines, st->left, st->y,
	    pp->size, layout_heading_lh(pp));
	st->y -= (double)pp->para.nlines * layout_heading_lh(pp) +
	    layout_heading_after(b);
}

static void
layout_paragraph(struct layout_state *st, const struct report *r,
    const struct layout_prep *prep, size_t i)
{
	const struct layout_prep	*pp = &prep[i];
	const struct layout_para	*p = &pp->para;
	size_t				 done, k;

	/* One kept with what follows moves to a new page with it. */
	if (r->blocks[i].keep_with_next && !layout_at_top(st) &&
	    st->y - layout_keep(st, r, prep, i) < st->bottom - LAYOUT_EPSILON)
		layout_page_new(st);

	for (done = 0; done < p->nlines; done += k) {
		k = layout_split(p->nlines - done,
		    layout_avail(st, 0, st->lh), layout_at_top(st),
		    LAYOUT_PARA_LEAST);
		layout_lines(st, p, done, k, st->left, st->y,
		    LAYOUT_BODY_SIZE, st->lh);
		st->y -= (double)k * st->lh;
		if (done + k < p->nlines)
			layout_page_new(st);
	}
	st->y -= LAYOUT_AFTER_PARAGRAPH;
}

/* The last column of the group that starts at column c. */
static size_t
layout_group_end(const struct layout_grid *g, size_t c)
{
	while (c + 1 < g->ncols && g->inner[c + 1])
		c++;
	return c;
}

static void
layout_grid_head(struct layout_state *st, const struct layout_grid *g)
{
	double	top, gh = 0, th, full;
	size_t	c, e;

	if (g->ruled)
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
	if (g->head == NULL)
		return;
	if (g->nghead > 0)
		gh = 2 * g->pad + (double)g->nghead * st->lh;
	th = 2 * g->pad + (double)g->nhead * st->lh;
	full = gh + th;
	/* Titles are centred: their columns are often narrow. */
	for (c = 0; c < g->ncols; c++) {
		if (g->ghead != NULL && g->ghead[c].nlines > 0) {
			e = layout_group_end(g, c);
			layout_lines_centred(st, &g->ghead[c], g->x[c],
			    g->x[e + 1], st->y - g->pad, LAYOUT_BODY_SIZE,
			    st->lh);
			if (g->ruled)
				layout_rule(st, g->x[c], st->y - gh,
				    g->x[e + 1], st->y - gh);
		}
		/* A column in no group spans both rows, its title centred. */
		if (g->nghead > 0 && g->ghead != NULL &&
		    (g->ghead[c].nlines > 0 || g->inner[c]))
			top = st->y - gh - g->pad;
		else
			top = st->y - (full - (double)g->head[c].nlines *
			    st->lh) / 2;
		layout_lines_centred(st, &g->head[c], g->x[c], g->x[c + 1],
		    top, LAYOUT_BODY_SIZE, st->lh);
	}
	st->y -= full;
	if (g->ruled)
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
}

/*
 * Set slots [first, first + n) of row r, the boxes with their lines; its
 * merged cell only when shown (the row starts its run, or a page).  The
 * rule under the row leaves the merged column open when the row is done
 * (end) and the next goes on in its merged cell.
 */
static void
layout_grid_row(struct layout_state *st, const struct layout_grid *g,
    size_t r, size_t first, size_t n, int shown, int end)
{
	const struct layout_para	*p;
	double				 top = st->y - g->pad, cy, base, shift;
	size_t				 c, i, m;

	for (c = 0; c < g->ncols; c++) {
		p = &g->cells[r * g->ncols + c];
		if (!shown && c + 1 == g->merge)
			continue;
		switch (g->kinds[c]) {
		case CELL_CHECKBOX:
			if (first != 0)
				break;
			cy = top - st->lh / 2;
			layout_box(st, (g->x[c] + g->x[c + 1] - LAYOUT_BOX) / 2,
			    cy - LAYOUT_BOX / 2, LAYOUT_BOX, LAYOUT_BOX);
			break;
		case CELL_CHOICES:
			/* A box before each choice's first line. */
			for (i = first; i < first + n && i < p->nlines; i++) {
				if (p->lines[i].dx != 0 || p->lines[i].len == 0)
					continue;
				cy = top - ((double)(i - first) + 0.5) * st->lh;
				layout_box(st, g->tx[c], cy - LAYOUT_BOX / 2,
				    LAYOUT_BOX, LAYOUT_BOX);
			}
			layout_lines(st, p, first, n,
			    g->tx[c] + LAYOUT_BOX + LAYOUT_BOX_GAP, top,
			    LAYOUT_BODY_SIZE, st->lh);
			break;
		case CELL_TEXT:
			/*
			 * A value to write by hand: a line to write on, the
			 * label beside it, and the row's air above them.
			 */
			shift = 0;
			if (g->writeon != NULL && g->writeon[r] &&
			    n > g->cells[r * g->ncols].nlines)
				shift = (double)(n -
				    g->cells[r * g->ncols].nlines) * st->lh;
			/* A merged cell shown again atop a page: from its top. */
			layout_lines(st, p, c + 1 == g->merge ? 0 : first, n,
			    g->tx[c], top - shift, LAYOUT_BODY_SIZE, st->lh);
			if (g->writeon != NULL && g->writeon[r] && c == 1) {
				base = layout_baseline(st, top - shift,
				    LAYOUT_BODY_SIZE, st->lh);
				layout_rule(st, g->tx[c], base - 3,
				    st->right, base - 3);
			}
			break;
		}
	}
	st->y -= 2 * g->pad + (double)n * st->lh;
	if (!g->ruled)
		return;
	if (end && g->merge > 0 && r + 1 < g->nrows && g->cont[r + 1]) {
		m = g->merge - 1;
		layout_rule(st, g->x[0], st->y, g->x[m], st->y);
		layout_rule(st, g->x[m + 1], st->y, g->x[g->ncols], st->y);
	} else
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
}

/* Draw the column rules of the part of the grid from top to here. */
static void
layout_grid_close(struct layout_state *st, const struct layout_grid *g,
    double top)
{
	double	gh = 0;
	size_t	c;

	if (!g->ruled)
		return;
	if (g->head != NULL && g->nghead > 0)
		gh = 2 * g->pad + (double)g->nghead * st->lh;
	for (c = 0; c <= g->ncols; c++)
		layout_rule(st, g->x[c], c < g->ncols && g->inner[c] ?
		    top - gh : top, g->x[c], st->y);
	/* A merged cell left open at the last row is closed here. */
	if (g->merge > 0)
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
}

/*
 * A caption over a row continued from the page before: the first column
 * with something in the row, its title and the cell (項次 12（續）).
 */
static void
layout_grid_continued(struct layout_state *st, const struct layout_grid *g,
    size_t r)
{
	const struct report_block *b = g->block;
	const char	*num = "", *title = "";
	char		*s;
	size_t		 c;

	for (c = 0; c < b->ncolumns; c++) {
		if (b->columns[c].kind == CELL_TEXT &&
		    b->rows[r].cells[c] != NULL && *b->rows[r].cells[c] != '\0' &&
		    strlen(b->rows[r].cells[c]) <= 32 &&
		    strchr(b->rows[r].cells[c], '\n') == NULL) {
			title = b->columns[c].title;
			num = b->rows[r].cells[c];
			break;
		}
	}
	s = xasprintf(LAYOUT_CONTINUED, title, num);
	layout_text(st, st->left, layout_baseline(st, st->y,
	    LAYOUT_BODY_SIZE, st->lh), LAYOUT_BODY_SIZE, s, strlen(s));
	free(s);
	st->y -= st->lh;
}

/*
 * How many of the last row's rem remaining lines (of rs) to set here when
 * they and what is kept with them (a sign-off) do not fit below: none, to
 * take the whole row to the next page, when it fits there with them and
 * leaves no header here alone; else a split whose last part, at most a
 * quarter of the row and as much as a page holds with the sign-off, goes
 * on under a caption with it, so that the sign-off never stands on a page
 * without a row, in a table whose rows otherwise never split.  What cannot
 * reach that page fills this one.  Three lines at least start the row,
 * its choices with their boxes.
 */
static size_t
layout_grid_last(const struct layout_state *st, const struct layout_grid *g,
    size_t r, size_t rs, size_t rem, size_t avail, int fresh, double tail)
{
	double	page = st->top - st->bottom - layout_head_height(st, g) -
		    2 * g->pad - tail;
	size_t	room, rest, k;

	/* Lines a fresh page holds with the sign-off: whole, and continued. */
	room = page < st->lh ? 0 : (size_t)floor(page / st->lh + LAYOUT_EPSILON);
	if (rem == rs && !fresh && r > 0 && rs <= room)
		return 0;
	room = room > 2 ? room - 1 : 2;		/* the caption's line */
	if (rem == rs && avail < LAYOUT_ROW_LEAST)
		return fresh ? (avail > 0 ? avail : 1) : 0;
	if (rem > avail && rem - avail > room)
		return avail > 0 ? avail : 1;
	rest = rem / 4;
	if (rest > room)
		rest = room;
	if (rest < LAYOUT_ROW_LEAST)
		rest = LAYOUT_ROW_LEAST;
	k = rem > rest ? rem - rest : 0;
	if (k > avail)
		k = avail;
	/* Nor a stub of the row's start here: all of it goes on. */
	if (rem == rs && k < LAYOUT_ROW_LEAST && !fresh)
		return 0;
	if (k == 0 && fresh)
		k = 1;
	return k;
}

static int
layout_grid(struct layout_state *st, const struct layout_grid *g,
    double tail, char **cause)
{
	double	head, need, top;
	size_t	r, done, k, avail, rs;
	int	fresh, shown;

	head = layout_head_height(st, g);
	/* Fields have no header, and no cause to fill. */
	if (g->head != NULL &&
	    head + st->lh + 2 * g->pad + st->lh > st->top - st->bottom) {
		if (cause != NULL)
			*cause = xasprintf("table header \"%s\" is taller "
			    "than a page", g->head[0].text);
		return -1;
	}
	if (g->ncols == 0 || (g->nrows == 0 && g->head == NULL))
		return 0;

	/* The header, or a field's label, never stands alone at the foot. */
	need = head;
	if (g->nrows > 0)
		need += 2 * g->pad + (double)layout_first(st, g) * st->lh;
	if (st->y - need < st->bottom - LAYOUT_EPSILON && !layout_at_top(st))
		layout_page_new(st);
	fresh = layout_at_top(st);
	top = st->y;
	layout_grid_head(st, g);

	for (r = 0; r < g->nrows; r++) {
		rs = g->slots[r];
		shown = 1;
		for (done = 0; done < rs; done += k) {
			/* A merged cell going on shows again atop a page. */
			if (done == 0 && g->merge > 0 && g->cont[r]) {
				shown = fresh;
				rs = fresh ? g->mslots[r] : g->slots[r];
			}
			avail = layout_avail(st, 2 * g->pad, st->lh);
			if (r + 1 == g->nrows && tail > 0 && st->y -
			    2 * g->pad - (double)(rs - done) * st->lh - tail <
			    st->bottom - LAYOUT_EPSILON)
				k = layout_grid_last(st, g, r, rs, rs - done,
				    avail, fresh, tail);
			else if ((g->keep_rows || done == 0) &&
			    layout_whole(st, g, r, rs) && rs - done > avail)
				k = fresh ? (avail > 0 ? avail : 1) : 0;
			else
				k = layout_split(rs - done, avail, fresh,
				    LAYOUT_ROW_LEAST);
			if (k > 0) {
				if (done == 0 && g->rows != NULL &&
				    g->rows[r].bookmark != NULL)
					layout_mark(st, 2, g->rows[r].bookmark,
					    st->y);
				layout_grid_row(st, g, r, done, k, shown,
				    done + k == rs);
				fresh = 0;
			}
			if (done + k == rs)
				continue;
			layout_grid_close(st, g, top);
			layout_page_new(st);
			fresh = 1;
			if (done + k > 0 && g->block != NULL &&
			    g->first != NULL)
				layout_grid_continued(st, g, r);
			top = st->y;
			layout_grid_head(st, g);
			/* The row's merged cell goes on with it. */
			shown = 1;
		}
	}
	layout_grid_close(st, g, top);
	return 0;
}

static void
layout_fields(struct layout_state *st, const struct layout_grid *g)
{
	/* Fields have no header, so layout_grid cannot fail on them. */
	layout_grid(st, g, 0, NULL);
	if (g->nrows > 0) {
		st->y -= LAYOUT_FIELD_PAD;
		layout_rule(st, st->left, st->y, st->right, st->y);
	}
}

/* Room for the whole block before it starts, or a new page. */
static void
layout_keep_whole(struct layout_state *st, double total)
{
	if (!layout_at_top(st)) {
		if (st->y - LAYOUT_BEFORE_SIGNS - total <
		    st->bottom - LAYOUT_EPSILON)
			layout_page_new(st);
		else
			st->y -= LAYOUT_BEFORE_SIGNS;
	}
}

static void
layout_signatures(struct layout_state *st, const struct report_block *b,
    const struct layout_prep *pp, double tail)
{
	const struct layout_para	*p;
	double				 h, total = 0, base, x, date;
	size_t				 i;

	for (i = 0; i < b->nfields; i++)
		total += layout_signs_height(st, pp, i);
	layout_keep_whole(st, total + tail);

	/* The date goes at the right, the line to sign on up to it. */
	date = st->right - layout_width(st->font, REPORT_SIGN_DATE,
	    LAYOUT_BODY_SIZE);
	for (i = 0; i < b->nfields; i++) {
		/* Only a block taller than a page gets here without room. */
		h = layout_signs_height(st, pp, i);
		if (st->y - h < st->bottom - LAYOUT_EPSILON &&
		    !layout_at_top(st))
			layout_page_new(st);

		/* The air goes above, where the hand signs; rules sit low. */
		p = &pp->signs[i];
		layout_lines(st, p, 0, p->nlines, st->left,
		    st->y - (h - (double)p->nlines * st->lh), LAYOUT_BODY_SIZE,
		    st->lh);
		base = layout_baseline(st, st->y - h + st->lh,
		    LAYOUT_BODY_SIZE, st->lh);
		x = st->left + pp->signlabel + 6;
		layout_rule(st, x, base - 2, date - 12, base - 2);
		layout_text(st, date, base, LAYOUT_BODY_SIZE, REPORT_SIGN_DATE,
		    strlen(REPORT_SIGN_DATE));
		st->y -= h;
	}
}

/*
 * Seal boxes side by side at the right, each label over its box, on the
 * page of what they are kept with (tail high).
 */
static void
layout_seals(struct layout_state *st, const struct report_block *b,
    const struct layout_prep *pp, double tail)
{
	double	side = b->seal_mm * LAYOUT_MM, h, x, labels;
	size_t	i;

	if (b->nfields == 0)
		return;
	h = layout_seals_height(st, b, pp);
	layout_keep_whole(st, h + tail);
	labels = h - side;
	x = st->right - (double)b->nfields * side -
	    (double)(b->nfields - 1) * LAYOUT_SEAL_GAP;
	if (x < st->left)
		x = st->left;
	for (i = 0; i < b->nfields; i++) {
		layout_lines_centred(st, &pp->signs[i], x, x + side, st->y,
		    LAYOUT_BODY_SIZE, st->lh);
		layout_box(st, x, st->y - h, side, side);
		x += side + LAYOUT_SEAL_GAP;
	}
	st->y -= labels + side;
}

static void
layout_grid_free(struct layout_grid *g)
{
	size_t	i;

	if (g->head != NULL) {
		for (i = 0; i < g->ncols; i++)
			free(g->head[i].lines);
	}
	if (g->ghead != NULL) {
		for (i = 0; i < g->ncols; i++)
			free(g->ghead[i].lines);
	}
	for (i = 0; i < g->nrows * g->ncols; i++)
		free(g->cells[i].lines);
	free(g->head);
	free(g->ghead);
	free(g->inner);
	free(g->cells);
	free(g->slots);
	free(g->writeon);
	free(g->cont);
	free(g->mslots);
	free(g->kinds);
	free(g->x);
	free(g->tx);
}

/* Count every row's slots: its tallest cell, at least one line. */
static void
layout_grid_slots(struct layout_grid *g)
{
	size_t	r, c, n;

	g->slots = xcalloc(g->nrows == 0 ? 1 : g->nrows, sizeof *g->slots);
	for (r = 0; r < g->nrows; r++) {
		n = 1;
		for (c = 0; c < g->ncols; c++) {
			if (g->cells[r * g->ncols + c].nlines > n)
				n = g->cells[r * g->ncols + c].nlines;
		}
		g->slots[r] = n;
	}
	g->nhead = 0;
	g->nghead = 0;
	if (g->head != NULL) {
		g->nhead = 1;
		for (c = 0; c < g->ncols; c++) {
			if (g->head[c].nlines > g->nhead)
				g->nhead = g->head[c].nlines;
			if (g->ghead != NULL && g->ghead[c].nlines > g->nghead)
				g->nghead = g->ghead[c].nlines;
		}
	}
}

/*
 * Find the runs of equal cells in the merged column: a row going on in a
 * run has its slots without that cell, and mslots with it for when it
 * starts a page and shows the cell again.
 */
static void
layout_prep_merge(struct layout_grid *g, const struct report_block *b)
{
	size_t		 r, c, n, m = b->merge_column - 1;

	g->merge = b->merge_column;
	g->cont = xcalloc(g->nrows + 1, sizeof *g->cont);
	g->mslots = xcalloc(g->nrows + 1, sizeof *g->mslots);
	for (r = 0; r < g->nrows; r++) {
		g->mslots[r] = g->slots[r];
		if (!report_same_as_above(b, m, r))
			continue;
		g->cont[r] = 1;
		n = 1;
		for (c = 0; c < g->ncols; c++) {
			if (c != m && g->cells[r * g->ncols + c].nlines > n)
				n = g->cells[r * g->ncols + c].nlines;
		}
		g->slots[r] = n;
	}
}

static int
layout_same_group(const struct report_column *a, const struct report_column *b)
{
	return a->group != NULL && b->group != NULL &&
	    strcmp(a->group, b->group) == 0;
}

static void
layout_prep_table(struct layout_state *st, const struct report_block *b,
    struct layout_grid *g)
{
	double	total = 0, share, w = st->right - st->left, e;
	size_t	r, c;
	int	groups = 0;

	g->ncols = b->ncolumns;
	g->nrows = b->nrows;
	g->rows = b->rows;
	g->block = b;
	g->first = b->ncolumns == 0 ? NULL : b->columns[0].title;
	g->keep_rows = b->keep_rows;
	g->pad = LAYOUT_PAD;
	g->ruled = 1;
	g->x = xcalloc(g->ncols + 1, sizeof *g->x);
	g->tx = xcalloc(g->ncols + 1, sizeof *g->tx);
	g->kinds = xcalloc(g->ncols + 1, sizeof *g->kinds);
	g->inner = xcalloc(g->ncols + 1, sizeof *g->inner);
	g->head = xcalloc(g->ncols + 1, sizeof *g->head);
	g->cells = xcalloc(g->nrows * g->ncols + 1, sizeof *g->cells);

	/* Shares should add up to 1; scale them so the table fits anyway. */
	for (c = 0; c < g->ncols; c++)
		total += b->columns[c].width > 0 ? b->columns[c].width : 0;
	g->x[0] = st->left;
	for (c = 0; c < g->ncols; c++) {
		if (total > 0)
			share = fmax(b->columns[c].width, 0) / total;
		else
			share = 1.0 / (double)g->ncols;
		g->x[c + 1] = g->x[c] + share * w;
		g->tx[c] = g->x[c] + LAYOUT_PAD;
		g->kinds[c] = b->columns[c].kind;
		if (b->columns[c].group != NULL)
			groups = 1;
		g->inner[c] = c > 0 &&
		    layout_same_group(&b->columns[c - 1], &b->columns[c]);
	}
	g->x[g->ncols] = st->right;
	if (groups)
		g->ghead = xcalloc(g->ncols + 1, sizeof *g->ghead);

	for (c = 0; c < g->ncols; c++) {
		w = g->x[c + 1] - g->x[c] - 2 * LAYOUT_PAD;
		layout_para_set(&g->head[c], st->font, b->columns[c].title,
		    LAYOUT_BODY_SIZE, w);
		if (groups && !g->inner[c] && b->columns[c].group != NULL) {
			e = g->x[layout_group_end(g, c) + 1];
			layout_para_set(&g->ghead[c], st->font,
			    b->columns[c].group, LAYOUT_BODY_SIZE,
			    e - g->x[c] - 2 * LAYOUT_PAD);
		}
		for (r = 0; r < g->nrows; r++) {
			struct layout_para *p = &g->cells[r * g->ncols + c];

			if (g->kinds[c] == CELL_CHECKBOX)
				layout_para_set(p, st->font, NULL,
				    LAYOUT_BODY_SIZE, w);
			else if (g->kinds[c] == CELL_CHOICES)
				layout_para_set(p, st->font,
				    b->columns[c].choices, LAYOUT_BODY_SIZE,
				    w - LAYOUT_BOX - LAYOUT_BOX_GAP);
			else
				layout_para_set(p, st->font,
				    b->rows[r].cells[c], LAYOUT_BODY_SIZE, w);
		}
	}
	layout_grid_slots(g);
	if (b->merge_column > 0 && b->merge_column <= g->ncols)
		layout_prep_merge(g, b);
}

static void
layout_prep_fields(struct layout_state *st, const struct report_block *b,
    struct layout_grid *g)
{
	double	label = (st->right - st->left) * LAYOUT_FIELD_LABEL;
	size_t	r;

	g->ncols = 2;
	g->nrows = b->nfields;
	g->pad = LAYOUT_FIELD_PAD;
	g->x = xcalloc(3, sizeof *g->x);
	g->tx = xcalloc(2, sizeof *g->tx);
	g->kinds = xcalloc(2, sizeof *g->kinds);
	g->inner = xcalloc(2, sizeof *g->inner);
	g->cells = xcalloc(g->nrows * 2 + 1, sizeof *g->cells);
	g->writeon = xcalloc(g->nrows + 1, sizeof *g->writeon);
	g->x[0] = g->tx[0] = st->left;
	g->x[1] = g->tx[1] = st->left + label;
	g->x[2] = st->right;
	g->kinds[0] = g->kinds[1] = CELL_TEXT;
	for (r = 0; r < g->nrows; r++) {
		/* A gap of one character keeps long labels off the values. */
		layout_para_set(&g->cells[r * 2], st->font, b->labels[r],
		    LAYOUT_BODY_SIZE, label - LAYOUT_BODY_SIZE);
		g->writeon[r] = b->values == NULL || b->values[r] == NULL;
		layout_para_set(&g->cells[r * 2 + 1], st->font,
		    g->writeon[r] ? NULL : b->values[r], LAYOUT_BODY_SIZE,
		    st->right - st->left - label);
	}
	layout_grid_slots(g);
	/* A line to write on by hand gets a line's air above it. */
	for (r = 0; r < g->nrows; r++) {
		if (g->writeon[r])
			g->slots[r]++;
	}
}

static void
layout_prep_signs(struct layout_state *st, const struct report_block *b,
    struct layout_prep *pp)
{
	double	max = (st->right - st->left) * LAYOUT_SIGN_LABEL;
	size_t	i;

	pp->signlabel = 0;
	for (i = 0; i < b->nfields; i++)
		pp->signlabel = fmax(pp->signlabel,
		    layout_width(st->font, b->labels[i], LAYOUT_BODY_SIZE));
	pp->signlabel = fmin(pp->signlabel, max);
	if (b->kind == BLOCK_SEALS)
		pp->signlabel = b->seal_mm * LAYOUT_MM;
	pp->signs = xcalloc(b->nfields + 1, sizeof *pp->signs);
	for (i = 0; i < b->nfields; i++)
		layout_para_set(&pp->signs[i], st->font, b->labels[i],
		    LAYOUT_BODY_SIZE, pp->signlabel);
}

static void
layout_prep(struct layout_state *st, const struct report_block *b,
    struct layout_prep *pp)
{
	double	w = st->right - st->left;

	memset(pp, 0, sizeof *pp);
	switch (b->kind) {
	case BLOCK_HEADING:
		pp->size = b->level == 1 ? LAYOUT_H1_SIZE : LAYOUT_H2_SIZE;
		layout_para_set(&pp->para, st->font, b->text, pp->size, w);
		break;
	case BLOCK_PARAGRAPH:
		layout_para_set(&pp->para, st->font, b->text,
		    LAYOUT_BODY_SIZE, w);
		break;
	case BLOCK_FIELDS:
		layout_prep_fields(st, b, &pp->grid);
		break;
	case BLOCK_TABLE:
		layout_prep_table(st, b, &pp->grid);
		break;
	case BLOCK_SIGNATURES:
	case BLOCK_SEALS:
		layout_prep_signs(st, b, pp);
		break;
	}
}

static void
layout_prep_free(const struct report_block *b, struct layout_prep *pp)
{
	size_t	i;

	free(pp->para.lines);
	layout_grid_free(&pp->grid);
	if (pp->signs != NULL) {
		for (i = 0; i < b->nfields; i++)
			free(pp->signs[i].lines);
		free(pp->signs);
	}
}

static int
layout_check(const struct font *font, const char *s, char **cause)
{
	if (s == NULL)
		return 0;
	return font_check_text(font, s, cause);
}

/* What layout_check_report's walk carries. */
struct layout_check {
	const struct font	 *font;
	char			**cause;
};

/*
 * A character no face has is named with the text around it, up to ten
 * characters each side, so that the buyer knows which answer to mend.
 */
static int
layout_check_text(const char *s, enum report_text what, void *arg)
{
	struct layout_check	*c = arg;
	size_t			 n = strlen(s), at = 0, len, from, to;
	size_t			 starts[11], k = 0, after;
	uint32_t		 cp;
	char			*why;

	(void)what;
	if (layout_check(c->font, s, c->cause) == 0)
		return 0;
	/* Where the character is, and the starts of the ten before it. */
	while (at < n && (len = utf8_decode(s + at, n - at, &cp)) > 0) {
		if (cp != '\n' && cp != '\t' && !font_covers(c->font, cp))
			break;
		starts[k++ % 11] = at;
		at += len;
	}
	from = k > 10 ? starts[(k - 10) % 11] : 0;
	for (to = at, after = 0; to < n && after <= 10; after++) {
		if ((len = utf8_decode(s + to, n - to, &cp)) == 0)
			break;
		to += len;
	}
	why = xasprintf("%s, in 「%s%.*s%s」", *c->cause, from > 0 ? "…" : "",
	    (int)(to - from), s + from, to < n ? "…" : "");
	free(*c->cause);
	*c->cause = why;
	return -1;
}

/* Refuse a report with a character no face can draw, before any work. */
static int
layout_check_report(const struct report *r, const struct font *font,
    char **cause)
{
	struct layout_check	c = { font, cause };

	if (layout_check(font, LAYOUT_FOLIO_CHARS, cause) != 0 ||
	    layout_check(font, REPORT_SIGN_DATE, cause) != 0)
		return -1;
	return report_walk(r, layout_check_text, &c) != 0 ? -1 : 0;
}

/* Footer and folio share a baseline with the larger descent on the margin. */
static double
layout_footer_base(const struct layout_state *st)
{
	return LAYOUT_MARGIN_Y - st->descent * LAYOUT_FOLIO_SIZE;
}

/*
 * Stamp page i with the running header over a rule, the report's footer
 * at the left, stacked upwards when long, and the folio at the right.
 */
static void
layout_furniture(struct layout_state *st, const struct layout_para *head,
    const struct layout_para *foot, size_t i)
{
	const struct layout_line	*l;
	double				 base = layout_footer_base(st), y;
	double				 hl = LAYOUT_HEADER_SIZE *
					    LAYOUT_HEAD_LEADING;
	char				*s;
	size_t				 j;

	st->page = &st->lay->pages[i];
	if (head->nlines > 0) {
		y = LAYOUT_HEIGHT - LAYOUT_MARGIN_Y;
		layout_lines(st, head, 0, head->nlines, st->left, y,
		    LAYOUT_HEADER_SIZE, hl);
		y -= (double)head->nlines * hl + 2;
		layout_rule(st, st->left, y, st->right, y);
	}
	for (j = 0; j < foot->nlines; j++) {
		l = &foot->lines[j];
		layout_text(st, st->left, base + (double)(foot->nlines - 1 - j) *
		    LAYOUT_FOOTER_SIZE * LAYOUT_HEAD_LEADING,
		    LAYOUT_FOOTER_SIZE, foot->text + l->start, l->len);
	}
	s = xasprintf(LAYOUT_FOLIO, i + 1, st->lay->npages);
	layout_text(st, st->right - layout_width(st->font, s, LAYOUT_FOLIO_SIZE),
	    base, LAYOUT_FOLIO_SIZE, s, strlen(s));
	free(s);
}

int
layout_report(const struct report *r, const struct font *font,
    struct layout **out, char **cause)
{
	struct layout_state	 st;
	struct layout_prep	*prep;
	struct layout_para	 head, foot;
	double			 folio, tail;
	size_t			 i;
	int			 error = 0;

	*out = NULL;
	if (layout_check_report(r, font, cause) != 0)
		return -1;

	memset(&st, 0, sizeof st);
	st.font = font;
	st.lay = xcalloc(1, sizeof *st.lay);
	st.lay->width = LAYOUT_WIDTH;
	st.lay->height = LAYOUT_HEIGHT;
	st.left = LAYOUT_MARGIN_X;
	st.right = LAYOUT_WIDTH - LAYOUT_MARGIN_X;
	st.lh = LAYOUT_BODY_SIZE * LAYOUT_BODY_LEADING;
	st.ascent = font_ascent(font) / 1000;
	st.descent = font_descent(font) / 1000;

	/* The running header's height sets the body's top. */
	layout_para_set(&head, font, r->header, LAYOUT_HEADER_SIZE,
	    st.right - st.left);
	st.top = LAYOUT_HEIGHT - LAYOUT_MARGIN_Y;
	if (head.nlines > 0)
		st.top -= (double)head.nlines * LAYOUT_HEADER_SIZE *
		    LAYOUT_HEAD_LEADING + 2 + LAYOUT_HEADER_GAP;

	/* The footer's height sets the body's foot; leave room for any folio. */
	folio = layout_width(font, "第 9999 頁，共 9999 頁", LAYOUT_FOLIO_SIZE);
	layout_para_set(&foot, font, r->footer, LAYOUT_FOOTER_SIZE,
	    st.right - st.left - folio - 2 * LAYOUT_FOLIO_SIZE);
	st.bottom = layout_footer_base(&st) + st.ascent * LAYOUT_FOLIO_SIZE +
	    (double)(foot.nlines > 1 ? foot.nlines - 1 : 0) * LAYOUT_FOOTER_SIZE *
	    LAYOUT_HEAD_LEADING + LAYOUT_FOOTER_GAP;

	prep = xcalloc(r->nblocks + 1, sizeof *prep);
	for (i = 0; i < r->nblocks; i++)
		layout_prep(&st, &r->blocks[i], &prep[i]);
	/* A heading kept with the table's first row must know it too. */
	if (r->nblocks > 0 && r->blocks[r->nblocks - 1].kind == BLOCK_TABLE)
		prep[r->nblocks - 1].grid.last = 1;

	layout_page_new(&st);
	layout_title(&st, r);
	for (i = 0; i < r->nblocks && error == 0; i++) {
		switch (r->blocks[i].kind) {
		case BLOCK_HEADING:
			layout_heading(&st, r, prep, i);
			break;
		case BLOCK_PARAGRAPH:
			layout_paragraph(&st, r, prep, i);
			break;
		case BLOCK_FIELDS:
			layout_fields(&st, &prep[i].grid);
			st.y -= LAYOUT_AFTER_TABLE;
			break;
		case BLOCK_TABLE:
			tail = layout_tail(&st, r, prep, i);
			error = layout_grid(&st, &prep[i].grid, tail > 0 ?
			    tail + LAYOUT_AFTER_TABLE : 0, cause);
			st.y -= LAYOUT_AFTER_TABLE;
			break;
		case BLOCK_SIGNATURES:
			layout_signatures(&st, &r->blocks[i], &prep[i],
			    layout_tail(&st, r, prep, i));
			break;
		case BLOCK_SEALS:
			layout_seals(&st, &r->blocks[i], &prep[i],
			    layout_tail(&st, r, prep, i));
			break;
		}
	}
	for (i = 0; i < r->nblocks; i++)
		layout_prep_free(&r->blocks[i], &prep[i]);
	free(prep);
	if (error != 0) {
		free(head.lines);
		free(foot.lines);
		layout_free(st.lay);
		return -1;
	}

	/* Only now is the page count known for 「共 Y 頁」. */
	for (i = 0; i < st.lay->npages; i++)
		layout_furniture(&st, &head, &foot, i);
	free(head.lines);
	free(foot.lines);
	*out = st.lay;
	return 0;
}

void
layout_free(struct layout *lay)
{
	struct lay_page	*pg;
	size_t		 i, j;

	if (lay == NULL)
		return;
	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		for (j = 0; j < pg->ntexts; j++)
			free(pg->texts[j].utf8);
		for (j = 0; j < pg->nmarks; j++)
			free(pg->marks[j].title);
		free(pg->texts);
		free(pg->rules);
		free(pg->boxes);
		free(pg->marks);
	}
	free(lay->pages);
	free(lay);
}
