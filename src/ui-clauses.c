/* ui-clauses.c: the clause list: every row of the category with its mark, whether it is adopted, and why. */
/* SPDX-License-Identifier: MIT */
#define _GNU_SOURCE 1
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "session.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-screen.h"
#include "ui.h"
#include "xmalloc.h"

static size_t	 ui_clauses_cur;	/* index into the resolution's rows */
static size_t	 ui_clauses_top;	/* first display line shown */
static char	*ui_clauses_term;	/* the last search */

static const char *const ui_clauses_marks[] = { "●", "◎", "▲", "-" };

/* The row under the cursor, in the resolution as it is now. */
static const struct resolved_row *
ui_clauses_row(struct ui *ui)
{
	return &session_res(ui->s)->rows[ui_clauses_cur];
}

/* The mark a row shows: an agency clause has none of the table's. */
static const char *
ui_clauses_mark(const struct resolved_row *row)
{
	return row->custom ? "+" : ui_clauses_marks[row->mark];
}

static int
ui_clauses_enter(struct ui *ui)
{
	struct version_change	*c;
	size_t			 n;

	session_changed(ui->s);
	if (session_res(ui->s)->nrows == 0)
		return 1;
	if (ui_clauses_cur >= session_res(ui->s)->nrows)
		ui_clauses_cur = 0;
	/* As kconfig's listnewconfig: say what the rules in force change. */
	if ((n = session_changes(ui->s, &c)) > 0)
		ui_message(ui, 0, ngettext("Made under rules %s; under %s, in "
		    "force, %zu row changes: the review lists it and moves the "
		    "answers.", "Made under rules %s; under %s, in force, %zu "
		    "rows change: the review lists them and moves the answers.",
		    n), session_res(ui->s)->version->id,
		    ui->rules->in_force->id, n);
	version_changes_free(c, n);
	return 0;
}

/* The display line of row i: its group headers come before it. */
static size_t
ui_clauses_line(const struct ui *ui, size_t row)
{
	const struct resolved_row	*rows = session_res(ui->s)->rows;
	size_t				 i, line = 0;

	for (i = 0; i <= row; i++) {
		if (i == 0 || strcmp(rows[i].clause->group,
		    rows[i - 1].clause->group) != 0)
			line++;
		if (i < row)
			line++;
	}
	return line;
}

static const char *
ui_clauses_box(enum row_state st)
{
	switch (st) {
	case ROW_ADOPTED:		return "[x]";
	case ROW_NOT_ADOPTED:		return "[ ]";
	case ROW_EXCLUDED:		return "[-]";
	case ROW_ELSEWHERE:		return "[e]";
	case ROW_UNDECIDED:		return "[?]";
	default:			return " · ";
	}
}

/* The state in words, for the panel. */
const char *
ui_clauses_state(enum row_state st)
{
	switch (st) {
	case ROW_ADOPTED:	return _("adopted");
	case ROW_NOT_ADOPTED:	return _("not adopted");
	case ROW_EXCLUDED:	return _("dropped");
	case ROW_ELSEWHERE:	return _("placed in another procurement");
	case ROW_UNDECIDED:	return _("to be decided");
	default:		return _("does not apply at this tier");
	}
}

static void
ui_clauses_draw(struct ui *ui)
{
	const struct resolution		*res = session_res(ui->s);
	const struct resolved_row	*row;
	size_t				 i, line = 0, cur_line, last;
	int				 y, rows_h, attr, w, top;
	char				*s;

	ui_draw_frame(ui, _("Spc adopt e elsewhere /nN find ? row Enter on "
	    "Esc back F2 save F3 open F10 quit"));
	s = xasprintf(_("Tier %s: %zu adopted, %zu not adopted, %zu "
	    "dropped, %zu elsewhere, %zu to decide"),
	    ui_choice_label(ui, "tier", tier_name((enum tier)
	    ui->s->answers->tier), tier_label((enum tier)ui->s->answers->tier)),
	    resolution_count(res, ROW_ADOPTED),
	    resolution_count(res, ROW_NOT_ADOPTED),
	    resolution_count(res, ROW_EXCLUDED),
	    resolution_count(res, ROW_ELSEWHERE),
	    resolution_count(res, ROW_UNDECIDED));
	/* Wrapped when too wide, the list a line lower: no count is cut. */
	top = 1 + ui_draw_wrap(1, 1, COLS - 2, 0, 2, s, A_BOLD);
	free(s);

	/* From below the counts down to the rule above the panel, not onto it. */
	rows_h = LINES - 8 - top;
	cur_line = ui_clauses_line(ui, ui_clauses_cur);
	if (cur_line > 0 && cur_line - 1 < ui_clauses_top)
		ui_clauses_top = cur_line - 1;	/* show its group header */
	if (cur_line >= ui_clauses_top + (size_t)rows_h)
		ui_clauses_top = cur_line - (size_t)rows_h + 1;
	/* Grown again after a shrink: no empty lines below the last row. */
	last = ui_clauses_line(ui, res->nrows - 1) + 1;
	if (rows_h > 0 && ui_clauses_top + (size_t)rows_h > last)
		ui_clauses_top = last > (size_t)rows_h ? last - (size_t)rows_h :
		    0;
	for (i = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		if (i == 0 || strcmp(row->clause->group,
		    res->rows[i - 1].clause->group) != 0) {
			if (line >= ui_clauses_top &&
			    line < ui_clauses_top + (size_t)rows_h)
				ui_draw_text(top + (int)(line - ui_clauses_top), 1,
				    COLS - 2, row->clause->group, A_BOLD |
				    A_UNDERLINE);
			line++;
		}
		if (line >= ui_clauses_top &&
		    line < ui_clauses_top + (size_t)rows_h) {
			y = top + (int)(line - ui_clauses_top);
			attr = i == ui_clauses_cur ?
			    ui_draw_attr(ui, UI_ATTR_SELECT) : row->state ==
			    ROW_NOT_APPLICABLE ? ui_draw_attr(ui, UI_ATTR_DIM) : 0;
			if (i == ui_clauses_cur)
				ui_draw_bar(ui, y, 1, COLS - 2);
			w = ui_draw_text(y, 3, 4, ui_clauses_box(row->state),
			    row->state == ROW_UNDECIDED && i != ui_clauses_cur ?
			    ui_draw_attr(ui, UI_ATTR_ERROR) : attr);
			ui_draw_text(y, 3 + w + 1, 2, ui_clauses_mark(row),
			    i == ui_clauses_cur ? attr : ui_draw_attr(ui,
			    UI_ATTR_MARK));
			ui_draw_name(y, 10, COLS - 13, row->text, attr);
		}
		line++;
	}
	/* Where more rows are, above and below. */
	if (ui_clauses_top > 0)
		ui_draw_text(top, COLS - 2, 1, "↑", A_BOLD);
	if (line > ui_clauses_top + (size_t)rows_h)
		ui_draw_text(top + rows_h - 1, COLS - 2, 1, "↓", A_BOLD);
	/* The panel: the row under the cursor, and why it is as it is. */
	row = &res->rows[ui_clauses_cur];
	y = LINES - 8;
	mvhline(y, 1, ACS_HLINE, COLS - 2);
	s = row->custom ? xasprintf(_("%s + · agency clause%s"),
	    row->clause->id, row->checklist ? "" :
	    _(", not on the checklist")) :
	    xasprintf("%s %s · %s", row->clause->id,
	    ui_clauses_marks[row->mark], row->state == ROW_NOT_APPLICABLE &&
	    row->basis == BASIS_CONTEXT ? _("does not apply to this case") :
	    ui_clauses_state(row->state));
	ui_draw_text(y + 1, 2, COLS - 4, s, A_BOLD);
	free(s);
	/* Two lines each; a … after one that goes on, which ? shows whole. */
	if (ui_draw_wrap(y + 2, 2, COLS - 4, 0, 2, row->text, 0) > 2)
		ui_draw_text(y + 3, COLS - 2, 1, "…", A_BOLD);
	s = resolved_row_why(row);
	if (ui_draw_wrap(y + 4, 2, COLS - 4, 0, 2, s, A_DIM) > 2)
		ui_draw_text(y + 5, COLS - 2, 1, "…", A_BOLD);
	free(s);
}

/* Whether the row's text or note holds the term. */
static int
ui_clauses_matches(const struct resolved_row *row, const char *term)
{
	return strcasestr(row->text, term) != NULL ||
	    (row->note != NULL && strcasestr(row->note, term) != NULL) ||
	    strcasestr(row->clause->group, term) != NULL;
}

/* Jump to the next row that matches in dir (1 or -1), wrapping round. */
static void
ui_clauses_find(struct ui *ui, int dir)
{
	size_t	n = session_res(ui->s)->nrows, i, at, count = 0, which = 0;

	if (ui_clauses_term == NULL || *ui_clauses_term == '\0')
		return;
	for (i = 1; i <= n; i++) {
		at = dir > 0 ? (ui_clauses_cur + i) % n :
		    (ui_clauses_cur + n - i % n) % n;
		if (ui_clauses_matches(&session_res(ui->s)->rows[at],
		    ui_clauses_term)) {
			ui_clauses_cur = at;
			break;
		}
	}
	if (i > n) {
		ui_message(ui, 1, _("No row contains \"%s\"."),
		    ui_clauses_term);
		return;
	}
	for (i = 0; i < n; i++) {
		if (ui_clauses_matches(&session_res(ui->s)->rows[i],
		    ui_clauses_term)) {
			count++;
			if (i == ui_clauses_cur)
				which = count;
		}
	}
	ui_message(ui, 0, _("Match %zu of %zu for \"%s\"; n finds the next, "
	    "N the one before."),
	    which, count, ui_clauses_term);
}

/* Put the cursor on the row of the clause with id, if there is one. */
static void
ui_clauses_goto(struct ui *ui, const char *id)
{
	size_t	i;

	for (i = 0; i < session_res(ui->s)->nrows; i++) {
		if (strcmp(session_res(ui->s)->rows[i].clause->id, id) == 0)
			ui_clauses_cur = i;
	}
}

/* The fields the agency clause dialog asks, in its order. */
static const struct {
	const char	*label;
	int		 width;
} ui_clauses_fields[] = {
	{ N_("Group (項目): one of the table's, or a new one, placed after "
	    "them"), 60 },
	{ N_("Requirement (要求內容); ____ marks a blank, filled on the blanks "
	    "step"), 400 },
	{ N_("Note (說明), optional"), 400 }
};
#define UI_CLAUSES_NFIELDS \
	(sizeof ui_clauses_fields / sizeof ui_clauses_fields[0])

/*
 * a and c: ask for an agency clause's group, text, note and whether it goes
 * to the checklist, with the line editor, and add it (old NULL) or change
 * old.  Each field is checked once typed; what the buyer must mend is asked
 * again, with what was typed and why above it.
 */
static void
ui_clauses_custom(struct ui *ui, const struct answer_custom *old)
{
	const struct resolved_row	*row = ui_clauses_row(ui);
	const char			*title, *id, *old_id;
	char				*vals[UI_CLAUSES_NFIELDS], *v;
	char				*why = NULL, *cause = NULL, *keep;
	size_t				 i, f = 0;
	int				 checklist, at, moved;

	title = old != NULL ? _("Change an agency clause") :
	    _("Add an agency clause");
	old_id = old != NULL ? old->id : NULL;
	vals[0] = xstrdup(old != NULL ? old->group : row->clause->group);
	vals[1] = old != NULL ? xstrdup(old->text) : NULL;
	vals[2] = old != NULL && old->note != NULL ? xstrdup(old->note) : NULL;
	while (f < UI_CLAUSES_NFIELDS) {
		v = ui_dialog_prompt(ui, title, why,
		    _(ui_clauses_fields[f].label), vals[f],
		    ui_clauses_fields[f].width, 0);
		free(why);
		why = NULL;
		if (v == NULL)
			goto out;	/* Esc: nothing changes */
		free(vals[f]);
		vals[f] = v;
		if (f < 2 && (why = session_custom_problem(ui->s, old_id,
		    vals[0], f == 1 ? vals[1] : NULL, &at)) != NULL) {
			f = at == SESSION_CUSTOM_GROUP ? 0 : 1;
			continue;
		}
		f++;
	}
	checklist = ui_dialog_confirm(ui, _("Put it on the vendor's "
	    "checklist?"));
	if ((moved = answers_custom_set(ui->s->answers,
	    session_res(ui->s)->category, old_id, vals[0], vals[1], vals[2],
	    checklist, &id, &cause)) < 0) {
		ui_message(ui, 1, _("Not kept: %s."), cause);
		free(cause);
	} else {
		keep = xstrdup(id);
		session_changed(ui->s);
		ui_clauses_goto(ui, keep);
		ui_message(ui, moved, moved ? _("The agency clause was changed "
		    "and its blanks moved: each value went with the words "
		    "around its blank, the others were cleared. Check them on "
		    "the blanks step.") : old != NULL ? _("The agency clause "
		    "was changed.") : _("The agency clause was added: c changes "
		    "it, d removes it."));
		free(keep);
	}
out:
	for (i = 0; i < UI_CLAUSES_NFIELDS; i++)
		free(vals[i]);
}

/* d: remove an agency clause, asking first. */
static void
ui_clauses_remove(struct ui *ui)
{
	const struct resolved_row	*row = ui_clauses_row(ui);
	char				*q, *id;

	if (!row->custom) {
		ui_message(ui, 1, _("Only an agency clause can be removed; a "
		    "row of the table is dropped with Space."));
		return;
	}
	q = xasprintf(_("Remove the agency clause 「%s」?"), row->text);
	if (ui_dialog_confirm(ui, q)) {
		id = xstrdup(row->clause->id);
		answers_custom_remove(ui->s->answers, id);
		session_changed(ui->s);
		if (ui_clauses_cur >= session_res(ui->s)->nrows &&
		    ui_clauses_cur > 0)
			ui_clauses_cur--;
		ui_message(ui, 0, _("The agency clause was removed."));
		free(id);
	}
	free(q);
}

/* Space: adopt a row that is not adopted, or drop one that is. */
static void
ui_clauses_toggle(struct ui *ui)
{
	const struct resolved_row	*row = ui_clauses_row(ui);
	const char			*id = row->clause->id;
	char				*reason, *q, *why;
	int				 unlisted = 0;

	if (row->custom) {
		ui_message(ui, 1, _("An agency clause is always adopted: c "
		    "changes it, d removes it."));
		return;
	}
	switch (row->state) {
	case ROW_NOT_APPLICABLE:
		/* The case facts leave it out: the rules say why. */
		if (row->basis == BASIS_CONTEXT) {
			why = resolved_row_why(row);
			ui_message(ui, 1, _("Does not apply to this case, so it "
			    "cannot be adopted: %s"), why);
			free(why);
		} else
			ui_message(ui, 1, _("Marked - at this tier, so it cannot "
			    "be adopted: 「%s」"), row->clause->text);
		return;
	case ROW_EXCLUDED:
	case ROW_ELSEWHERE:
		answers_set_choice(ui->s->answers, id, 0, NULL);
		break;
	case ROW_NOT_ADOPTED:
	case ROW_UNDECIDED:
		answers_set_choice(ui->s->answers, id, 'i', NULL);
		break;
	case ROW_ADOPTED:
		/* A ▲ row the rules leave open: dropping it is a decision. */
		if (row->basis == BASIS_CHOICE && !row->open) {
			answers_set_choice(ui->s->answers, id, 0, NULL);
			session_changed(ui->s);
			/*
			 * A case fact may adopt it too, and then it stays:
			 * the same Space asks for the reason to drop it.
			 */
			row = ui_clauses_row(ui);
			id = row->clause->id;
			if (row->state != ROW_ADOPTED)
				break;
			unlisted = 1;
		}
		/* Dropping what the table or the rules adopt needs a reason. */
		why = resolved_row_why(row);
		q = xasprintf(_("「%s」 is adopted because: %s\nWhy is it "
		    "left out of this procurement? (a reason is required)"),
		    row->text, why);
		free(why);
		reason = ui_dialog_prompt(ui, _("Drop a row"), NULL, q, NULL,
		    200, 0);
		free(q);
		if (unlisted && (reason == NULL || answers_blank_text(reason))) {
			/* Left as it was, include and all. */
			answers_set_choice(ui->s->answers, id, 'i', NULL);
			session_changed(ui->s);
		}
		if (reason == NULL)
			return;
		if (answers_blank_text(reason)) {
			ui_message(ui, 1, _("Stays adopted, since dropping it "
			    "needs a reason: 「%s」"), row->text);
			free(reason);
			return;
		}
		answers_set_choice(ui->s->answers, id, 'x', reason);
		free(reason);
		break;
	}
	session_changed(ui->s);
}

/* e: place a ▲ row in another procurement (另案辦理), or take it back. */
static void
ui_clauses_elsewhere(struct ui *ui)
{
	const struct resolved_row	*row = ui_clauses_row(ui);
	char				*note;

	if (row->mark != MARK_BY_LEVEL) {
		ui_message(ui, 1, _("Only a ▲ row can be placed in another "
		    "procurement."));
		return;
	}
	if (row->state == ROW_ELSEWHERE) {
		answers_set_choice(ui->s->answers, row->clause->id, 0, NULL);
		session_changed(ui->s);
		return;
	}
	note = ui_dialog_prompt(ui, _("Another procurement"), NULL,
	    _("Which procurement covers this row? (optional, e.g. the case "
	    "name)"),
	    NULL, 200, 0);
	if (note == NULL)
		return;
	answers_set_choice(ui->s->answers, row->clause->id, 'e', note);
	free(note);
	session_changed(ui->s);
}

static void
ui_clauses_show(struct ui *ui)
{
	const struct resolved_row	*row = ui_clauses_row(ui);
	char				*s, *why;

	why = resolved_row_why(row);
	s = xasprintf("%s\n\n%s %s\n\n%s%s%s%s\n\n%s", row->clause->group,
	    ui_clauses_mark(row), row->text,
	    row->note != NULL ? _("Note: ") : "",
	    row->note != NULL ? row->note : "",
	    row->note != NULL ? "\n\n" : "", why,
	    _(ui->form->help));
	free(why);
	ui_dialog_help(ui, row->clause->id, s);
	free(s);
}

static enum ui_move
ui_clauses_key(struct ui *ui, const struct ui_key *k)
{
	size_t	n = session_res(ui->s)->nrows, page = (size_t)(LINES - 11);
	char	*term;

	switch (k->cmd) {
	case CMD_UP:
		if (ui_clauses_cur > 0)
			ui_clauses_cur--;
		break;
	case CMD_DOWN:
		if (ui_clauses_cur + 1 < n)
			ui_clauses_cur++;
		break;
	case CMD_PGUP:
		ui_clauses_cur = ui_clauses_cur > page ?
		    ui_clauses_cur - page : 0;
		break;
	case CMD_PGDN:
		ui_clauses_cur = ui_clauses_cur + page < n ?
		    ui_clauses_cur + page : n - 1;
		break;
	case CMD_HOME:
		ui_clauses_cur = 0;
		break;
	case CMD_END:
		ui_clauses_cur = n - 1;
		break;
	case CMD_TOGGLE:
		ui_clauses_toggle(ui);
		break;
	case CMD_SEARCH:
		term = ui_dialog_prompt(ui, _("Search"), NULL, _("Find rows "
		    "whose text or note contains:"), ui_clauses_term, 60,
		    UI_PROMPT_SELECTED);
		if (term != NULL) {
			free(ui_clauses_term);
			ui_clauses_term = term;
			ui_clauses_find(ui, 1);
		}
		break;
	case CMD_CHAR:
		if (k->ch == 'n' || k->ch == 'N')
			ui_clauses_find(ui, k->ch == 'n' ? 1 : -1);
		else if (k->ch == 'e')
			ui_clauses_elsewhere(ui);
		else if (k->ch == 'a')
			ui_clauses_custom(ui, NULL);
		else if (k->ch == 'c' && ui_clauses_row(ui)->custom)
			ui_clauses_custom(ui, answers_custom(ui->s->answers,
			    ui_clauses_row(ui)->clause->id));
		else if (k->ch == 'c')
			ui_message(ui, 1, _("Only an agency clause can be "
			    "changed; a adds one."));
		else if (k->ch == 'd')
			ui_clauses_remove(ui);
		break;
	case CMD_ENTER:
	case CMD_NEXT:
		return UI_NEXT;
	default:
		break;
	}
	return UI_STAY;
}

/* Every ▲ row the level table leaves open must be decided here. */
static int
ui_clauses_leave(struct ui *ui)
{
	size_t	i;

	for (i = 0; i < session_res(ui->s)->nrows; i++) {
		if (session_res(ui->s)->rows[i].state == ROW_UNDECIDED) {
			ui_clauses_cur = i;
			ui_message(ui, 1, _("Decide the rows marked [?]: Space "
			    "adopts, e places one in another procurement."));
			return -1;
		}
	}
	return 0;
}

const struct ui_screen ui_clauses_screen = {
	.id = "clauses",
	.enter = ui_clauses_enter,
	.draw = ui_clauses_draw,
	.key = ui_clauses_key,
	.leave = ui_clauses_leave,
	.help = ui_clauses_show,
};
