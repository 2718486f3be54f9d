/* ui-dialog.c: the boxes that sit over a step: a text to read, a question, a line to type and a choice among a few answers. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wctype.h>

#include "i18n.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-edit.h"
#include "ui-screen.h"
#include "ui-term.h"
#include "ui.h"
#include "xmalloc.h"

/* The current step, drawn again under the box. */
static void
ui_dialog_under(struct ui *ui)
{
	ui->textmode = 0;
	ui->screen->draw(ui);
	ui_draw_message(ui);
}

void
ui_dialog_help(struct ui *ui, const char *title, const char *text)
{
	struct ui_key	k;
	int		y, x, w, h, need, top = 0, i;
	char		*more;

	for (;;) {
		ui_dialog_under(ui);
		w = COLS - 8;
		need = ui_draw_wrap(0, 0, w - 4, 0, 0, text, 0);
		h = need + 4 < LINES - 2 ? need + 4 : LINES - 2;
		if (top > need - (h - 4))
			top = need - (h - 4) > 0 ? need - (h - 4) : 0;
		ui_draw_box(h, w, &y, &x, title);
		ui_draw_wrap(y + 2, x + 2, w - 4, top, h - 4, text, 0);
		curs_set(0);
		ui->textmode = 0;
		/*
		 * Where the lines shown sit, only when some are hidden: a
		 * lone "(1/2)" read as page 1 of 2 under a whole message.
		 */
		if (need <= h - 4)
			more = xstrdup(_("Any key closes"));
		else
			more = xasprintf(_("Up/Down scroll · any other key "
			    "closes · lines %d–%d of %d"), top + 1,
			    top + h - 4, need);
		ui_draw_text(y + h - 1, x + 2, w - 4, more, A_DIM);
		free(more);
		k.cmd = CMD_NONE;
		ui_term_read(ui, &k);
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

int
ui_dialog_choose(struct ui *ui, const char *question, const char *answers,
    const char *keys)
{
	struct ui_key	k;
	int		y, x, w, need, hint;
	const char	*p;

	for (;;) {
		ui_dialog_under(ui);
		w = COLS - 16;
		need = ui_draw_wrap(0, 0, w - 4, 0, 0, question, 0);
		hint = ui_draw_wrap(0, 0, w - 4, 0, 0, answers, 0);
		ui_draw_box(need + hint + 4, w, &y, &x, NULL);
		ui_draw_wrap(y + 1, x + 2, w - 4, 0, need, question, A_BOLD);
		ui_draw_wrap(y + need + 2, x + 2, w - 4, 0, hint, answers, 0);
		ui->textmode = 0;
		ui_term_read(ui, &k);
		if (k.cmd == CMD_RESIZE)
			continue;
		if (k.cmd == CMD_BACK)
			return 0;
		if (k.cmd == CMD_ENTER)
			return keys[0];
		for (p = keys; *p != '\0'; p++) {
			if (k.ch != 0 && (wint_t)towlower((wint_t)k.ch) ==
			    (wint_t)*p)
				return *p;
		}
	}
}

int
ui_dialog_confirm(struct ui *ui, const char *question)
{
	/* TRANSLATORS: the answers of a yes/no question. */
	return ui_dialog_choose(ui, question, _("y = yes    n = no"), "yn") ==
	    'y';
}

/* Whether dir (may be "") and name make a folder. */
static int
ui_dialog_is_dir(const char *dir, const char *name)
{
	struct stat	 st;
	char		*p = xasprintf("%s%s", dir, name);
	int		 r;

	r = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
	free(p);
	return r;
}

/*
 * Complete the file name in e as far as every name it may become agrees;
 * more than one name left is shown in *msg (caller frees).
 */
static void
ui_dialog_complete(struct ui_edit *e, char **msg)
{
	DIR		*d;
	struct dirent	*de;
	char		*s, *slash, *dir, *base, *common = NULL, *list = NULL,
			*t;
	size_t		 blen, i, n = 0;

	s = ui_edit_value(e);
	if ((slash = strrchr(s, '/')) != NULL) {
		dir = xstrndup(s, (size_t)(slash - s + 1));
		base = slash + 1;
	} else {
		dir = xstrdup("");
		base = s;
	}
	blen = strlen(base);
	if ((d = opendir(*dir != '\0' ? dir : ".")) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strncmp(de->d_name, base, blen) != 0 ||
			    strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0 ||
			    (blen == 0 && de->d_name[0] == '.'))
				continue;
			n++;
			if (common == NULL)
				common = xstrdup(de->d_name);
			else {
				for (i = 0; common[i] != '\0' &&
				    common[i] == de->d_name[i]; i++)
					;
				common[i] = '\0';
			}
			t = xasprintf("%s%s%s", list != NULL ? list : "",
			    list != NULL ? "  " : "", de->d_name);
			free(list);
			list = t;
		}
		closedir(d);
	}
	if (common != NULL && strlen(common) >= blen) {
		t = xasprintf("%s%s%s", dir, common, n == 1 && ui_dialog_is_dir(
		    dir, common) ? "/" : "");
		ui_edit_free(e);
		ui_edit_init(e, t, e->maxwidth > 0 ? e->maxwidth : 200);
		free(t);
	}
	if (n > 1)
		*msg = list;
	else
		free(list);
	free(common);
	free(dir);
	free(s);
}

void
ui_dialog_full(struct ui *ui, const struct ui_edit *e, const struct ui_key *k)
{
	if (k->cmd != CMD_CHAR || !iswprint((wint_t)k->ch))
		return;
	if (k->burst)
		ui_message(ui, 1, ngettext("The field is full (%d column): "
		    "the rest of the paste was left out.", "The field is full "
		    "(%d columns): the rest of the paste was left out.",
		    (unsigned long)e->maxwidth), e->maxwidth);
	else
		ui_message(ui, 1, ngettext("The field is full: it holds at "
		    "most %d column.", "The field is full: it holds at most "
		    "%d columns.", (unsigned long)e->maxwidth), e->maxwidth);
}

char *
ui_dialog_prompt(struct ui *ui, const char *title, const char *why,
    const char *label, const char *initial, int width, int flags)
{
	struct ui_edit	e;
	struct ui_key	k;
	int		y, x, w, need, wneed, files = flags & UI_PROMPT_FILES;
	int		selected;
	char		*s, *choices = NULL;

	ui_edit_init(&e, initial, width);
	selected = (flags & UI_PROMPT_SELECTED) && e.len > 0;
	for (;;) {
		ui_dialog_under(ui);
		w = COLS - 8;
		wneed = why != NULL ? ui_draw_wrap(0, 0, w - 4, 0, 0, why, 0) :
		    0;
		need = wneed + ui_draw_wrap(0, 0, w - 4, 0, 0, label, 0);
		ui_draw_box(need + 7, w, &y, &x, title);
		if (why != NULL)
			ui_draw_wrap(y + 1, x + 2, w - 4, 0, wneed, why,
			    ui_draw_attr(ui, UI_ATTR_ERROR));
		ui_draw_wrap(y + 1 + wneed, x + 2, w - 4, 0, need - wneed,
		    label, 0);
		if (choices != NULL)
			ui_draw_name(y + need + 3, x + 2, w - 4, choices,
			    A_DIM);
		ui_draw_text(y + need + 5, x + 2, w - 4, selected ?
		    _("Enter accepts · typing replaces · ←→ edit · Esc "
		    "cancels") : files ?
		    _("Enter accepts · Tab completes · Esc cancels") :
		    _("Enter accepts · Esc cancels"), A_DIM);
		ui_edit_draw(&e, y + need + 2, x + 2, w - 4, 1,
		    ui_draw_attr(ui, selected ? UI_ATTR_SELECT :
		    UI_ATTR_FIELD));
		ui->textmode = 1;
		ui_term_read(ui, &k);
		ui->textmode = 0;
		if (k.cmd == CMD_RESIZE)
			continue;
		free(choices);
		choices = NULL;
		if (k.cmd == CMD_BACK) {
			ui_edit_free(&e);
			return NULL;
		}
		if (k.cmd == CMD_ENTER)
			break;
		/* A proposal goes with the first character typed over it. */
		if (selected && (k.cmd == CMD_CHAR || k.cmd == CMD_BACKSPACE ||
		    k.cmd == CMD_DELETE)) {
			ui_edit_free(&e);
			ui_edit_init(&e, NULL, width);
			selected = 0;
			if (k.cmd != CMD_CHAR)
				continue;
		}
		selected = 0;
		if (files && k.cmd == CMD_TAB) {
			ui_dialog_complete(&e, &choices);
			continue;
		}
		ui_message(ui, 0, NULL);
		if (ui_edit_key(&e, &k) == -1) {
			ui_dialog_full(ui, &e, &k);
			beep();
		}
	}
	s = ui_edit_value(&e);
	ui_edit_free(&e);
	return s;
}
