/* ui.c: the wizard's step loop, keys, signals, terminal manners and the pieces every screen draws with. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wctype.h>

#include "draft.h"
#include "generate.h"
#include "i18n.h"
#include "ui.h"
#include "xmalloc.h"

#define UI_MIN_COLS	80
#define UI_MIN_LINES	24
#define UI_CTRL(c)	((c) & 0x1f)

const struct ui_screen *const ui_screens[] = {
	&ui_start_screen,
	&ui_form_case_screen,
	&ui_form_category_screen,
	&ui_form_tier_screen,
	&ui_form_level_screen,
	&ui_form_context_screen,
	&ui_clauses_screen,
	&ui_blanks_screen,
	&ui_review_screen,
};
const size_t ui_nscreens = sizeof ui_screens / sizeof ui_screens[0];

static volatile sig_atomic_t	 ui_signal;
static int			 ui_quit_small;	/* F10 on the enlarge screen */
static int			 ui_curses;	/* curses is running */
static struct ui		*ui_running;	/* for ui_out_of_memory */

static void
ui_on_signal(int sig)
{
	ui_signal = sig;
}

/* Leave curses and put the terminal back as it was; safe to call twice. */
static void
ui_end(void)
{
	if (ui_curses) {
		curs_set(1);
		endwin();
		ui_curses = 0;
	}
}

size_t
ui_step_index(const char *id)
{
	size_t	i;

	for (i = 0; i < ui_nscreens; i++) {
		if (strcmp(ui_screens[i]->id, id) == 0)
			return i;
	}
	return 0;
}

const struct form_step *
ui_step(const struct ui *ui)
{
	return forms_step(ui->forms, ui_screens[ui->step]->id);
}

void
ui_resolve(struct ui *ui)
{
	resolution_free(ui->res);
	ui->res = resolve(ui->cat, ui->rules, ui->answers);
}

/* Whether the category has ▲ rows at the chosen tier. */
int
ui_by_level(const struct ui *ui)
{
	const struct category	*cg;
	size_t			 i;
	int			 t;

	if (ui->answers->category == NULL ||
	    (cg = catalogue_category(ui->cat, ui->answers->category)) == NULL)
		return 0;
	for (i = 0; i < cg->nclauses; i++) {
		for (t = 0; t < TIER_COUNT; t++) {
			if ((ui->answers->tier == -1 || ui->answers->tier == t) &&
			    cg->clauses[i].marks[t] == MARK_BY_LEVEL)
				return 1;
		}
	}
	return 0;
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list	ap;

	free(ui->message);
	ui->message = NULL;
	ui->message_error = error;
	if (fmt == NULL)
		return;
	va_start(ap, fmt);
	if (vasprintf(&ui->message, fmt, ap) == -1)
		ui->message = NULL;
	va_end(ap);
}

char *
ui_today(void)
{
	struct tm	tm;
	time_t		now = time(NULL);
	char		buf[16];

	localtime_r(&now, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
	return xstrdup(buf);
}

int
ui_attr(const struct ui *ui, int which)
{
	static const int mono[] = {
		A_REVERSE, A_REVERSE, A_BOLD, A_DIM, A_UNDERLINE, A_BOLD
	};

	if (!ui->colour)
		return mono[which];
	switch (which) {
	case UI_ATTR_TITLE:
		return COLOR_PAIR(1) | A_BOLD;
	case UI_ATTR_SELECT:
		return COLOR_PAIR(2);
	case UI_ATTR_ERROR:
		return COLOR_PAIR(3) | A_BOLD;
	case UI_ATTR_DIM:
		return A_DIM;
	case UI_ATTR_FIELD:
		return COLOR_PAIR(4);
	default:
		return COLOR_PAIR(5) | A_BOLD;
	}
}

/* Display width of a UTF-8 string. */
int
ui_width(const char *s)
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

/*
 * Draw a UTF-8 string at y, x in at most width columns, cut at a character
 * boundary; returns the columns used.
 */
int
ui_text(int y, int x, int width, const char *s, int attr)
{
	mbstate_t	ps;
	wchar_t		wc[2];
	cchar_t		cc;
	size_t		n;
	int		col = 0, cw;

	memset(&ps, 0, sizeof ps);
	wc[1] = L'\0';
	while (*s != '\0') {
		n = mbrtowc(&wc[0], s, MB_CUR_MAX, &ps);
		if (n == (size_t)-1 || n == (size_t)-2)
			break;
		s += n;
		if (wc[0] == L'\n' || !iswprint((wint_t)wc[0]))
			wc[0] = L' ';
		cw = wcwidth(wc[0]);
		cw = cw < 0 ? 1 : cw;
		if (col + cw > width)
			break;
		setcchar(&cc, wc, (attr_t)attr, 0, NULL);
		mvadd_wch(y, x + col, &cc);
		col += cw;
	}
	return col;
}

/*
 * Wrap a UTF-8 paragraph into lines of width columns, breaking after a
 * space or between wide characters; "\n" breaks too.  Lines skip to
 * skip + lines - 1 of it are drawn from y on (lines 0 only counts).
 * Returns the lines the whole text needs.
 */
int
ui_wrap(int y, int x, int width, int skip, int lines, const char *s, int attr)
{
	const char	*line = s, *p = s, *brk = NULL;
	mbstate_t	 ps;
	wchar_t		 wc;
	size_t		 n;
	int		 col = 0, cw, count = 0;
	char		*part;

	memset(&ps, 0, sizeof ps);
	while (*p != '\0') {
		n = mbrtowc(&wc, p, MB_CUR_MAX, &ps);
		if (n == (size_t)-1 || n == (size_t)-2)
			break;
		cw = wcwidth(wc);
		cw = cw < 0 ? 1 : cw;
		if (wc == L'\n' || col + cw > width) {
			if (wc != L'\n' && brk != NULL && brk > line)
				p = brk;
			if (count >= skip && count < skip + lines) {
				part = xstrndup(line, (size_t)(p - line));
				ui_text(y + count - skip, x, width, part, attr);
				free(part);
			}
			count++;
			if (*p == '\n')
				p++;	/* a hard break keeps the indent after it */
			else while (*p == ' ')
				p++;
			line = p;
			brk = NULL;
			col = 0;
			continue;
		}
		p += n;
		col += cw;
		if (wc == L' ' || cw == 2)
			brk = p;
	}
	if (p > line) {
		if (count >= skip && count < skip + lines)
			ui_text(y + count - skip, x, width, line, attr);
		count++;
	}
	return count;
}

/* The title bar with the step, the status line and the key legend. */
void
ui_frame(struct ui *ui, const char *legend)
{
	const struct form_step	*st = ui_step(ui);
	char			*top, *stepno;

	erase();
	curs_set(0);
	attron(ui_attr(ui, UI_ATTR_TITLE));
	mvhline(0, 0, ' ', COLS);
	attroff(ui_attr(ui, UI_ATTR_TITLE));
	/* TRANSLATORS: the step indicator, e.g. "Step 3/9". */
	stepno = xasprintf(_("Step %zu/%zu"), ui->step + 1, ui_nscreens);
	top = xasprintf(" %s — %s  %s", _("tenderwiz 資安採購條款精靈"),
	    stepno, _(st->title));
	ui_text(0, 0, COLS, top, ui_attr(ui, UI_ATTR_TITLE));
	free(top);
	free(stepno);
	if (ui->message != NULL)
		ui_text(LINES - 2, 1, COLS - 2, ui->message,
		    ui->message_error ? ui_attr(ui, UI_ATTR_ERROR) : (int)A_BOLD);
	attron(ui_attr(ui, UI_ATTR_TITLE));
	mvhline(LINES - 1, 0, ' ', COLS);
	attroff(ui_attr(ui, UI_ATTR_TITLE));
	ui_text(LINES - 1, 1, COLS - 2, legend, ui_attr(ui, UI_ATTR_TITLE));
}

/* The current screen under a dialog. */
static void
ui_draw(struct ui *ui)
{
	ui->textmode = 0;
	ui_screens[ui->step]->draw(ui);
}

/* Whether the terminal has gone away, so that reading it only fails. */
static int
ui_hung_up(void)
{
	struct pollfd	pfd = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&pfd, 1, 0) == 1 &&
	    (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* Wait until the terminal is at least 80x24 again. */
static void
ui_too_small(void)
{
	wint_t	ch;
	char	*s;
	int	r;

	while (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		erase();
		curs_set(0);
		s = xasprintf(_("Please enlarge the window to at least %dx%d "
		    "(now %dx%d). F10 quits."), UI_MIN_COLS, UI_MIN_LINES,
		    COLS, LINES);
		ui_wrap(0, 0, COLS, 0, LINES, s, A_BOLD);
		free(s);
		refresh();
		r = get_wch(&ch);
		if (ui_signal != 0)
			return;
		if (r == ERR && ui_hung_up())
			ui_signal = SIGHUP;
		if ((r == KEY_CODE_YES && ch == KEY_F(10)) ||
		    (r == OK && ch == UI_CTRL('X'))) {
			ui_quit_small = 1;
			return;
		}
	}
}

/* Map a key to a command; printable keys mean commands outside text fields. */
static void
ui_map(struct ui *ui, int r, wint_t ch, struct ui_key *k)
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
	case '\n':		k->cmd = CMD_ENTER; return;
	case 033:		k->cmd = CMD_BACK; return;
	case '\t':		k->cmd = CMD_TAB; return;
	case 0177:
	case UI_CTRL('H'):	k->cmd = CMD_BACKSPACE; return;
	case UI_CTRL('G'):	k->cmd = CMD_HELP; return;
	case UI_CTRL('O'):	k->cmd = CMD_SAVE; return;
	case UI_CTRL('R'):	k->cmd = CMD_OPEN; return;
	case UI_CTRL('X'):	k->cmd = CMD_QUIT; return;
	case UI_CTRL('U'):	k->cmd = CMD_KILL; return;
	case UI_CTRL('A'):	k->cmd = CMD_HOME; return;
	case UI_CTRL('E'):	k->cmd = CMD_END; return;
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

static void __attribute__((noreturn)) ui_interrupted(struct ui *);
static void __attribute__((noreturn)) ui_leave_now(struct ui *);

/*
 * Wait for a key and say what it means.  A signal saves the draft and
 * leaves; a terminal below 80x24 shows the enlarge screen first.
 */
void
ui_read_key(struct ui *ui, struct ui_key *k)
{
	wint_t	ch;
	int	r;

	for (;;) {
		if (ui_signal != 0)
			ui_interrupted(ui);
		if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
			ui_too_small();
			if (ui_quit_small)
				ui_leave_now(ui);
			k->cmd = CMD_RESIZE;
			return;
		}
		refresh();
		r = get_wch(&ch);
		if (r == ERR) {
			/* The timeout: look at signals and the terminal again. */
			if (ui_hung_up())
				ui_signal = SIGHUP;
			continue;
		}
		ui_map(ui, r, ch, k);
		if (k->cmd != CMD_NONE)
			return;
	}
}

/* A centred box of width w and height h; returns its top-left corner. */
static void
ui_box(int h, int w, int *y, int *x, const char *title)
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
		ui_text(*y, *x + 3, w - 6, title, A_BOLD);
		addch(' ');
	}
}

/* A scrollable box of text; any key but the arrows and pages closes it. */
void
ui_help(struct ui *ui, const char *title, const char *text)
{
	struct ui_key	k;
	int		y, x, w, h, need, top = 0, i;
	char		*more;

	for (;;) {
		ui_draw(ui);
		w = COLS - 8;
		need = ui_wrap(0, 0, w - 4, 0, 0, text, 0);
		h = need + 4 < LINES - 2 ? need + 4 : LINES - 2;
		if (top > need - (h - 4))
			top = need - (h - 4) > 0 ? need - (h - 4) : 0;
		ui_box(h, w, &y, &x, title);
		ui_wrap(y + 2, x + 2, w - 4, top, h - 4, text, 0);
		curs_set(0);
		ui->textmode = 0;
		more = xasprintf(_("Up/Down scroll · any other key closes "
		    "(%d/%d)"), top + 1, need);
		ui_text(y + h - 1, x + 2, w - 4, more, A_DIM);
		free(more);
		k.cmd = CMD_NONE;
		ui_read_key(ui, &k);
		i = h - 4;
		if (k.cmd == CMD_RESIZE)
			continue;
		if (k.cmd == CMD_DOWN && top + i < need)
			top++;
		else if (k.cmd == CMD_UP && top > 0)
			top--;
		else if (k.cmd == CMD_PGDN && top + i < need)
			top += i;
		else if (k.cmd == CMD_PGUP)
			top = top > i ? top - i : 0;
		else if (k.cmd != CMD_DOWN && k.cmd != CMD_UP &&
		    k.cmd != CMD_PGDN)
			return;
	}
}

/* A yes/no question; y or Enter on yes, n or Esc says no. */
int
ui_confirm(struct ui *ui, const char *question)
{
	struct ui_key	k;
	int		y, x, w, need;

	for (;;) {
		ui_draw(ui);
		w = COLS - 16;
		need = ui_wrap(0, 0, w - 4, 0, 0, question, 0);
		ui_box(need + 5, w, &y, &x, NULL);
		ui_wrap(y + 1, x + 2, w - 4, 0, need, question, A_BOLD);
		/* TRANSLATORS: the answers of a yes/no question. */
		ui_text(y + need + 2, x + 2, w - 4, _("y = yes    n = no"), 0);
		ui->textmode = 0;
		ui_read_key(ui, &k);
		if (k.cmd == CMD_RESIZE)
			continue;
		if (k.ch == 'y' || k.ch == 'Y')
			return 1;
		if (k.ch == 'n' || k.ch == 'N' || k.cmd == CMD_BACK)
			return 0;
	}
}

/*
 * Ask for a line of text in a box; returns it (caller frees), or NULL when
 * Esc cancels.
 */
char *
ui_prompt(struct ui *ui, const char *title, const char *label,
    const char *initial, int width)
{
	struct ui_edit	e;
	struct ui_key	k;
	int		y, x, w, need;
	char		*s;

	ui_edit_init(&e, initial, width);
	for (;;) {
		ui_draw(ui);
		w = COLS - 8;
		need = ui_wrap(0, 0, w - 4, 0, 0, label, 0);
		ui_box(need + 6, w, &y, &x, title);
		ui_wrap(y + 1, x + 2, w - 4, 0, need, label, 0);
		ui_text(y + need + 4, x + 2, w - 4, _("Enter accepts · Esc "
		    "cancels"), A_DIM);
		ui_edit_draw(&e, y + need + 2, x + 2, w - 4, 1,
		    ui_attr(ui, UI_ATTR_FIELD));
		ui->textmode = 1;
		ui_read_key(ui, &k);
		ui->textmode = 0;
		if (k.cmd == CMD_RESIZE)
			continue;
		if (k.cmd == CMD_BACK) {
			ui_edit_free(&e);
			return NULL;
		}
		if (k.cmd == CMD_ENTER)
			break;
		if (ui_edit_key(&e, &k) == -1)
			beep();
	}
	s = ui_edit_value(&e);
	ui_edit_free(&e);
	return s;
}

/* Whether the answers hold anything worth keeping. */
static int
ui_has_content(const struct ui *ui)
{
	struct answers	*empty = answers_new();
	int		 eq;

	eq = answers_equal(ui->answers, empty);
	answers_free(empty);
	return !eq;
}

/* Save the draft (mode 0600); 0, or -1 when it could not be kept. */
int
ui_save_draft(struct ui *ui)
{
	char	*cause = NULL;

	if (ui->draft_dir == NULL || ui->finished || !ui_has_content(ui))
		return -1;
	if (ui->draft_path == NULL)
		ui->draft_path = draft_new_path(ui->draft_dir);
	if (answers_save(ui->answers, ui->draft_path, &cause) != 0) {
		if (ui_curses)
			ui_message(ui, 1, _("The draft could not be saved: %s"),
			    cause);
		free(cause);
		return -1;
	}
	return 0;
}

/* A signal: keep the answers, give the terminal back, die of it. */
static void __attribute__((noreturn))
ui_interrupted(struct ui *ui)
{
	int	sig = ui_signal, saved;

	saved = ui_save_draft(ui);
	ui_end();
	if (saved == 0)
		fprintf(stderr, _("%s: interrupted; the draft was saved to "
		    "%s\n"), PACKAGE, ui->draft_path);
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
ui_out_of_memory(void)
{
	int	saved;

	ui_end();
	saved = ui_save_draft(ui_running) == 0;
	if (saved)
		fprintf(stderr, _("%s: out of memory; the draft was saved to "
		    "%s\n"), PACKAGE, ui_running->draft_path);
	else
		fprintf(stderr, _("%s: out of memory\n"), PACKAGE);
	exit(EXIT_FAILURE);
}

/* Quit at once, keeping a draft: the terminal is too small to ask. */
static void __attribute__((noreturn))
ui_leave_now(struct ui *ui)
{
	int	saved = !ui->finished && ui_save_draft(ui) == 0;

	ui_end();
	if (saved)
		printf(_("The draft is kept in %s\n"), ui->draft_path);
	exit(EXIT_SUCCESS);
}

static int
ui_dirty(const struct ui *ui)
{
	return !ui->finished && !answers_equal(ui->answers, ui->saved);
}

/* F10: leave, keeping a draft of what is not in a named file. */
static int
ui_quit(struct ui *ui)
{
	if (ui_dirty(ui) && !ui_confirm(ui, _("Quit the wizard? The answers "
	    "not saved to a file are kept as a draft that the next start "
	    "offers to resume.")))
		return 0;
	if (ui_dirty(ui))
		ui_save_draft(ui);
	return 1;
}

static char *
ui_default_answers_path(const struct ui *ui)
{
	if (ui->answers_path != NULL)
		return xstrdup(ui->answers_path);
	return generate_output_name(ui->answers, "answers.yaml");
}

/* F2: write the answers to a file of the buyer's choosing. */
static void
ui_save(struct ui *ui)
{
	char	*def, *path, *cause = NULL;

	def = ui_default_answers_path(ui);
	path = ui_prompt(ui, _("Save answers"), _("Write the answers to the "
	    "file:"), def, 200);
	free(def);
	if (path == NULL)
		return;
	if (*path == '\0' || answers_save(ui->answers, path, &cause) != 0) {
		ui_help(ui, _("Not saved"), cause != NULL ? cause :
		    _("No file name given."));
		free(cause);
		free(path);
		return;
	}
	free(ui->answers_path);
	ui->answers_path = path;
	answers_free(ui->saved);
	ui->saved = answers_copy(ui->answers);
	ui_message(ui, 0, _("Saved to %s"), path);
}

/* Replace the answers by those of a file; 0, or -1 with *cause. */
int
ui_load(struct ui *ui, const char *path, int is_draft, char **cause)
{
	struct answers	*a, *saved;
	char		*answers_path = NULL, *draft_path = NULL;

	if (answers_load(path, ui->cat, &a, cause) != 0)
		return -1;
	/* Everything new first: out of memory leaves the old answers whole. */
	if (is_draft) {
		draft_path = xstrdup(path);
		saved = answers_new();
	} else {
		answers_path = xstrdup(path);
		saved = answers_copy(a);
	}
	answers_free(ui->answers);
	ui->answers = a;
	answers_free(ui->saved);
	ui->saved = saved;
	free(ui->answers_path);
	ui->answers_path = answers_path;
	free(ui->draft_path);
	ui->draft_path = draft_path;
	ui->impacts[0] = ui->impacts[1] = ui->impacts[2] = ui->impacts[3] = -1;
	ui->finished = 0;
	ui_resolve(ui);
	ui->step = ui_form_first_missing(ui);
	return 0;
}

/*
 * F3, and the start screen's "open": ask for an answers file and read it.
 * Returns 0 when the answers were replaced (ui->step is then the step to
 * go to), -1 when cancelled or refused.
 */
int
ui_open(struct ui *ui)
{
	char	*path, *cause = NULL;
	int	 rc;

	path = ui_prompt(ui, _("Open answers"), _("Read the answers from the "
	    "file:"), ui->answers_path, 200);
	if (path == NULL)
		return -1;
	if ((rc = ui_load(ui, path, 0, &cause)) != 0) {
		ui_help(ui, _("Cannot open"), cause);
		free(cause);
	} else
		ui_message(ui, 0, _("Opened %s"), path);
	free(path);
	return rc;
}

int
ui_field_key(const struct ui_key *k, size_t *cur, size_t n, enum ui_move *m)
{
	*m = UI_STAY;
	switch (k->cmd) {
	case CMD_UP:
	case CMD_BTAB:
		if (*cur > 0)
			(*cur)--;
		return 1;
	case CMD_DOWN:
	case CMD_TAB:
		if (*cur + 1 < n)
			(*cur)++;
		return 1;
	case CMD_ENTER:
		if (*cur + 1 < n)
			(*cur)++;
		else
			*m = UI_NEXT;
		return 1;
	default:
		return 0;
	}
}

/* Move one step in dir, past the steps that do not apply. */
static void
ui_walk(struct ui *ui, int dir)
{
	const struct ui_screen	*scr;

	for (;;) {
		if ((dir < 0 && ui->step == 0) ||
		    (dir > 0 && ui->step + 1 >= ui_nscreens))
			return;
		ui->step = (size_t)((long)ui->step + dir);
		scr = ui_screens[ui->step];
		if (scr->enter == NULL || scr->enter(ui) == 0)
			return;
	}
}

/* F1: the step's help from the forms, and the keys every step shares. */
static void
ui_step_help(struct ui *ui)
{
	char	*help;

	help = xasprintf("%s\n\n%s", _(ui_step(ui)->help), _("Keys: Enter "
	    "next · Esc back · F1 or ^G help · F2 or ^O save answers · F3 or "
	    "^R open answers · F10 or ^X quit (q outside text fields). Drafts "
	    "are saved after every step."));
	ui_help(ui, _(ui_step(ui)->title), help);
	free(help);
}

/* The step loop. */
static int
ui_run(struct ui *ui)
{
	const struct ui_screen	*scr;
	struct ui_key		 k;
	enum ui_move		 m;

	scr = ui_screens[ui->step];
	if (scr->enter != NULL)
		scr->enter(ui);
	for (;;) {
		scr = ui_screens[ui->step];
		ui_draw(ui);
		ui_read_key(ui, &k);
		if (k.cmd == CMD_RESIZE)
			continue;
		/* The commands every step shares; the screen sees the rest. */
		switch (k.cmd) {
		case CMD_HELP:
			if (scr->help != NULL)
				scr->help(ui);
			else
				ui_step_help(ui);
			continue;
		case CMD_SAVE:
			ui_save(ui);
			continue;
		case CMD_OPEN:
			if (ui_open(ui) != 0)
				continue;
			ui->go = ui->step;
			m = UI_GOTO;
			break;
		case CMD_QUIT:
			if (ui_quit(ui))
				return EXIT_SUCCESS;
			continue;
		case CMD_BACK:
			m = UI_BACK;
			break;
		default:
			m = scr->key(ui, &k);
			break;
		}
		switch (m) {
		case UI_STAY:
			break;
		case UI_NEXT:
			if (scr->leave != NULL && scr->leave(ui) != 0)
				break;
			ui_message(ui, 0, NULL);
			ui_save_draft(ui);
			ui_walk(ui, 1);
			break;
		case UI_BACK:
			ui_message(ui, 0, NULL);
			ui_walk(ui, -1);
			break;
		case UI_GOTO:
			/* The screen that jumps may leave a message for the next. */
			ui->step = ui->go;
			scr = ui_screens[ui->step];
			if (scr->enter != NULL && scr->enter(ui) != 0)
				ui_walk(ui, 1);
			break;
		}
	}
}

static void
ui_colours(struct ui *ui)
{
	const char	*nc = getenv("NO_COLOR");

	ui->colour = 0;
	if ((nc != NULL && *nc != '\0') || !has_colors())
		return;
	if (start_color() != OK)
		return;
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_BLACK, COLOR_CYAN);
	init_pair(3, COLOR_RED, -1);
	init_pair(4, COLOR_BLACK, COLOR_WHITE);
	init_pair(5, COLOR_YELLOW, -1);
	ui->colour = 1;
}

int
ui_main(const struct catalogue *cat, const struct rules *rules,
    const struct forms *forms, const char *font_path)
{
	struct sigaction	 sa;
	struct ui		 ui;
	const char		*cs;
	char			*cause = NULL;
	int			 rc, sigs[] = { SIGINT, SIGTERM, SIGHUP };
	size_t			 i;

	cs = nl_langinfo(CODESET);
	if (strcmp(cs, "UTF-8") != 0) {
		fprintf(stderr, _("%s: the wizard needs a UTF-8 locale (for "
		    "example LANG=zh_TW.UTF-8); this one uses %s\n"), PACKAGE,
		    cs);
		return EXIT_FAILURE;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: the wizard needs a terminal; see '%s "
		    "--help' for the commands that work without one\n"),
		    PACKAGE, PACKAGE);
		return EXIT_FAILURE;
	}
	memset(&ui, 0, sizeof ui);
	ui.cat = cat;
	ui.rules = rules;
	ui.forms = forms;
	ui.font_path = font_path;
	ui.answers = answers_new();
	ui.saved = answers_new();
	ui.impacts[0] = ui.impacts[1] = ui.impacts[2] = ui.impacts[3] = -1;
	if ((ui.draft_dir = draft_dir(&cause)) == NULL) {
		ui_message(&ui, 1, _("Drafts cannot be kept: %s"), cause);
		free(cause);
	}
	ui_resolve(&ui);

	/* Ours before initscr, so that curses leaves them alone. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);

	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	if (initscr() == NULL) {
		fprintf(stderr, _("%s: cannot start the terminal\n"), PACKAGE);
		return EXIT_FAILURE;
	}
	ui_curses = 1;
	atexit(ui_end);
	ui_running = &ui;
	xmalloc_on_failure(ui_out_of_memory);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	timeout(100);
	ui_colours(&ui);

	rc = ui_run(&ui);
	xmalloc_on_failure(NULL);
	ui_end();
	if (ui.finished && ui.answers_path != NULL)
		printf(_("The answers are in %s\n"), ui.answers_path);
	else if (ui.draft_path != NULL && access(ui.draft_path, F_OK) == 0)
		printf(_("The draft is kept in %s\n"), ui.draft_path);
	resolution_free(ui.res);
	answers_free(ui.answers);
	answers_free(ui.saved);
	free(ui.answers_path);
	free(ui.draft_dir);
	free(ui.draft_path);
	free(ui.message);
	return rc;
}
