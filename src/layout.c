/* layout.c: setting a report on A4 pages, splitting tables between lines and repeating their header. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "font.h"
#include "layout.h"
#include "linebreak.h"
#include "report.h"
#include "xmalloc.h"

#define LAYOUT_WIDTH		595.276		/* A4 portrait */
#define LAYOUT_HEIGHT		841.89
#define LAYOUT_MARGIN_X		56.693		/* 2 cm */
#define LAYOUT_MARGIN_Y		50

#define LAYOUT_TITLE_SIZE	18
#define LAYOUT_H1_SIZE		15
#define LAYOUT_H2_SIZE		12
#define LAYOUT_HEAD_LEADING	1.3
#define LAYOUT_BODY_SIZE	10
#define LAYOUT_BODY_LEADING	1.45
#define LAYOUT_FOOTER_SIZE	8
#define LAYOUT_FOLIO_SIZE	9
#define LAYOUT_FOOTER_GAP	12		/* between the body and the footer */

#define LAYOUT_RULE		0.5
#define LAYOUT_PAD		4		/* inside table cells */
#define LAYOUT_FIELD_PAD	2		/* above and below a field */
#define LAYOUT_FIELD_LABEL	0.25		/* share of the width for labels */
#define LAYOUT_BOX		9		/* checkbox side */
#define LAYOUT_SIGN_HEIGHT	42		/* one signature line and its air */
#define LAYOUT_SIGN_LABEL	0.3		/* widest share for its label */
#define LAYOUT_SIGN_DATE	0.64		/* where 「日期」 starts */

#define LAYOUT_AFTER_TITLE	14
#define LAYOUT_BEFORE_H1	14
#define LAYOUT_BEFORE_H2	9
#define LAYOUT_AFTER_HEADING	5
#define LAYOUT_AFTER_PARAGRAPH	6
#define LAYOUT_AFTER_TABLE	12
#define LAYOUT_BEFORE_SIGNS	12

/* Slack for comparing positions built by repeated subtraction. */
#define LAYOUT_EPSILON		1e-6

#define LAYOUT_DATE		"日期"
#define LAYOUT_FOLIO		"第 %zu 頁，共 %zu 頁"
/* Every character the folio can need, checked against the font up front. */
#define LAYOUT_FOLIO_CHARS	"第 0123456789 頁，共 頁"

/* A string broken into lines for one width and size. */
struct layout_para {
	const char		*text;
	struct lb_line		*lines;
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
	size_t			 nhead;		/* slots of the header row */
	struct layout_para	*cells;		/* nrows * ncols */
	size_t			*slots;		/* slots of each row */
	const struct report_row	*rows;		/* for bookmarks, or NULL */
	size_t			 nrows;
	double			 pad;		/* above and below each row */
	int			 ruled;
};

/* A block broken into lines before any of it is placed. */
struct layout_prep {
	struct layout_para	 para;		/* heading, paragraph */
	struct layout_grid	 grid;		/* fields, table */
	struct layout_para	*signs;		/* signature labels */
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

static void
layout_text(struct layout_state *st, double x, double y, double size,
    const char *s, size_t len)
{
	struct lay_page	*pg = st->page;
	struct lay_text	*t;

	pg->texts = layout_grow(pg->texts, pg->ntexts, sizeof *pg->texts);
	t = &pg->texts[pg->ntexts++];
	t->x = x;
	t->y = y;
	t->size = size;
	t->utf8 = xstrndup(s, len);
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
layout_para_set(struct layout_para *p, const struct font *font,
    const char *text, double size, double width)
{
	p->text = text == NULL ? "" : text;
	p->nlines = linebreak(p->text, font, size, width, &p->lines);
}

/* Width of a one-line string: a line break at no width limit measures it. */
static double
layout_width(const struct font *font, const char *s, double size)
{
	struct layout_para	p;
	double			w = 0;
	size_t			i;

	layout_para_set(&p, font, s, size, HUGE_VAL);
	for (i = 0; i < p.nlines; i++)
		w = fmax(w, p.lines[i].width);
	free(p.lines);
	return w;
}

/*
 * The fewest leading lines of a run of n that may stand alone at the foot
 * of a page: a split leaves at least two lines on each side.
 */
static size_t
layout_min_split(size_t n)
{
	return n < 4 ? n : 2;
}

/*
 * How many of rem remaining lines to set where avail fit: all of them, a
 * split leaving at least two on each side, or none to move them to the
 * next page.  On a page holding nothing else, splitting anyhow is the only
 * way forward.
 */
static size_t
layout_split(size_t rem, size_t avail, int fresh)
{
	size_t	k;

	if (rem <= avail)
		return rem;
	k = rem < 4 ? 0 : (avail < rem - 2 ? avail : rem - 2);
	if (k < 2)
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
	const struct lb_line	*l;
	size_t			 i;

	for (i = first; i < first + n && i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->len > 0)
			layout_text(st, x, layout_baseline(st, top, size, lh),
			    size, p->text + l->start, l->len);
		top -= lh;
	}
}

static void
layout_title(struct layout_state *st, const struct report *r)
{
	struct layout_para	 p;
	const struct lb_line	*l;
	double			 lh = LAYOUT_TITLE_SIZE * LAYOUT_HEAD_LEADING;
	size_t			 i;

	if (r->title == NULL || *r->title == '\0')
		return;
	layout_para_set(&p, st->font, r->title, LAYOUT_TITLE_SIZE,
	    st->right - st->left);
	for (i = 0; i < p.nlines; i++) {
		l = &p.lines[i];
		layout_text(st, st->left + (st->right - st->left - l->width) / 2,
		    layout_baseline(st, st->y, LAYOUT_TITLE_SIZE, lh),
		    LAYOUT_TITLE_SIZE, p.text + l->start, l->len);
		st->y -= lh;
	}
	st->y -= LAYOUT_AFTER_TITLE;
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

/*
 * Height block i needs at the top of wherever it starts: a heading with
 * what follows it, the first lines of text or of a table's first row, a
 * whole signature block.  Headings are kept with this much of the next.
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
		h = (double)layout_min_split(pp->para.nlines) * st->lh;
		break;
	case BLOCK_FIELDS:
	case BLOCK_TABLE:
		if (g->head != NULL)
			h = 2 * g->pad + (double)g->nhead * st->lh;
		if (g->nrows > 0)
			h += 2 * g->pad +
			    (double)layout_min_split(g->slots[0]) * st->lh;
		break;
	case BLOCK_SIGNATURES:
		for (j = 0; j < b->nfields; j++)
			h += layout_signs_height(st, pp, j);
		break;
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
layout_paragraph(struct layout_state *st, const struct layout_prep *pp)
{
	const struct layout_para	*p = &pp->para;
	size_t				 done, k;

	for (done = 0; done < p->nlines; done += k) {
		k = layout_split(p->nlines - done,
		    layout_avail(st, 0, st->lh), layout_at_top(st));
		layout_lines(st, p, done, k, st->left, st->y,
		    LAYOUT_BODY_SIZE, st->lh);
		st->y -= (double)k * st->lh;
		if (done + k < p->nlines)
			layout_page_new(st);
	}
	st->y -= LAYOUT_AFTER_PARAGRAPH;
}

static void
layout_grid_head(struct layout_state *st, const struct layout_grid *g)
{
	const struct layout_para	*p;
	const struct lb_line		*l;
	double				 top, cw;
	size_t				 c, i;

	if (g->ruled)
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
	if (g->head == NULL)
		return;
	for (c = 0; c < g->ncols; c++) {
		/* Titles are centred: their columns are often narrow. */
		p = &g->head[c];
		cw = g->x[c + 1] - g->x[c];
		top = st->y - g->pad;
		for (i = 0; i < p->nlines; i++) {
			l = &p->lines[i];
			layout_text(st, g->x[c] + (cw - l->width) / 2,
			    layout_baseline(st, top, LAYOUT_BODY_SIZE, st->lh),
			    LAYOUT_BODY_SIZE, p->text + l->start, l->len);
			top -= st->lh;
		}
	}
	st->y -= 2 * g->pad + (double)g->nhead * st->lh;
	if (g->ruled)
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
}

/* Set slots [first, first + n) of row r, the checkboxes with the first. */
static void
layout_grid_row(struct layout_state *st, const struct layout_grid *g,
    size_t r, size_t first, size_t n)
{
	double	top = st->y - g->pad, cx, cy;
	size_t	c;

	for (c = 0; c < g->ncols; c++) {
		if (g->kinds[c] == CELL_CHECKBOX) {
			if (first != 0)
				continue;
			cx = (g->x[c] + g->x[c + 1]) / 2;
			cy = top - st->lh / 2;
			layout_box(st, cx - LAYOUT_BOX / 2, cy - LAYOUT_BOX / 2,
			    LAYOUT_BOX, LAYOUT_BOX);
			continue;
		}
		layout_lines(st, &g->cells[r * g->ncols + c], first, n,
		    g->tx[c], top, LAYOUT_BODY_SIZE, st->lh);
	}
	st->y -= 2 * g->pad + (double)n * st->lh;
	if (g->ruled)
		layout_rule(st, g->x[0], st->y, g->x[g->ncols], st->y);
}

/* Draw the column rules of the part of the grid from top to here. */
static void
layout_grid_close(struct layout_state *st, const struct layout_grid *g,
    double top)
{
	size_t	c;

	if (!g->ruled)
		return;
	for (c = 0; c <= g->ncols; c++)
		layout_rule(st, g->x[c], top, g->x[c], st->y);
}

static int
layout_grid(struct layout_state *st, const struct layout_grid *g,
    char **cause)
{
	double	head, need, top;
	size_t	r, done, k;
	int	fresh;

	head = g->head != NULL ? 2 * g->pad + (double)g->nhead * st->lh : 0;
	if (head + 2 * g->pad + st->lh > st->top - st->bottom) {
		*cause = xasprintf("table header \"%s\" is taller than a page",
		    g->head[0].text);
		return -1;
	}
	if (g->ncols == 0 || (g->nrows == 0 && g->head == NULL))
		return 0;

	/* The header, or a field's label, never stands alone at the foot. */
	need = head;
	if (g->nrows > 0)
		need += 2 * g->pad +
		    (double)layout_min_split(g->slots[0]) * st->lh;
	if (st->y - need < st->bottom - LAYOUT_EPSILON && !layout_at_top(st))
		layout_page_new(st);
	fresh = layout_at_top(st);
	top = st->y;
	layout_grid_head(st, g);

	for (r = 0; r < g->nrows; r++) {
		for (done = 0; done < g->slots[r]; done += k) {
			k = layout_split(g->slots[r] - done,
			    layout_avail(st, 2 * g->pad, st->lh), fresh);
			if (k > 0) {
				if (done == 0 && g->rows != NULL &&
				    g->rows[r].bookmark != NULL)
					layout_mark(st, 2, g->rows[r].bookmark,
					    st->y);
				layout_grid_row(st, g, r, done, k);
				fresh = 0;
			}
			if (done + k == g->slots[r])
				continue;
			layout_grid_close(st, g, top);
			layout_page_new(st);
			fresh = 1;
			top = st->y;
			layout_grid_head(st, g);
		}
	}
	layout_grid_close(st, g, top);
	return 0;
}

static void
layout_fields(struct layout_state *st, const struct layout_grid *g)
{
	/* Fields have no header, so layout_grid cannot fail on them. */
	layout_grid(st, g, NULL);
	if (g->nrows > 0) {
		st->y -= LAYOUT_FIELD_PAD;
		layout_rule(st, st->left, st->y, st->right, st->y);
	}
}

static void
layout_signatures(struct layout_state *st, const struct report_block *b,
    const struct layout_prep *pp)
{
	const struct layout_para	*p;
	double				 h, total = 0, base, x, date;
	size_t				 i;

	for (i = 0; i < b->nfields; i++)
		total += layout_signs_height(st, pp, i);
	if (!layout_at_top(st)) {
		if (st->y - LAYOUT_BEFORE_SIGNS - total <
		    st->bottom - LAYOUT_EPSILON)
			layout_page_new(st);
		else
			st->y -= LAYOUT_BEFORE_SIGNS;
	}

	date = st->left + (st->right - st->left) * LAYOUT_SIGN_DATE;
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
		layout_text(st, date, base, LAYOUT_BODY_SIZE, LAYOUT_DATE,
		    strlen(LAYOUT_DATE));
		x = date + layout_width(st->font, LAYOUT_DATE,
		    LAYOUT_BODY_SIZE) + 6;
		layout_rule(st, x, base - 2, st->right, base - 2);
		st->y -= h;
	}
}

static void
layout_grid_free(struct layout_grid *g)
{
	size_t	i;

	if (g->head != NULL) {
		for (i = 0; i < g->ncols; i++)
			free(g->head[i].lines);
	}
	for (i = 0; i < g->nrows * g->ncols; i++)
		free(g->cells[i].lines);
	free(g->head);
	free(g->cells);
	free(g->slots);
	free(g->kinds);
	free(g->x);
	free(g->tx);
}

/* Count every row's slots: its tallest cell, at least one line. */
static void
layout_grid_slots(struct layout_grid *g)
{
	size_t	r, c, n;

	g->slots = xcalloc(g->nrows, sizeof *g->slots);
	for (r = 0; r < g->nrows; r++) {
		n = 1;
		for (c = 0; c < g->ncols; c++) {
			if (g->cells[r * g->ncols + c].nlines > n)
				n = g->cells[r * g->ncols + c].nlines;
		}
		g->slots[r] = n;
	}
	g->nhead = 0;
	if (g->head != NULL) {
		g->nhead = 1;
		for (c = 0; c < g->ncols; c++) {
			if (g->head[c].nlines > g->nhead)
				g->nhead = g->head[c].nlines;
		}
	}
}

static void
layout_prep_table(struct layout_state *st, const struct report_block *b,
    struct layout_grid *g)
{
	double	total = 0, share, w = st->right - st->left;
	size_t	r, c;

	g->ncols = b->ncolumns;
	g->nrows = b->nrows;
	g->rows = b->rows;
	g->pad = LAYOUT_PAD;
	g->ruled = 1;
	g->x = xcalloc(g->ncols + 1, sizeof *g->x);
	g->tx = xcalloc(g->ncols, sizeof *g->tx);
	g->kinds = xcalloc(g->ncols, sizeof *g->kinds);
	g->head = xcalloc(g->ncols, sizeof *g->head);
	g->cells = xcalloc(g->nrows * g->ncols, sizeof *g->cells);

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
	}
	g->x[g->ncols] = st->right;

	for (c = 0; c < g->ncols; c++) {
		w = g->x[c + 1] - g->x[c] - 2 * LAYOUT_PAD;
		layout_para_set(&g->head[c], st->font, b->columns[c].title,
		    LAYOUT_BODY_SIZE, w);
		for (r = 0; r < g->nrows; r++) {
			if (g->kinds[c] == CELL_CHECKBOX)
				layout_para_set(&g->cells[r * g->ncols + c],
				    st->font, NULL, LAYOUT_BODY_SIZE, w);
			else
				layout_para_set(&g->cells[r * g->ncols + c],
				    st->font, b->rows[r].cells[c],
				    LAYOUT_BODY_SIZE, w);
		}
	}
	layout_grid_slots(g);
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
	g->cells = xcalloc(g->nrows * 2, sizeof *g->cells);
	g->x[0] = g->tx[0] = st->left;
	g->x[1] = g->tx[1] = st->left + label;
	g->x[2] = st->right;
	g->kinds[0] = g->kinds[1] = CELL_TEXT;
	for (r = 0; r < g->nrows; r++) {
		/* A gap of one character keeps long labels off the values. */
		layout_para_set(&g->cells[r * 2], st->font, b->labels[r],
		    LAYOUT_BODY_SIZE, label - LAYOUT_BODY_SIZE);
		layout_para_set(&g->cells[r * 2 + 1], st->font,
		    b->values != NULL ? b->values[r] : NULL, LAYOUT_BODY_SIZE,
		    st->right - st->left - label);
	}
	layout_grid_slots(g);
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
	pp->signs = xcalloc(b->nfields, sizeof *pp->signs);
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

/* Refuse a report with a character the font cannot draw, before any work. */
static int
layout_check_report(const struct report *r, const struct font *font,
    char **cause)
{
	const struct report_block	*b;
	size_t				 i, j, k;

	if (layout_check(font, LAYOUT_FOLIO_CHARS, cause) != 0 ||
	    layout_check(font, LAYOUT_DATE, cause) != 0 ||
	    layout_check(font, r->title, cause) != 0 ||
	    layout_check(font, r->footer, cause) != 0)
		return -1;
	for (i = 0; i < r->nblocks; i++) {
		b = &r->blocks[i];
		if (layout_check(font, b->text, cause) != 0)
			return -1;
		for (j = 0; j < b->nfields; j++) {
			if (layout_check(font, b->labels[j], cause) != 0 ||
			    (b->values != NULL &&
			    layout_check(font, b->values[j], cause) != 0))
				return -1;
		}
		for (j = 0; j < b->ncolumns; j++) {
			if (layout_check(font, b->columns[j].title, cause) != 0)
				return -1;
			if (b->columns[j].kind != CELL_TEXT)
				continue;
			for (k = 0; k < b->nrows; k++) {
				if (layout_check(font, b->rows[k].cells[j],
				    cause) != 0)
					return -1;
			}
		}
	}
	return 0;
}

/* Footer and folio share a baseline with the larger descent on the margin. */
static double
layout_footer_base(const struct layout_state *st)
{
	return LAYOUT_MARGIN_Y - st->descent * LAYOUT_FOLIO_SIZE;
}

/*
 * Stamp page i with the report's footer at the left, stacked upwards when
 * long, and the folio at the right.
 */
static void
layout_footer(struct layout_state *st, const struct layout_para *foot,
    size_t i)
{
	const struct lb_line	*l;
	double			 base = layout_footer_base(st);
	char			*s;
	size_t			 j;

	st->page = &st->lay->pages[i];
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
	struct layout_para	 foot;
	double			 folio;
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
	st.top = LAYOUT_HEIGHT - LAYOUT_MARGIN_Y;
	st.lh = LAYOUT_BODY_SIZE * LAYOUT_BODY_LEADING;
	st.ascent = font_ascent(font) / 1000;
	st.descent = font_descent(font) / 1000;

	/* The footer's height sets the body's foot; leave room for any folio. */
	folio = layout_width(font, "第 9999 頁，共 9999 頁", LAYOUT_FOLIO_SIZE);
	layout_para_set(&foot, font, r->footer, LAYOUT_FOOTER_SIZE,
	    st.right - st.left - folio - 2 * LAYOUT_FOLIO_SIZE);
	st.bottom = layout_footer_base(&st) + st.ascent * LAYOUT_FOLIO_SIZE +
	    (double)(foot.nlines > 1 ? foot.nlines - 1 : 0) * LAYOUT_FOOTER_SIZE *
	    LAYOUT_HEAD_LEADING + LAYOUT_FOOTER_GAP;

	prep = xcalloc(r->nblocks, sizeof *prep);
	for (i = 0; i < r->nblocks; i++)
		layout_prep(&st, &r->blocks[i], &prep[i]);

	layout_page_new(&st);
	layout_title(&st, r);
	for (i = 0; i < r->nblocks && error == 0; i++) {
		switch (r->blocks[i].kind) {
		case BLOCK_HEADING:
			layout_heading(&st, r, prep, i);
			break;
		case BLOCK_PARAGRAPH:
			layout_paragraph(&st, &prep[i]);
			break;
		case BLOCK_FIELDS:
			layout_fields(&st, &prep[i].grid);
			st.y -= LAYOUT_AFTER_TABLE;
			break;
		case BLOCK_TABLE:
			error = layout_grid(&st, &prep[i].grid, cause);
			st.y -= LAYOUT_AFTER_TABLE;
			break;
		case BLOCK_SIGNATURES:
			layout_signatures(&st, &r->blocks[i], &prep[i]);
			break;
		}
	}
	for (i = 0; i < r->nblocks; i++)
		layout_prep_free(&r->blocks[i], &prep[i]);
	free(prep);
	if (error != 0) {
		free(foot.lines);
		layout_free(st.lay);
		return -1;
	}

	/* Only now is the page count known for 「共 Y 頁」. */
	for (i = 0; i < st.lay->npages; i++)
		layout_footer(&st, &foot, i);
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
