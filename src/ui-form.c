/* ui-form.c: the input screens that forms/wizard.yaml declares: case, category, tier, level and case facts. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "i18n.h"
#include "session.h"
#include "ui-dialog.h"
#include "ui-draw.h"
#include "ui-edit.h"
#include "ui-screen.h"
#include "ui.h"
#include "xmalloc.h"

#define UI_FORM_MAXFIELDS	16
#define UI_FORM_LABEL		44	/* most columns of the label column */
#define UI_FORM_DATE_WIDTH	24	/* 中華民國115年12月1日 and room to spare */

/* The step on screen: its visible fields, the cursor and the editors. */
static const struct form_step	*ui_form_step;
static const struct form_field	*ui_form_fields[UI_FORM_MAXFIELDS];
static struct ui_edit		 ui_form_edits[UI_FORM_MAXFIELDS];
static size_t			 ui_form_n;
static size_t			 ui_form_cur;
static size_t			 ui_form_pick;	/* highlighted choice, list mode */

/* Which of the tier helper's ratings the field id is (impact-KEY), or -1. */
static int
ui_form_impact(const char *id)
{
	int	i;

	if (strncmp(id, "impact-", strlen("impact-")) != 0)
		return -1;
	for (i = 0; i < ANSWERS_IMPACTS; i++) {
		if (strcmp(id + strlen("impact-"),
		    impact_name((enum impact)i)) == 0)
			return i;
	}
	return -1;
}

/* A field's value as the forms spell it, or NULL when unset. */
static const char *
ui_form_get(struct ui *ui, const char *id)
{
	int	i;

	if ((i = ui_form_impact(id)) != -1)
		return ui->s->answers->impacts[i] == -1 ? NULL :
		    tier_name((enum tier)ui->s->answers->impacts[i]);
	return answers_field_get(ui->s->answers, id);
}

/* The route, and what became of the procurement method. */
static void
ui_form_set_route(struct ui *ui, const char *v)
{
	switch (session_set_route(ui->s, v)) {
	case SESSION_METHOD_ASIDE:
		ui_message(ui, 0, _("The procurement method is set aside: an "
		    "order under the contract has none."));
		break;
	case SESSION_METHOD_BACK:
		ui_message(ui, 0, _("The procurement method chosen before is "
		    "back."));
		break;
	}
}

static void
ui_form_set(struct ui *ui, const char *id, const char *v)
{
	const struct form_field	*tf;
	const struct form_choice *c;
	const char	*was;
	size_t		 dropped;
	int		 i, moved;

	if (strcmp(id, "category") == 0) {
		was = ui->s->answers->category;
		moved = was != NULL && v != NULL && strcmp(was, v) != 0;
		/* The model keeps each category's decisions for a return. */
		dropped = session_set_category(ui->s, v);
		/*
		 * Agency clauses belong to the answers, not to a category:
		 * the buyer hears that first.  A first choice has nothing to
		 * say.  Each message fits the status line at 80 columns.
		 */
		if (moved && ui->s->answers->ncustom > 0)
			ui_message(ui, 0, ngettext("%zu agency clause kept: it "
			    "goes in this appendix too, under its group.",
			    "%zu agency clauses kept: they go in this appendix "
			    "too, each under its group.",
			    ui->s->answers->ncustom), ui->s->answers->ncustom);
		else if (dropped > 0)
			ui_message(ui, 0, ngettext("This category starts with "
			    "the %zu decision made for it earlier.", "This "
			    "category starts with the %zu decisions made for it "
			    "earlier.", dropped), dropped);
		else if (moved)
			ui_message(ui, 0, _("Starts with the table's marks; the "
			    "other category's decisions are kept."));
		return;
	} else if (strcmp(id, "tier") == 0)
		session_set_tier(ui->s, v != NULL ? tier_from_name(v) : -1);
	else if ((i = ui_form_impact(id)) != -1) {
		if (session_set_impact(ui->s, i, v != NULL ? tier_from_name(v) :
		    -1) == 1 && (tf = forms_field(ui_form_step, "tier")) !=
		    NULL && (c = forms_choice(tf, tier_name((enum tier)
		    ui->s->answers->tier))) != NULL && c->label != NULL)
			ui_message(ui, 0, _("All four aspects are rated: the "
			    "tier is now the highest rating, %s."), _(c->label));
	}
	else if (strcmp(id, "route") == 0)
		ui_form_set_route(ui, v);
	else if (answers_field_set(ui->s->answers, id, v) != 0 &&
	    strcmp(id, "method") == 0)
		ui_message(ui, 1, _("No method for an order under the contract "
		    "(step 6 sets the route)."));
	if (strcmp(id, "tier") == 0 || ui_form_impact(id) != -1) {
		if ((dropped = session_set_aside(ui->s)) > 0)
			ui_message(ui, 0, ngettext("%zu earlier decision does "
			    "not apply at this tier; it comes back with a tier "
			    "that allows it.", "%zu earlier decisions do not "
			    "apply at this tier; they come back with a tier that "
			    "allows them.", dropped), dropped);
	}
	session_changed(ui->s);
}

static int
ui_form_visible(struct ui *ui, const struct form_field *fl)
{
	const struct category	*cg;

	switch (fl->when) {
	case WHEN_CLOUD:
		cg = ui->s->answers->category != NULL ?
		    catalogue_category(ui->cat, ui->s->answers->category) : NULL;
		return cg != NULL && cg->cloud;
	case WHEN_BY_LEVEL:
		return session_by_level(ui->s);
	default:
		return 1;
	}
}

static int
ui_form_list_mode(void)
{
	return ui_form_n == 1 && ui_form_fields[0]->kind == FORM_CHOICE;
}

static void
ui_form_clear(void)
{
	size_t	i;

	for (i = 0; i < ui_form_n; i++)
		ui_edit_free(&ui_form_edits[i]);
	ui_form_n = 0;
}

/* Today, as the answers keep dates (caller frees). */
static char *
ui_form_today(void)
{
	struct tm	tm;
	time_t		now = time(NULL);
	char		buf[16];

	localtime_r(&now, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
	return xstrdup(buf);
}

/* Gather the visible fields of the step and start their editors. */
static int
ui_form_enter(struct ui *ui)
{
	const struct form_step	*st = ui->form;
	const struct form_field	*fl;
	const char		*v;
	size_t			 i;
	char			*today;

	ui_form_clear();
	if (st != ui_form_step)
		ui_form_cur = 0;
	ui_form_step = st;
	for (i = 0; i < st->nfields && ui_form_n < UI_FORM_MAXFIELDS; i++) {
		fl = &st->fields[i];
		if (!ui_form_visible(ui, fl))
			continue;
		if (fl->kind == FORM_DATE && ui_form_get(ui, fl->id) == NULL) {
			today = ui_form_today();
			session_set_default(ui->s, fl->id, today);
			free(today);
		}
		ui_edit_init(&ui_form_edits[ui_form_n], ui_form_get(ui, fl->id),
		    fl->kind == FORM_DATE ? UI_FORM_DATE_WIDTH : fl->width);
		ui_form_fields[ui_form_n++] = fl;
	}
	if (ui_form_n == 0)
		return 1;	/* nothing to ask: the step does not apply */
	if (ui_form_cur >= ui_form_n)
		ui_form_cur = 0;
	if (ui_form_list_mode()) {
		fl = ui_form_fields[0];
		v = ui_form_get(ui, fl->id);
		ui_form_pick = 0;
		for (i = 0; i < fl->nchoices; i++) {
			if (v != NULL && strcmp(fl->choices[i].value, v) == 0)
				ui_form_pick = i;
		}
	}
	return 0;
}

/* How a choice is named: its label, or for a category the table's name. */
static const char *
ui_form_choice_label(struct ui *ui, const struct form_field *fl,
    const struct form_choice *c)
{
	const struct category	*cg;

	if (c->label != NULL)
		return _(c->label);
	if (strcmp(fl->id, "category") == 0 &&
	    (cg = catalogue_category(ui->cat, c->value)) != NULL)
		return cg->name;
	return c->value;
}

static void
ui_form_draw_list(struct ui *ui)
{
	const struct form_field	*fl = ui_form_fields[0];
	const struct form_choice *c;
	const struct category	*cg;
	const char		*cur = ui_form_get(ui, fl->id);
	size_t			 i;
	int			 y = 2, w, attr, h;
	char			*s;

	ui_draw_text(y, 2, COLS - 4, _(fl->label), A_BOLD);
	/* As wide as the longest name, leaving the panel 31 columns. */
	w = 0;
	for (i = 0; i < fl->nchoices; i++) {
		h = ui_draw_width(ui_form_choice_label(ui, fl,
		    &fl->choices[i])) + 4;
		w = h > w ? h : w;
	}
	w = w > COLS - 38 ? COLS - 38 : w < 30 ? 30 : w;
	for (i = 0; i < fl->nchoices; i++) {
		c = &fl->choices[i];
		attr = i == ui_form_pick ? ui_draw_attr(ui, UI_ATTR_SELECT) : 0;
		if (attr != 0)
			ui_draw_bar(ui, y + 2 + (int)i, 2, w);
		s = xasprintf("%s %s", cur != NULL && strcmp(cur, c->value) ==
		    0 ? "●" : "○", ui_form_choice_label(ui, fl, c));
		ui_draw_name(y + 2 + (int)i, 3, w - 2, s, attr);
		free(s);
	}
	/* The panel: what the highlighted choice covers. */
	c = &fl->choices[ui_form_pick];
	mvvline(y + 2, w + 3, ACS_VLINE, LINES - 7);
	h = ui_draw_wrap(y + 2, w + 5, COLS - w - 7, 0, LINES - 8,
	    ui_form_choice_label(ui, fl, c), A_BOLD);
	h += ui_draw_wrap(y + 3 + h, w + 5, COLS - w - 7, 0, LINES - 9 - h,
	    _(c->help), 0);
	if (strcmp(fl->id, "category") == 0 &&
	    (cg = catalogue_category(ui->cat, c->value)) != NULL) {
		s = xasprintf(ngettext("%zu row in the table.%s",
		    "%zu rows in the table.%s", cg->nclauses), cg->nclauses,
		    cg->cloud ? _(" May be ordered through the joint supply "
		    "contract.") : "");
		ui_draw_wrap(y + 4 + h, w + 5, COLS - w - 7, 0, 3, s, A_DIM);
		free(s);
	}
}

/*
 * Under the field being typed in: the room left, and for a date the forms
 * it takes, or the date read in the ROC form.
 */
static void
ui_form_draw_room(struct ui *ui, const struct ui_edit *e,
    const struct form_field *fl, int y, int x, int w)
{
	char	*v, *s, iso[11], roc[DATE_ROC_MAX];
	int	 used;

	v = ui_edit_value(e);
	used = ui_draw_width(v);
	if (fl->kind == FORM_DATE) {
		if (date_parse(v, iso) == 0 && date_roc(iso, roc,
		    sizeof roc) == 0)
			s = xasprintf("= %s (%s)", roc, iso);
		else
			s = xstrdup(_("2026-12-01, 115/12/01, 115.12.01 or "
			    "民國115年12月1日"));
	} else
		s = xasprintf(ngettext("%d of %d column left",
		    "%d of %d columns left", (unsigned long)e->maxwidth),
		    e->maxwidth - used, e->maxwidth);
	ui_draw_text(y, x, w, s, ui_draw_attr(ui, UI_ATTR_DIM));
	free(s);
	free(v);
}

static void
ui_form_draw_fields(struct ui *ui)
{
	const struct form_field	*fl;
	const struct form_choice *c;
	const char		*v, *warn;
	size_t			 i;
	int			 y = 2, vx = 0, vw, attr, h, lw, gap, room, wh;
	int			 cur_y = 0;
	char			*s;

	/*
	 * The value column starts after the widest label, with room for the
	 * cursor's "▶ ", the required mark " *" and a gap.
	 */
	for (i = 0; i < ui_form_n; i++) {
		lw = ui_draw_width(_(ui_form_fields[i]->label)) + 8;
		vx = lw > vx ? lw : vx;
	}
	vx = vx > UI_FORM_LABEL ? UI_FORM_LABEL : vx < 20 ? 20 : vx;

	h = ui_draw_wrap(y, 2, COLS - 4, 0, 4, _(ui_form_step->help), A_DIM);
	y += (h < 4 ? h : 4) + 1;
	vw = COLS - vx - 2;
	/*
	 * A blank line between fields while the help below keeps four lines;
	 * the case facts (seven or eight) go one a line at 80x24.
	 */
	gap = y + 2 * (int)ui_form_n + 4 <= LINES - 3 ? 2 : 1;
	for (i = 0; i < ui_form_n; i++, y += gap) {
		fl = ui_form_fields[i];
		if (i == ui_form_cur)
			cur_y = y;
		attr = i == ui_form_cur ? A_BOLD : 0;
		s = xasprintf("%s%s%s", i == ui_form_cur ? "▶ " : "  ",
		    _(fl->label), fl->required ? " *" : "");
		ui_draw_text(y, 2, vx - 3, s, attr);
		free(s);
		v = ui_form_get(ui, fl->id);
		switch (fl->kind) {
		case FORM_TEXT:
		case FORM_DATE:
			ui_edit_draw(&ui_form_edits[i], y, vx,
			    vw < fl->width + 1 ? vw : fl->width + 1,
			    0, ui_draw_attr(ui, UI_ATTR_FIELD));
			break;
		case FORM_CHOICE:
			c = forms_choice(fl, v);
			s = xasprintf("‹ %s ›", c != NULL ?
			    ui_form_choice_label(ui, fl, c) : "—");
			ui_draw_text(y, vx, vw, s, i == ui_form_cur ?
			    ui_draw_attr(ui, UI_ATTR_SELECT) : 0);
			free(s);
			break;
		case FORM_YESNO:
			/* A case fact a file of format 1 could not state. */
			s = v == NULL ? xasprintf("[?] %s", _("Not answered")) :
			    xasprintf("[%s] %s", strcmp(v, "yes") == 0 ? "x" :
			    " ", strcmp(v, "yes") == 0 ? _("Yes") : _("No"));
			ui_draw_text(y, vx, vw, s, i == ui_form_cur ?
			    ui_draw_attr(ui, UI_ATTR_SELECT) : 0);
			free(s);
			break;
		}
	}
	/* The help of the field under the cursor, and of its choice. */
	fl = ui_form_fields[ui_form_cur];
	if (gap == 1)
		y++;
	y++;
	mvhline(y - 1, 2, ACS_HLINE, COLS - 4);
	room = LINES - 2 - y;
	h = ui_draw_wrap(y, 2, COLS - 4, 0, room, _(fl->help), 0);
	/*
	 * The choice's help says what the value means; a warning about the
	 * tier comes after it, to read against it, and goes first for room:
	 * a help that does not fit whole is left out, never cut.  The tier's
	 * warning belongs to its step; a later step shows only what its own
	 * field (critical infrastructure) says of the tier, under that field.
	 */
	warn = NULL;
	if (strcmp(ui_form_step->id, "tier") == 0)
		warn = session_tier_warning(ui->s);
	else if (strcmp(fl->id, "critical_infrastructure") == 0)
		warn = session_cii_warning(ui->s);
	wh = warn != NULL ? ui_draw_wrap(0, 0, COLS - 4, 0, 0, _(warn), 0) : 0;
	if (fl->kind == FORM_CHOICE &&
	    (c = forms_choice(fl, ui_form_get(ui, fl->id))) != NULL &&
	    h + wh + ui_draw_wrap(0, 0, COLS - 4, 0, 0, _(c->help), 0) <= room)
		h += ui_draw_wrap(y + h, 2, COLS - 4, 0, room - h, _(c->help),
		    A_DIM);
	if (warn != NULL)
		ui_draw_wrap(y + h, 2, COLS - 4, 0, room - h, _(warn),
		    ui_draw_attr(ui, UI_ATTR_ERROR));
	/* The cursor last, in the field being typed in. */
	fl = ui_form_fields[ui_form_cur];
	if ((fl->kind == FORM_TEXT || fl->kind == FORM_DATE) && gap == 2)
		ui_form_draw_room(ui, &ui_form_edits[ui_form_cur], fl,
		    cur_y + 1, vx, vw);
	if (fl->kind == FORM_TEXT || fl->kind == FORM_DATE) {
		ui_edit_draw(&ui_form_edits[ui_form_cur], cur_y, vx,
		    vw < fl->width + 1 ? vw : fl->width + 1, 1,
		    ui_draw_attr(ui, UI_ATTR_FIELD));
		ui->textmode = 1;
	}
}

static void
ui_form_draw(struct ui *ui)
{
	if (ui_form_list_mode()) {
		ui_draw_frame(ui, _("↑↓ choose Enter on ^N next Esc back F1 help "
		    "F2 save F3 open F10 quit"));
		ui_form_draw_list(ui);
	} else {
		ui_draw_frame(ui, _("↑↓/Enter field ←→ change PgDn next Esc back "
		    "F1 help F2 save F3 open F10 quit"));
		ui_form_draw_fields(ui);
	}
}

/* Move a choice field's value by dir, through unset for optional ones. */
static void
ui_form_cycle(struct ui *ui, const struct form_field *fl, int dir)
{
	const char	*v = ui_form_get(ui, fl->id);
	long		 n = (long)fl->nchoices, i = -1, j;

	for (j = 0; j < n; j++) {
		if (v != NULL && strcmp(fl->choices[j].value, v) == 0)
			i = j;
	}
	/*
	 * The ends stop: one press too many must not turn the lowest tier
	 * into the highest.  From unset, Right takes the first choice and
	 * Left the last; an optional field's unset lies before the first.
	 */
	j = i == -1 ? (dir > 0 ? 0 : n - 1) : i + dir;
	if (j >= n || j < (fl->required ? 0 : -1)) {
		beep();
		return;
	}
	ui_form_set(ui, fl->id, j == -1 ? NULL : fl->choices[j].value);
}

static enum ui_move
ui_form_key_list(struct ui *ui, const struct ui_key *k)
{
	const struct form_field	*fl = ui_form_fields[0];

	switch (k->cmd) {
	case CMD_UP:
		if (ui_form_pick > 0)
			ui_form_pick--;
		return UI_STAY;
	case CMD_DOWN:
		if (ui_form_pick + 1 < fl->nchoices)
			ui_form_pick++;
		return UI_STAY;
	case CMD_HOME:
		ui_form_pick = 0;
		return UI_STAY;
	case CMD_END:
		ui_form_pick = fl->nchoices - 1;
		return UI_STAY;
	case CMD_TOGGLE:
		ui_form_set(ui, fl->id, fl->choices[ui_form_pick].value);
		return UI_STAY;
	case CMD_ENTER:
		ui_form_set(ui, fl->id, fl->choices[ui_form_pick].value);
		return UI_NEXT;
	case CMD_PGDN:
	case CMD_NEXT:
		return UI_NEXT;
	default:
		return UI_STAY;
	}
}

static enum ui_move
ui_form_key(struct ui *ui, const struct ui_key *k)
{
	const struct form_field	*fl;
	enum ui_move		 m;
	char			*v, iso[11];
	int			 r;

	if (ui_form_list_mode())
		return ui_form_key_list(ui, k);
	if (ui_field_key(k, &ui_form_cur, ui_form_n, &m))
		return m;
	fl = ui_form_fields[ui_form_cur];
	switch (fl->kind) {
	case FORM_TEXT:
	case FORM_DATE:
		r = ui_edit_key(&ui_form_edits[ui_form_cur], k);
		if (r == -1) {
			if (k->cmd == CMD_CHAR)
				ui_message(ui, 1, k->burst ? ngettext("%s is "
				    "full (%d column): the rest of the paste "
				    "was left out.", "%s is full (%d columns): "
				    "the rest of the paste was left out.",
				    (unsigned long)ui_form_edits[ui_form_cur].
				    maxwidth) : ngettext("%s is full: it holds "
				    "at most %d column.", "%s is full: it holds "
				    "at most %d columns.", (unsigned long)
				    ui_form_edits[ui_form_cur].maxwidth),
				    _(fl->label),
				    ui_form_edits[ui_form_cur].maxwidth);
			beep();
			return UI_STAY;
		}
		if (r == 1) {
			/* Every keystroke reaches the answers: nothing is lost. */
			v = ui_edit_value(&ui_form_edits[ui_form_cur]);
			if (fl->kind == FORM_DATE) {
				/* Only a whole date: a draft must load. */
				ui_form_set(ui, fl->id, date_parse(v, iso) == 0 ?
				    iso : NULL);
			} else
				ui_form_set(ui, fl->id, v);
			free(v);
		}
		return UI_STAY;
	case FORM_CHOICE:
		if (k->cmd == CMD_LEFT)
			ui_form_cycle(ui, fl, -1);
		else if (k->cmd == CMD_RIGHT || k->cmd == CMD_TOGGLE)
			ui_form_cycle(ui, fl, 1);
		return UI_STAY;
	case FORM_YESNO:
		if (k->cmd == CMD_TOGGLE || k->cmd == CMD_LEFT ||
		    k->cmd == CMD_RIGHT)
			ui_form_set(ui, fl->id, ui_form_get(ui, fl->id) !=
			    NULL && strcmp(ui_form_get(ui, fl->id), "yes") ==
			    0 ? "no" : "yes");
		else if (k->cmd == CMD_CHAR && (k->ch == 'y' || k->ch == 'n'))
			ui_form_set(ui, fl->id, k->ch == 'y' ? "yes" : "no");
		return UI_STAY;
	}
	return UI_STAY;
}

static const char ui_form_not_a_date[] = N_("is not a date: type "
    "2026-12-01, 115/12/01, 115.12.01 or 民國115年12月1日");

/* Whether typed is something other than blank or a date. */
static int
ui_form_bad_date(const char *typed)
{
	char	iso[11];

	return !answers_blank_text(typed) && (date_parse(typed, iso) != 0 ||
	    !answers_valid_date(iso));
}

/* Why field i's value cannot be accepted, or NULL. */
static const char *
ui_form_invalid(struct ui *ui, size_t i)
{
	const struct form_field	*fl = ui_form_fields[i];
	const char		*why = NULL;
	char			*typed = NULL;

	if (fl->kind == FORM_TEXT || fl->kind == FORM_DATE)
		typed = ui_edit_value(&ui_form_edits[i]);
	if (fl->required && fl->kind == FORM_YESNO &&
	    ui_form_get(ui, fl->id) == NULL)
		why = _("is not answered: y for yes, n for no");
	else if (fl->required && answers_blank_text(typed != NULL ? typed :
	    ui_form_get(ui, fl->id)))
		why = _("is required");
	else if (fl->kind == FORM_DATE && ui_form_bad_date(typed))
		why = _(ui_form_not_a_date);
	free(typed);
	return why;
}

static int
ui_form_leave(struct ui *ui)
{
	const char	*why;
	size_t		 i;

	for (i = 0; i < ui_form_n; i++) {
		if ((why = ui_form_invalid(ui, i)) != NULL) {
			ui_message(ui, 1, "%s %s", _(ui_form_fields[i]->label),
			    why);
			ui_form_cur = i;
			return -1;
		}
	}
	return 0;
}

/*
 * A date typed that is none cannot go into the answers: saving would
 * drop it without a word, so F2 waits until it is mended or cleared.
 */
static int
ui_form_save(struct ui *ui)
{
	char	*typed;
	size_t	 i;
	int	 bad;

	for (i = 0; i < ui_form_n; i++) {
		if (ui_form_fields[i]->kind != FORM_DATE)
			continue;
		typed = ui_edit_value(&ui_form_edits[i]);
		bad = ui_form_bad_date(typed);
		free(typed);
		if (!bad)
			continue;
		ui_message(ui, 1, _("Not saved: %s %s"),
		    _(ui_form_fields[i]->label), _(ui_form_not_a_date));
		ui_form_cur = i;
		return -1;
	}
	return 0;
}

#define UI_FORM_SCREEN(name, step)			\
	const struct ui_screen name = {			\
		.id = step,				\
		.enter = ui_form_enter,			\
		.draw = ui_form_draw,			\
		.key = ui_form_key,			\
		.leave = ui_form_leave,			\
		.save = ui_form_save,			\
	}

UI_FORM_SCREEN(ui_form_case_screen, "case");
UI_FORM_SCREEN(ui_form_category_screen, "category");
UI_FORM_SCREEN(ui_form_tier_screen, "tier");
UI_FORM_SCREEN(ui_form_level_screen, "level");
UI_FORM_SCREEN(ui_form_context_screen, "context");
