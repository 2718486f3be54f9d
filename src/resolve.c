/* resolve.c: the rules that decide which clauses apply, and the filling of their blanks. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "resolve.h"
#include "xmalloc.h"

static const char *const mark_symbols[MARK_COUNT] = { "●", "◎", "▲", "-" };

const char *
row_state_name(enum row_state s)
{
	static const char *const names[] = {
		"adopted", "not-adopted", "excluded", "elsewhere",
		"not-applicable", "undecided"
	};

	return names[s];
}

void
resolution_free(struct resolution *res)
{
	size_t	i;

	if (res == NULL)
		return;
	for (i = 0; i < res->nrows; i++) {
		free(res->rows[i].why);
		free(res->rows[i].text);
		free(res->rows[i].note);
	}
	free(res->rows);
	for (i = 0; i < res->nproblems; i++)
		free(res->problems[i]);
	free(res->problems);
	free(res->problem_about);
	free(res);
}

size_t
resolution_count(const struct resolution *res, enum row_state s)
{
	size_t	i, n = 0;

	for (i = 0; i < res->nrows; i++) {
		if (res->rows[i].state == s)
			n++;
	}
	return n;
}

static void
resolve_problem(struct resolution *res, enum problem_about about, char *msg)
{
	res->problems = xreallocarray(res->problems, res->nproblems + 1,
	    sizeof *res->problems);
	res->problem_about = xreallocarray(res->problem_about,
	    res->nproblems + 1, sizeof *res->problem_about);
	res->problem_about[res->nproblems] = about;
	res->problems[res->nproblems++] = msg;
}

/* The value of the k-th blank of a clause, or NULL when nothing fills it. */
static const char *
resolve_blank_value(const struct catalogue *cat, const struct answers *a,
    const struct clause *cl, size_t k)
{
	const struct blank_def	*b;
	const char		*v;

	if (k >= cl->nblanks)
		return NULL;
	b = &cat->blanks[cl->blanks[k]];
	if (b->kind == BLANK_TIER)
		return a->tier == -1 ? NULL : tier_label((enum tier)a->tier);
	if ((v = answers_blank(a, b->id)) != NULL)
		return v;
	return b->def;
}

/*
 * Replace each run of three or more underscores, in order, by the value of
 * the clause's next blank; *next counts blanks across text and note, and
 * *unfilled those with no value, which keep their underscores.  Two passes:
 * the first measures, the second writes.
 */
static char *
resolve_fill(const struct catalogue *cat, const struct answers *a,
    const struct clause *cl, const char *s, size_t *next, int *unfilled)
{
	const char	*p, *v;
	char		*out = NULL, *o = NULL;
	size_t		 run, k, size = 1;
	int		 pass;

	if (s == NULL)
		return NULL;
	for (pass = 0; pass < 2; pass++) {
		k = *next;
		if (pass == 1)
			out = o = xmalloc(size);
		for (p = s; *p != '\0'; p += run) {
			for (run = 0; p[run] == '_'; run++)
				;
			if (run < 3) {
				run = run == 0 ? 1 : run;
				v = NULL;
			} else if ((v = resolve_blank_value(cat, a, cl,
			    k++)) == NULL && pass == 1)
				(*unfilled)++;
			if (pass == 0)
				size += v != NULL ? strlen(v) : run;
			else if (v != NULL) {
				memcpy(o, v, strlen(v));
				o += strlen(v);
			} else {
				memcpy(o, p, run);
				o += run;
			}
		}
	}
	*o = '\0';
	*next = k;
	return out;
}

static void
resolve_row(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, struct resolved_row *row, struct resolution *res)
{
	const struct clause	*cl = row->clause;
	const struct rule_level	*lr;
	const char		*text, *tl = tier_label((enum tier)a->tier);
	enum context_key	 c;
	int			 choice;

	row->mark = cl->marks[a->tier];
	choice = answers_choice(a, cl->id, &text);

	if (row->mark == MARK_NONE) {
		row->state = ROW_NOT_APPLICABLE;
		row->basis = BASIS_MARK;
		row->why = xasprintf("「%s」級欄標示-（不適用）", tl);
		return;
	}
	if (choice == 'x') {
		row->state = ROW_EXCLUDED;
		row->basis = BASIS_CHOICE;
		row->why = xasprintf("機關排除（原標示%s），理由：%s",
		    mark_symbols[row->mark], text);
		return;
	}
	if (choice == 'e') {
		row->state = ROW_ELSEWHERE;
		row->basis = BASIS_CHOICE;
		row->why = xasprintf("另案辦理%s%s", text != NULL ? "：" : "",
		    text != NULL ? text : "");
		return;
	}

	switch (row->mark) {
	case MARK_REQUIRED:
		row->state = ROW_ADOPTED;
		row->basis = BASIS_MARK;
		row->why = xasprintf("「%s」級欄標示●（%s）", tl,
		    cat->legend[MARK_REQUIRED].text);
		return;
	case MARK_OPTIONAL:
		if (choice == 'i') {
			row->state = ROW_ADOPTED;
			row->basis = BASIS_CHOICE;
			row->why = xstrdup("標示◎，經機關評估個案有必要，選擇納入");
			return;
		}
		for (c = 0; c < CTX_COUNT; c++) {
			if (a->context[c] &&
			    rules_context_adopts(rules, c, cl->id)) {
				row->state = ROW_ADOPTED;
				row->basis = BASIS_CONTEXT;
				row->why = xasprintf("標示◎，本案%s，依說明納入",
				    rules->context[c].label);
				return;
			}
		}
		row->state = ROW_NOT_ADOPTED;
		row->basis = BASIS_MARK;
		row->why = xstrdup("標示◎，機關評估本案無必要，未納入");
		return;
	case MARK_BY_LEVEL:
		if (choice == 'i') {
			row->state = ROW_ADOPTED;
			row->basis = BASIS_CHOICE;
			row->why = xstrdup("標示▲，機關選擇納入本案");
			return;
		}
		lr = rules_level(rules, cl->id);
		if (a->level == -1 || lr == NULL ||
		    lr->decisions[a->level] == LEVEL_ASK) {
			row->state = ROW_UNDECIDED;
			row->basis = BASIS_LEVEL;
			row->why = xstrdup("標示▲，須由機關決定");
			if (a->level != -1)
				resolve_problem(res, ABOUT_ROW,
				    xasprintf(_("row %s (%s): agency level %s "
				    "does not decide this ▲ row; add it to "
				    "include, exclude "
				    "(with a reason) or elsewhere"), cl->id,
				    cl->text, answers_level_name(a->level)));
			return;
		}
		row->basis = BASIS_LEVEL;
		if (lr->decisions[a->level] == LEVEL_REQUIRED) {
			row->state = ROW_ADOPTED;
			row->why = xasprintf("標示▲，機關資通安全責任等級%s級應辦"
			    "（%s）", answers_level_name(a->level), lr->basis);
		} else {
			row->state = ROW_NOT_ADOPTED;
			row->why = xasprintf("標示▲，非機關資通安全責任等級%s級"
			    "應辦事項（%s）", answers_level_name(a->level),
			    lr->basis);
		}
		return;
	case MARK_NONE:
		break;
	}
}

struct resolution *
resolve(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a)
{
	struct resolution	*res;
	struct resolved_row	*row;
	size_t			 i, next;
	int			 has_level_rows = 0;

	res = xcalloc(1, sizeof *res);
	if (a->category == NULL ||
	    (res->category = catalogue_category(cat, a->category)) == NULL) {
		resolve_problem(res, ABOUT_CATEGORY,
		    xstrdup(_("no procurement category chosen")));
		return res;
	}
	if (a->tier == -1) {
		resolve_problem(res, ABOUT_TIER,
		    xstrdup(_("no system protection tier chosen")));
		return res;
	}
	res->rows = xcalloc(res->category->nclauses, sizeof *res->rows);
	res->nrows = res->category->nclauses;
	for (i = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		row->clause = &res->category->clauses[i];
		if (row->clause->marks[a->tier] == MARK_BY_LEVEL)
			has_level_rows = 1;
	}
	if (has_level_rows && a->level == -1)
		resolve_problem(res, ABOUT_LEVEL,
		    xstrdup(_("no agency responsibility level (A-E) "
		    "chosen; this category has ▲ rows")));
	for (i = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		resolve_row(cat, rules, a, row, res);
		next = 0;
		row->text = resolve_fill(cat, a, row->clause,
		    row->clause->text, &next, &row->unfilled);
		row->note = resolve_fill(cat, a, row->clause,
		    row->clause->note, &next, &row->unfilled);
		if (row->state == ROW_ADOPTED && row->unfilled > 0)
			resolve_problem(res, ABOUT_BLANK,
			    xasprintf(_("row %s has %d unfilled blank(s): "
			    "%s"), row->clause->id,
			    row->unfilled, row->clause->text));
	}
	if (a->agency == NULL)
		resolve_problem(res, ABOUT_CASE,
		    xstrdup(_("the case lacks the agency")));
	if (a->name == NULL)
		resolve_problem(res, ABOUT_CASE,
		    xstrdup(_("the case lacks its name")));
	if (a->number == NULL)
		resolve_problem(res, ABOUT_CASE,
		    xstrdup(_("the case lacks its number")));
	if (a->date == NULL)
		resolve_problem(res, ABOUT_CASE,
		    xstrdup(_("the case lacks its date")));
	return res;
}
