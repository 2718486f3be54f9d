/* resolve.c: the rules that decide which clauses apply, and the filling of their blanks. */
/* SPDX-License-Identifier: MIT */
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
		free(res->rows[i].reason);
		free(res->rows[i].text);
		free(res->rows[i].note);
	}
	free(res->rows);
	for (i = 0; i < res->ncustom; i++) {
		free(res->custom[i].id);
		free(res->custom[i].group);
		free(res->custom[i].text);
		free(res->custom[i].note);
	}
	free(res->custom);
	for (i = 0; i < res->nproblems; i++)
		free(res->problems[i]);
	free(res->problems);
	free(res->problem_about);
	free(res->problem_fact);
	for (i = 0; i < res->nwarnings; i++)
		free(res->warnings[i]);
	free(res->warnings);
	free(res->citation);
	free(res);
}

void
version_changes_free(struct version_change *c, size_t n)
{
	size_t	i;

	for (i = 0; c != NULL && i < n; i++)
		free(c[i].why);
	free(c);
}

size_t
resolve_changes(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res,
    struct version_change **out)
{
	struct answers		*b;
	struct resolution	*now;
	size_t			 i, n = 0;

	*out = NULL;
	if (res->version == rules->in_force || res->category == NULL)
		return 0;
	b = answers_copy(a);
	answers_set(&b->rules_version, rules->in_force->id);
	now = resolve(cat, rules, b);
	for (i = 0; i < res->nrows && i < now->nrows; i++) {
		if (res->rows[i].state == now->rows[i].state)
			continue;
		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n].clause = res->rows[i].clause;
		(*out)[n].from = res->rows[i].state;
		(*out)[n].to = now->rows[i].state;
		(*out)[n].why = resolved_row_why(&now->rows[i]);
		n++;
	}
	resolution_free(now);
	answers_free(b);
	return n;
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

void
resolution_problem(struct resolution *res, enum problem_about about,
    int fact, char *msg)
{
	res->problems = xreallocarray(res->problems, res->nproblems + 1,
	    sizeof *res->problems);
	res->problem_about = xreallocarray(res->problem_about,
	    res->nproblems + 1, sizeof *res->problem_about);
	res->problem_fact = xreallocarray(res->problem_fact,
	    res->nproblems + 1, sizeof *res->problem_fact);
	res->problem_about[res->nproblems] = about;
	res->problem_fact[res->nproblems] = fact;
	res->problems[res->nproblems++] = msg;
}

static void
resolve_problem(struct resolution *res, enum problem_about about, char *msg)
{
	resolution_problem(res, about, -1, msg);
}

/* The problem of case fact k left unanswered, named by label; caller frees. */
static char *
resolve_fact_problem(const char *label, int k)
{
	/* TRANSLATORS: "... whether: 涉及重要對外服務 (context: external_service)"; the first %s is the fact as the wizard's form asks it. */
	return xasprintf(_("the case facts do not say whether: %s (context: "
	    "%s)"), label != NULL ? label : context_name((enum context_key)k),
	    context_name((enum context_key)k));
}

void
resolution_name_facts(struct resolution *res, const struct rules *rules,
    const char *const labels[CTX_COUNT])
{
	size_t	i;
	int	k;

	for (i = 0; i < res->nproblems; i++) {
		if ((k = res->problem_fact[i]) < 0 || k >= CTX_COUNT ||
		    res->problem_about[i] != ABOUT_CONTEXT)
			continue;
		free(res->problems[i]);
		res->problems[i] = resolve_fact_problem(labels[k] != NULL ?
		    labels[k] : rules->context_labels[k], k);
	}
}

/* The value of the k-th blank of a clause, or NULL when nothing fills it. */
static const char *
resolve_blank_value(const struct catalogue *cat, const struct answers *a,
    const struct clause *cl, size_t k)
{
	const struct blank_def	*b;
	const char		*v;
	char			*id;

	/*
	 * An agency clause has no blanks of the catalogue: its are ID.1,
	 * ID.2, ... in the answers.
	 */
	if (k >= cl->nblanks || cl->blanks == NULL) {
		if (cl->nblanks > 0 || answers_custom(a, cl->id) == NULL)
			return NULL;
		id = xasprintf("%s.%zu", cl->id, k + 1);
		v = answers_blank(a, id);
		free(id);
		return v;
	}
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
resolve_warning(struct resolution *res, char *msg)
{
	res->warnings = xreallocarray(res->warnings, res->nwarnings + 1,
	    sizeof *res->warnings);
	res->warnings[res->nwarnings++] = msg;
}

char *
resolve_citation(const struct rule_version *v)
{
	return xasprintf("%s%s%s%s修正", v->source.title, v->source.date_roc,
	    v->source.issuer, v->source.reference);
}

char *
resolved_row_why(const struct resolved_row *row)
{
	if (row->cite == NULL)
		return xstrdup(row->reason);
	return xasprintf("%s（%s%s%s）", row->reason,
	    row->cite_with != NULL ? row->cite_with : "",
	    row->cite_with != NULL ? "；" : "", row->cite);
}

/* The first trigger naming the item, or NULL. */
static const struct rule_trigger *
resolve_trigger(const struct rules *rules, const char *item)
{
	size_t	i, j;

	for (i = 0; i < rules->ntriggers; i++) {
		for (j = 0; j < rules->triggers[i].nitems; j++) {
			if (strcmp(rules->triggers[i].items[j], item) == 0)
				return &rules->triggers[i];
		}
	}
	return NULL;
}

/* 「公務機關B級」, or 「機關」 and the level when the type is not known. */
static char *
resolve_agency(const struct answers *a)
{
	return xasprintf("%s%s級", a->agency_type == -1 ? "機關" :
	    agency_type_label((enum agency_type)a->agency_type),
	    answers_level_name(a->level));
}

/* A ▲ row as the version's level rule decides it for the facts. */
static void
resolve_level_row(const struct answers *a,
    const struct rule_facts *f, int choice, struct resolved_row *row,
    struct resolution *res, unsigned *missing)
{
	const struct clause		*cl = row->clause;
	const struct rule_level		*lr;
	const struct rule_decision	*d = NULL;
	char				*who;

	lr = rules_version_level(res->version, cl->id);
	if (lr != NULL)
		d = rules_decide(lr, f, missing);
	row->open = d == NULL || d->decision == LEVEL_ASK;
	row->basis = BASIS_LEVEL;
	who = resolve_agency(a);
	if (choice == 'i' && d != NULL && d->decision == LEVEL_REQUIRED) {
		/* The level's basis stands; the include adds nothing. */
		row->state = ROW_ADOPTED;
		row->reason = xasprintf("標示▲，%s應辦：%s", who, d->basis);
		row->cite = res->citation;
		resolve_warning(res, xasprintf(_("row %s is included, but the "
		    "rules already require it at this level; the include is "
		    "redundant"), cl->id));
	} else if (choice == 'i') {
		row->state = ROW_ADOPTED;
		row->basis = BASIS_CHOICE;
		row->reason = xstrdup("標示▲，機關選擇納入本案");
	} else if (lr == NULL || a->level == -1) {
		row->state = ROW_UNDECIDED;
		row->reason = xstrdup("標示▲，須由機關決定");
	} else if (d == NULL) {
		/* Facts are missing: resolve() names them once. */
		row->state = ROW_UNDECIDED;
		row->reason = xstrdup("標示▲，須先回答機關類型或本案事實，方能依分級辦法決定");
	} else if (d->decision == LEVEL_ASK) {
		row->state = ROW_UNDECIDED;
		row->reason = xasprintf("標示▲，須由機關決定：%s", d->why);
		row->cite_with = d->basis;
		row->cite = res->citation;
		resolve_problem(res, ABOUT_ROW, xasprintf(_("row %s (%s): the "
		    "rules do not decide this ▲ row for this agency (%s); add "
		    "it to include, exclude (with a reason) or elsewhere"),
		    cl->id, cl->text, d->why));
	} else if (d->decision == LEVEL_REQUIRED) {
		row->state = ROW_ADOPTED;
		row->reason = xasprintf("標示▲，%s應辦：%s", who, d->basis);
		row->cite = res->citation;
	} else {
		row->state = ROW_NOT_ADOPTED;
		row->reason = xasprintf("標示▲，%s無此應辦事項：%s", who,
		    d->basis);
		row->cite = res->citation;
	}
	free(who);
}

static void
resolve_row(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct rule_facts *f,
    struct resolved_row *row, struct resolution *res, unsigned *missing)
{
	const struct clause		*cl = row->clause;
	const struct rule_trigger	*tr;
	const char			*text, *tl = tier_label((enum tier)a->tier);
	int				 choice, holds = 0;
	unsigned			 need = 0;

	row->mark = cl->marks[a->tier];
	choice = answers_choice(a, cl->id, &text);

	if (row->mark == MARK_NONE) {
		row->state = ROW_NOT_APPLICABLE;
		row->basis = BASIS_MARK;
		row->reason = xasprintf("「%s」級欄標示-（不適用）", tl);
		return;
	}
	/*
	 * A duty the note puts on the agency stands whatever the buyer does
	 * with the row; facts it lacks are asked for by the row, if at all.
	 */
	if ((tr = resolve_trigger(rules, cl->id)) != NULL &&
	    tr->duty_quote != NULL && rules_cond_eval(&tr->when, f, &need) == 1)
		row->duty = tr;
	need = 0;
	if (choice == 'x') {
		row->state = ROW_EXCLUDED;
		row->basis = BASIS_CHOICE;
		row->reason = xasprintf("機關排除（原標示%s），理由：%s",
		    mark_symbols[row->mark], text);
		return;
	}
	if (choice == 'e') {
		/* The note is said once, and not when it only repeats 另案辦理. */
		row->state = ROW_ELSEWHERE;
		row->basis = BASIS_CHOICE;
		row->reason = text != NULL && strcmp(text, "另案辦理") != 0 ?
		    xasprintf("標示▲，納入他案辦理：%s", text) :
		    xstrdup("標示▲，經確認納入他案辦理，本案免辦");
		return;
	}
	if (row->mark == MARK_BY_LEVEL) {
		resolve_level_row(a, f, choice, row, res, missing);
		return;
	}

	/* ● and ◎: the note may tie the row to a case fact. */
	if ((tr = resolve_trigger(rules, cl->id)) != NULL &&
	    (holds = rules_cond_eval(&tr->when, f, &need)) < 0)
		*missing |= need;
	if (row->mark == MARK_OPTIONAL && choice == 'i') {
		row->state = ROW_ADOPTED;
		row->basis = BASIS_CHOICE;
		row->reason = xstrdup("標示◎，經機關評估個案有必要，選擇納入");
		return;
	}
	if (tr != NULL && holds == 0 && tr->leave_out != NULL &&
	    choice != 'i') {
		row->state = ROW_NOT_APPLICABLE;
		row->basis = BASIS_CONTEXT;
		row->reason = xasprintf("標示%s，%s", mark_symbols[row->mark],
		    tr->leave_out);
		return;
	}
	if (row->mark == MARK_REQUIRED) {
		row->state = ROW_ADOPTED;
		row->basis = tr != NULL && holds == 1 ? BASIS_CONTEXT :
		    BASIS_MARK;
		row->reason = tr != NULL && holds == 1 ?
		    xasprintf("「%s」級欄標示●（%s）；%s", tl,
		    cat->legend[MARK_REQUIRED].text, tr->adopt) :
		    xasprintf("「%s」級欄標示●（%s）", tl,
		    cat->legend[MARK_REQUIRED].text);
		return;
	}
	if (tr != NULL && holds == 1) {
		row->state = ROW_ADOPTED;
		row->basis = BASIS_CONTEXT;
		row->reason = xasprintf("標示◎，%s", tr->adopt);
		return;
	}
	/*
	 * Leaving a ◎ row out is the agency's evaluation as much as taking
	 * it in: the record says so, as it does of an adopted one.
	 */
	row->state = ROW_NOT_ADOPTED;
	row->basis = holds < 0 ? BASIS_MARK : BASIS_CHOICE;
	row->reason = holds < 0 ?
	    xstrdup("標示◎，須先回答本案事實，方能依說明決定") :
	    xstrdup("標示◎，經機關評估本案無辦理必要，未選用");
}

/* The version the answers are resolved under, or NULL when it is unknown. */
static const struct rule_version *
resolve_version(const struct rules *rules, const struct answers *a)
{
	if (a->rules_version != NULL)
		return rules_version(rules, a->rules_version);
	if (a->version == 1 && rules->answers_v1 != NULL)
		return rules->answers_v1;
	return rules->in_force;
}

/* One problem per fact the rules needed and the answers did not give. */
static void
resolve_missing(const struct rules *rules, const struct answers *a,
    unsigned missing, int level_asked, struct resolution *res)
{
	int	k;

	if (missing & MISSING_AGENCY)
		resolve_problem(res, ABOUT_AGENCY_TYPE, a->version == 1 ?
		    xstrdup(_("this answers file (format 1) does not say the "
		    "agency type, which the ▲ rows depend on: add agency_type "
		    "(government, ci-provider, state-enterprise, foundation or "
		    "government-controlled) and make the version 2")) :
		    xstrdup(_("no agency type chosen (agency_type: government, "
		    "ci-provider, state-enterprise, foundation or "
		    "government-controlled); the ▲ rows depend on it")));
	if ((missing & MISSING_LEVEL) && !level_asked)
		resolve_problem(res, ABOUT_LEVEL, xstrdup(_("no agency "
		    "responsibility level (A-E) chosen; rows of this category "
		    "depend on it")));
	if (a->version == 1 && (missing & (MISSING_CONTEXT(CTX_CORE_SYSTEM) |
	    MISSING_CONTEXT(CTX_LARGE_CONTRACT)))) {
		resolve_problem(res, ABOUT_CONTEXT, xstrdup(_("this answers "
		    "file (format 1) says core_system: true, which meant a "
		    "core system or a contract of NT$10 million or more: say "
		    "core_system and large_contract apart and make the "
		    "version 2")));
		missing &= ~(MISSING_CONTEXT(CTX_CORE_SYSTEM) |
		    MISSING_CONTEXT(CTX_LARGE_CONTRACT));
	}
	for (k = 0; k < CTX_COUNT; k++) {
		if (missing & MISSING_CONTEXT(k))
			resolution_problem(res, ABOUT_CONTEXT, k,
			    resolve_fact_problem(rules->context_labels[k], k));
	}
}

/*
 * Where the agency clauses go: each after the last row of the table, or of
 * the agency's, in its group; a group the table has not, after everything.
 * The rows res has (the table's) are moved to make room.
 */
static void
resolve_custom(const struct answers *a, struct resolution *res)
{
	struct resolved_row	*rows, *row;
	struct clause		*cl;
	size_t			 i, j, at, n;

	if (a->ncustom == 0)
		return;
	res->custom = xcalloc(a->ncustom, sizeof *res->custom);
	rows = xcalloc(res->nrows + a->ncustom, sizeof *rows);
	memcpy(rows, res->rows, res->nrows * sizeof *rows);
	free(res->rows);
	res->rows = rows;
	for (i = 0; i < a->ncustom; i++) {
		cl = &res->custom[res->ncustom++];
		cl->id = xstrdup(a->custom[i].id);
		cl->group = xstrdup(a->custom[i].group);
		cl->text = xstrdup(a->custom[i].text);
		cl->note = a->custom[i].note != NULL ?
		    xstrdup(a->custom[i].note) : NULL;
		n = res->nrows;
		for (at = n, j = 0; j < n; j++) {
			if (strcmp(rows[j].clause->group, cl->group) == 0)
				at = j + 1;
		}
		memmove(&rows[at + 1], &rows[at], (n - at) * sizeof *rows);
		row = &rows[at];
		memset(row, 0, sizeof *row);
		row->clause = cl;
		row->custom = 1;
		row->checklist = a->custom[i].checklist;
		row->mark = MARK_REQUIRED;
		row->state = ROW_ADOPTED;
		row->basis = BASIS_CHOICE;
		row->reason = xstrdup("機關依個案需要自訂，非參考一覽表所列");
		res->nrows++;
	}
}

/* The tiers as the wizard's tier step names them (forms/wizard.yaml). */
static const char *const resolve_tiers[] = {
	N_("High (高)"), N_("Medium (中)"), N_("Low (普)")
};

struct resolution *
resolve(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a)
{
	struct resolution	*res;
	struct resolved_row	*row;
	struct rule_facts	 f;
	size_t			 i, next;
	unsigned		 missing = 0;
	int			 has_level_rows = 0, k, best;

	res = xcalloc(1, sizeof *res);
	if ((res->version = resolve_version(rules, a)) == NULL) {
		resolve_problem(res, ABOUT_VERSION, xasprintf(_("the answers "
		    "were made under rules version %s, which this program "
		    "does not have (it has %s in force); tenderwiz migrate "
		    "moves them to it"), a->rules_version,
		    rules->in_force->id));
		res->version = rules->in_force;
	}
	res->citation = resolve_citation(res->version);
	if (a->catalogue_version != NULL &&
	    strcmp(a->catalogue_version, cat->source.version) != 0)
		resolve_warning(res, xasprintf(_("the answers were made under "
		    "catalogue version %s; this program has %s"),
		    a->catalogue_version, cat->source.version));
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
	/* TIER_HIGH is 0: a larger tier is a lower one. */
	if ((best = answers_impact_tier(a)) != -1 && a->tier > best)
		/*
		 * TRANSLATORS: "the tier Medium (中) is below the highest
		 * impact rating, High (高); ...": each tier as the wizard
		 * names it, so no file's identifier reaches the buyer.
		 */
		resolve_warning(res, xasprintf(_("the tier %s is below the "
		    "highest impact rating in tier_basis, %s; 附表九 makes the "
		    "highest rating the tier"), _(resolve_tiers[a->tier]),
		    _(resolve_tiers[best])));
	res->rows = xcalloc(res->category->nclauses, sizeof *res->rows);
	res->nrows = res->category->nclauses;
	for (i = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		row->clause = &res->category->clauses[i];
		row->checklist = 1;
		if (row->clause->marks[a->tier] == MARK_BY_LEVEL)
			has_level_rows = 1;
	}
	if (has_level_rows && a->level == -1)
		resolve_problem(res, ABOUT_LEVEL,
		    xstrdup(_("no agency responsibility level (A-E) "
		    "chosen; this category has ▲ rows")));
	f.agency = a->agency_type;
	f.level = a->level;
	f.tier = a->tier;
	for (k = 0; k < CTX_COUNT; k++)
		f.context[k] = a->context[k];
	for (i = 0; i < rules->nwarnings; i++) {
		if (rules_cond_eval(&rules->warnings[i].when, &f, &missing) == 1)
			resolve_warning(res, xstrdup(rules->warnings[i].text));
	}
	missing = 0;	/* a warning's unknown facts stop nothing */
	resolve_custom(a, res);
	for (i = 0; i < res->nrows; i++) {
		row = &res->rows[i];
		if (!row->custom)
			resolve_row(cat, rules, a, &f, row, res, &missing);
		next = 0;
		row->text = resolve_fill(cat, a, row->clause,
		    row->clause->text, &next, &row->unfilled);
		row->note = resolve_fill(cat, a, row->clause,
		    row->clause->note, &next, &row->unfilled);
		if (row->state == ROW_ADOPTED && row->unfilled > 0)
			resolve_problem(res, ABOUT_BLANK,
			    xasprintf(row->custom ? ngettext("agency clause "
			    "%s has %d unfilled blank: %s", "agency clause %s "
			    "has %d unfilled blanks: %s", (unsigned long)
			    row->unfilled) : ngettext("row %s has %d unfilled "
			    "blank: %s", "row %s has %d unfilled blanks: %s",
			    (unsigned long)row->unfilled), row->clause->id,
			    row->unfilled, row->clause->text));
	}
	resolve_missing(rules, a, missing, has_level_rows && a->level == -1,
	    res);
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
