/* answers.c: reading, checking and writing answers files. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "answers.h"
#include "atomicfile.h"
#include "date.h"
#include "i18n.h"
#include "utf8.h"
#include "xmalloc.h"
#include "yamldoc.h"
#include "yamlout.h"

static const char *const level_names[] = { "A", "B", "C", "D", "E" };
static const char *const method_names[METHOD_COUNT] = {
	"open-tender", "selective-tender", "limited-tender",
	"public-quotation", "small-purchase"
};
static const char *const method_labels[METHOD_COUNT] = {
	"公開招標", "選擇性招標", "限制性招標", "公開取得報價或企劃書",
	"小額採購"
};

/* What answers_new records as the versions it is made under. */
static char	*answers_catalogue_version;
static char	*answers_rules_version;
static char	*answers_rules_v1;	/* what format 1 files were made under */

/* While loading: where each named row was first seen, to report repeats. */
struct answers_reader {
	const struct ydoc	*doc;
	const struct catalogue	*cat;
	const struct category	*category;
	struct answers		*a;
	char			**cause;
};

struct answers *
answers_new(void)
{
	struct answers	*a;
	int		 k;

	a = xcalloc(1, sizeof *a);
	a->version = ANSWERS_VERSION;
	for (k = 0; k < CTX_COUNT; k++)
		a->context[k] = -1;
	a->tier = -1;
	for (k = 0; k < ANSWERS_IMPACTS; k++)
		a->impacts[k] = -1;
	a->level = -1;
	a->agency_type = -1;
	a->route = ROUTE_TENDER;
	a->method = -1;
	if (answers_catalogue_version != NULL)
		a->catalogue_version = xstrdup(answers_catalogue_version);
	if (answers_rules_version != NULL)
		a->rules_version = xstrdup(answers_rules_version);
	return a;
}

void
answers_set_versions(const char *catalogue, const char *rules,
    const char *rules_v1)
{
	answers_set(&answers_catalogue_version, catalogue);
	answers_set(&answers_rules_version, rules);
	answers_set(&answers_rules_v1, rules_v1);
}

static void
answers_free_choices(struct answer_choice *c, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(c[i].id);
		free(c[i].text);
	}
	free(c);
}

void
answers_custom_clear(struct answer_custom *c)
{
	free(c->id);
	free(c->group);
	free(c->text);
	free(c->note);
	memset(c, 0, sizeof *c);
}

void
answers_free(struct answers *a)
{
	size_t	i;

	if (a == NULL)
		return;
	free(a->catalogue_version);
	free(a->rules_version);
	free(a->category);
	free(a->agency);
	free(a->name);
	free(a->number);
	free(a->date);
	free(a->attachment);
	for (i = 0; i < a->nblanks; i++) {
		free(a->blanks[i].id);
		free(a->blanks[i].value);
	}
	free(a->blanks);
	answers_free_choices(a->include, a->ninclude);
	answers_free_choices(a->exclude, a->nexclude);
	answers_free_choices(a->elsewhere, a->nelsewhere);
	for (i = 0; i < a->ncustom; i++)
		answers_custom_clear(&a->custom[i]);
	free(a->custom);
	free(a);
}

const char *
answers_level_name(int level)
{
	return level >= 0 && level < AGENCY_LEVELS ? level_names[level] : "?";
}

const char *
method_name(enum method m)
{
	return method_names[m];
}

const char *
method_label(enum method m)
{
	return method_labels[m];
}

int
method_from_name(const char *s)
{
	int	i;

	for (i = 0; i < METHOD_COUNT; i++) {
		if (strcmp(s, method_names[i]) == 0)
			return i;
	}
	return -1;
}

const struct answer_custom *
answers_custom(const struct answers *a, const char *id)
{
	size_t	i;

	for (i = 0; i < a->ncustom; i++) {
		if (strcmp(a->custom[i].id, id) == 0)
			return &a->custom[i];
	}
	return NULL;
}

char *
answers_underscores(const char *s)
{
	char	*out, *o;

	if (s == NULL)
		return NULL;
	o = out = xstrdup(s);
	while (*s != '\0') {
		if (strncmp(s, "＿", strlen("＿")) == 0) {
			*o++ = '_';
			s += strlen("＿");
		} else
			*o++ = *s++;
	}
	*o = '\0';
	return out;
}

/* Runs of three or more underscores, as the resolver fills them. */
static size_t
answers_count_blanks(const char *s)
{
	size_t	n = 0, run;

	while (s != NULL && *s != '\0') {
		for (run = 0; s[run] == '_'; run++)
			;
		n += run >= 3;
		s += run > 0 ? run : 1;
	}
	return n;
}

size_t
answers_custom_nblanks(const struct answer_custom *c)
{
	return answers_count_blanks(c->text) + answers_count_blanks(c->note);
}

const char *
answers_blank(const struct answers *a, const char *id)
{
	size_t	i;

	for (i = 0; i < a->nblanks; i++) {
		if (strcmp(a->blanks[i].id, id) == 0)
			return a->blanks[i].value;
	}
	return NULL;
}

static const struct answer_choice *
answers_find(const struct answer_choice *c, size_t n, const char *id)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (strcmp(c[i].id, id) == 0)
			return &c[i];
	}
	return NULL;
}

int
answers_choice(const struct answers *a, const char *id, const char **text)
{
	const struct answer_choice	*c;

	*text = NULL;
	if ((c = answers_find(a->include, a->ninclude, id)) != NULL) {
		*text = c->text;
		return 'i';
	}
	if ((c = answers_find(a->exclude, a->nexclude, id)) != NULL) {
		*text = c->text;
		return 'x';
	}
	if ((c = answers_find(a->elsewhere, a->nelsewhere, id)) != NULL) {
		*text = c->text;
		return 'e';
	}
	return 0;
}

int
answers_valid_date(const char *s)
{
	/* The ROC calendar starts in 1912; no tender is dated before it. */
	return date_valid_iso(s) && strncmp(s, "1912", 4) >= 0;
}

int
answers_case_width(const char *id)
{
	if (strcmp(id, "agency") == 0 || strcmp(id, "name") == 0)
		return 200;
	if (strcmp(id, "number") == 0)
		return 60;
	return 0;
}

static int
answers_case(struct answers_reader *r, const struct ynode *n)
{
	static const char *const keys[] = {
	    "agency", "name", "number", "date", NULL
	};
	const struct ydoc	*doc = r->doc;
	struct answers		*a = r->a;
	char			**slots[] = {
	    &a->agency, &a->name, &a->number, &a->date
	};
	const struct ynode	*v;
	const char		*s;
	size_t			 i;

	if (ydoc_check_map(doc, n, "case", keys, NULL, r->cause) != 0)
		return -1;
	for (i = 0; keys[i] != NULL; i++) {
		if ((v = ynode_get(n, keys[i])) == NULL)
			continue;
		if (ydoc_string(doc, v, keys[i], &s, r->cause) != 0)
			return -1;
		if (answers_case_width(keys[i]) > 0 && utf8_width(s) >
		    answers_case_width(keys[i])) {
			*r->cause = ydoc_error(doc, v, _("%s is %d columns "
			    "wide, more than the %d it may hold"), keys[i],
			    utf8_width(s), answers_case_width(keys[i]));
			return -1;
		}
		if (i == 3 && !answers_valid_date(s)) {
			*r->cause = ydoc_error(doc, v, _("date '%s' is not a "
			    "valid date YYYY-MM-DD"), s);
			return -1;
		}
		*slots[i] = xstrdup(s);
	}
	return 0;
}

/*
 * Format 2 says each case fact or leaves it unanswered.  Format 1 wrote
 * every fact it had, so an absent one was no; but its core_system meant
 * "core system, or a contract of NT$10 million or more", so a yes says
 * neither fact alone, and both stay unanswered.
 */
static int
answers_context(struct answers_reader *r, const struct ynode *n)
{
	static const char *const keys_v1[] = {
	    "personal_data", "critical_infrastructure", "external_service",
	    "core_system", "mobile_app", NULL
	};
	static const char *keys_v2[CTX_COUNT + 1];
	const struct ynode	*v;
	struct answers		*a = r->a;
	int			 k;

	for (k = 0; k < CTX_COUNT; k++)
		keys_v2[k] = context_name((enum context_key)k);
	if (ydoc_check_map(r->doc, n, "context", a->version == 1 ? keys_v1 :
	    keys_v2, NULL, r->cause) != 0)
		return -1;
	for (k = 0; k < CTX_COUNT; k++) {
		a->context[k] = a->version == 1 ? 0 : -1;
		if ((v = ynode_get(n, context_name((enum context_key)k))) !=
		    NULL && ydoc_bool(r->doc, v, context_name((enum context_key)k),
		    &a->context[k], r->cause) != 0)
			return -1;
	}
	if (a->version == 1 && a->context[CTX_CORE_SYSTEM] == 1) {
		a->context[CTX_CORE_SYSTEM] = -1;
		a->context[CTX_LARGE_CONTRACT] = -1;
	}
	/* Format 1 never asked it: unanswered, not no. */
	if (a->version == 1)
		a->context[CTX_NATIONAL_SECURITY] = -1;
	return 0;
}

static const char *const impact_names[ANSWERS_IMPACTS + 1] = {
	"confidentiality", "integrity", "availability", "legal", NULL
};

const char *
impact_name(enum impact i)
{
	return impact_names[i];
}

int
answers_impact_tier(const struct answers *a)
{
	int	i, best = -1;

	/* TIER_HIGH is 0: the highest rating is the smallest. */
	for (i = 0; i < ANSWERS_IMPACTS; i++) {
		if (a->impacts[i] != -1 && (best == -1 || a->impacts[i] < best))
			best = a->impacts[i];
	}
	return best;
}

const char *
impact_label(enum impact i)
{
	static const char *const labels[ANSWERS_IMPACTS] = {
		"機密性", "完整性", "可用性", "法律遵循性"
	};

	return labels[i];
}

/* tier_basis: each aspect 附表九 rates, as a tier; those not rated are -1. */
static int
answers_impacts(struct answers_reader *r, const struct ynode *n)
{
	const struct ynode	*v;
	const char		*s;
	int			 k, t;

	if (ydoc_check_map(r->doc, n, "tier_basis", impact_names, NULL,
	    r->cause) != 0)
		return -1;
	for (k = 0; k < ANSWERS_IMPACTS; k++) {
		if ((v = ynode_get(n, impact_names[k])) == NULL)
			continue;
		if (ydoc_string(r->doc, v, impact_names[k], &s, r->cause) != 0)
			return -1;
		if ((t = tier_from_name(s)) == -1) {
			*r->cause = ydoc_error(r->doc, v, _("unknown rating "
			    "'%s' (want high, medium or low; 高, 中 or 普)"), s);
			return -1;
		}
		r->a->impacts[k] = t;
	}
	return 0;
}

/*
 * A blank of an agency clause, "ID.K": the clause must be in custom and
 * have a K-th blank.  0, or -1 with the cause.
 */
static int
answers_custom_blank(struct answers_reader *r, const struct ynode *k)
{
	const struct answer_custom	*c;
	const char			*dot, *key = k->value;
	char				*id, *end;
	unsigned long			 nth = 0;

	if ((dot = strrchr(key, '.')) != NULL && dot[1] >= '1' &&
	    dot[1] <= '9') {
		id = xstrndup(key, (size_t)(dot - key));
		c = answers_custom(r->a, id);
		free(id);
		nth = strtoul(dot + 1, &end, 10);
		if (*end != '\0')
			c = NULL;
		if (c != NULL && nth <= answers_custom_nblanks(c))
			return 0;
		if (c != NULL) {
			*r->cause = ydoc_error(r->doc, k, ngettext("agency "
			    "clause '%s' has %zu blank; there is no blank '%s'",
			    "agency clause '%s' has %zu blanks; there is no "
			    "blank '%s'", answers_custom_nblanks(c)), c->id,
			    answers_custom_nblanks(c), key);
			return -1;
		}
	}
	*r->cause = ydoc_error(r->doc, k, _("unknown blank '%s'"), key);
	return -1;
}

/* A blank's value: spaces or the blank's own line ____ fill nothing. */
static int
answers_blank_string(struct answers_reader *r, const struct ynode *v,
    const char *id, const char **out)
{
	if (ydoc_string(r->doc, v, id, out, r->cause) != 0)
		return -1;
	if (answers_unfilled(*out)) {
		/* TRANSLATORS: %s is a blank's id, e.g. risk-level or custom-1.2. */
		*r->cause = ydoc_error(r->doc, v, _("blank '%s' is not filled "
		    "in: spaces and blank lines (____) are no value"), id);
		return -1;
	}
	return 0;
}

static int
answers_blanks(struct answers_reader *r, const struct ynode *n)
{
	const struct ydoc	*doc = r->doc;
	const struct blank_def	*b;
	struct answers		*a = r->a;
	const char		*s;
	size_t			 i;

	if (ydoc_check_type(doc, n, YNODE_MAPPING, "blanks", r->cause) != 0)
		return -1;
	a->blanks = xcalloc(n->nitems / 2 + 1, sizeof *a->blanks);
	for (i = 0; i + 1 < n->nitems; i += 2) {
		if ((b = catalogue_blank(r->cat, n->items[i]->value)) == NULL) {
			if (answers_custom_blank(r, n->items[i]) != 0)
				return -1;
			if (answers_blank_string(r, n->items[i + 1],
			    n->items[i]->value, &s) != 0)
				return -1;
			a->blanks[a->nblanks].id = xstrdup(n->items[i]->value);
			a->blanks[a->nblanks].value = xstrdup(s);
			a->nblanks++;
			continue;
		}
		if (b->kind == BLANK_TIER) {
			*r->cause = ydoc_error(doc, n->items[i],
			    _("blank '%s' fills itself from the tier; set "
			    "tier instead"), b->id);
			return -1;
		}
		if (answers_blank_string(r, n->items[i + 1], b->id, &s) != 0)
			return -1;
		a->blanks[a->nblanks].id = xstrdup(b->id);
		a->blanks[a->nblanks].value = xstrdup(s);
		a->nblanks++;
	}
	return 0;
}

/* The row an entry names: it must exist in the chosen category, once. */
static const struct clause *
answers_row(struct answers_reader *r, const struct ynode *idn)
{
	const struct clause	*cl;
	const char		*id, *dummy;

	if (ydoc_string(r->doc, idn, "id", &id, r->cause) != 0)
		return NULL;
	if (r->category == NULL) {
		*r->cause = ydoc_error(r->doc, idn,
		    _("'%s' names a row, but no category is chosen"), id);
		return NULL;
	}
	if ((cl = catalogue_clause(r->category, id)) == NULL) {
		*r->cause = ydoc_error(r->doc, idn,
		    _("unknown item '%s' in category %s"), id,
		    r->category->id);
		return NULL;
	}
	if (answers_choice(r->a, id, &dummy) != 0) {
		*r->cause = ydoc_error(r->doc, idn,
		    _("item '%s' is named more than once in include, exclude "
		    "and elsewhere"), id);
		return NULL;
	}
	return cl;
}

static int
answers_include(struct answers_reader *r, const struct ynode *n)
{
	const struct clause	*cl;
	struct answers		*a = r->a;
	size_t			 i;

	if (ydoc_check_type(r->doc, n, YNODE_SEQUENCE, "include",
	    r->cause) != 0)
		return -1;
	a->include = xcalloc(n->nitems + 1, sizeof *a->include);
	for (i = 0; i < n->nitems; i++) {
		if ((cl = answers_row(r, n->items[i])) == NULL)
			return -1;
		if (a->tier != -1 && cl->marks[a->tier] == MARK_NONE) {
			*r->cause = ydoc_error(r->doc, n->items[i],
			    _("item '%s' does not apply (-) at tier %s and "
			    "cannot be included"), cl->id,
			    tier_name((enum tier)a->tier));
			return -1;
		}
		a->include[a->ninclude++].id = xstrdup(cl->id);
	}
	return 0;
}

/* exclude and elsewhere: lists of {id, reason} or {id, note}. */
static int
answers_choices(struct answers_reader *r, const struct ynode *n,
    const char *list, const char *textkey, int text_required,
    struct answer_choice **out, size_t *nout)
{
	const char *const	 keys[] = { "id", textkey, NULL };
	const char *const	 req[] = { "id", text_required ? textkey : NULL,
				     NULL };
	const struct clause	*cl;
	const struct ynode	*e, *t;
	const char		*s;
	size_t			 i;

	if (ydoc_check_type(r->doc, n, YNODE_SEQUENCE, list, r->cause) != 0)
		return -1;
	*out = xcalloc(n->nitems + 1, sizeof **out);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		if (ydoc_check_map(r->doc, e, list, keys, req, r->cause) != 0 ||
		    (cl = answers_row(r, ynode_get(e, "id"))) == NULL)
			return -1;
		if (r->a->tier != -1 && strcmp(list, "elsewhere") == 0 &&
		    cl->marks[r->a->tier] != MARK_BY_LEVEL) {
			*r->cause = ydoc_error(r->doc, ynode_get(e, "id"),
			    _("only a ▲ row can be placed elsewhere; '%s' is "
			    "%s at tier %s"), cl->id,
			    mark_name(cl->marks[r->a->tier]),
			    tier_name((enum tier)r->a->tier));
			return -1;
		}
		if (r->a->tier != -1 && strcmp(list, "exclude") == 0 &&
		    cl->marks[r->a->tier] == MARK_NONE) {
			*r->cause = ydoc_error(r->doc, ynode_get(e, "id"),
			    _("item '%s' does not apply (-) at tier %s; there "
			    "is nothing to exclude"), cl->id,
			    tier_name((enum tier)r->a->tier));
			return -1;
		}
		/* Counted at once, so that an error below frees the id too. */
		(*out)[(*nout)++].id = xstrdup(cl->id);
		if ((t = ynode_get(e, textkey)) != NULL) {
			if (ydoc_string(r->doc, t, textkey, &s, r->cause) != 0)
				return -1;
			/* A reason of spaces gives no reason. */
			if (text_required && answers_blank_text(s)) {
				*r->cause = ydoc_error(r->doc, t,
				    _("%s must not be empty"), textkey);
				return -1;
			}
			(*out)[*nout - 1].text = xstrdup(s);
		}
	}
	return 0;
}

/* The code points of s into out (at most max); how many, or -1 if invalid. */
static int
answers_codepoints(const char *s, uint32_t *out, size_t max)
{
	size_t	n = 0, len = strlen(s), k;

	while (len > 0) {
		if (n == max || (k = utf8_decode(s, len, &out[n])) == 0)
			return -1;
		s += k;
		len -= k;
		n++;
	}
	return (int)n;
}

/*
 * Whether a and b are one edit apart in characters (one replaced, added or
 * dropped), the way a group name is mistyped: 「資料安全」 as 「資科安全」.
 */
static int
answers_one_apart(const char *a, const char *b)
{
	uint32_t	x[64], y[64];
	int		nx, ny, i = 0, j;

	if ((nx = answers_codepoints(a, x, 64)) < 0 ||
	    (ny = answers_codepoints(b, y, 64)) < 0 ||
	    nx - ny > 1 || ny - nx > 1)
		return 0;
	while (i < nx && i < ny && x[i] == y[i])
		i++;
	if (i == nx && i == ny)
		return 0;	/* equal */
	/* After the first difference, the rest must match with one skipped. */
	for (j = 0; nx == ny && i + 1 + j < nx; j++) {
		if (x[i + 1 + j] != y[i + 1 + j])
			return 0;
	}
	for (j = 0; nx > ny && i + j < ny; j++) {
		if (x[i + 1 + j] != y[i + j])
			return 0;
	}
	for (j = 0; nx < ny && i + j < nx; j++) {
		if (x[i + j] != y[i + 1 + j])
			return 0;
	}
	return 1;
}

int
answers_blank_text(const char *s)
{
	if (s == NULL)
		return 1;
	while (*s != '\0') {
		if (isspace((unsigned char)*s))
			s++;
		else if (strncmp(s, "\xe3\x80\x80", 3) == 0)
			s += 3;	/* the ideographic space */
		else
			return 0;
	}
	return 1;
}

int
answers_unfilled(const char *s)
{
	char	*t, *p;
	int	 r;

	if (s == NULL)
		return 1;
	t = answers_underscores(s);
	for (p = t; *p != '\0'; p++) {
		if (*p == '_')
			*p = ' ';
	}
	r = answers_blank_text(t);
	free(t);
	return r;
}

/* The note of an agency clause: absent, or saying something; NULL on error. */
static const char *
answers_custom_note(struct answers_reader *r, const struct ynode *v)
{
	const char	*s;

	if (ydoc_string(r->doc, v, "note", &s, r->cause) != 0)
		return NULL;
	if (answers_blank_text(s)) {
		*r->cause = ydoc_error(r->doc, v, _("the note of an agency "
		    "clause is empty"));
		return NULL;
	}
	return s;
}

/* The id of an agency clause: new, one word, no row's or blank's id. */
static const char *
answers_custom_id(struct answers_reader *r, const struct ynode *v)
{
	const char	*s, *p;

	if (ydoc_string(r->doc, v, "id", &s, r->cause) != 0)
		return NULL;
	for (p = s; *p != '\0'; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_')) {
			*r->cause = ydoc_error(r->doc, v, _("agency clause id "
			    "'%s' must be letters, digits, '-' and '_'"), s);
			return NULL;
		}
	}
	if (answers_custom(r->a, s) != NULL) {
		*r->cause = ydoc_error(r->doc, v, _("agency clause '%s' is "
		    "named more than once"), s);
		return NULL;
	}
	if (catalogue_find_clause(r->cat, s) != NULL ||
	    catalogue_blank(r->cat, s) != NULL) {
		*r->cause = ydoc_error(r->doc, v, _("agency clause id '%s' is "
		    "an id of the table; choose another"), s);
		return NULL;
	}
	return s;
}

/*
 * The one check of an agency clause's group and text, for the loader and
 * the wizard alike (answers_custom_check); *where gets 'g' when the group
 * is at fault, 't' when the text is, for the loader to point at it.
 */
static char *
answers_custom_why(const struct answers *a, const struct category *c,
    const char *id, const char *group, const char *text, int *where)
{
	size_t	i;
	int	known = 0;

	*where = 'g';
	if (answers_blank_text(group))
		return xstrdup(_("the group of an agency clause is empty"));
	if (strchr(group, '\n') != NULL)
		return xstrdup(_("the group of an agency clause must be one "
		    "line of text"));
	/* A group one character off the table's is a typo, not a new one. */
	for (i = 0; c != NULL && i < c->nclauses; i++) {
		if (strcmp(c->clauses[i].group, group) == 0)
			known = 1;
	}
	for (i = 0; !known && c != NULL && i < c->nclauses; i++) {
		if (answers_one_apart(group, c->clauses[i].group))
			return xasprintf(_("unknown group '%s' in category %s: "
			    "did you mean '%s'? (a new group needs a name of "
			    "its own)"), group, c->id, c->clauses[i].group);
	}
	*where = 't';
	if (answers_blank_text(text))
		return xstrdup(_("the text of an agency clause is empty"));
	/* The same requirement twice, as the agency's or the table's. */
	for (i = 0; i < a->ncustom; i++) {
		if ((id == NULL || strcmp(a->custom[i].id, id) != 0) &&
		    strcmp(a->custom[i].text, text) == 0)
			return xasprintf(_("the text repeats agency clause %s"),
			    a->custom[i].id);
	}
	for (i = 0; c != NULL && i < c->nclauses; i++) {
		if (strcmp(c->clauses[i].text, text) == 0)
			return xasprintf(_("the text repeats row %s of the "
			    "table"), c->clauses[i].id);
	}
	return NULL;
}

char *
answers_custom_check(const struct answers *a, const struct category *c,
    const char *id, const char *group, const char *text)
{
	int	where;

	return answers_custom_why(a, c, id, group, text, &where);
}

/* custom: the agency's own clauses, each {id, group, text, note, checklist}. */
static int
answers_custom_list(struct answers_reader *r, const struct ynode *n)
{
	static const char *const keys[] = {
	    "id", "group", "text", "note", "checklist", NULL
	};
	static const char *const req[] = { "id", "group", "text", NULL };
	const struct category	*cg = r->category;
	const struct ynode	*e, *v, *gn, *tn;
	struct answer_custom	*c;
	struct answers		*a = r->a;
	const char		*id, *group, *text, *note = NULL;
	char			*why;
	size_t			 i;
	int			 where;

	if (ydoc_check_type(r->doc, n, YNODE_SEQUENCE, "custom",
	    r->cause) != 0)
		return -1;
	if (cg == NULL && n->nitems > 0) {
		*r->cause = ydoc_error(r->doc, n, _("agency clauses need a "
		    "category, to place them among its rows"));
		return -1;
	}
	a->custom = xcalloc(n->nitems + 1, sizeof *a->custom);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		if (ydoc_check_map(r->doc, e, "custom", keys, req,
		    r->cause) != 0 ||
		    (id = answers_custom_id(r, ynode_get(e, "id"))) == NULL ||
		    ydoc_string(r->doc, gn = ynode_get(e, "group"), "group",
		    &group, r->cause) != 0 ||
		    ydoc_string(r->doc, tn = ynode_get(e, "text"), "text",
		    &text, r->cause) != 0)
			return -1;
		if ((why = answers_custom_why(a, cg, NULL, group, text,
		    &where)) != NULL) {
			*r->cause = ydoc_error(r->doc, where == 'g' ? gn : tn,
			    "%s", why);
			free(why);
			return -1;
		}
		if ((v = ynode_get(e, "note")) != NULL &&
		    (note = answers_custom_note(r, v)) == NULL)
			return -1;
		c = &a->custom[a->ncustom++];
		c->id = xstrdup(id);
		c->group = xstrdup(group);
		c->text = answers_underscores(text);
		c->note = v != NULL ? answers_underscores(note) : NULL;
		c->checklist = 1;
		if ((v = ynode_get(e, "checklist")) != NULL &&
		    ydoc_bool(r->doc, v, "checklist", &c->checklist,
		    r->cause) != 0)
			return -1;
	}
	return 0;
}

static int
answers_read(struct answers_reader *r)
{
	static const char *const keys[] = {
	    "version", "catalogue_version", "rules_version", "category",
	    "tier", "agency_type", "agency_level", "route", "case",
	    "context", "blanks", "include", "exclude", "elsewhere",
	    "attachment", "method", "custom", "tier_basis", NULL
	};
	/* What format 1 did not have. */
	static const char *const keys_v2[] = {
	    "catalogue_version", "rules_version", "agency_type", "method",
	    "custom", "tier_basis", NULL
	};
	static const char *const required[] = { "version", NULL };
	const struct ydoc	*doc = r->doc;
	const struct ynode	*root = doc->root, *v;
	struct answers		*a = r->a;
	const char		*s;
	char			*ids;
	size_t			 i;
	int			 t;

	if (ydoc_check_map(doc, root, _("answers"), keys, required,
	    r->cause) != 0)
		return -1;
	v = ynode_get(root, "version");
	if (ydoc_string(doc, v, "version", &s, r->cause) != 0)
		return -1;
	if (!v->plain || (strcmp(s, "1") != 0 && strcmp(s, "2") != 0)) {
		*r->cause = ydoc_error(doc, v, _("unsupported answers version "
		    "'%s' (this program reads versions 1 and %d)"), s,
		    ANSWERS_VERSION);
		return -1;
	}
	a->version = s[0] - '0';
	/*
	 * A file of format 1 was made under the rules of its time, which it
	 * did not name: written again, it names them.
	 */
	if (a->version == 1) {
		answers_set(&a->rules_version, answers_rules_v1);
		for (i = 0; keys_v2[i] != NULL; i++) {
			if ((v = ynode_key(root, keys_v2[i])) != NULL) {
				*r->cause = ydoc_error(doc, v, _("'%s' is a "
				    "key of answers version 2; make the "
				    "version 2"), keys_v2[i]);
				return -1;
			}
		}
	}
	if ((v = ynode_get(root, "catalogue_version")) != NULL) {
		if (ydoc_string(doc, v, "catalogue_version", &s,
		    r->cause) != 0)
			return -1;
		answers_set(&a->catalogue_version, s);
	}
	if ((v = ynode_get(root, "rules_version")) != NULL) {
		if (ydoc_string(doc, v, "rules_version", &s, r->cause) != 0)
			return -1;
		answers_set(&a->rules_version, s);
	}
	if ((v = ynode_get(root, "agency_type")) != NULL) {
		if (ydoc_string(doc, v, "agency_type", &s, r->cause) != 0)
			return -1;
		if ((t = agency_type_from_name(s)) == -1) {
			*r->cause = ydoc_error(doc, v, _("unknown agency type "
			    "'%s' (want government, ci-provider, "
			    "state-enterprise, foundation or "
			    "government-controlled)"), s);
			return -1;
		}
		a->agency_type = t;
	}
	if ((v = ynode_get(root, "category")) != NULL) {
		if (ydoc_string(doc, v, "category", &s, r->cause) != 0)
			return -1;
		if ((r->category = catalogue_category(r->cat, s)) == NULL) {
			ids = catalogue_category_ids(r->cat);
			*r->cause = ydoc_error(doc, v, _("unknown category '%s' "
			    "(want one of %s)"), s, ids);
			free(ids);
			return -1;
		}
		a->category = xstrdup(s);
	}
	if ((v = ynode_get(root, "tier")) != NULL) {
		if (ydoc_string(doc, v, "tier", &s, r->cause) != 0)
			return -1;
		if ((t = tier_from_name(s)) == -1) {
			*r->cause = ydoc_error(doc, v, _("unknown tier '%s' "
			    "(want high, medium or low; 高, 中 or 普)"), s);
			return -1;
		}
		a->tier = t;
	}
	if ((v = ynode_get(root, "tier_basis")) != NULL &&
	    answers_impacts(r, v) != 0)
		return -1;
	if ((v = ynode_get(root, "agency_level")) != NULL) {
		if (ydoc_string(doc, v, "agency_level", &s, r->cause) != 0)
			return -1;
		if (strlen(s) != 1 || s[0] < 'A' || s[0] > 'E') {
			*r->cause = ydoc_error(doc, v, _("unknown agency level "
			    "'%s' (want A, B, C, D or E)"), s);
			return -1;
		}
		a->level = s[0] - 'A';
	}
	if ((v = ynode_get(root, "route")) != NULL) {
		if (ydoc_string(doc, v, "route", &s, r->cause) != 0)
			return -1;
		if (strcmp(s, "tender") == 0)
			a->route = ROUTE_TENDER;
		else if (strcmp(s, "joint-supply-contract") == 0) {
			if (r->category != NULL && !r->category->cloud) {
				*r->cause = ydoc_error(doc, v, _("the joint "
				    "supply contract route is only for cloud "
				    "categories, not %s"), r->category->id);
				return -1;
			}
			a->route = ROUTE_JOINT_SUPPLY;
		} else {
			*r->cause = ydoc_error(doc, v, _("unknown route '%s' "
			    "(want tender or joint-supply-contract)"), s);
			return -1;
		}
	}
	if ((v = ynode_get(root, "method")) != NULL) {
		if (ydoc_string(doc, v, "method", &s, r->cause) != 0)
			return -1;
		if ((t = method_from_name(s)) == -1) {
			*r->cause = ydoc_error(doc, v, _("unknown procurement "
			    "method '%s' (want open-tender, selective-tender, "
			    "limited-tender, public-quotation or "
			    "small-purchase)"), s);
			return -1;
		}
		if (a->route == ROUTE_JOINT_SUPPLY) {
			*r->cause = ydoc_error(doc, v, _("an order through "
			    "the joint supply contract has no procurement "
			    "method; drop method or make the route tender"));
			return -1;
		}
		a->method = t;
	}
	if ((v = ynode_get(root, "attachment")) != NULL) {
		if (ydoc_string(doc, v, "attachment", &s, r->cause) != 0)
			return -1;
		if (*s == '\0' || strchr(s, '\n') != NULL) {
			*r->cause = ydoc_error(doc, v, _("the attachment "
			    "label must be one line of text"));
			return -1;
		}
		a->attachment = xstrdup(s);
	}
	/* Without a context, format 2 has answered no case fact. */
	if (ynode_get(root, "context") == NULL) {
		for (t = 0; t < CTX_COUNT; t++)
			a->context[t] = a->version == 1 ? 0 : -1;
		if (a->version == 1)
			a->context[CTX_NATIONAL_SECURITY] = -1;
	}
	if (((v = ynode_get(root, "case")) != NULL && answers_case(r, v) != 0) ||
	    ((v = ynode_get(root, "context")) != NULL &&
	    answers_context(r, v) != 0) ||
	    ((v = ynode_get(root, "custom")) != NULL &&
	    answers_custom_list(r, v) != 0) ||
	    ((v = ynode_get(root, "blanks")) != NULL &&
	    answers_blanks(r, v) != 0) ||
	    ((v = ynode_get(root, "include")) != NULL &&
	    answers_include(r, v) != 0) ||
	    ((v = ynode_get(root, "exclude")) != NULL &&
	    answers_choices(r, v, "exclude", "reason", 1, &a->exclude,
	    &a->nexclude) != 0) ||
	    ((v = ynode_get(root, "elsewhere")) != NULL &&
	    answers_choices(r, v, "elsewhere", "note", 0, &a->elsewhere,
	    &a->nelsewhere) != 0))
		return -1;
	return 0;
}

static int
answers_from_doc(struct ydoc *doc, const struct catalogue *cat,
    struct answers **out, char **cause)
{
	struct answers_reader	r;

	memset(&r, 0, sizeof r);
	r.doc = doc;
	r.cat = cat;
	r.a = answers_new();
	r.cause = cause;
	if (answers_read(&r) != 0) {
		answers_free(r.a);
		ydoc_free(doc);
		return -1;
	}
	ydoc_free(doc);
	*out = r.a;
	return 0;
}

int
answers_load(const char *path, const struct catalogue *cat,
    struct answers **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load(path, &doc, cause) != 0)
		return -1;
	return answers_from_doc(doc, cat, out, cause);
}

int
answers_load_buffer(const char *name, const void *buf, size_t len,
    const struct catalogue *cat, struct answers **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load_buffer(name, buf, len, &doc, cause) != 0)
		return -1;
	return answers_from_doc(doc, cat, out, cause);
}

static void
answers_emit_choices(struct yamlout *y, const char *list, const char *key,
    const struct answer_choice *c, size_t n)
{
	size_t	i;

	if (n == 0)
		return;
	yamlout_str(y, list);
	yamlout_seq(y, 0);
	for (i = 0; i < n; i++) {
		yamlout_map(y, 1);
		yamlout_pair(y, "id", c[i].id);
		if (c[i].text != NULL)
			yamlout_pair(y, key, c[i].text);
		yamlout_close_map(y);
	}
	yamlout_close_seq(y);
}

int
answers_emit(const struct answers *a, FILE *f, char **cause)
{
	struct yamlout	*y;
	char		 version[16];
	size_t		 i;

	y = yamlout_new(f);
	yamlout_map(y, 0);
	yamlout_str(y, "version");
	snprintf(version, sizeof version, "%d", ANSWERS_VERSION);
	yamlout_plain(y, version);
	if (a->catalogue_version != NULL)
		yamlout_pair(y, "catalogue_version", a->catalogue_version);
	if (a->rules_version != NULL)
		yamlout_pair(y, "rules_version", a->rules_version);
	if (a->category != NULL)
		yamlout_pair(y, "category", a->category);
	if (a->tier != -1)
		yamlout_pair(y, "tier", tier_name((enum tier)a->tier));
	for (i = 0; i < ANSWERS_IMPACTS && a->impacts[i] == -1; i++)
		continue;
	if (i < ANSWERS_IMPACTS) {
		yamlout_str(y, "tier_basis");
		yamlout_map(y, 0);
		for (i = 0; i < ANSWERS_IMPACTS; i++) {
			if (a->impacts[i] != -1)
				yamlout_pair(y, impact_names[i],
				    tier_name((enum tier)a->impacts[i]));
		}
		yamlout_close_map(y);
	}
	if (a->agency_type != -1)
		yamlout_pair(y, "agency_type",
		    agency_type_name((enum agency_type)a->agency_type));
	if (a->level != -1)
		yamlout_pair(y, "agency_level", answers_level_name(a->level));
	yamlout_pair(y, "route", a->route == ROUTE_JOINT_SUPPLY ?
	    "joint-supply-contract" : "tender");
	if (a->method != -1)
		yamlout_pair(y, "method", method_name((enum method)a->method));
	if (a->attachment != NULL)
		yamlout_pair(y, "attachment", a->attachment);
	if (a->agency != NULL || a->name != NULL || a->number != NULL ||
	    a->date != NULL) {
		yamlout_str(y, "case");
		yamlout_map(y, 0);
		if (a->agency != NULL)
			yamlout_pair(y, "agency", a->agency);
		if (a->name != NULL)
			yamlout_pair(y, "name", a->name);
		if (a->number != NULL)
			yamlout_pair(y, "number", a->number);
		if (a->date != NULL)
			yamlout_pair(y, "date", a->date);
		yamlout_close_map(y);
	}
	yamlout_str(y, "context");
	yamlout_map(y, 0);
	for (i = 0; i < CTX_COUNT; i++) {
		if (a->context[i] == -1)
			continue;	/* not answered */
		yamlout_str(y, context_name((enum context_key)i));
		yamlout_plain(y, a->context[i] ? "true" : "false");
	}
	yamlout_close_map(y);
	if (a->nblanks > 0) {
		yamlout_str(y, "blanks");
		yamlout_map(y, 0);
		for (i = 0; i < a->nblanks; i++)
			yamlout_pair(y, a->blanks[i].id, a->blanks[i].value);
		yamlout_close_map(y);
	}
	if (a->ninclude > 0) {
		yamlout_str(y, "include");
		yamlout_seq(y, 1);
		for (i = 0; i < a->ninclude; i++)
			yamlout_str(y, a->include[i].id);
		yamlout_close_seq(y);
	}
	answers_emit_choices(y, "exclude", "reason", a->exclude, a->nexclude);
	answers_emit_choices(y, "elsewhere", "note", a->elsewhere,
	    a->nelsewhere);
	if (a->ncustom > 0) {
		yamlout_str(y, "custom");
		yamlout_seq(y, 0);
		for (i = 0; i < a->ncustom; i++) {
			yamlout_map(y, 1);
			yamlout_pair(y, "id", a->custom[i].id);
			yamlout_pair(y, "group", a->custom[i].group);
			yamlout_pair(y, "text", a->custom[i].text);
			if (a->custom[i].note != NULL)
				yamlout_pair(y, "note", a->custom[i].note);
			if (!a->custom[i].checklist) {
				yamlout_str(y, "checklist");
				yamlout_plain(y, "false");
			}
			yamlout_close_map(y);
		}
		yamlout_close_seq(y);
	}
	yamlout_close_map(y);
	return yamlout_end(y, cause);
}

int
answers_emit_buffer(const struct answers *a, char **buf, size_t *len,
    char **cause)
{
	FILE	*f;
	int	 rc;

	*buf = NULL;
	*len = 0;
	if ((f = open_memstream(buf, len)) == NULL) {
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	rc = answers_emit(a, f, cause);
	if (fclose(f) != 0 && rc == 0) {
		*cause = xstrdup(strerror(errno));
		rc = -1;
	}
	if (rc != 0) {
		free(*buf);
		*buf = NULL;
	}
	return rc;
}

int
answers_save(const struct answers *a, const char *path, char **cause)
{
	char	*buf;
	size_t	 len;
	int	 rc;

	if (answers_emit_buffer(a, &buf, &len, cause) != 0)
		return -1;
	rc = atomicfile_write(path, buf, len, 0600, cause);
	free(buf);
	return rc;
}

/*
 * Keeping the buyer's comments when migrate rewrites the file.  libyaml
 * reads no comments and the emitter writes none, so they are found in
 * the old text and put back by the place of the node they stood by: a
 * path of keys, with a sequence item named by its id (or its scalar).
 */

/* A node of a file by its path, at its line and column. */
struct answers_spot {
	char	*path;
	size_t	 line, col;
	size_t	 seq;		/* a node comes before those under it */
	int	 scalar;	/* a key or value, not a map or list */
};

struct answers_spots {
	struct answers_spot	*v;
	size_t			 n;
};

static void
answers_spots_add(struct answers_spots *s, const char *path,
    const struct ynode *n)
{
	s->v = xreallocarray(s->v, s->n + 1, sizeof *s->v);
	s->v[s->n].path = xstrdup(path);
	s->v[s->n].line = n->line;
	s->v[s->n].col = n->col;
	s->v[s->n].seq = s->n;
	s->v[s->n].scalar = n->type == YNODE_SCALAR;
	s->n++;
}

static void
answers_spots_free(struct answers_spots *s)
{
	size_t	i;

	for (i = 0; i < s->n; i++)
		free(s->v[i].path);
	free(s->v);
}

/* Every node under n, named from path, in the order of the file. */
static void
answers_spots_walk(struct answers_spots *s, const struct ynode *n,
    const char *path)
{
	const struct ynode	*id;
	char			*p;
	size_t			 i;

	answers_spots_add(s, path, n);
	if (n->type == YNODE_MAPPING) {
		for (i = 0; i + 1 < n->nitems; i += 2) {
			p = xasprintf("%s/%s", path, n->items[i]->value);
			answers_spots_add(s, p, n->items[i]);
			answers_spots_walk(s, n->items[i + 1], p);
			free(p);
		}
	} else if (n->type == YNODE_SEQUENCE) {
		for (i = 0; i < n->nitems; i++) {
			id = n->items[i]->type == YNODE_SCALAR ? n->items[i] :
			    n->items[i]->type == YNODE_MAPPING ?
			    ynode_get(n->items[i], "id") : NULL;
			if (id != NULL && id->type == YNODE_SCALAR)
				p = xasprintf("%s[%s]", path, id->value);
			else
				p = xasprintf("%s[#%zu]", path, i);
			answers_spots_walk(s, n->items[i], p);
			free(p);
		}
	}
}

static int
answers_spot_cmp(const void *a, const void *b)
{
	const struct answers_spot	*x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	/* At one place, the innermost first: the key, not its map. */
	return x->seq > y->seq ? -1 : x->seq < y->seq;
}

/* A comment of the old file and the path of the node it goes with. */
struct answers_comment {
	size_t	 line;		/* in the old file */
	char	*text;		/* from '#' to the end of the line */
	char	*path;		/* NULL: the file's end */
	int	 trailing;	/* at the end of a line of YAML */
	int	 above;		/* trailing, but set on a line above it */
	size_t	 at;		/* its line in the new text; 0: none,
				 * (size_t)-1: the end */
};

struct answers_comments {
	struct answers_comment	*v;
	size_t			 n;
};

static void
answers_comments_free(struct answers_comments *c)
{
	size_t	i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].text);
		free(c->v[i].path);
	}
	free(c->v);
}

/* Add the comment of len bytes at s, on line no of the old file. */
static void
answers_comment_add(struct answers_comments *out, size_t no, const char *s,
    size_t len, const char *path, int trailing)
{
	struct answers_comment	*c;

	/* Spaces and a CR after it are no part of it. */
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\r'))
		len--;
	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	c = &out->v[out->n++];
	memset(c, 0, sizeof *c);
	c->line = no;
	c->text = xasprintf("%.*s", (int)len, s);
	c->path = path != NULL ? xstrdup(path) : NULL;
	c->trailing = trailing;
}

/* The byte offset of character column col (1-based) of line s, or len. */
static size_t
answers_col_offset(const char *s, size_t len, size_t col)
{
	size_t	off = 0, k;
	uint32_t cp;

	while (col > 1 && off < len) {
		k = utf8_decode(s + off, len - off, &cp);
		off += k > 0 ? k : 1;
		col--;
	}
	return off;
}

/*
 * The comments of text (whose tree is spots, sorted), each with the
 * path of the first node on the line it ends on (a comment on lines of
 * its own goes with the next line of YAML).  Lines inside a block scalar
 * or a quoted scalar of several lines hold no comments.
 */
static void
answers_comments_find(const char *text, size_t len,
    const struct answers_spots *spots, struct answers_comments *out)
{
	const char	*line = text, *end = text + len, *nl, *p;
	size_t		 no = 1, k = 0, inside_to = 0, pending = out->n, j;
	size_t		 first;
	size_t		 llen, off, q;

	for (; line < end; line = nl + 1, no++) {
		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			nl = end;
		llen = (size_t)(nl - line);
		while (k < spots->n && spots->v[k].line < no)
			k++;
		if (no <= inside_to)
			continue;
		for (p = line; p < nl && (*p == ' ' || *p == '\t'); p++)
			;
		if (p < nl && *p == '#' && (k == spots->n ||
		    spots->v[k].line != no)) {
			answers_comment_add(out, no, p, (size_t)(nl - p), NULL,
			    0);
			continue;
		}
		if (k == spots->n || spots->v[k].line != no)
			continue;
		/*
		 * A line of YAML: the comments before it go with its first
		 * key or value ("- id: x" is the id's line, not the list's).
		 */
		for (first = k; first + 1 < spots->n && !spots->v[first].scalar &&
		    spots->v[first + 1].line == no; first++)
			;
		for (; pending < out->n; pending++)
			out->v[pending].path = xstrdup(spots->v[first].path);
		/* Its own comment, past its quoted scalars. */
		for (off = 0, j = k; off < llen; off++) {
			while (j < spots->n && spots->v[j].line == no &&
			    answers_col_offset(line, llen, spots->v[j].col) <
			    off)
				j++;
			if (j < spots->n && spots->v[j].line == no &&
			    answers_col_offset(line, llen, spots->v[j].col) ==
			    off) {
				char qc = line[off];

				if (qc == '|' || qc == '>') {
					/*
					 * A block scalar runs to the next
					 * node; this line may end in a
					 * comment still.
					 */
					inside_to = j + 1 < spots->n ?
					    spots->v[j + 1].line - 1 :
					    (size_t)-1;
					j++;
					continue;
				}
				if (qc == '"' || qc == '\'') {
					for (q = off + 1; q < llen; q++) {
						if (qc == '"' && line[q] == '\\')
							q++;
						else if (line[q] == qc &&
						    qc == '\'' && q + 1 < llen &&
						    line[q + 1] == '\'')
							q++;
						else if (line[q] == qc)
							break;
					}
					if (q >= llen) {
						/* Closed on a later line. */
						inside_to = j + 1 < spots->n ?
						    spots->v[j + 1].line - 1 :
						    (size_t)-1;
						break;
					}
					off = q;
					j++;
					continue;
				}
			}
			if (line[off] == '#' && off > 0 &&
			    (line[off - 1] == ' ' || line[off - 1] == '\t')) {
				answers_comment_add(out, no, line + off,
				    llen - off, spots->v[first].path, 1);
				pending = out->n;
				break;
			}
		}
	}
}

/* Whether two trees hold the same YAML, whatever their places. */
static int
answers_same_tree(const struct ynode *a, const struct ynode *b)
{
	size_t	i;

	if (a->type != b->type || a->nitems != b->nitems)
		return 0;
	if (a->type == YNODE_SCALAR)
		return strcmp(a->value, b->value) == 0 && a->plain == b->plain;
	for (i = 0; i < a->nitems; i++) {
		if (!answers_same_tree(a->items[i], b->items[i]))
			return 0;
	}
	return 1;
}

/* Where each comment goes in the new text (spots), or that it has no place. */
static void
answers_comments_place(struct answers_comments *c,
    const struct answers_spots *spots)
{
	size_t	i, j;

	for (i = 0; i < c->n; i++) {
		c->v[i].at = c->v[i].path == NULL ? (size_t)-1 : 0;
		for (j = 0; c->v[i].path != NULL && j < spots->n; j++) {
			/* Sorted: the key's line, before its value's. */
			if (strcmp(spots->v[j].path, c->v[i].path) == 0) {
				c->v[i].at = spots->v[j].line;
				break;
			}
		}
	}
}

/*
 * The new text with the comments that have a place put back there, a
 * trailing one at the end of its line unless it is to go above (the
 * line's first trailing comment only; the others go above too).
 */
static char *
answers_comments_merge(const char *buf, size_t len,
    const struct answers_comments *c, size_t *outlen)
{
	const char	*line = buf, *end = buf + len, *nl, *eol;
	size_t		 no = 1, i, olen = 0, room, ind;
	char		*out;

	/* Each comment once, with an indent of at most 32 and a newline. */
	room = len + 1;
	for (i = 0; i < c->n; i++)
		room += strlen(c->v[i].text) + 40;
	out = xmalloc(room);
	for (; line < end; line = nl + 1, no++) {
		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			nl = end;
		for (ind = 0; line + ind < nl && line[ind] == ' '; ind++)
			;
		eol = NULL;
		for (i = 0; i < c->n; i++) {
			if (c->v[i].at != no)
				continue;
			if (c->v[i].trailing && !c->v[i].above && eol == NULL) {
				eol = c->v[i].text;
				continue;
			}
			olen += (size_t)sprintf(out + olen, "%*s%s\n",
			    (int)(ind > 32 ? 32 : ind), "", c->v[i].text);
		}
		memcpy(out + olen, line, (size_t)(nl - line));
		olen += (size_t)(nl - line);
		if (eol != NULL)
			olen += (size_t)sprintf(out + olen, "  %s", eol);
		if (nl < end)
			out[olen++] = '\n';
	}
	for (i = 0; i < c->n; i++) {
		if (c->v[i].at == (size_t)-1)
			olen += (size_t)sprintf(out + olen, "%s\n",
			    c->v[i].text);
	}
	out[olen] = '\0';
	*outlen = olen;
	return out;
}

/*
 * The merged text if it holds the same YAML as the new text (tree), else
 * NULL: a comment at the end of a line that opens a quoted text of
 * several lines would become part of it.
 */
static char *
answers_comments_try(const char *name, const char *buf, size_t len,
    const struct answers_comments *c, const struct ynode *tree,
    size_t *outlen)
{
	struct ydoc	*md;
	char		*merged, *why;
	int		 same;

	merged = answers_comments_merge(buf, len, c, outlen);
	if (ydoc_load_buffer(name, merged, *outlen, &md, &why) != 0) {
		free(why);
		free(merged);
		return NULL;
	}
	same = md->root != NULL && answers_same_tree(md->root, tree);
	ydoc_free(md);
	if (!same) {
		free(merged);
		return NULL;
	}
	return merged;
}

/*
 * The new text with the comments; first as they were, then with each
 * trailing comment that alone spoils the text set above its line, then
 * with all of them above; NULL when even that fails.
 */
static char *
answers_comments_put(const char *name, const char *buf, size_t len,
    struct answers_comments *c, const struct ynode *tree, size_t *outlen)
{
	char	*merged, *one;
	size_t	 i, j, n;
	int	*bad;

	if ((merged = answers_comments_try(name, buf, len, c, tree,
	    outlen)) != NULL)
		return merged;
	bad = xcalloc(c->n + 1, sizeof *bad);
	for (i = 0; i < c->n; i++) {
		if (!c->v[i].trailing)
			continue;
		for (j = 0; j < c->n; j++)
			c->v[j].above = j != i;
		if ((one = answers_comments_try(name, buf, len, c, tree,
		    &n)) == NULL)
			bad[i] = 1;
		free(one);
	}
	for (i = 0; i < c->n; i++)
		c->v[i].above = bad[i];
	free(bad);
	if ((merged = answers_comments_try(name, buf, len, c, tree,
	    outlen)) != NULL)
		return merged;
	for (i = 0; i < c->n; i++)
		c->v[i].above = 1;
	return answers_comments_try(name, buf, len, c, tree, outlen);
}

/* The bytes of path, or NULL; a file over the loader's limit is none. */
static char *
answers_read_all(const char *path, size_t *len)
{
	FILE	*f;
	char	*buf;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	buf = xmalloc(YDOC_MAX_BYTES + 1);
	*len = fread(buf, 1, YDOC_MAX_BYTES + 1, f);
	if (ferror(f) || *len > YDOC_MAX_BYTES) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[*len] = '\0';
	return buf;
}

int
answers_write_keeping(const struct answers *a, const char *path,
    unsigned new_mode, char ***dropped, size_t *ndropped, char **cause)
{
	struct answers_comments	 c = { NULL, 0 };
	struct answers_spots	 old = { NULL, 0 }, now = { NULL, 0 };
	struct ydoc		*od = NULL, *nd = NULL;
	struct stat		 st;
	char			*target, *obuf, *buf, *merged = NULL, *why;
	size_t			 olen = 0, len, mlen = 0, i;
	mode_t			 mode = (mode_t)new_mode;
	int			 rc = -1;

	if (dropped != NULL) {
		*dropped = NULL;
		*ndropped = 0;
	}
	if ((target = realpath(path, NULL)) == NULL)
		target = xstrdup(path);
	if (stat(target, &st) == 0 && S_ISREG(st.st_mode))
		mode = st.st_mode & 07777;
	if (answers_emit_buffer(a, &buf, &len, cause) != 0) {
		free(target);
		return -1;
	}
	obuf = dropped != NULL ? answers_read_all(target, &olen) : NULL;
	if (obuf != NULL && ydoc_load_buffer(path, obuf, olen, &od,
	    &why) != 0) {
		free(why);
		od = NULL;
	}
	if (od != NULL && od->root != NULL) {
		answers_spots_walk(&old, od->root, "");
		qsort(old.v, old.n, sizeof *old.v, answers_spot_cmp);
		answers_comments_find(obuf, olen, &old, &c);
	}
	if (c.n > 0 && ydoc_load_buffer(path, buf, len, &nd, &why) != 0) {
		free(why);
		nd = NULL;
	}
	if (nd != NULL && nd->root != NULL) {
		answers_spots_walk(&now, nd->root, "");
		qsort(now.v, now.n, sizeof *now.v, answers_spot_cmp);
		answers_comments_place(&c, &now);
		merged = answers_comments_put(path, buf, len, &c, nd->root,
		    &mlen);
	}
	for (i = 0; i < c.n; i++) {
		if (merged != NULL && c.v[i].at != 0)
			continue;
		*dropped = xreallocarray(*dropped, *ndropped + 1,
		    sizeof **dropped);
		(*dropped)[(*ndropped)++] = xasprintf("%zu: %s", c.v[i].line,
		    c.v[i].text);
	}
	if (merged != NULL) {
		free(buf);
		buf = merged;
		len = mlen;
	}
	rc = atomicfile_write(target, buf, len, mode, cause);
	free(buf);
	free(obuf);
	free(target);
	ydoc_free(od);
	ydoc_free(nd);
	answers_spots_free(&old);
	answers_spots_free(&now);
	answers_comments_free(&c);
	return rc;
}
