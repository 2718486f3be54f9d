/* ui-review.c: the last step: what will be produced, what is still missing, where the files go, and generating them. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "font.h"
#include "generate.h"
#include "i18n.h"
#include "session.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-edit.h"
#include "ui-screen.h"
#include "ui.h"
#include "xmalloc.h"

/* The documents generate writes by default, then the answers file. */
#define UI_REVIEW_PATHS	(GENERATE_NDEFAULTS + 1)
#define UI_REVIEW_ANSWERS GENERATE_NDEFAULTS	/* its row */
#define UI_REVIEW_SHOWN	6	/* problems listed at most */
#define UI_REVIEW_LABEL	22	/* columns of "▶ [x] Checklist ODF " */

static struct ui_edit	 ui_review_paths[UI_REVIEW_PATHS];
static int		 ui_review_ready;	/* editors initialised */
static size_t		 ui_review_cur;		/* problems, paths, button */
static char		*ui_review_done;	/* what was written, or NULL */
static char		*ui_review_done_short;	/* the same, documents counted */
static char		*ui_review_wrote[UI_REVIEW_PATHS]; /* by this sitting */
static char		*ui_review_given[UI_REVIEW_PATHS]; /* default names */
static size_t		 ui_review_nchanges;	/* rows the rules in force change */

static struct generate_output ui_review_outs[GENERATE_NDEFAULTS];

/* Whether row i's file is to be written: the answers file always is. */
static int
ui_review_on(const struct ui *ui, size_t i)
{
	return i == UI_REVIEW_ANSWERS || (ui->s->outputs_off & (1u << i)) == 0;
}

/*
 * Whether the rules line is offered: the answers are under rules other
 * than those in force, and some row decides otherwise under them.
 */
static int
ui_review_old_rules(const struct ui *ui)
{
	return session_res(ui->s)->version != ui->rules->in_force &&
	    ui_review_nchanges > 0;
}

/* Count the rows the rules in force change, once the answers changed. */
static void
ui_review_count_changes(struct ui *ui)
{
	struct version_change	*c;

	ui_review_nchanges = session_changes(ui->s, &c);
	version_changes_free(c, ui_review_nchanges);
}

/* The problems listed: one fewer with the rules line, to fit 24 lines. */
static size_t
ui_review_nproblems(const struct ui *ui)
{
	size_t	shown = UI_REVIEW_SHOWN - (size_t)ui_review_old_rules(ui);
	size_t	n = session_res(ui->s)->nproblems;

	return n < shown ? n : shown;
}

/* The column's first file name: after the problems and the rules line. */
static size_t
ui_review_first_path(const struct ui *ui)
{
	return ui_review_nproblems(ui) + (size_t)ui_review_old_rules(ui);
}

/* The rows that change under the rules in force, one a line (caller frees). */
static char *
ui_review_changes(const struct ui *ui, size_t *n)
{
	struct version_change	*c;
	char			*out, *t;
	size_t			 i;

	*n = session_changes(ui->s, &c);
	/* TRANSLATORS: "Under rules 115.01.07, in force, 2 rows change:". */
	out = xasprintf(ngettext("Under rules %s, in force, %zu row changes:",
	    "Under rules %s, in force, %zu rows change:", *n),
	    ui->rules->in_force->id, *n);
	for (i = 0; i < *n; i++) {
		t = xasprintf("%s\n• %s (%s): %s → %s: %s", out,
		    c[i].clause->text, c[i].clause->id,
		    ui_clauses_state(c[i].from), ui_clauses_state(c[i].to),
		    c[i].why);
		free(out);
		out = t;
	}
	version_changes_free(c, *n);
	return out;
}

/*
 * Enter on the rules line: list what changes under the rules in force and
 * offer to move the answers to them, as tenderwiz migrate does.
 */
static void
ui_review_migrate(struct ui *ui)
{
	char	*list, *q;
	size_t	 n;

	list = ui_review_changes(ui, &n);
	ui_dialog_help(ui, _("Rules in force"), list);
	free(list);
	q = xasprintf(_("Move the answers to rules %s? Each row then follows "
	    "them."), ui->rules->in_force->id);
	if (ui_dialog_confirm(ui, q)) {
		session_migrate(ui->s);
		ui_review_count_changes(ui);
		ui_message(ui, 0, ngettext("The answers follow rules %s now; "
		    "%zu row changed.", "The answers follow rules %s now; %zu "
		    "rows changed.", n), ui->rules->in_force->id, n);
		ui_review_cur = ui_review_nproblems(ui);
	}
	free(q);
}

static int
ui_review_enter(struct ui *ui)
{
	size_t	i;
	char	*typed, *names[UI_REVIEW_PATHS];

	session_changed(ui->s);
	ui_review_count_changes(ui);
	/* The names tenderwiz generate gives, each file's format from its name. */
	generate_default_outputs(ui->s->answers, ui_review_outs, names);
	/* The file the answers came from, even through a draft. */
	names[UI_REVIEW_ANSWERS] = session_answers_name(ui->s) != NULL ?
	    xstrdup(session_answers_name(ui->s)) :
	    generate_output_name(ui->s->answers, "answers.yaml");
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		/*
		 * A name the buyer typed stays for the sitting, unless the
		 * name given, from the case number or the file the answers
		 * came from, has changed since.
		 */
		typed = NULL;
		if (ui_review_ready) {
			typed = ui_edit_value(&ui_review_paths[i]);
			if (ui_review_given[i] == NULL ||
			    strcmp(ui_review_given[i], names[i]) != 0 ||
			    strcmp(typed, names[i]) == 0) {
				free(typed);
				typed = NULL;
			}
			ui_edit_free(&ui_review_paths[i]);
		}
		ui_edit_init(&ui_review_paths[i], typed != NULL ? typed :
		    names[i], 200);
		free(typed);
		free(ui_review_given[i]);
		ui_review_given[i] = names[i];
		if (i < GENERATE_NDEFAULTS)
			ui_review_outs[i].path = NULL;
	}
	ui_review_ready = 1;
	/* On the first file name: Enter must not generate by accident. */
	ui_review_cur = ui_review_first_path(ui);
	free(ui_review_done);
	ui_review_done = NULL;
	free(ui_review_done_short);
	ui_review_done_short = NULL;
	return 0;
}

/* Category, tier, level, route and the counts of rows (caller frees). */
static char *
ui_review_summary(const struct ui *ui)
{
	const struct resolution	*res = session_res(ui->s);
	const struct answers	*a = ui->s->answers;
	char			*level, *s;

	/*
	 * The agency type goes with the level, as the level step asks it;
	 * each value as that step words it, in the buyer's language.
	 */
	level = a->agency_type == -1 ? xstrdup(a->level == -1 ? "—" :
	    answers_level_name(a->level)) : xasprintf("%s · %s",
	    a->level == -1 ? "—" : answers_level_name(a->level),
	    ui_choice_label(ui, "agency_type", agency_type_name(
	    (enum agency_type)a->agency_type), agency_type_label(
	    (enum agency_type)a->agency_type)));
	/* The noun goes with the first count; the others are bare. */
	s = xasprintf(ngettext("%s · tier %s · level %s · %s: %zu row "
	    "adopted, %zu not adopted, %zu dropped, %zu elsewhere (F1 lists "
	    "them with their reasons).", "%s · tier %s · level %s · %s: %zu "
	    "rows adopted, %zu not adopted, %zu dropped, %zu elsewhere (F1 "
	    "lists them with their reasons).", resolution_count(res,
	    ROW_ADOPTED)), res->category->name, a->tier == -1 ? "—" :
	    ui_choice_label(ui, "tier", tier_name((enum tier)a->tier),
	    tier_label((enum tier)a->tier)), level,
	    a->route == ROUTE_JOINT_SUPPLY ?
	    _("through the joint supply contract") : a->method != -1 ?
	    ui_choice_label(ui, "method", method_name((enum method)a->method),
	    method_label((enum method)a->method)) : _("by tender"),
	    resolution_count(res, ROW_ADOPTED),
	    resolution_count(res, ROW_NOT_ADOPTED),
	    resolution_count(res, ROW_EXCLUDED),
	    resolution_count(res, ROW_ELSEWHERE));
	free(level);
	return s;
}

/* Append to *out (which it frees). */
static void
ui_review_add(char **out, const char *more)
{
	char	*t = xasprintf("%s%s", *out, more);

	free(*out);
	*out = t;
}

/* A heading and its items, one bullet a line; nothing when there are none. */
static void
ui_review_bullets(char **out, const char *heading, char *const *items,
    size_t n)
{
	char	*s;
	size_t	 i;

	if (n == 0)
		return;
	ui_review_add(out, "\n\n");
	ui_review_add(out, heading);
	for (i = 0; i < n; i++) {
		s = xasprintf("\n• %s", items[i]);
		ui_review_add(out, s);
		free(s);
	}
}
/*
 * F1: the whole review: the summary, the case facts, the rules' warnings,
 * the rows the rules in force change, every dropped and 另案 row with its
 * reason, the joint supply contract's checks, and the files to be written.
 */
static void
ui_review_show(struct ui *ui)
{
	const struct resolution		*res = session_res(ui->s);
	const struct resolved_row	*row;
	const struct catalogue		*cat = ui->cat;
	const struct form_step		*st;
	const char			*text;
	char				*out, *s, *v, *why;
	size_t				 i, n;

	if (res->category == NULL) {
		ui_dialog_help(ui, _(ui->form->title), _(ui->form->help));
		return;
	}
	out = ui_review_summary(ui);
	/* The problems whole: the review's lines may have cut them. */
	ui_review_bullets(&out, _("To fix first:"), res->problems,
	    res->nproblems);
	ui_review_add(&out, "\n\n");
	ui_review_add(&out, _("Case facts:"));
	if ((st = forms_step(ui->forms, "context")) != NULL) {
		for (i = 0; i < st->nfields; i++) {
			if (st->fields[i].kind != FORM_YESNO)
				continue;
			text = answers_field_get(ui->s->answers,
			    st->fields[i].id);
			s = xasprintf("\n• %s: %s", _(st->fields[i].label),
			    text == NULL ? _("Not answered") :
			    strcmp(text, "yes") == 0 ? _("Yes") : _("No"));
			ui_review_add(&out, s);
			free(s);
		}
	}
	/* What the rules say worth saying, which stops nothing. */
	ui_review_bullets(&out, _("Worth noting:"), res->warnings,
	    res->nwarnings);
	if (ui_review_old_rules(ui)) {
		ui_review_add(&out, "\n\n");
		s = ui_review_changes(ui, &n);
		ui_review_add(&out, s);
		free(s);
	}
	ui_review_add(&out, "\n\n");
	ui_review_add(&out, _("Dropped and placed elsewhere:"));
	for (i = 0, n = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		if (row->state != ROW_EXCLUDED && row->state != ROW_ELSEWHERE)
			continue;
		n++;
		answers_choice(ui->s->answers, row->clause->id, &text);
		/* The buyer's own reason, else the rules'. */
		why = text != NULL ? NULL : resolved_row_why(row);
		ui_review_add(&out, "\n");
		/* TRANSLATORS: • [dropped] the row: the reason. */
		s = xasprintf(_("• %s %s: %s"), row->state == ROW_EXCLUDED ?
		    _("[dropped]") : _("[elsewhere]"), row->text, text != NULL ?
		    text : why);
		free(why);
		ui_review_add(&out, s);
		free(s);
	}
	if (n == 0) {
		ui_review_add(&out, "\n• ");
		ui_review_add(&out, _("none"));
	}
	if (ui->s->answers->route == ROUTE_JOINT_SUPPLY) {
		ui_review_add(&out, "\n\n");
		ui_review_add(&out, _("Checks of the joint supply contract "
		    "(共契):"));
		for (i = 0; i < cat->njsc; i++) {
			if (!catalogue_jsc_applies(&cat->jsc[i],
			    res->category->id))
				continue;
			s = xasprintf("\n• %s", cat->jsc[i].title);
			ui_review_add(&out, s);
			free(s);
		}
	}
	ui_review_add(&out, "\n\n");
	ui_review_add(&out, _("Files to be written:"));
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		if (!ui_review_on(ui, i))
			continue;
		v = ui_edit_value(&ui_review_paths[i]);
		s = xasprintf("\n• %s", v);
		ui_review_add(&out, s);
		free(s);
		free(v);
	}
	ui_dialog_help(ui, _(ui->form->title), out);
	free(out);
}

/*
 * The outputs that exist already, one a line, or NULL when none does
 * (caller frees).
 */
static char *
ui_review_existing(const struct ui *ui, char *const *paths)
{
	char	*out = NULL, *t;
	size_t	 i;

	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		/*
		 * What this sitting wrote itself it may write again, and the
		 * answers go where F2 would put them without asking.
		 */
		if (!ui_review_on(ui, i) || access(paths[i], F_OK) != 0 ||
		    (ui_review_wrote[i] != NULL &&
		    strcmp(ui_review_wrote[i], paths[i]) == 0) ||
		    (i == UI_REVIEW_ANSWERS &&
		    !session_save_replaces(ui->s, paths[i])))
			continue;
		t = xasprintf("%s\n  %s", out != NULL ? out : "", paths[i]);
		free(out);
		out = t;
	}
	return out;
}

static void
ui_review_draw(struct ui *ui)
{
	static const char *labels[UI_REVIEW_PATHS] = {
		N_("Appendix PDF"), N_("Appendix ODF"), N_("Checklist PDF"),
		N_("Checklist ODF"), N_("Record PDF"), N_("Answers file")
	};
	const struct resolution	*res = session_res(ui->s);
	size_t			 np = ui_review_nproblems(ui), i, n;
	size_t			 fp = ui_review_first_path(ui);
	int			 y = 2, attr, cur_y = -1;
	char			*s;
	const char		*done;

	ui_draw_frame(ui, _("↑↓ move Enter go/generate Space on/off F1 all Esc "
	    "back F2 save F3 open F10 quit"));
	if (res->category != NULL) {
		s = ui_review_summary(ui);
		y += ui_draw_wrap(y, 2, COLS - 4, 0, 4, s, A_BOLD);
		free(s);
	}
	y++;
	/* Notes do not stop generating, but are not to be missed. */
	if (res->nproblems == 0 && res->nwarnings > 0) {
		s = xasprintf(ngettext("No problems: ready to generate; %zu "
		    "note to read first under F1.", "No problems: ready to "
		    "generate; %zu notes to read first under F1.",
		    res->nwarnings), res->nwarnings);
		ui_draw_text(y++, 2, COLS - 4, s, 0);
		free(s);
	} else if (res->nproblems == 0)
		ui_draw_text(y++, 2, COLS - 4, _("No problems: ready to generate."),
		    0);
	else {
		s = xasprintf(ngettext("%zu problem to fix first; Enter on it "
		    "goes to its step:", "%zu problems to fix first; Enter on "
		    "one goes to its step:", res->nproblems), res->nproblems);
		ui_draw_text(y++, 2, COLS - 4, s, ui_draw_attr(ui, UI_ATTR_ERROR));
		free(s);
	}
	for (i = 0; i < np; i++, y++) {
		attr = i == ui_review_cur ? ui_draw_attr(ui, UI_ATTR_SELECT) : 0;
		if (attr != 0) {
			attron(attr);
			mvhline(y, 2, ' ', COLS - 4);
			attroff(attr);
		}
		/* A long one ends in …: F1 and its step say it whole. */
		s = xasprintf("• %s", res->problems[i]);
		ui_draw_name(y, 3, COLS - 6, s, attr);
		free(s);
	}
	/* The rules line, as kconfig's listnewconfig lists new options. */
	if (ui_review_old_rules(ui)) {
		n = ui_review_nchanges;
		attr = ui_review_cur == np ? ui_draw_attr(ui, UI_ATTR_SELECT) :
		    (int)A_BOLD;
		if (ui_review_cur == np)
			ui_draw_bar(ui, y, 2, COLS - 4);
		/* TRANSLATORS: "Rules 110.08.23; 115.01.07 in force changes 2 rows: Enter lists them"; Enter then offers to move the answers. */
		s = xasprintf(ngettext("Rules %s; %s in force changes %zu row: "
		    "Enter lists it", "Rules %s; %s in force changes %zu rows: "
		    "Enter lists them", n), res->version->id,
		    ui->rules->in_force->id, n);
		ui_draw_name(y++, 3, COLS - 6, s, attr);
		free(s);
	}
	y++;
	/* One line a file, a check mark before each document. */
	for (i = 0; i < UI_REVIEW_PATHS; i++, y++) {
		s = xasprintf("%s%s %s", fp + i == ui_review_cur ? "▶ " : "  ",
		    i == UI_REVIEW_ANSWERS ? "   " : ui_review_on(ui, i) ?
		    "[x]" : "[ ]", _(labels[i]));
		ui_draw_text(y, 2, UI_REVIEW_LABEL, s,
		    fp + i == ui_review_cur ? A_BOLD : 0);
		free(s);
		ui_edit_draw(&ui_review_paths[i], y, 2 + UI_REVIEW_LABEL,
		    COLS - 4 - UI_REVIEW_LABEL, 0, ui_review_on(ui, i) ?
		    ui_draw_attr(ui, UI_ATTR_FIELD) : (int)A_DIM);
		if (fp + i == ui_review_cur)
			cur_y = y;
	}
	/* A blank line before the button, where the status line leaves room. */
	if (y < LINES - 3)
		y++;
	attr = ui_review_cur == fp + UI_REVIEW_PATHS ?
	    ui_draw_attr(ui, UI_ATTR_SELECT) : (int)A_BOLD;
	ui_draw_text(y, 4, COLS - 8, _("[ Generate the files ticked and the "
	    "answers file ]"), attr);
	/*
	 * Cut, the command to run again would read wrong: where the whole
	 * does not fit, the documents are counted rather than named (they
	 * are listed above), and then the hint goes alone.
	 */
	if ((done = ui_review_done) != NULL && ui_draw_wrap(0, 0, COLS - 4,
	    0, 0, done, 0) > LINES - 5 - y && ui_review_done_short != NULL)
		done = ui_review_done_short;
	if (done != NULL && ui_draw_wrap(0, 0, COLS - 4, 0, 0, done, 0) >
	    LINES - 5 - y && strchr(done, '\n') != NULL)
		done = strchr(done, '\n') + 1;
	if (done != NULL && ui_draw_wrap(0, 0, COLS - 4, 0, 0, done, 0) <=
	    LINES - 5 - y)
		ui_draw_wrap(y + 2, 2, COLS - 4, 0, LINES - 5 - y, done, 0);
	if (cur_y != -1) {
		ui_edit_draw(&ui_review_paths[ui_review_cur - fp], cur_y,
		    2 + UI_REVIEW_LABEL, COLS - 4 - UI_REVIEW_LABEL, 1,
		    ui_draw_attr(ui, UI_ATTR_FIELD));
		ui->textmode = 1;
	}
}

/* The step that fixes a problem. */
static size_t
ui_review_target(enum problem_about about)
{
	return ui_step_index(session_step_about(about));
}

/* The paths of the first n outputs, joined by commas (caller frees). */
static char *
ui_review_list(const struct generate_output *outs, size_t n)
{
	char	*out = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < n; i++) {
		t = xasprintf("%s%s%s", out, i > 0 ? ", " : "", outs[i].path);
		free(out);
		out = t;
	}
	return out;
}

/*
 * Write the documents ticked, then the answers file, so that a failure
 * leaves the answers.  On failure the status line says which files were
 * written all the same.
 */
static void
ui_review_generate(struct ui *ui)
{
	struct generate_output	 outs[GENERATE_NDEFAULTS];
	struct font		*font = NULL;
	char			*paths[UI_REVIEW_PATHS], *cause = NULL;
	char			*exists, *q, *list, *status = NULL;
	time_t			 created;
	size_t			 i, j, n = 0, npdf = 0, nwritten = 0;
	int			 ok, rc;

	if (session_res(ui->s)->nproblems > 0) {
		ui_message(ui, 1, _("Fix the problems listed first."));
		return;
	}
	for (i = 0; i < UI_REVIEW_PATHS; i++)
		paths[i] = ui_edit_value(&ui_review_paths[i]);
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		if (ui_review_on(ui, i) && *paths[i] == '\0') {
			cause = xstrdup(_("Every output needs a file name."));
			goto out;
		}
	}
	/* As tenderwiz generate: the format follows the file's name. */
	for (i = 0; i < GENERATE_NDEFAULTS; i++) {
		if (!ui_review_on(ui, i))
			continue;
		outs[n].doc = ui_review_outs[i].doc;
		outs[n].format = generate_format(paths[i]);
		outs[n].path = paths[i];
		if (outs[n].format == FORMAT_PDF)
			npdf++;
		n++;
	}
	if ((exists = ui_review_existing(ui, paths)) != NULL) {
		q = xasprintf(_("These files exist already and would be "
		    "replaced:%s\nReplace them?"), exists);
		free(exists);
		ok = ui_dialog_confirm(ui, q);
		free(q);
		if (!ok) {
			ui_message(ui, 0, _("Nothing was generated; change the "
			    "file names to keep the old files."));
			goto out;
		}
	}
	ui_message(ui, 0, _("Generating..."));
	ui_review_draw(ui);
	refresh();
	if (generate_time(&created, &cause) != 0 ||
	    (npdf > 0 && font_open(ui->font_path, &font, &cause) != 0))
		goto out;
	rc = generate_outputs(ui->cat, ui->rules, ui->s->answers,
	    session_res(ui->s),
	    font, outs, n, paths[UI_REVIEW_ANSWERS], created, &nwritten,
	    &cause);
	font_free(font);
	/* Files written before one failed are this sitting's to replace. */
	for (i = 0, j = 0; i < GENERATE_NDEFAULTS && j < nwritten; i++) {
		if (!ui_review_on(ui, i))
			continue;
		free(ui_review_wrote[i]);
		ui_review_wrote[i] = xstrdup(outs[j++].path);
	}
	if (rc != 0) {
		if (nwritten > 0) {
			list = ui_review_list(outs, nwritten);
			/* TRANSLATORS: the files written before one failed, joined by ", ". */
			status = xasprintf(_("Written all the same: %s."), list);
			free(list);
		}
		goto out;
	}
	status = xstrdup(_("The documents were written, but not the answers "
	    "file."));
	if (session_save(ui->s, paths[UI_REVIEW_ANSWERS], &cause) != 0)
		goto out;
	session_generated(ui->s, paths[UI_REVIEW_ANSWERS]);
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		free(ui_review_wrote[i]);
		ui_review_wrote[i] = ui_review_on(ui, i) ? xstrdup(paths[i]) :
		    NULL;
	}
	list = ui_review_list(outs, n);
	free(ui_review_done);
	/* TRANSLATORS: the documents, joined by ", ", then the answers file twice. */
	ui_review_done = xasprintf(_("Written: %s and %s.\nF10 quits; "
	    "'tenderwiz generate --answers %s' writes the documents again."),
	    list, paths[UI_REVIEW_ANSWERS], paths[UI_REVIEW_ANSWERS]);
	free(list);
	free(ui_review_done_short);
	/* TRANSLATORS: how many documents, then the answers file twice. */
	ui_review_done_short = xasprintf(ngettext("Written: %zu document and "
	    "%s.\nF10 quits; 'tenderwiz generate --answers %s' writes the "
	    "documents again.", "Written: %zu documents and %s.\nF10 quits; "
	    "'tenderwiz generate --answers %s' writes the documents again.", n),
	    n, paths[UI_REVIEW_ANSWERS], paths[UI_REVIEW_ANSWERS]);
	if (ui->s->comments_dropped > 0)
		ui_message(ui, 0, ngettext("Done; %zu comment of the answers "
		    "file had no place left and is gone.", "Done; %zu comments "
		    "of the answers file had no place left and are gone.",
		    ui->s->comments_dropped), ui->s->comments_dropped);
	else
		ui_message(ui, 0, _("Done."));
out:
	if (cause != NULL) {
		ui_message(ui, 1, "%s", status != NULL ? status :
		    _("Nothing was generated."));
		ui_dialog_help(ui, _("Cannot generate"), cause);
		free(cause);
	}
	free(status);
	for (i = 0; i < UI_REVIEW_PATHS; i++)
		free(paths[i]);
}

/*
 * Space on a document's row: write it or not.  One at least stays, since
 * the review is there to write documents.
 */
static void
ui_review_toggle(struct ui *ui, size_t i)
{
	unsigned int	all = (1u << GENERATE_NDEFAULTS) - 1;
	unsigned int	off = ui->s->outputs_off ^ (1u << i);

	if ((off & all) == all) {
		beep();
		ui_message(ui, 1, _("At least one document must be written."));
		return;
	}
	ui->s->outputs_off = off;
}

static enum ui_move
ui_review_key(struct ui *ui, const struct ui_key *k)
{
	size_t		np = ui_review_nproblems(ui), fp = ui_review_first_path(ui);
	size_t		last = fp + UI_REVIEW_PATHS;
	enum ui_move	m;

	/* Rules this program does not have: only moving the answers helps. */
	if (k->cmd == CMD_ENTER && ui_review_cur < np &&
	    session_res(ui->s)->problem_about[ui_review_cur] == ABOUT_VERSION) {
		ui_review_migrate(ui);
		return UI_STAY;
	}
	if (k->cmd == CMD_ENTER && ui_review_cur < np) {
		ui->go = ui_review_target(
		    session_res(ui->s)->problem_about[ui_review_cur]);
		return UI_GOTO;
	}
	if (k->cmd == CMD_ENTER && ui_review_cur < fp) {
		ui_review_migrate(ui);
		return UI_STAY;
	}
	if (k->cmd == CMD_ENTER && ui_review_cur == last) {
		ui_review_generate(ui);
		return UI_STAY;
	}
	/*
	 * Space in a document's path ticks it: names take no typed space.
	 * A space in a paste is neither: the tick is not the paste's to
	 * change, and the name is not changed silently.
	 */
	if (ui_review_cur >= fp && ui_review_cur < fp + GENERATE_NDEFAULTS &&
	    (k->cmd == CMD_TOGGLE || (k->cmd == CMD_CHAR && k->ch == L' '))) {
		if (ui->pasting) {
			beep();
			ui_message(ui, 1, _("A space in the paste was left out: "
			    "these names take none, as Space ticks the "
			    "document."));
		} else
			ui_review_toggle(ui, ui_review_cur - fp);
		return UI_STAY;
	}
	/* Problems, paths and the button are one column of fields. */
	if (ui_field_key(k, &ui_review_cur, last + 1, &m))
		return m;
	if (ui_review_cur >= fp && ui_review_cur < last &&
	    ui_edit_key(&ui_review_paths[ui_review_cur - fp], k) == -1) {
		ui_dialog_full(ui, &ui_review_paths[ui_review_cur - fp], k);
		beep();
	}
	return UI_STAY;
}

const struct ui_screen ui_review_screen = {
	.id = "review",
	.enter = ui_review_enter,
	.draw = ui_review_draw,
	.key = ui_review_key,
	.leave = NULL,
	.help = ui_review_show,
};
