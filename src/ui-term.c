/* ui-term.c: the terminal under the wizard: starting and ending curses, keys mapped to commands, a window too small, signals and running out of memory. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wctype.h>

#include "i18n.h"
#include "session.h"
#include "ui-draw.h"
#include "ui-screen.h"
#include "ui-term.h"
#include "xmalloc.h"

#define UI_TERM_MIN_COLS	80
#define UI_TERM_MIN_LINES	24
#define UI_TERM_CTRL(c)		((c) & 0x1f)

static volatile sig_atomic_t	 ui_term_signal;
static int			 ui_term_curses;	/* curses is running */
static struct ui		*ui_term_ui;	/* for ui_term_out_of_memory */

static void
ui_term_on_signal(int sig)
{
	ui_term_signal = sig;
}

/* Leave curses and put the terminal back as it was; safe to call twice. */
static void
ui_term_end(void)
{
	if (ui_term_curses) {
		curs_set(1);
		endwin();
		ui_term_curses = 0;
	}
}

/*
 * Keep what is not saved anywhere in the draft; returns 1 when a draft
 * holds the answers, 0 when nothing needed keeping, -1 when it failed.
 */
static int
ui_term_keep(struct ui *ui, int quiet)
{
	char	*cause = NULL;
	int	 r;

	if ((r = session_save_draft(ui->s, &cause)) == -1) {
		if (!quiet)
			fprintf(stderr, _("%s: the draft could not be saved: "
			    "%s\n"), PACKAGE, cause);
		free(cause);
	}
	return r;
}

/* A signal: keep the answers, give the terminal back, die of it. */
static void __attribute__((noreturn))
ui_term_interrupted(struct ui *ui)
{
	int	sig = ui_term_signal;

	ui_term_end();
	if (ui_term_keep(ui, 0) == 1)
		fprintf(stderr, _("%s: interrupted; the draft was saved to "
		    "%s\n"), PACKAGE, ui->s->draft_path);
	else if (ui->s->answers_path != NULL && !session_dirty(ui->s))
		fprintf(stderr, _("%s: interrupted; the answers are in %s\n"),
		    PACKAGE, ui->s->answers_path);
	signal(sig, SIG_DFL);
	raise(sig);
	_exit(128 + sig);
}

/*
 * Memory ran out (xmalloc_on_failure): give the terminal back first, so
 * that any message reaches the user's screen, keep the answers if there is
 * still room to, say so and stop.  Without that room the draft of the last
 * completed step stays as it was.
 */
static void __attribute__((noreturn))
ui_term_out_of_memory(void)
{
	ui_term_end();
	if (ui_term_keep(ui_term_ui, 1) == 1)
		fprintf(stderr, _("%s: out of memory; the draft was saved to "
		    "%s\n"), PACKAGE, ui_term_ui->s->draft_path);
	else
		fprintf(stderr, _("%s: out of memory\n"), PACKAGE);
	exit(EXIT_FAILURE);
}

/* Quit at once, keeping a draft: the terminal is too small to ask. */
static void __attribute__((noreturn))
ui_term_leave_now(struct ui *ui)
{
	int	kept = ui_term_keep(ui, 0) == 1;

	ui_term_end();
	if (kept)
		printf(_("The draft is kept in %s\n"), ui->s->draft_path);
	exit(EXIT_SUCCESS);
}

/* Whether the terminal has gone away, so that reading it only fails. */
static int
ui_term_hung_up(void)
{
	struct pollfd	pfd = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&pfd, 1, 0) == 1 &&
	    (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* Wait until the terminal is at least 80x24 again; 1 when F10 quits. */
static int
ui_term_too_small(void)
{
	wint_t	ch;
	char	*s;
	int	r;

	while (COLS < UI_TERM_MIN_COLS || LINES < UI_TERM_MIN_LINES) {
		erase();
		curs_set(0);
		s = xasprintf(_("Please enlarge the window to at least %dx%d "
		    "(now %dx%d). F10 quits."), UI_TERM_MIN_COLS,
		    UI_TERM_MIN_LINES, COLS, LINES);
		ui_draw_wrap(0, 0, COLS, 0, LINES, s, A_BOLD);
		free(s);
		refresh();
		r = get_wch(&ch);
		if (ui_term_signal != 0)
			return 0;
		if (r == ERR && ui_term_hung_up())
			ui_term_signal = SIGHUP;
		if ((r == KEY_CODE_YES && ch == KEY_F(10)) ||
		    (r == OK && ch == UI_TERM_CTRL('X')))
			return 1;
	}
	return 0;
}

/* Map a key to a command; printable keys mean commands outside text fields. */
static void
ui_term_map(struct ui *ui, int r, wint_t ch, struct ui_key *k)
{
	k->cmd = CMD_NONE;
	k->ch = 0;
	if (r == KEY_CODE_YES) {
		switch (ch) {
		case KEY_F(1):		k->cmd = CMD_HELP; break;
		case KEY_F(2):		k->cmd = CMD_SAVE; break;
		case KEY_F(3):		k->cmd = CMD_OPEN; break;
		case KEY_F(10):		k->cmd = CMD_QUIT; break;
		case KEY_UP:		k->cmd = CMD_UP; break;
		case KEY_DOWN:		k->cmd = CMD_DOWN; break;
		case KEY_LEFT:		k->cmd = CMD_LEFT; break;
		case KEY_RIGHT:		k->cmd = CMD_RIGHT; break;
		case KEY_PPAGE:		k->cmd = CMD_PGUP; break;
		case KEY_NPAGE:		k->cmd = CMD_PGDN; break;
		case KEY_HOME:		k->cmd = CMD_HOME; break;
		case KEY_END:		k->cmd = CMD_END; break;
		case KEY_BTAB:		k->cmd = CMD_BTAB; break;
		case KEY_BACKSPACE:	k->cmd = CMD_BACKSPACE; break;
		case KEY_DC:		k->cmd = CMD_DELETE; break;
		case KEY_ENTER:		k->cmd = CMD_ENTER; break;
		case KEY_RESIZE:	k->cmd = CMD_RESIZE; break;
		}
		return;
	}
	switch (ch) {
	case '\r':
	case '\n':			k->cmd = CMD_ENTER; return;
	case 033:			k->cmd = CMD_BACK; return;
	case '\t':			k->cmd = CMD_TAB; return;
	case 0177:
	case UI_TERM_CTRL('H'):		k->cmd = CMD_BACKSPACE; return;
	case UI_TERM_CTRL('G'):		k->cmd = CMD_HELP; return;
	case UI_TERM_CTRL('O'):		k->cmd = CMD_SAVE; return;
	case UI_TERM_CTRL('R'):		k->cmd = CMD_OPEN; return;
	case UI_TERM_CTRL('X'):		k->cmd = CMD_QUIT; return;
	case UI_TERM_CTRL('U'):		k->cmd = CMD_KILL; return;
	case UI_TERM_CTRL('A'):		k->cmd = CMD_HOME; return;
	case UI_TERM_CTRL('E'):		k->cmd = CMD_END; return;
	case UI_TERM_CTRL('N'):		k->cmd = CMD_NEXT; return;
	}
	if (!iswprint(ch))
		return;
	k->cmd = CMD_CHAR;
	k->ch = (wchar_t)ch;
	if (ui->textmode)
		return;
	switch (ch) {
	case ' ':	k->cmd = CMD_TOGGLE; break;
	case '?':	k->cmd = CMD_HELP; break;
	case 'q':	k->cmd = CMD_QUIT; break;
	case '/':	k->cmd = CMD_SEARCH; break;
	case 'k':	k->cmd = CMD_UP; break;
	case 'j':	k->cmd = CMD_DOWN; break;
	}
}

void
ui_term_read(struct ui *ui, struct ui_key *k)
{
	struct pollfd	pfd;
	wint_t		ch;
	int		r, pending;

	for (;;) {
		if (ui_term_signal != 0)
			ui_term_interrupted(ui);
		if (COLS < UI_TERM_MIN_COLS || LINES < UI_TERM_MIN_LINES) {
			if (ui_term_too_small())
				ui_term_leave_now(ui);
			k->cmd = CMD_RESIZE;
			k->ch = 0;
			return;
		}
		refresh();
		/* Input there before asking is part of a paste or typed ahead. */
		pfd.fd = STDIN_FILENO;
		pfd.events = POLLIN;
		pending = poll(&pfd, 1, 0) == 1;
		r = get_wch(&ch);
		if (r == ERR) {
			/* The timeout: look at signals and the terminal again. */
			if (ui_term_hung_up())
				ui_term_signal = SIGHUP;
			continue;
		}
		ui_term_map(ui, r, ch, k);
		k->burst = pending;
		if (k->cmd != CMD_NONE)
			return;
	}
}

int
ui_term_start(struct ui *ui)
{
	struct sigaction	sa;
	int			sigs[] = { SIGINT, SIGTERM, SIGHUP };
	size_t			i;

	/* Ours before initscr, so that curses leaves them alone. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_term_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);

	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	if (initscr() == NULL)
		return -1;
	ui_term_curses = 1;
	atexit(ui_term_end);
	ui_term_ui = ui;
	xmalloc_on_failure(ui_term_out_of_memory);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	timeout(100);
	ui_draw_colours(ui);
	return 0;
}

void
ui_term_stop(void)
{
	xmalloc_on_failure(NULL);
	ui_term_end();
}
