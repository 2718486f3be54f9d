/* ui-start.c: the first step: continue, a new appendix, an answers file, or a draft to resume or delete. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "draft.h"
#include "i18n.h"
#include "session.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-screen.h"
#include "ui.h"
#include "xmalloc.h"

enum ui_start_entry {
	UI_START_CONTINUE,
	UI_START_NEW,
	UI_START_OPEN,
	UI_START_DRAFT
};

static struct draft	*ui_start_drafts;
static size_t		 ui_start_ndrafts;
/* The step each draft goes on at, resolved once a listing, not each frame. */
static const char	**ui_start_steps;
static size_t		 ui_start_cursor;
static size_t		 ui_start_top;
static int		 ui_start_more;	/* "continue" is offered */

/* The entries before the drafts. */
static size_t
ui_start_fixed(void)
{
	return ui_start_more ? 3 : 2;
}

/* What entry i of the list is. */
static enum ui_start_entry
ui_start_kind(size_t i)
{
	if (!ui_start_more)
		i++;
	return i <= UI_START_OPEN ? (enum ui_start_entry)i : UI_START_DRAFT;
}

static void
ui_start_list(struct ui *ui)
{
	struct draft	*keep;
	size_t		 i, n = 0;

	draft_list_free(ui_start_drafts, ui_start_ndrafts);
	ui_start_drafts = NULL;
	ui_start_ndrafts = 0;
	free(ui_start_steps);
	ui_start_steps = NULL;
	if (ui->s->draft_dir != NULL)
		draft_list(ui->s->draft_dir, ui->cat, &ui_start_drafts,
		    &ui_start_ndrafts);
	/* This sitting's own draft is "continue", not a draft to resume. */
	keep = ui_start_drafts;
	for (i = 0; i < ui_start_ndrafts; i++) {
		if (ui->s->draft_path != NULL &&
		    strcmp(ui_start_drafts[i].path, ui->s->draft_path) == 0) {
			free(ui_start_drafts[i].path);
			answers_free(ui_start_drafts[i].answers);
			free(ui_start_drafts[i].error);
			continue;
		}
		keep[n++] = ui_start_drafts[i];
	}
	ui_start_ndrafts = n;
	ui_start_steps = xcalloc(n + 1, sizeof *ui_start_steps);
	for (i = 0; i < n; i++) {
		if (ui_start_drafts[i].answers == NULL)
			continue;
		/* Where it was kept; a draft of an older version does not say. */
		if ((ui_start_steps[i] = session_draft_step(
		    ui_start_drafts[i].path)) == NULL)
			ui_start_steps[i] = session_step_of(ui->cat, ui->rules,
			    ui_start_drafts[i].answers);
	}
}

static int
ui_start_enter(struct ui *ui)
{
	ui_start_more = session_has_content(ui->s);
	ui_start_list(ui);
	if (ui_start_cursor >= ui_start_fixed() + ui_start_ndrafts)
		ui_start_cursor = 0;
	return 0;
}

/* The title of a step, by its id. */
static const char *
ui_start_step(const struct ui *ui, const char *id)
{
	const struct form_step	*st;

	st = id != NULL ? forms_step(ui->forms, id) : NULL;
	return st != NULL ? _(st->title) : "";
}

/*
 * Two lines about a draft (caller frees both): when, its case number and
 * name; then its category and the step it would go on at.
 */
static void
ui_start_describe(const struct ui *ui, const struct draft *d, char **first,
    char **second)
{
	const struct category	*cg;
	struct tm		 tm;
	char			 when[32];

	localtime_r(&d->mtime, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
	if (d->answers == NULL) {
		*first = xstrdup(when);
		*second = xasprintf(_("(cannot be read: %s)"), d->error);
		return;
	}
	cg = d->answers->category != NULL ?
	    catalogue_category(ui->cat, d->answers->category) : NULL;
	*first = xasprintf("%s  %s  %s", when, d->answers->number != NULL ?
	    d->answers->number : "—", d->answers->name != NULL ?
	    d->answers->name : _("(no case name)"));
	/* TRANSLATORS: a draft's category, then the step it goes on at. */
	*second = xasprintf(_("%s → %s"), cg != NULL ? cg->name :
	    _("(no category)"), ui_start_step(ui,
	    ui_start_steps[d - ui_start_drafts]));
}

static char *
ui_start_label(const struct ui *ui, size_t i)
{
	const struct answers	*a = ui->s->answers;

	switch (ui_start_kind(i)) {
	case UI_START_CONTINUE:
		return xasprintf(_("Continue the current answers (%s, %s)"),
		    a->name != NULL ? a->name : _("(no case name)"),
		    ui_start_step(ui, ui->furthest > 0 ?
		    ui_step_id(ui->furthest) : session_first_missing(ui->s)));
	case UI_START_NEW:
		return xstrdup(_("New appendix"));
	case UI_START_OPEN:
		return xstrdup(_("Open an answers file..."));
	default:
		return NULL;
	}
}

static void
ui_start_draw(struct ui *ui)
{
	size_t	i, fixed = ui_start_fixed(), n = fixed + ui_start_ndrafts;
	int	y, rows, attr, line;
	char	*s, *more;

	ui_draw_frame(ui, ui_start_ndrafts > 0 ? _("↑↓ choose Enter open Del "
	    "delete draft F1 help F3 open F10 quit") : _("↑↓ choose Enter "
	    "open F1 help F3 open F10 quit"));
	y = 2 + ui_draw_wrap(2, 2, COLS - 4, 0, 3, _(ui->form->help), 0) + 1;
	if (ui_start_ndrafts > 0)
		ui_draw_text(y + (int)fixed + 1, 2, COLS - 4,
		    _("Drafts to resume: time, case number, name, category, "
		    "step"), A_BOLD);
	/* Two lines a draft. */
	rows = (LINES - 3 - (y + (int)fixed + 2)) / 2;
	if (ui_start_cursor >= fixed) {
		if (ui_start_cursor - fixed < ui_start_top)
			ui_start_top = ui_start_cursor - fixed;
		if (ui_start_cursor - fixed >= ui_start_top + (size_t)rows)
			ui_start_top = ui_start_cursor - fixed -
			    (size_t)rows + 1;
	}
	for (i = 0; i < n; i++) {
		if (i >= fixed && (i - fixed < ui_start_top ||
		    i - fixed >= ui_start_top + (size_t)rows))
			continue;
		line = i < fixed ? y + (int)i : y + (int)fixed + 2 +
		    2 * (int)(i - fixed - ui_start_top);
		attr = i == ui_start_cursor ? ui_draw_attr(ui, UI_ATTR_SELECT) :
		    0;
		if (attr != 0)
			ui_draw_bar(ui, line, 2, COLS - 4);
		if (i < fixed) {
			s = ui_start_label(ui, i);
			ui_draw_name(line, 4, COLS - 8, s, attr);
		} else {
			ui_start_describe(ui, &ui_start_drafts[i - fixed], &s,
			    &more);
			if (attr != 0)
				ui_draw_bar(ui, line + 1, 2, COLS - 4);
			ui_draw_name(line, 4, COLS - 8, s, attr);
			ui_draw_name(line + 1, 6, COLS - 10, more, attr != 0 ?
			    attr : ui_draw_attr(ui, UI_ATTR_DIM));
			free(more);
		}
		free(s);
	}
}

static int	ui_start_leave(struct ui *);

/* Del on a draft: remove its file, once the buyer says so. */
static void
ui_start_delete(struct ui *ui, struct draft *d)
{
	char	*q, *what, *more;

	ui_start_describe(ui, d, &what, &more);
	q = xasprintf(_("Delete the draft %s, %s?"), what, more);
	free(what);
	free(more);
	if (ui_dialog_confirm(ui, q)) {
		if (unlink(d->path) != 0)
			ui_message(ui, 1, _("The draft could not be deleted."));
		else
			ui_message(ui, 0, _("The draft was deleted."));
		ui_start_list(ui);
		if (ui_start_cursor >= ui_start_fixed() + ui_start_ndrafts)
			ui_start_cursor = ui_start_fixed() + ui_start_ndrafts -
			    1;
	}
	free(q);
}

static enum ui_move
ui_start_key(struct ui *ui, const struct ui_key *k)
{
	size_t		 fixed = ui_start_fixed(), n = fixed + ui_start_ndrafts;
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
	case CMD_HOME:
		ui_start_cursor = 0;
		return UI_STAY;
	case CMD_END:
		ui_start_cursor = n - 1;
		return UI_STAY;
	case CMD_DELETE:
		if (ui_start_kind(ui_start_cursor) == UI_START_DRAFT)
			ui_start_delete(ui,
			    &ui_start_drafts[ui_start_cursor - fixed]);
		return UI_STAY;
	case CMD_ENTER:
		break;
	default:
		return UI_STAY;
	}
	switch (ui_start_kind(ui_start_cursor)) {
	case UI_START_CONTINUE:
		/* Where the buyer was, or where something is missing. */
		ui_start_leave(ui);
		ui->go = ui->furthest > 0 ? ui->furthest :
		    ui_step_index(session_first_missing(ui->s));
		return UI_GOTO;
	case UI_START_NEW:
		if (ui_settle(ui, _("Start a new appendix?")) != 0)
			return UI_STAY;
		session_reset(ui->s);
		ui->furthest = 0;
		ui_start_leave(ui);
		ui->go = ui_step_index("case");
		return UI_GOTO;
	case UI_START_OPEN:
		if (ui_open(ui) != 0)
			return UI_STAY;
		ui_start_leave(ui);
		return UI_GOTO;
	default:
		break;
	}
	d = &ui_start_drafts[ui_start_cursor - fixed];
	if (d->answers == NULL) {
		ui_dialog_help(ui, _("Cannot resume"), d->error);
		return UI_STAY;
	}
	if (ui_settle(ui, _("Resume another draft?")) != 0)
		return UI_STAY;
	path = xstrdup(d->path);
	if (ui_load(ui, path, 1, &cause) != 0) {
		ui_dialog_help(ui, _("Cannot resume"), cause);
		free(cause);
		free(path);
		return UI_STAY;
	}
	/* The folder is always the same: the file's name says which. */
	ui_message(ui, 0, _("Resumed the draft %s"), strrchr(path, '/') !=
	    NULL ? strrchr(path, '/') + 1 : path);
	free(path);
	ui_start_leave(ui);
	return UI_GOTO;
}

static int
ui_start_leave(struct ui *ui)
{
	(void)ui;
	draft_list_free(ui_start_drafts, ui_start_ndrafts);
	ui_start_drafts = NULL;
	ui_start_ndrafts = 0;
	free(ui_start_steps);
	ui_start_steps = NULL;
	return 0;
}

const struct ui_screen ui_start_screen = {
	.id = "start",
	.enter = ui_start_enter,
	.draw = ui_start_draw,
	.key = ui_start_key,
	.leave = ui_start_leave,
};
