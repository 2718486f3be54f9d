/* ui-review.c: the last step: what will be produced, what is still missing, where the files go, and generating them. */
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

#define UI_REVIEW_PATHS	3	/* appendix, checklist, answers */
#define UI_REVIEW_SHOWN	6	/* problems listed at most */

static struct ui_edit	 ui_review_paths[UI_REVIEW_PATHS];
static int		 ui_review_ready;	/* editors initialised */
static size_t		 ui_review_cur;		/* problems, paths, button */
static char		*ui_review_done;	/* what was written, or NULL */
static char		*ui_review_wrote[UI_REVIEW_PATHS]; /* by this sitting */

static const char *const ui_review_suffixes[UI_REVIEW_PATHS] = {
	"appendix.pdf", "checklist.pdf", "answers.yaml"
};

/* Whether the answers are under rules other than those in force. */
static int
ui_review_old_rules(const struct ui *ui)
{
	return ui->s->res->version != ui->rules->in_force;
}

/* The problems listed: one fewer with the rules line, to fit 24 lines. */
static size_t
ui_review_nproblems(const struct ui *ui)
{
	size_t	shown = UI_REVIEW_SHOWN - (size_t)ui_review_old_rules(ui);

	return ui->s->res->nproblems < shown ? ui->s->res->nproblems : shown;
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
	out = xasprintf(_("Under rules %s, in force, %zu rows change:"),
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
		ui_message(ui, 0, _("The answers follow rules %s now; %zu rows "
		    "changed."), ui->rules->in_force->id, n);
		ui_review_cur = ui_review_nproblems(ui);
	}
	free(q);
}

static int
ui_review_enter(struct ui *ui)
{
	size_t	i;
	char	*def;

	session_resolve(ui->s);
	if (ui_review_ready) {
		for (i = 0; i < UI_REVIEW_PATHS; i++)
			ui_edit_free(&ui_review_paths[i]);
	}
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		if (i == 2 && ui->s->answers_path != NULL)
			def = xstrdup(ui->s->answers_path);
		else
			def = generate_output_name(ui->s->answers,
			    ui_review_suffixes[i]);
		ui_edit_init(&ui_review_paths[i], def, 200);
		free(def);
	}
	ui_review_ready = 1;
	/* On the first file name: Enter must not generate by accident. */
	ui_review_cur = ui_review_first_path(ui);
	free(ui_review_done);
	ui_review_done = NULL;
	return 0;
}

/* Category, tier, level, route and the counts of rows (caller frees). */
static char *
ui_review_summary(const struct ui *ui)
{
	const struct resolution	*res = ui->s->res;
	const struct answers	*a = ui->s->answers;
	char			*level, *s;

	/* The agency type goes with the level, as the level step asks it. */
	level = a->agency_type == -1 ? xstrdup(a->level == -1 ? "—" :
	    answers_level_name(a->level)) : xasprintf("%s (%s)",
	    a->level == -1 ? "—" : answers_level_name(a->level),
	    agency_type_label((enum agency_type)a->agency_type));
	s = xasprintf(_("%s, tier %s, level %s, %s: %zu rows adopted, "
	    "%zu not adopted, %zu dropped, %zu elsewhere (F1 lists them with "
	    "their reasons)."), res->category->name, a->tier == -1 ? "—" :
	    tier_label((enum tier)a->tier), level,
	    a->route == ROUTE_JOINT_SUPPLY ?
	    _("through the joint supply contract") : _("by tender"),
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

/*
 * F1: the whole review: the summary, the case facts, the rules' warnings,
 * the rows the rules in force change, every dropped and 另案 row with its
 * reason, the joint supply contract's checks, and the files to be written.
 */
static void
ui_review_show(struct ui *ui)
{
	const struct resolution		*res = ui->s->res;
	const struct resolved_row	*row;
	const struct catalogue		*cat = ui->cat;
	const struct form_step		*st;
	const char			*text;
	char				*out, *s, *v;
	size_t				 i, n;

	if (res->category == NULL) {
		ui_dialog_help(ui, _(ui->form->title), _(ui->form->help));
		return;
	}
	out = ui_review_summary(ui);
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
	if (res->nwarnings > 0) {
		ui_review_add(&out, "\n\n");
		ui_review_add(&out, _("Worth noting:"));
		for (i = 0; i < res->nwarnings; i++) {
			s = xasprintf("\n• %s", res->warnings[i]);
			ui_review_add(&out, s);
			free(s);
		}
	}
	if (ui_review_old_rules(ui)) {
		ui_review_add(&out, "\n\n");
		s = ui_review_changes(ui, &n);
		ui_review_add(&out, s);
		free(s);
	}
	ui_review_add(&out, "\n\n");
	ui_review_add(&out, _("Dropped and placed elsewhere:"));
	for (i = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		if (row->state != ROW_EXCLUDED && row->state != ROW_ELSEWHERE)
			continue;
		answers_choice(ui->s->answers, row->clause->id, &text);
		s = xasprintf("\n• %s %s: %s", row->state == ROW_EXCLUDED ?
		    _("[dropped]") : _("[另案]"), row->text, text != NULL ?
		    text : row->why);
		ui_review_add(&out, s);
		free(s);
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
ui_review_existing(char *const *paths)
{
	char	*out = NULL, *t;
	size_t	 i;

	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		/* What this sitting wrote itself it may write again. */
		if (access(paths[i], F_OK) != 0 ||
		    (ui_review_wrote[i] != NULL &&
		    strcmp(ui_review_wrote[i], paths[i]) == 0))
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
		N_("Appendix PDF"), N_("Checklist PDF"), N_("Answers file")
	};
	const struct resolution	*res = ui->s->res;
	struct version_change	*c;
	size_t			 np = ui_review_nproblems(ui), i, n;
	size_t			 fp = ui_review_first_path(ui);
	int			 y = 2, attr, cur_y = -1;
	char			*s;

	ui_draw_frame(ui, _("↑↓ move Enter go/generate F1 all rows Esc back "
	    "F2 save F3 open F10 quit"));
	if (res->category != NULL) {
		s = ui_review_summary(ui);
		y += ui_draw_wrap(y, 2, COLS - 4, 0, 4, s, A_BOLD);
		free(s);
	}
	y++;
	if (res->nproblems == 0)
		ui_draw_text(y++, 2, COLS - 4, _("No problems: ready to generate."),
		    0);
	else {
		s = xasprintf(_("%zu problem(s) to fix first; Enter on one "
		    "goes to its step:"), res->nproblems);
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
		s = xasprintf("• %s", res->problems[i]);
		ui_draw_text(y, 3, COLS - 6, s, attr);
		free(s);
	}
	/* The rules line, as kconfig's listnewconfig lists new options. */
	if (ui_review_old_rules(ui)) {
		n = session_changes(ui->s, &c);
		version_changes_free(c, n);
		attr = ui_review_cur == np ? ui_draw_attr(ui, UI_ATTR_SELECT) :
		    (int)A_BOLD;
		if (ui_review_cur == np)
			ui_draw_bar(ui, y, 2, COLS - 4);
		/* TRANSLATORS: "Rules 110.08.23; 115.01.07 in force changes 2 rows: Enter lists them and moves the answers". */
		s = xasprintf(_("Rules %s; %s in force changes %zu rows: Enter "
		    "lists them and moves the answers"), res->version->id,
		    ui->rules->in_force->id, n);
		ui_draw_text(y++, 3, COLS - 6, s, attr);
		free(s);
	}
	y++;
	for (i = 0; i < UI_REVIEW_PATHS; i++, y += 2) {
		s = xasprintf("%s%s", fp + i == ui_review_cur ? "▶ " : "  ",
		    _(labels[i]));
		ui_draw_text(y, 2, 20, s, fp + i == ui_review_cur ? A_BOLD : 0);
		free(s);
		ui_edit_draw(&ui_review_paths[i], y, 22, COLS - 24, 0,
		    ui_draw_attr(ui, UI_ATTR_FIELD));
		if (fp + i == ui_review_cur)
			cur_y = y;
	}
	attr = ui_review_cur == fp + UI_REVIEW_PATHS ?
	    ui_draw_attr(ui, UI_ATTR_SELECT) : (int)A_BOLD;
	ui_draw_text(y, 4, COLS - 8, _("[ Generate the appendix, the checklist "
	    "and the answers file ]"), attr);
	if (ui_review_done != NULL)
		ui_draw_wrap(y + 2, 2, COLS - 4, 0, LINES - 5 - y, ui_review_done,
		    0);
	if (cur_y != -1) {
		ui_edit_draw(&ui_review_paths[ui_review_cur - fp], cur_y, 22,
		    COLS - 24, 1, ui_draw_attr(ui, UI_ATTR_FIELD));
		ui->textmode = 1;
	}
}

/* The step that fixes a problem. */
static size_t
ui_review_target(enum problem_about about)
{
	switch (about) {
	case ABOUT_CASE:	return ui_step_index("case");
	case ABOUT_CATEGORY:	return ui_step_index("category");
	case ABOUT_TIER:	return ui_step_index("tier");
	case ABOUT_LEVEL:
	case ABOUT_AGENCY_TYPE:	return ui_step_index("level");
	case ABOUT_CONTEXT:	return ui_step_index("context");
	case ABOUT_ROW:		return ui_step_index("clauses");
	case ABOUT_VERSION:	return ui_step_index("review");
	default:		return ui_step_index("blanks");
	}
}

/*
 * Write the three files; the PDFs first, so a failure leaves the answers.
 * On failure the status line says which files were written all the same.
 */
static void
ui_review_generate(struct ui *ui)
{
	struct font	*font = NULL;
	char		*paths[UI_REVIEW_PATHS], *cause = NULL, *exists, *q;
	int		 ok;
	const char	*pdfs[2], *status = _("Nothing was generated.");
	time_t		 created;
	size_t		 i, nwritten;
	int		 rc;

	if (ui->s->res->nproblems > 0) {
		ui_message(ui, 1, _("Fix the problems listed first."));
		return;
	}
	for (i = 0; i < UI_REVIEW_PATHS; i++)
		paths[i] = ui_edit_value(&ui_review_paths[i]);
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		if (*paths[i] == '\0') {
			cause = xstrdup(_("Every output needs a file name."));
			goto out;
		}
	}
	if ((exists = ui_review_existing(paths)) != NULL) {
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
	pdfs[0] = paths[0];
	pdfs[1] = paths[1];
	ui_message(ui, 0, _("Generating..."));
	ui_review_draw(ui);
	refresh();
	if (generate_time(&created, &cause) != 0 ||
	    font_open(ui->font_path, &font, &cause) != 0)
		goto out;
	rc = generate_files(ui->cat, ui->s->answers, ui->s->res, font, pdfs, created,
	    &nwritten, &cause);
	font_free(font);
	if (rc != 0) {
		if (nwritten > 0)
			status = _("Only the appendix was written.");
		goto out;
	}
	status = _("The PDFs were written, but not the answers file.");
	if (session_save(ui->s, paths[2], &cause) != 0)
		goto out;
	session_generated(ui->s, paths[2]);
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		free(ui_review_wrote[i]);
		ui_review_wrote[i] = xstrdup(paths[i]);
	}
	free(ui_review_done);
	ui_review_done = xasprintf(_("Written:\n  %s\n  %s\n  %s\nF10 quits; "
	    "the answers file regenerates both PDFs with 'tenderwiz "
	    "generate --answers %s'."), paths[0], paths[1], paths[2],
	    paths[2]);
	ui_message(ui, 0, _("Done."));
out:
	if (cause != NULL) {
		ui_message(ui, 1, "%s", status);
		ui_dialog_help(ui, _("Cannot generate"), cause);
		free(cause);
	}
	for (i = 0; i < UI_REVIEW_PATHS; i++)
		free(paths[i]);
}

static enum ui_move
ui_review_key(struct ui *ui, const struct ui_key *k)
{
	size_t		np = ui_review_nproblems(ui), fp = ui_review_first_path(ui);
	size_t		last = fp + UI_REVIEW_PATHS;
	enum ui_move	m;

	/* Rules this program does not have: only moving the answers helps. */
	if (k->cmd == CMD_ENTER && ui_review_cur < np &&
	    ui->s->res->problem_about[ui_review_cur] == ABOUT_VERSION) {
		ui_review_migrate(ui);
		return UI_STAY;
	}
	if (k->cmd == CMD_ENTER && ui_review_cur < np) {
		ui->go = ui_review_target(ui->s->res->problem_about[ui_review_cur]);
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
	/* Problems, paths and the button are one column of fields. */
	if (ui_field_key(k, &ui_review_cur, last + 1, &m))
		return m;
	if (ui_review_cur >= fp && ui_review_cur < last &&
	    ui_edit_key(&ui_review_paths[ui_review_cur - fp], k) == -1)
		beep();
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
