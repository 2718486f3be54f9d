/* ui-edit.c: a one-line text editor on get_wch and wcwidth, right with double-width characters. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "ui-draw.h"
#include "ui-edit.h"
#include "ui-screen.h"
#include "xmalloc.h"

static int
ui_edit_cw(wchar_t c)
{
	int	w = wcwidth(c);

	return w < 0 ? 1 : w;
}

static int
ui_edit_span(const struct ui_edit *e, size_t from, size_t to)
{
	int	w = 0;

	for (; from < to; from++)
		w += ui_edit_cw(e->buf[from]);
	return w;
}

void
ui_edit_init(struct ui_edit *e, const char *utf8, int maxwidth)
{
	mbstate_t	 ps;
	const char	*s = utf8 != NULL ? utf8 : "";
	size_t		 n;

	memset(e, 0, sizeof *e);
	e->maxwidth = maxwidth;
	e->cap = strlen(s) + 16;
	e->buf = xcalloc(e->cap, sizeof *e->buf);
	memset(&ps, 0, sizeof ps);
	n = mbsrtowcs(e->buf, &s, e->cap - 1, &ps);
	e->len = n == (size_t)-1 ? 0 : n;
	e->cur = e->len;
	/* A text wider than the field, read from a file, is kept whole. */
	if (ui_edit_span(e, 0, e->len) > maxwidth)
		e->maxwidth = ui_edit_span(e, 0, e->len);
}

void
ui_edit_free(struct ui_edit *e)
{
	free(e->buf);
	e->buf = NULL;
	e->len = e->cap = e->cur = e->first = 0;
}

int
ui_edit_key(struct ui_edit *e, const struct ui_key *k)
{
	switch (k->cmd) {
	case CMD_CHAR:
		/* Only printable text; control characters never become data. */
		if (!iswprint((wint_t)k->ch))
			return -1;
		/*
		 * A paste cut at the edge is cut there: a narrow character
		 * after a refused wide one would make a text never pasted.
		 */
		if (!k->burst)
			e->refusing = 0;
		if (e->refusing || ui_edit_span(e, 0, e->len) +
		    ui_edit_cw(k->ch) > e->maxwidth) {
			e->refusing = 1;
			return -1;
		}
		if (e->len + 2 > e->cap) {
			e->cap *= 2;
			e->buf = xreallocarray(e->buf, e->cap, sizeof *e->buf);
		}
		memmove(&e->buf[e->cur + 1], &e->buf[e->cur],
		    (e->len - e->cur) * sizeof *e->buf);
		e->buf[e->cur++] = k->ch;
		e->buf[++e->len] = L'\0';
		return 1;
	case CMD_BACKSPACE:
		if (e->cur == 0)
			return -1;
		e->cur--;
		/* FALLTHROUGH */
	case CMD_DELETE:
		if (e->cur == e->len)
			return -1;
		memmove(&e->buf[e->cur], &e->buf[e->cur + 1],
		    (e->len - e->cur) * sizeof *e->buf);
		e->len--;
		return 1;
	case CMD_KILL:
		if (e->len == 0)
			return 0;
		e->len = e->cur = e->first = 0;
		e->buf[0] = L'\0';
		return 1;
	case CMD_LEFT:
		if (e->cur > 0)
			e->cur--;
		return 0;
	case CMD_RIGHT:
		if (e->cur < e->len)
			e->cur++;
		return 0;
	case CMD_HOME:
		e->cur = 0;
		return 0;
	case CMD_END:
		e->cur = e->len;
		return 0;
	default:
		return 0;
	}
}

void
ui_edit_draw(struct ui_edit *e, int y, int x, int cols, int focus, int attr)
{
	size_t	i, first;
	int	col = 0, w;

	/* Scroll so that the cursor and the character under it fit. */
	if (e->cur < e->first)
		e->first = e->cur;
	while (e->first < e->cur && ui_edit_span(e, e->first, e->cur) +
	    (e->cur < e->len ? ui_edit_cw(e->buf[e->cur]) : 1) > cols)
		e->first++;
	/* And back as far as fits: a field grown again shows its start. */
	while (e->first > 0 && ui_edit_span(e, e->first - 1, e->cur) +
	    (e->cur < e->len ? ui_edit_cw(e->buf[e->cur]) : 1) <= cols)
		e->first--;
	attron(attr);
	mvhline(y, x, ' ', cols);
	/* Without the cursor a field shows its beginning. */
	first = focus ? e->first : 0;
	for (i = first; i < e->len; i++) {
		w = ui_edit_cw(e->buf[i]);
		if (col + w > cols)
			break;	/* a wide character never spills past the edge */
		ui_draw_char(y, x + col, e->buf[i], attr);
		col += w;
	}
	attroff(attr);
	if (focus) {
		move(y, x + ui_edit_span(e, e->first, e->cur));
		curs_set(1);
	}
}

char *
ui_edit_value(const struct ui_edit *e)
{
	const wchar_t	*p = e->buf;
	mbstate_t	 ps;
	size_t		 n;
	char		*s;

	memset(&ps, 0, sizeof ps);
	n = wcsrtombs(NULL, &p, 0, &ps);
	if (n == (size_t)-1)
		return xstrdup("");
	s = xmalloc(n + 1);
	p = e->buf;
	memset(&ps, 0, sizeof ps);
	wcsrtombs(s, &p, n + 1, &ps);
	return s;
}
