/* ui-start.c: the first step: a new appendix, an answers file, or a draft to resume. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "draft.h"
#include "i18n.h"
#include "ui.h"
#include "xmalloc.h"

static struct draft	*ui_start_drafts;
static size_t		 ui_start_ndrafts;
static size_t		 ui_start_cursor;
static size_t		 ui_start_top;

/* Entries: new, open, then one per draft. */
#define UI_START_FIXED	2

static int
ui_start_enter(struct ui *ui)
{
	draft_list_free(ui_start_drafts, ui_start_ndrafts);
	ui_start_drafts = NULL;
	ui_start_ndrafts = 0;
	if (ui->draft_dir != NULL)
		draft_list(ui->draft_dir, ui->cat, &ui_start_drafts,
		    &ui_start_ndrafts);
	if (ui_start_cursor >= UI_START_FIXED + ui_start_ndrafts)
		ui_start_cursor = 0;
	return 0;
}

/* One line about a draft: when, which case, which category. */
static char *
ui_start_describe(const struct ui *ui, const struct draft *d)
{
	const struct category	*cg;
	struct tm		 tm;
	char			 when[32];

	localtime_r(&d->mtime, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	if (d->answers == NULL)
		return xasprintf(_("%s  (cannot be read: %s)"), when, d->error);
	cg = d->answers->category != NULL ?
	    catalogue_category(ui->cat, d->answers->category) : NULL;
	return xasprintf("%s  %s  %s", when,
	    d->answers->name != NULL ? d->answers->name : _("(no case name)"),
	    cg != NULL ? cg->name : _("(no category)"));
}

static void
ui_start_draw(struct ui *ui)
{
	const struct form_step	*st = ui_step(ui);
	size_t			 i, n = UI_START_FIXED + ui_start_ndrafts;
	int			 y, rows, attr;
	char			*s;

	ui_frame(ui, _("Up/Down choose · Enter open · F1 help · F10 quit"));
	y = 2 + ui_wrap(2, 2, COLS - 4, 0, 3, _(st->help), 0) + 1;
	if (ui_start_ndrafts > 0)
		ui_text(y + UI_START_FIXED + 1, 2, COLS - 4,
		    _("Drafts to resume:"), A_BOLD);
	rows = LINES - 3 - (y + UI_START_FIXED + 2);
	if (ui_start_cursor >= UI_START_FIXED) {
		if (ui_start_cursor - UI_START_FIXED < ui_start_top)
			ui_start_top = ui_start_cursor - UI_START_FIXED;
		if (ui_start_cursor - UI_START_FIXED >=
		    ui_start_top + (size_t)rows)
			ui_start_top = ui_start_cursor - UI_START_FIXED -
			    (size_t)rows + 1;
	}
	for (i = 0; i < n; i++) {
		attr = i == ui_start_cursor ? ui_attr(ui, UI_ATTR_SELECT) : 0;
		if (i == 0)
			s = xstrdup(_("New appendix"));
		else if (i == 1)
			s = xstrdup(_("Open an answers file..."));
		else {
			if (i - UI_START_FIXED < ui_start_top ||
			    i - UI_START_FIXED >= ui_start_top + (size_t)rows)
				continue;
			s = ui_start_describe(ui,
			    &ui_start_drafts[i - UI_START_FIXED]);
		}
		if (attr != 0) {
			attron(attr);
			mvhline(i < UI_START_FIXED ? y + (int)i : y +
			    UI_START_FIXED + 2 + (int)(i - UI_START_FIXED -
			    ui_start_top), 2, ' ', COLS - 4);
			attroff(attr);
		}
		ui_text(i < UI_START_FIXED ? y + (int)i : y + UI_START_FIXED +
		    2 + (int)(i - UI_START_FIXED - ui_start_top), 4, COLS - 8,
		    s, attr);
		free(s);
	}
}

static int	ui_start_leave(struct ui *);

/* A new appendix: empty answers and a new draft, once the old are safe. */
static int
ui_start_fresh(struct ui *ui)
{
	struct answers	*empty = answers_new();
	int		 same = answers_equal(ui->answers, empty);

	answers_free(empty);
	if (same)
		return 0;
	if (!ui_confirm(ui, _("Start a new appendix? The current answers "
	    "stay in their draft.")))
		return -1;
	ui_save_draft(ui);
	answers_free(ui->answers);
	ui->answers = answers_new();
	answers_free(ui->saved);
	ui->saved = answers_new();
	free(ui->answers_path);
	ui->answers_path = NULL;
	free(ui->draft_path);
	ui->draft_path = NULL;
	ui->finished = 0;
	ui->impacts[0] = ui->impacts[1] = ui->impacts[2] = ui->impacts[3] = -1;
	ui_resolve(ui);
	return 0;
}

static enum ui_move
ui_start_key(struct ui *ui, const struct ui_key *k)
{
	size_t		 n = UI_START_FIXED + ui_start_ndrafts;
	struct draft	*d;
	char		*cause = NULL, *path;

	switch (k->cmd) {
	case CMD_UP:
		if (ui_start_cursor > 0)
			ui_start_cursor--;
		return UI_STAY;
	case CMD_DOWN:
		if (ui_start_cursor + 1 < n)
			ui_start_cursor++;
		return UI_STAY;
	case CMD_ENTER:
		break;
	default:
		return UI_STAY;
	}
	if (ui_start_cursor == 0) {
		if (ui_start_fresh(ui) != 0)
			return UI_STAY;
		ui_start_leave(ui);
		ui->go = ui_step_index("case");
		return UI_GOTO;
	}
	if (ui_start_cursor == 1) {
		if (ui_open(ui) != 0)
			return UI_STAY;
		ui_start_leave(ui);
		ui->go = ui->step;
		return UI_GOTO;
	}
	d = &ui_start_drafts[ui_start_cursor - UI_START_FIXED];
	if (d->answers == NULL) {
		ui_help(ui, _("Cannot resume"), d->error);
		return UI_STAY;
	}
	path = xstrdup(d->path);
	if (ui_load(ui, path, 1, &cause) != 0) {
		ui_help(ui, _("Cannot resume"), cause);
		free(cause);
		free(path);
		return UI_STAY;
	}
	ui_message(ui, 0, _("Resumed the draft %s"), path);
	free(path);
	ui_start_leave(ui);
	ui->go = ui->step;
	return UI_GOTO;
}

static int
ui_start_leave(struct ui *ui)
{
	(void)ui;
	draft_list_free(ui_start_drafts, ui_start_ndrafts);
	ui_start_drafts = NULL;
	ui_start_ndrafts = 0;
	return 0;
}

const struct ui_screen ui_start_screen = {
	.id = "start",
	.enter = ui_start_enter,
	.draw = ui_start_draw,
	.key = ui_start_key,
	.leave = ui_start_leave,
};
