/* ui-blanks.c: one field per blank of the adopted rows, with the sentence around it. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "session.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-edit.h"
#include "ui-screen.h"
#include "ui.h"
#include "xmalloc.h"

#define UI_BLANKS_MAX	16

static const struct blank_def	*ui_blanks_defs[UI_BLANKS_MAX];
/* The blanks of agency clauses, ID.1, ID.2, ..., made up for this step. */
static struct blank_def		 ui_blanks_custom[UI_BLANKS_MAX];
static size_t			 ui_blanks_ncustom;
/* First use; NULL for an agency clause, whose row each resolution remakes. */
static const struct clause	*ui_blanks_where[UI_BLANKS_MAX];
static struct ui_edit		 ui_blanks_edits[UI_BLANKS_MAX];
static size_t			 ui_blanks_n;
static size_t			 ui_blanks_cur;

static void
ui_blanks_clear(void)
{
	size_t	i;

	for (i = 0; i < ui_blanks_n; i++)
		ui_edit_free(&ui_blanks_edits[i]);
	ui_blanks_n = 0;
	for (i = 0; i < ui_blanks_ncustom; i++) {
		free(ui_blanks_custom[i].id);
		free(ui_blanks_custom[i].label);
	}
	ui_blanks_ncustom = 0;
}

/* The blank def of an agency clause's k-th blank (from 0), or NULL. */
static const struct blank_def *
ui_blanks_custom_def(const struct clause *cl, size_t k)
{
	char	*id;
	size_t	 i;

	id = xasprintf("%s.%zu", cl->id, k + 1);
	for (i = 0; i < ui_blanks_ncustom; i++) {
		if (strcmp(ui_blanks_custom[i].id, id) == 0)
			break;
	}
	free(id);
	return i < ui_blanks_ncustom ? &ui_blanks_custom[i] : NULL;
}

/* A field for each blank of an adopted agency clause's row. */
static void
ui_blanks_add_custom(struct ui *ui, const struct resolved_row *row)
{
	const struct answer_custom	*c;
	struct blank_def		*b;
	size_t				 k, n;

	if ((c = answers_custom(ui->s->answers, row->clause->id)) == NULL)
		return;
	n = answers_custom_nblanks(c);
	for (k = 0; k < n && ui_blanks_n < UI_BLANKS_MAX; k++) {
		b = &ui_blanks_custom[ui_blanks_ncustom++];
		b->id = xasprintf("%s.%zu", c->id, k + 1);
		b->kind = BLANK_TEXT;
		/* TRANSLATORS: the field of an agency clause's blank. */
		b->label = xasprintf(_("Agency clause %s, blank %zu:"), c->id,
		    k + 1);
		b->def = NULL;
		ui_blanks_defs[ui_blanks_n] = b;
		ui_blanks_where[ui_blanks_n] = NULL;
		ui_edit_init(&ui_blanks_edits[ui_blanks_n],
		    session_blank_value(ui->s, b), 40);
		ui_blanks_n++;
	}
}

/* The clause of field i, in the current resolution for an agency clause's. */
static const struct clause *
ui_blanks_clause(const struct ui *ui, size_t i)
{
	const char	*id = ui_blanks_defs[i]->id, *dot;
	size_t		 j;

	if (ui_blanks_where[i] != NULL)
		return ui_blanks_where[i];
	dot = strrchr(id, '.');
	for (j = 0; dot != NULL && j < session_res(ui->s)->nrows; j++) {
		const struct clause *cl = session_res(ui->s)->rows[j].clause;

		if (strlen(cl->id) == (size_t)(dot - id) &&
		    strncmp(cl->id, id, (size_t)(dot - id)) == 0)
			return cl;
	}
	return NULL;
}

/* The blanks of the adopted rows, in the order they first appear. */
static int
ui_blanks_enter(struct ui *ui)
{
	const struct resolved_row	*row;
	const struct blank_def		*b;
	size_t				 i, k, j;

	session_changed(ui->s);
	ui_blanks_clear();
	for (i = 0; i < session_res(ui->s)->nrows; i++) {
		row = &session_res(ui->s)->rows[i];
		if (row->state != ROW_ADOPTED)
			continue;
		if (row->custom) {
			ui_blanks_add_custom(ui, row);
			continue;
		}
		for (k = 0; k < row->clause->nblanks; k++) {
			b = &ui->cat->blanks[row->clause->blanks[k]];
			for (j = 0; j < ui_blanks_n; j++) {
				if (ui_blanks_defs[j] == b)
					break;
			}
			if (j < ui_blanks_n || ui_blanks_n == UI_BLANKS_MAX)
				continue;
			ui_blanks_defs[ui_blanks_n] = b;
			ui_blanks_where[ui_blanks_n] = row->clause;
			ui_edit_init(&ui_blanks_edits[ui_blanks_n],
			    session_blank_value(ui->s, b), 40);
			ui_blanks_n++;
		}
	}
	if (ui_blanks_n == 0)
		return 1;
	if (ui_blanks_cur >= ui_blanks_n)
		ui_blanks_cur = 0;
	return 0;
}

/*
 * The clause's text with every blank filled, the one being edited set in
 * 【】 as typed, even when empty (caller frees).
 */
static char *
ui_blanks_sentence(const struct ui *ui, const struct clause *cl,
    const struct blank_def *mine, const char *typed)
{
	const char		*p, *v;
	const struct blank_def	*b;
	char			*out = xstrdup(""), *t;
	size_t			 run, k = 0;

	for (p = cl->text; *p != '\0'; p += run) {
		for (run = 0; p[run] == '_'; run++)
			;
		if (run < 3) {
			run = run == 0 ? 1 : run;
			t = xasprintf("%s%.*s", out, (int)run, p);
		} else {
			b = k < cl->nblanks ? &ui->cat->blanks[cl->blanks[k]] :
			    ui_blanks_custom_def(cl, k);
			k++;
			v = b == mine && typed != NULL ? typed : b != NULL ?
			    session_blank_value(ui->s, b) : NULL;
			t = xasprintf(b == mine ? "%s【%s】" : "%s%s", out,
			    v != NULL && *v != '\0' ? v : "＿＿＿");
		}
		free(out);
		out = t;
	}
	return out;
}

static void
ui_blanks_draw(struct ui *ui)
{
	const struct blank_def	*b;
	size_t			 i;
	int			 y, h, cur_y = 0, vx = 36, fw;
	char			*s, *typed;

	/*
	 * The value column after the widest label ("▶ " and a gap), the
	 * field narrower for it down to 30 columns: a label is cut only
	 * past that, with a ….
	 */
	for (i = 0; i < ui_blanks_n; i++) {
		h = ui_draw_width(ui_blanks_defs[i]->label) + 5;
		vx = h > vx ? h : vx;
	}
	vx = vx > COLS - 32 ? COLS - 32 : vx;
	fw = COLS - vx - 2 < 41 ? COLS - vx - 2 : 41;

	ui_draw_frame(ui, _("↑↓/Enter field PgDn next Esc back F1 help F2 "
	    "save F3 open F10 quit"));
	h = ui_draw_wrap(2, 2, COLS - 4, 0, 3, _(ui->form->help), A_DIM);
	y = 2 + (h < 3 ? h : 3) + 1;
	for (i = 0; i < ui_blanks_n; i++, y += 2) {
		b = ui_blanks_defs[i];
		s = xasprintf("%s%s", i == ui_blanks_cur ? "▶ " : "  ",
		    b->label);
		/* A long one (an agency clause's id) ends in …, not cut short. */
		ui_draw_name(y, 2, vx - 3, s, i == ui_blanks_cur ? A_BOLD : 0);
		free(s);
		if (b->kind == BLANK_TIER) {
			s = xasprintf(_("%s (from the protection tier)"),
			    session_blank_value(ui->s, b));
			ui_draw_text(y, vx, COLS - vx - 2, s, ui_draw_attr(ui,
			    UI_ATTR_DIM));
			free(s);
		} else {
			ui_edit_draw(&ui_blanks_edits[i], y, vx, fw, 0,
			    ui_draw_attr(ui, UI_ATTR_FIELD));
			if (i == ui_blanks_cur)
				cur_y = y;
		}
	}
	/* The sentence around the blank under the cursor. */
	mvhline(y, 2, ACS_HLINE, COLS - 4);
	s = xstrdup(_("The row reads:"));
	ui_draw_text(y + 1, 2, COLS - 4, s, A_BOLD);
	free(s);
	typed = ui_blanks_defs[ui_blanks_cur]->kind == BLANK_TIER ? NULL :
	    ui_edit_value(&ui_blanks_edits[ui_blanks_cur]);
	s = ui_blanks_clause(ui, ui_blanks_cur) == NULL ? xstrdup("") :
	    ui_blanks_sentence(ui, ui_blanks_clause(ui, ui_blanks_cur),
	    ui_blanks_defs[ui_blanks_cur], typed);
	free(typed);
	ui_draw_wrap(y + 2, 2, COLS - 4, 0, LINES - 5 - y, s, 0);
	free(s);
	if (ui_blanks_defs[ui_blanks_cur]->kind != BLANK_TIER) {
		/* The room left, on the free line under the field. */
		typed = ui_edit_value(&ui_blanks_edits[ui_blanks_cur]);
		s = xasprintf(ngettext("%d of %d column left",
		    "%d of %d columns left",
		    (unsigned long)ui_blanks_edits[ui_blanks_cur].maxwidth),
		    ui_blanks_edits[ui_blanks_cur].maxwidth -
		    ui_draw_width(typed), ui_blanks_edits[ui_blanks_cur].maxwidth);
		ui_draw_text(cur_y + 1, vx, COLS - vx - 2, s,
		    ui_draw_attr(ui, UI_ATTR_DIM));
		free(s);
		free(typed);
		ui_edit_draw(&ui_blanks_edits[ui_blanks_cur], cur_y, vx, fw, 1,
		    ui_draw_attr(ui, UI_ATTR_FIELD));
		ui->textmode = 1;
	}
}

/* Say why v fills blank b with nothing (1), or clear the message (0). */
static int
ui_blanks_refuse(struct ui *ui, const struct blank_def *b, const char *v)
{
	if (*v == '\0')
		ui_message(ui, 1, _("%s must not be empty."), b->label);
	else if (answers_unfilled(v))
		ui_message(ui, 1, _("%s is not filled in: spaces and blank "
		    "lines (____) are no value."), b->label);
	else {
		ui_message(ui, 0, NULL);
		return 0;
	}
	return 1;
}

static enum ui_move
ui_blanks_key(struct ui *ui, const struct ui_key *k)
{
	const struct blank_def	*b;
	enum ui_move		 m;
	char			*v;
	int			 r;

	if (ui_field_key(k, &ui_blanks_cur, ui_blanks_n, &m))
		return m;
	if ((b = ui_blanks_defs[ui_blanks_cur])->kind == BLANK_TIER)
		return UI_STAY;
	if ((r = ui_edit_key(&ui_blanks_edits[ui_blanks_cur], k)) == -1) {
		if (k->cmd == CMD_CHAR)
			ui_message(ui, 1, k->burst ? ngettext("%s is full (%d "
			    "column): the rest of the paste was left out.",
			    "%s is full (%d columns): the rest of the paste "
			    "was left out.", (unsigned long)
			    ui_blanks_edits[ui_blanks_cur].maxwidth) :
			    ngettext("%s is full: it holds at most %d column.",
			    "%s is full: it holds at most %d columns.",
			    (unsigned long)
			    ui_blanks_edits[ui_blanks_cur].maxwidth),
			    b->label,
			    ui_blanks_edits[ui_blanks_cur].maxwidth);
		beep();
	} else if (r == 1) {
		v = ui_edit_value(&ui_blanks_edits[ui_blanks_cur]);
		/*
		 * An empty field is unset, so a default can never hide it;
		 * spaces or ____ fill nothing either, and are unset too.
		 */
		ui_blanks_refuse(ui, b, v);
		answers_set_blank(ui->s->answers, b->id, answers_unfilled(v) ?
		    NULL : v);
		free(v);
		session_changed(ui->s);
	}
	return UI_STAY;
}

static int
ui_blanks_leave(struct ui *ui)
{
	size_t	i;
	char	*v;

	for (i = 0; i < ui_blanks_n; i++) {
		if (ui_blanks_defs[i]->kind == BLANK_TIER)
			continue;
		v = ui_edit_value(&ui_blanks_edits[i]);
		if (ui_blanks_refuse(ui, ui_blanks_defs[i], v)) {
			ui_blanks_cur = i;
			free(v);
			return -1;
		}
		/* Keep the value explicitly, even when it is the default. */
		answers_set_blank(ui->s->answers, ui_blanks_defs[i]->id, v);
		free(v);
	}
	session_changed(ui->s);
	return 0;
}

const struct ui_screen ui_blanks_screen = {
	.id = "blanks",
	.enter = ui_blanks_enter,
	.draw = ui_blanks_draw,
	.key = ui_blanks_key,
	.leave = ui_blanks_leave,
};
