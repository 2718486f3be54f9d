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
#include "ui.h"
#include "xmalloc.h"

#define UI_REVIEW_PATHS	3	/* appendix, checklist, answers */
#define UI_REVIEW_SHOWN	6	/* problems listed at most */

static struct ui_edit	 ui_review_paths[UI_REVIEW_PATHS];
static int		 ui_review_ready;	/* editors initialised */
static size_t		 ui_review_cur;		/* problems, paths, button */
static char		*ui_review_done;	/* what was written, or NULL */

static const char *const ui_review_suffixes[UI_REVIEW_PATHS] = {
	"appendix.pdf", "checklist.pdf", "answers.yaml"
};

static size_t
ui_review_nproblems(const struct ui *ui)
{
	return ui->res->nproblems < UI_REVIEW_SHOWN ? ui->res->nproblems :
	    UI_REVIEW_SHOWN;
}

static int
ui_review_enter(struct ui *ui)
{
	size_t	i;
	char	*def;

	ui_resolve(ui);
	if (ui_review_ready) {
		for (i = 0; i < UI_REVIEW_PATHS; i++)
			ui_edit_free(&ui_review_paths[i]);
	}
	for (i = 0; i < UI_REVIEW_PATHS; i++) {
		if (i == 2 && ui->answers_path != NULL)
			def = xstrdup(ui->answers_path);
		else
			def = generate_output_name(ui->answers,
			    ui_review_suffixes[i]);
		ui_edit_init(&ui_review_paths[i], def, 200);
		free(def);
	}
	ui_review_ready = 1;
	ui_review_cur = ui_review_nproblems(ui) + UI_REVIEW_PATHS;
	free(ui_review_done);
	ui_review_done = NULL;
	return 0;
}

static void
ui_review_draw(struct ui *ui)
{
	static const char *labels[UI_REVIEW_PATHS] = {
		N_("Appendix PDF"), N_("Checklist PDF"), N_("Answers file")
	};
	const struct resolution	*res = ui->res;
	size_t			 np = ui_review_nproblems(ui), i;
	int			 y = 2, attr, cur_y = -1;
	char			*s;

	ui_frame(ui, _("Up/Down move · Enter go/generate · Esc back · F1 "
	    "help · F2 save · F10 quit"));
	if (res->category != NULL) {
		s = xasprintf(_("%s, tier %s: %zu rows adopted, %zu not "
		    "adopted, %zu dropped, %zu elsewhere."),
		    res->category->name, tier_label((enum tier)ui->answers->tier),
		    resolution_count(res, ROW_ADOPTED),
		    resolution_count(res, ROW_NOT_ADOPTED),
		    resolution_count(res, ROW_EXCLUDED),
		    resolution_count(res, ROW_ELSEWHERE));
		y += ui_wrap(y, 2, COLS - 4, 0, 2, s, A_BOLD);
		free(s);
	}
	y++;
	if (res->nproblems == 0)
		ui_text(y++, 2, COLS - 4, _("No problems: ready to generate."),
		    0);
	else {
		s = xasprintf(_("%zu problem(s) to fix first; Enter on one "
		    "goes to its step:"), res->nproblems);
		ui_text(y++, 2, COLS - 4, s, ui_attr(ui, UI_ATTR_ERROR));
		free(s);
	}
	for (i = 0; i < np; i++, y++) {
		attr = i == ui_review_cur ? ui_attr(ui, UI_ATTR_SELECT) : 0;
		if (attr != 0) {
			attron(attr);
			mvhline(y, 2, ' ', COLS - 4);
			attroff(attr);
		}
		s = xasprintf("• %s", res->problems[i]);
		ui_text(y, 3, COLS - 6, s, attr);
		free(s);
	}
	y++;
	for (i = 0; i < UI_REVIEW_PATHS; i++, y += 2) {
		s = xasprintf("%s%s", np + i == ui_review_cur ? "▶ " : "  ",
		    _(labels[i]));
		ui_text(y, 2, 20, s, np + i == ui_review_cur ? A_BOLD : 0);
		free(s);
		ui_edit_draw(&ui_review_paths[i], y, 22, COLS - 24, 0,
		    ui_attr(ui, UI_ATTR_FIELD));
		if (np + i == ui_review_cur)
			cur_y = y;
	}
	attr = ui_review_cur == np + UI_REVIEW_PATHS ?
	    ui_attr(ui, UI_ATTR_SELECT) : (int)A_BOLD;
	ui_text(y, 4, COLS - 8, _("[ Generate the appendix, the checklist "
	    "and the answers file ]"), attr);
	if (ui_review_done != NULL)
		ui_wrap(y + 2, 2, COLS - 4, 0, LINES - 5 - y, ui_review_done,
		    0);
	if (cur_y != -1) {
		ui_edit_draw(&ui_review_paths[ui_review_cur - np], cur_y, 22,
		    COLS - 24, 1, ui_attr(ui, UI_ATTR_FIELD));
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
	case ABOUT_LEVEL:	return ui_step_index("level");
	case ABOUT_ROW:		return ui_step_index("clauses");
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
	char		*paths[UI_REVIEW_PATHS], *cause = NULL;
	const char	*pdfs[2], *status = _("Nothing was generated.");
	time_t		 created;
	size_t		 i, nwritten;
	int		 rc;

	if (ui->res->nproblems > 0) {
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
	pdfs[0] = paths[0];
	pdfs[1] = paths[1];
	ui_message(ui, 0, _("Generating..."));
	ui_review_draw(ui);
	refresh();
	if (generate_time(&created, &cause) != 0 ||
	    font_open(ui->font_path, &font, &cause) != 0)
		goto out;
	rc = generate_files(ui->cat, ui->answers, ui->res, font, pdfs, created,
	    &nwritten, &cause);
	font_free(font);
	if (rc != 0) {
		if (nwritten > 0)
			status = _("Only the appendix was written.");
		goto out;
	}
	status = _("The PDFs were written, but not the answers file.");
	if (answers_save(ui->answers, paths[2], &cause) != 0)
		goto out;
	free(ui->answers_path);
	ui->answers_path = xstrdup(paths[2]);
	answers_free(ui->saved);
	ui->saved = answers_copy(ui->answers);
	/* The answers file now holds everything the draft did. */
	if (ui->draft_path != NULL) {
		unlink(ui->draft_path);
		free(ui->draft_path);
		ui->draft_path = NULL;
	}
	ui->finished = 1;
	free(ui_review_done);
	ui_review_done = xasprintf(_("Written:\n  %s\n  %s\n  %s\nF10 quits; "
	    "the answers file regenerates both PDFs with 'tenderwiz "
	    "generate --answers %s'."), paths[0], paths[1], paths[2],
	    paths[2]);
	ui_message(ui, 0, _("Done."));
out:
	if (cause != NULL) {
		ui_message(ui, 1, "%s", status);
		ui_help(ui, _("Cannot generate"), cause);
		free(cause);
	}
	for (i = 0; i < UI_REVIEW_PATHS; i++)
		free(paths[i]);
}

static enum ui_move
ui_review_key(struct ui *ui, const struct ui_key *k)
{
	size_t		np = ui_review_nproblems(ui), last = np + UI_REVIEW_PATHS;
	enum ui_move	m;

	if (k->cmd == CMD_ENTER && ui_review_cur < np) {
		ui->go = ui_review_target(ui->res->problem_about[ui_review_cur]);
		return UI_GOTO;
	}
	if (k->cmd == CMD_ENTER && ui_review_cur == last) {
		ui_review_generate(ui);
		return UI_STAY;
	}
	/* Problems, paths and the button are one column of fields. */
	if (ui_field_key(k, &ui_review_cur, last + 1, &m))
		return m;
	if (ui_review_cur >= np && ui_review_cur < last &&
	    ui_edit_key(&ui_review_paths[ui_review_cur - np], k) == -1)
		beep();
	return UI_STAY;
}

const struct ui_screen ui_review_screen = {
	.id = "review",
	.enter = ui_review_enter,
	.draw = ui_review_draw,
	.key = ui_review_key,
	.leave = NULL,
};
