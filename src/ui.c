/* ui.c: the wizard's step loop and the commands every step shares: help, save, open, new, quit. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "draft.h"
#include "generate.h"
#include "i18n.h"
#include "session.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-screen.h"
#include "ui-term.h"
#include "ui.h"
#include "xmalloc.h"

static const struct ui_screen *const ui_screens[] = {
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
static const size_t ui_nscreens = sizeof ui_screens / sizeof ui_screens[0];

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

const char *
ui_step_id(size_t i)
{
	return ui_screens[i < ui_nscreens ? i : 0]->id;
}

/* Make step i the current one. */
static void
ui_set_step(struct ui *ui, size_t i)
{
	ui->step = i;
	if (i > ui->furthest)
		ui->furthest = i;
	ui->screen = ui_screens[i];
	ui->form = forms_step(ui->forms, ui->screen->id);
	/* The draft keeps where the buyer works, not the start screen. */
	if (i > 0)
		ui->s->step = ui->screen->id;
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

/* Keep the draft after a step; a failure is said on the status line. */
static void
ui_keep_draft(struct ui *ui)
{
	char	*cause = NULL;

	if (session_save_draft(ui->s, &cause) == -1) {
		ui_message(ui, 1, _("The draft could not be saved: %s"),
		    cause);
		free(cause);
	}
}

const char *
ui_choice_label(const struct ui *ui, const char *field, const char *value,
    const char *fallback)
{
	const struct form_field		*fl;
	const struct form_choice	*c;
	size_t				 i;

	for (i = 0; i < ui->forms->nsteps; i++) {
		if ((fl = forms_field(&ui->forms->steps[i], field)) != NULL &&
		    (c = forms_choice(fl, value)) != NULL && c->label != NULL)
			return _(c->label);
	}
	return fallback;
}

static char *
ui_default_answers_path(const struct ui *ui)
{
	if (session_answers_name(ui->s) != NULL)
		return xstrdup(session_answers_name(ui->s));
	return generate_output_name(ui->s->answers, "answers.yaml");
}

/* F2: write the answers to a file of the buyer's choosing; 0 when saved. */
static int
ui_save(struct ui *ui)
{
	char	*def, *path, *q, *cause = NULL;
	int	 c;

	if (ui->screen != NULL && ui->screen->save != NULL &&
	    ui->screen->save(ui) != 0)
		return -1;
	def = ui_default_answers_path(ui);
	path = ui_dialog_prompt(ui, _("Save answers"), NULL, _("Write the "
	    "answers to the file:"), def, 200, UI_PROMPT_FILES |
	    UI_PROMPT_SELECTED);
	free(def);
	if (path == NULL)
		return -1;
	/* Enter keeps the file: replacing a record or a note is not undone. */
	if (session_save_replaces(ui->s, path)) {
		q = xasprintf(_("%s exists already. Replace it with the "
		    "answers?"), path);
		c = ui_dialog_choose(ui, q, _("n or Esc = no, keep it · r = "
		    "replace it"), "nr");
		free(q);
		if (c != 'r') {
			ui_message(ui, 0, _("Not saved: %s was kept."), path);
			free(path);
			return -1;
		}
	}
	if (session_save(ui->s, path, &cause) != 0) {
		ui_dialog_help(ui, _("Not saved"), cause);
		free(cause);
		free(path);
		return -1;
	}
	/* Saved in a file of its own: the draft has nothing more to keep. */
	session_drop_draft(ui->s);
	if (ui->s->comments_dropped > 0)
		ui_message(ui, 0, ngettext("Saved to %s; %zu comment in it "
		    "had no place left and is gone.", "Saved to %s; %zu "
		    "comments in it had no place left and are gone.",
		    ui->s->comments_dropped), path, ui->s->comments_dropped);
	else
		ui_message(ui, 0, _("Saved to %s"), path);
	free(path);
	return 0;
}

int
ui_settle(struct ui *ui, const char *question)
{
	char	*q;
	int	 c, drafts = ui->s->draft_dir != NULL;

	if (!session_dirty(ui->s) || !session_has_content(ui->s))
		return 0;
	q = xasprintf("%s %s", question, _("The answers have changes that "
	    "are not saved in an answers file."));
	for (;;) {
		c = ui_dialog_choose(ui, q, drafts ? _("y = yes, keeping them "
		    "in a draft · s = save them to a file first · d = yes, "
		    "discarding them · n or Esc = no") : _("s = save them to a "
		    "file first · d = yes, discarding them · n or Esc = no"),
		    drafts ? "ysdn" : "sdn");
		if (c == 's' && ui_save(ui) != 0)
			continue;
		break;
	}
	free(q);
	switch (c) {
	case 's':
		return 0;
	case 'y':
		ui_keep_draft(ui);
		return ui->message_error ? -1 : 0;
	case 'd':
		/* A draft from an earlier sitting stays as it was written. */
		if (!ui->s->draft_resumed)
			session_drop_draft(ui->s);
		return 0;
	default:
		return -1;
	}
}

int
ui_load(struct ui *ui, const char *path, int is_draft, char **cause)
{
	const char	*kept = is_draft ? session_draft_step(path) : NULL;

	if (session_load(ui->s, path, is_draft, cause) != 0)
		return -1;
	/* A draft goes on where it was kept; older drafts do not say. */
	ui->go = ui_step_index(kept != NULL ? kept :
	    session_first_missing(ui->s));
	ui->furthest = ui->go;
	return 0;
}

int
ui_open(struct ui *ui)
{
	char	*path, *cause = NULL, *typed;

	if (ui_settle(ui, _("Open another answers file?")) != 0)
		return -1;
	typed = session_answers_name(ui->s) != NULL ?
	    xstrdup(session_answers_name(ui->s)) : NULL;
	for (;;) {
		path = ui_dialog_prompt(ui, _("Open answers"), NULL,
		    _("Read the answers from the file:"), typed, 200,
		    UI_PROMPT_FILES | UI_PROMPT_SELECTED);
		free(typed);
		if (path == NULL)
			return -1;
		if (ui_load(ui, path, 0, &cause) == 0)
			break;
		ui_dialog_help(ui, _("Cannot open"), cause);
		free(cause);
		cause = NULL;
		/* The path stays, to be mended rather than typed again. */
		typed = path;
	}
	ui_message(ui, 0, _("Opened %s"), path);
	free(path);
	return 0;
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
	case CMD_PGDN:
	case CMD_NEXT:
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
	for (;;) {
		if ((dir < 0 && ui->step == 0) ||
		    (dir > 0 && ui->step + 1 >= ui_nscreens))
			return;
		ui_set_step(ui, (size_t)((long)ui->step + dir));
		if (ui->screen->enter == NULL || ui->screen->enter(ui) == 0)
			return;
	}
}

/* F1: the step's help from the forms, and the keys every step shares. */
static void
ui_step_help(struct ui *ui)
{
	char	*help;

	help = xasprintf("%s\n\n%s", _(ui->form->help), _("Keys: Enter next "
	    "· PgDn or ^N next step · Esc back · F1 or ^G help · F2 or ^O "
	    "save answers · F3 or ^R open answers · F10 or ^X quit (q outside "
	    "text fields). Drafts are saved after every step."));
	ui_dialog_help(ui, _(ui->form->title), help);
	free(help);
}

/* The step loop. */
static int
ui_run(struct ui *ui)
{
	struct ui_key	 k;
	enum ui_move	 m;

	if (ui->screen->enter != NULL)
		ui->screen->enter(ui);
	for (;;) {
		ui->textmode = 0;
		ui->screen->draw(ui);
		ui_draw_message(ui);
		ui_term_read(ui, &k);
		if (k.cmd == CMD_RESIZE)
			continue;
		/*
		 * A message says what the last key did; the next one ends
		 * it.  A paste is one key: what one of its characters says
		 * stays until the paste is over.
		 */
		ui->pasting = k.burst && k.cmd == CMD_CHAR && ui->last_char;
		ui->last_char = k.cmd == CMD_CHAR;
		if (!ui->pasting)
			ui_message(ui, 0, NULL);
		/* The commands every step shares; the screen sees the rest. */
		switch (k.cmd) {
		case CMD_HELP:
			if (ui->screen->help != NULL)
				ui->screen->help(ui);
			else
				ui_step_help(ui);
			continue;
		case CMD_SAVE:
			ui_save(ui);
			continue;
		case CMD_OPEN:
			if (ui_open(ui) != 0)
				continue;
			m = UI_GOTO;
			break;
		case CMD_QUIT:
			if (ui_settle(ui, _("Quit the wizard?")) == 0)
				return EXIT_SUCCESS;
			continue;
		case CMD_BACK:
			m = UI_BACK;
			break;
		default:
			m = ui->screen->key(ui, &k);
			break;
		}
		switch (m) {
		case UI_STAY:
			break;
		case UI_NEXT:
			if (ui->screen->leave != NULL &&
			    ui->screen->leave(ui) != 0)
				break;
			ui_walk(ui, 1);
			/* After the walk: the draft names the step arrived at. */
			ui_keep_draft(ui);
			break;
		case UI_BACK:
			ui_walk(ui, -1);
			break;
		case UI_GOTO:
			/* The screen that jumps may leave a message for the next. */
			ui_set_step(ui, ui->go);
			if (ui->screen->enter != NULL &&
			    ui->screen->enter(ui) != 0)
				ui_walk(ui, 1);
			break;
		}
	}
}

int
ui_main(const struct catalogue *cat, const struct rules *rules,
    const struct forms *forms, const char *font_path)
{
	struct ui	 ui;
	const char	*cs;
	char		*cause = NULL, *dir;
	int		 rc, k;

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
	ui.nsteps = ui_nscreens;
	if ((dir = draft_dir(&cause)) == NULL) {
		ui_message(&ui, 1, _("Drafts cannot be kept: %s"), cause);
		free(cause);
	}
	ui.s = session_new(cat, rules, dir);
	free(dir);
	/* Problems name a case fact as its field does. */
	for (k = 0; k < CTX_COUNT; k++)
		ui.s->fact_labels[k] = forms_label(forms,
		    context_name((enum context_key)k));
	ui_set_step(&ui, 0);

	if (ui_term_start(&ui) != 0) {
		fprintf(stderr, _("%s: cannot start the terminal\n"), PACKAGE);
		session_free(ui.s);
		return EXIT_FAILURE;
	}
	rc = ui_run(&ui);
	ui_term_stop();
	if (!session_dirty(ui.s) && ui.s->answers_path != NULL)
		printf(_("The answers are in %s\n"), ui.s->answers_path);
	else if (ui.s->draft_path != NULL &&
	    access(ui.s->draft_path, F_OK) == 0)
		printf(_("The draft is kept in %s\n"), ui.s->draft_path);
	session_free(ui.s);
	free(ui.message);
	return rc;
}
