/* ui-draw.c: the wizard's drawing kit: colours by role, text cut or wrapped to a width, the frame every step shares and the box dialogs sit in. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "i18n.h"
#include "linebreak.h"
#include "session.h"
#include "ui-draw.h"
#include "ui-screen.h"
#include "xmalloc.h"

/* Colour pairs by role; 0 is the terminal's own. */
enum {
	UI_DRAW_PAIR_TITLE = 1,
	UI_DRAW_PAIR_SELECT,
	UI_DRAW_PAIR_ERROR,
	UI_DRAW_PAIR_FIELD,
	UI_DRAW_PAIR_MARK
};

void
ui_draw_colours(struct ui *ui)
{
	const char	*nc = getenv("NO_COLOR");

	ui->colour = 0;
	if ((nc != NULL && *nc != '\0') || !has_colors())
		return;
	if (start_color() != OK)
		return;
	use_default_colors();
	init_pair(UI_DRAW_PAIR_TITLE, COLOR_WHITE, COLOR_BLUE);
	init_pair(UI_DRAW_PAIR_SELECT, COLOR_BLACK, COLOR_CYAN);
	init_pair(UI_DRAW_PAIR_ERROR, COLOR_RED, -1);
	init_pair(UI_DRAW_PAIR_FIELD, COLOR_BLACK, COLOR_WHITE);
	init_pair(UI_DRAW_PAIR_MARK, COLOR_YELLOW, -1);
	ui->colour = 1;
}

int
ui_draw_attr(const struct ui *ui, int which)
{
	static const int mono[] = {
		A_REVERSE, A_REVERSE, A_BOLD, A_DIM, A_UNDERLINE, A_BOLD
	};

	if (!ui->colour)
		return mono[which];
	switch (which) {
	case UI_ATTR_TITLE:
		return COLOR_PAIR(UI_DRAW_PAIR_TITLE) | A_BOLD;
	case UI_ATTR_SELECT:
		return COLOR_PAIR(UI_DRAW_PAIR_SELECT);
	case UI_ATTR_ERROR:
		return COLOR_PAIR(UI_DRAW_PAIR_ERROR) | A_BOLD;
	case UI_ATTR_DIM:
		return A_DIM;
	case UI_ATTR_FIELD:
		return COLOR_PAIR(UI_DRAW_PAIR_FIELD);
	default:
		return COLOR_PAIR(UI_DRAW_PAIR_MARK) | A_BOLD;
	}
}

void
ui_draw_char(int y, int x, wchar_t c, int attr)
{
	cchar_t	cc;
	wchar_t	wc[2];

	wc[0] = c;
	wc[1] = L'\0';
	/* The colour goes as the pair argument: in the attributes it is lost. */
	setcchar(&cc, wc, (attr_t)attr & ~(attr_t)A_COLOR,
	    (short)PAIR_NUMBER(attr), NULL);
	mvadd_wch(y, x, &cc);
}

int
ui_draw_width(const char *s)
{
	mbstate_t	ps;
	wchar_t		wc;
	size_t		n;
	int		w = 0, cw;

	memset(&ps, 0, sizeof ps);
	while (*s != '\0') {
		n = mbrtowc(&wc, s, MB_CUR_MAX, &ps);
		if (n == (size_t)-1 || n == (size_t)-2)
			return w;
		cw = wcwidth(wc);
		w += cw < 0 ? 1 : cw;
		s += n;
	}
	return w;
}

/* Draw at most len bytes of s; with ellipsis, end in … when cut. */
static int
ui_draw_span(int y, int x, int width, const char *s, size_t len, int attr,
    int ellipsis)
{
	mbstate_t	 ps;
	const char	*end = s + len;
	wchar_t		 wc;
	size_t		 n;
	int		 col = 0, cw;

	if (ellipsis && ui_draw_width(s) > width && width > 1)
		width--;
	else
		ellipsis = 0;
	memset(&ps, 0, sizeof ps);
	while (s < end && *s != '\0') {
		n = mbrtowc(&wc, s, MB_CUR_MAX, &ps);
		if (n == (size_t)-1 || n == (size_t)-2)
			break;
		s += n;
		if (wc == L'\n' || !iswprint((wint_t)wc))
			wc = L' ';
		cw = wcwidth(wc);
		cw = cw < 0 ? 1 : cw;
		if (col + cw > width)
			break;
		ui_draw_char(y, x + col, wc, attr);
		col += cw;
	}
	if (ellipsis)
		ui_draw_char(y, x + col++, L'…', attr);
	return col;
}

int
ui_draw_text(int y, int x, int width, const char *s, int attr)
{
	return ui_draw_span(y, x, width, s, strlen(s), attr, 0);
}

int
ui_draw_name(int y, int x, int width, const char *s, int attr)
{
	return ui_draw_span(y, x, width, s, strlen(s), attr, 1);
}

int
ui_draw_wrap(int y, int x, int width, int skip, int lines, const char *s,
    int attr)
{
	struct lb_line	*ln;
	size_t		 n, i;

	n = linebreak(s, NULL, 1, width, &ln);
	for (i = 0; i < n; i++) {
		if ((int)i >= skip && (int)i < skip + lines)
			ui_draw_span(y + (int)i - skip, x, width,
			    s + ln[i].start, ln[i].len, attr, 0);
	}
	free(ln);
	return (int)n;
}

void
ui_draw_frame(struct ui *ui, const char *legend)
{
	char	*top, *stepno;

	erase();
	curs_set(0);
	attron(ui_draw_attr(ui, UI_ATTR_TITLE));
	mvhline(0, 0, ' ', COLS);
	attroff(ui_draw_attr(ui, UI_ATTR_TITLE));
	/* TRANSLATORS: the step indicator, e.g. "Step 3/9". */
	stepno = xasprintf(_("Step %zu/%zu"), ui->step + 1, ui->nsteps);
	/* TRANSLATORS: after the title when answers are not saved anywhere. */
	top = xasprintf(" %s — %s  %s%s", _("tenderwiz 資安採購條款精靈"),
	    stepno, _(ui->form->title), session_dirty(ui->s) ?
	    _("  [changed]") : "");
	ui_draw_text(0, 0, COLS, top, ui_draw_attr(ui, UI_ATTR_TITLE));
	free(top);
	free(stepno);
	if (ui->message != NULL)
		ui_draw_name(LINES - 2, 1, COLS - 2, ui->message,
		    ui->message_error ? ui_draw_attr(ui, UI_ATTR_ERROR) :
		    (int)A_BOLD);
	attron(ui_draw_attr(ui, UI_ATTR_TITLE));
	mvhline(LINES - 1, 0, ' ', COLS);
	attroff(ui_draw_attr(ui, UI_ATTR_TITLE));
	/* Every column: a legend names every key, and 80 must hold it. */
	ui_draw_text(LINES - 1, 0, COLS, legend,
	    ui_draw_attr(ui, UI_ATTR_TITLE));
}

void
ui_draw_message(const struct ui *ui)
{
	int	n, i, cy, cx;

	if (ui->message == NULL || ui_draw_width(ui->message) <= COLS - 2)
		return;
	/* Upwards from the status line, over the step; the cursor stays. */
	getyx(stdscr, cy, cx);
	n = ui_draw_wrap(0, 0, COLS - 2, 0, 0, ui->message, 0);
	if (n > LINES - 3)
		n = LINES - 3;
	for (i = 0; i < n; i++) {
		move(LINES - 1 - n + i, 0);
		clrtoeol();
	}
	ui_draw_wrap(LINES - 1 - n, 1, COLS - 2, 0, n, ui->message,
	    ui->message_error ? ui_draw_attr(ui, UI_ATTR_ERROR) : (int)A_BOLD);
	move(cy, cx);
}

void
ui_draw_bar(const struct ui *ui, int y, int x, int w)
{
	int	attr = ui_draw_attr(ui, UI_ATTR_SELECT);

	attron(attr);
	mvhline(y, x, ' ', w);
	attroff(attr);
}

void
ui_draw_box(int h, int w, int *y, int *x, const char *title)
{
	int	i;

	*y = (LINES - h) / 2;
	*x = (COLS - w) / 2;
	for (i = 0; i < h; i++)
		mvhline(*y + i, *x, ' ', w);
	attron(A_BOLD);
	mvhline(*y, *x, ACS_HLINE, w);
	mvhline(*y + h - 1, *x, ACS_HLINE, w);
	mvvline(*y, *x, ACS_VLINE, h);
	mvvline(*y, *x + w - 1, ACS_VLINE, h);
	mvaddch(*y, *x, ACS_ULCORNER);
	mvaddch(*y, *x + w - 1, ACS_URCORNER);
	mvaddch(*y + h - 1, *x, ACS_LLCORNER);
	mvaddch(*y + h - 1, *x + w - 1, ACS_LRCORNER);
	attroff(A_BOLD);
	if (title != NULL) {
		mvaddch(*y, *x + 2, ' ');
		ui_draw_name(*y, *x + 3, w - 6, title, A_BOLD);
		addch(' ');
	}
}
