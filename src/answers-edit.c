/* answers-edit.c: changing answers in memory the way the wizard does, keeping them loadable. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "xmalloc.h"

/* The copy first, so that running out of memory leaves the old value. */
void
answers_set(char **slot, const char *value)
{
	char	*copy;

	copy = value != NULL && *value != '\0' ? xstrdup(value) : NULL;
	free(*slot);
	*slot = copy;
}

void
answers_set_blank(struct answers *a, const char *id, const char *value)
{
	size_t	i;

	for (i = 0; i < a->nblanks; i++) {
		if (strcmp(a->blanks[i].id, id) == 0)
			break;
	}
	if (value == NULL || *value == '\0') {
		if (i == a->nblanks)
			return;
		free(a->blanks[i].id);
		free(a->blanks[i].value);
		memmove(&a->blanks[i], &a->blanks[i + 1],
		    (a->nblanks - i - 1) * sizeof *a->blanks);
		a->nblanks--;
		return;
	}
	if (i == a->nblanks) {
		a->blanks = xreallocarray(a->blanks, a->nblanks + 1,
		    sizeof *a->blanks);
		a->blanks[i].id = xstrdup(id);
		a->blanks[i].value = NULL;
		a->nblanks++;
	}
	answers_set(&a->blanks[i].value, value);
}

/* Drop the blanks ID.K of an agency clause from K = from + 1 on. */
static void
answers_custom_drop_blanks(struct answers *a, const char *id, size_t from)
{
	size_t		 i, n = strlen(id);
	unsigned long	 k;
	char		*end;

	for (i = 0; i < a->nblanks; i++) {
		if (strncmp(a->blanks[i].id, id, n) != 0 ||
		    a->blanks[i].id[n] != '.')
			continue;
		k = strtoul(a->blanks[i].id + n + 1, &end, 10);
		if (*end != '\0' || k <= from)
			continue;
		answers_set_blank(a, a->blanks[i].id, NULL);
		i--;
	}
}

/* How many bytes the n characters of s before end take (fewer at s). */
static size_t
answers_back_chars(const char *s, const char *end, int n)
{
	const char	*p = end;

	while (n-- > 0 && p > s) {
		p--;
		while (p > s && ((unsigned char)*p & 0xc0) == 0x80)
			p--;
	}
	return (size_t)(end - p);
}

/* How many bytes the n characters of s from its start take. */
static size_t
answers_fwd_chars(const char *s, int n)
{
	const char	*p = s;

	while (n-- > 0 && *p != '\0') {
		p++;
		while (((unsigned char)*p & 0xc0) == 0x80)
			p++;
	}
	return (size_t)(p - s);
}

/*
 * The words around each blank of text, in order, appended to *out (*n of
 * them): two characters either side, which tell one blank from another
 * the way a reader does (「應於____日內」, 「承辦人____。」).
 */
static void
answers_blank_words(const char *text, char ***out, size_t *n)
{
	const char	*p = text;
	size_t		 run, b, f;

	while (p != NULL && *p != '\0') {
		for (run = 0; p[run] == '_'; run++)
			;
		if (run < 3) {
			p += run > 0 ? run : 1;
			continue;
		}
		b = answers_back_chars(text, p, 2);
		f = answers_fwd_chars(p + run, 2);
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = xasprintf("%.*s\037%.*s", (int)b, p - b,
		    (int)f, p + run);
		p += run;
	}
}

/* Index of the one entry of v equal to s, or -1 if none or several. */
static long
answers_words_find(char **v, size_t n, const char *s)
{
	size_t	i;
	long	at = -1;

	for (i = 0; i < n; i++) {
		if (strcmp(v[i], s) != 0)
			continue;
		if (at != -1)
			return -1;
		at = (long)i;
	}
	return at;
}

/*
 * Each value of e's old blanks (their words in ow) to the new blank with
 * the same words (nw), found once in each; the others dropped.  1 if a
 * value moved or was dropped.
 */
static int
answers_custom_carry(struct answers *a, const struct answer_custom *e,
    char **ow, size_t no, char **nw, size_t nn)
{
	char		**val, *key;
	size_t		  i;
	long		  at;
	int		  moved = 0;
	const char	 *v;

	val = xcalloc(no + 1, sizeof *val);
	for (i = 0; i < no; i++) {
		key = xasprintf("%s.%zu", e->id, i + 1);
		v = answers_blank(a, key);
		val[i] = v != NULL ? xstrdup(v) : NULL;
		free(key);
	}
	answers_custom_drop_blanks(a, e->id, 0);
	for (i = 0; i < nn; i++) {
		at = answers_words_find(ow, no, nw[i]);
		if (at == -1 || answers_words_find(nw, nn, nw[i]) == -1 ||
		    val[at] == NULL)
			continue;
		key = xasprintf("%s.%zu", e->id, i + 1);
		answers_set_blank(a, key, val[at]);
		free(key);
		moved |= (size_t)at != i;
		free(val[at]);
		val[at] = NULL;
	}
	for (i = 0; i < no; i++) {
		moved |= val[i] != NULL;
		free(val[i]);
	}
	free(val);
	return moved;
}

/*
 * After e's text or note changed from otext/onote: the blanks' values
 * follow their words (answers_custom_carry), unless the blanks and their
 * words are all as they were, when each value stays where it is.
 */
static int
answers_custom_rematch(struct answers *a, const struct answer_custom *e,
    const char *otext, const char *onote)
{
	char	**ow = NULL, **nw = NULL;
	size_t	  no = 0, nn = 0, i;
	int	  moved = 0;

	answers_blank_words(otext, &ow, &no);
	answers_blank_words(onote, &ow, &no);
	answers_blank_words(e->text, &nw, &nn);
	answers_blank_words(e->note, &nw, &nn);
	for (i = 0; no == nn && i < no && strcmp(ow[i], nw[i]) == 0; i++)
		;
	if (no != nn || i < no)
		moved = answers_custom_carry(a, e, ow, no, nw, nn);
	for (i = 0; i < no; i++)
		free(ow[i]);
	for (i = 0; i < nn; i++)
		free(nw[i]);
	free(ow);
	free(nw);
	return moved;
}

int
answers_custom_set(struct answers *a, const struct category *c,
    const char *id, const char *group, const char *text, const char *note,
    int checklist, const char **out, char **cause)
{
	struct answer_custom	*e = NULL;
	char			 name[32], *s, *otext = NULL, *onote = NULL;
	size_t			 i, n;
	int			 moved = 0;

	if ((*cause = answers_custom_check(a, c, id, group, text)) != NULL)
		return -1;
	for (i = 0; id != NULL && i < a->ncustom; i++) {
		if (strcmp(a->custom[i].id, id) == 0)
			e = &a->custom[i];
	}
	if (e == NULL) {
		/* The first custom-N that no clause has. */
		for (n = 1;; n++) {
			snprintf(name, sizeof name, "custom-%zu", n);
			if (answers_custom(a, name) == NULL)
				break;
		}
		a->custom = xreallocarray(a->custom, a->ncustom + 1,
		    sizeof *a->custom);
		e = &a->custom[a->ncustom++];
		memset(e, 0, sizeof *e);
		e->id = xstrdup(name);
	}
	answers_set(&e->group, group);
	/* Kept to carry the blanks' values over. */
	otext = e->text != NULL ? xstrdup(e->text) : NULL;
	onote = e->note != NULL ? xstrdup(e->note) : NULL;
	/* A blank typed in full-width ＿ is a blank all the same. */
	s = answers_underscores(text);
	answers_set(&e->text, s);
	free(s);
	s = answers_underscores(note);
	answers_set(&e->note, s);
	free(s);
	e->checklist = checklist;
	moved = answers_custom_rematch(a, e, otext, onote);
	free(otext);
	free(onote);
	if (out != NULL)
		*out = e->id;
	return moved;
}

void
answers_custom_remove(struct answers *a, const char *id)
{
	size_t	i;

	for (i = 0; i < a->ncustom; i++) {
		if (strcmp(a->custom[i].id, id) != 0)
			continue;
		answers_custom_drop_blanks(a, id, 0);
		answers_custom_clear(&a->custom[i]);
		memmove(&a->custom[i], &a->custom[i + 1],
		    (a->ncustom - i - 1) * sizeof *a->custom);
		a->ncustom--;
		return;
	}
}

/* Remove entry i of a list, freeing its strings. */
static void
answers_remove(struct answer_choice *c, size_t *n, size_t i)
{
	free(c[i].id);
	free(c[i].text);
	memmove(&c[i], &c[i + 1], (*n - i - 1) * sizeof *c);
	(*n)--;
}

/* Remove id from a list; whether it was there. */
static int
answers_unlist(struct answer_choice *c, size_t *n, const char *id)
{
	size_t	i;

	for (i = 0; i < *n; i++) {
		if (strcmp(c[i].id, id) == 0) {
			answers_remove(c, n, i);
			return 1;
		}
	}
	return 0;
}

void
answers_set_choice(struct answers *a, const char *id, int list,
    const char *text)
{
	struct answer_choice	**c;
	size_t			 *n;
	char			 *idc, *textc;

	switch (list) {
	case 'i':
		c = &a->include;
		n = &a->ninclude;
		text = NULL;
		break;
	case 'x':
		c = &a->exclude;
		n = &a->nexclude;
		break;
	case 'e':
		c = &a->elsewhere;
		n = &a->nelsewhere;
		break;
	default:
		answers_unlist(a->include, &a->ninclude, id);
		answers_unlist(a->exclude, &a->nexclude, id);
		answers_unlist(a->elsewhere, &a->nelsewhere, id);
		return;
	}
	/* Allocate before changing anything, so that running out of memory
	 * leaves the answers as they were. */
	*c = xreallocarray(*c, *n + 1, sizeof **c);
	idc = xstrdup(id);
	textc = text != NULL && *text != '\0' ? xstrdup(text) : NULL;
	answers_unlist(a->include, &a->ninclude, id);
	answers_unlist(a->exclude, &a->nexclude, id);
	answers_unlist(a->elsewhere, &a->nelsewhere, id);
	(*c)[*n].id = idc;
	(*c)[*n].text = textc;
	(*n)++;
}

/* Drop the entries of one list that the category and tier refuse. */
static size_t
answers_prune_list(struct answer_choice *c, size_t *n,
    const struct category *cg, int tier, int list)
{
	const struct clause	*cl;
	size_t			 i = 0, dropped = 0;
	int			 bad;

	while (i < *n) {
		cl = cg != NULL ? catalogue_clause(cg, c[i].id) : NULL;
		bad = cl == NULL;
		if (!bad && tier != -1) {
			bad = cl->marks[tier] == MARK_NONE ||
			    (list == 'e' && cl->marks[tier] != MARK_BY_LEVEL);
		}
		if (!bad && list == 'x')
			bad = c[i].text == NULL;
		if (bad) {
			answers_remove(c, n, i);
			dropped++;
		} else
			i++;
	}
	return dropped;
}

size_t
answers_prune(struct answers *a, const struct catalogue *cat)
{
	const struct category	*cg;
	size_t			 dropped = 0;

	cg = a->category != NULL ? catalogue_category(cat, a->category) : NULL;
	dropped += answers_prune_list(a->include, &a->ninclude, cg, a->tier,
	    'i');
	dropped += answers_prune_list(a->exclude, &a->nexclude, cg, a->tier,
	    'x');
	dropped += answers_prune_list(a->elsewhere, &a->nelsewhere, cg,
	    a->tier, 'e');
	if (a->route == ROUTE_JOINT_SUPPLY && cg != NULL && !cg->cloud) {
		a->route = ROUTE_TENDER;
		dropped++;
	}
	/* An order under the joint supply contract has no method. */
	if (a->route == ROUTE_JOINT_SUPPLY && a->method != -1) {
		a->method = -1;
		dropped++;
	}
	return dropped;
}

static struct answer_choice *
answers_copy_list(const struct answer_choice *c, size_t n)
{
	struct answer_choice	*out;
	size_t			 i;

	out = xcalloc(n + 1, sizeof *out);
	for (i = 0; i < n; i++) {
		out[i].id = xstrdup(c[i].id);
		out[i].text = c[i].text != NULL ? xstrdup(c[i].text) : NULL;
	}
	return out;
}

static char *
answers_copy_str(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

struct answers *
answers_copy(const struct answers *a)
{
	struct answers	*b;
	size_t		 i;

	b = answers_new();
	b->version = a->version;
	answers_set(&b->catalogue_version, a->catalogue_version);
	answers_set(&b->rules_version, a->rules_version);
	b->category = answers_copy_str(a->category);
	b->tier = a->tier;
	b->level = a->level;
	b->agency_type = a->agency_type;
	b->route = a->route;
	b->agency = answers_copy_str(a->agency);
	b->name = answers_copy_str(a->name);
	b->number = answers_copy_str(a->number);
	b->date = answers_copy_str(a->date);
	b->attachment = answers_copy_str(a->attachment);
	memcpy(b->context, a->context, sizeof b->context);
	memcpy(b->impacts, a->impacts, sizeof b->impacts);
	b->blanks = xcalloc(a->nblanks + 1, sizeof *b->blanks);
	for (i = 0; i < a->nblanks; i++) {
		b->blanks[i].id = xstrdup(a->blanks[i].id);
		b->blanks[i].value = xstrdup(a->blanks[i].value);
	}
	b->nblanks = a->nblanks;
	b->include = answers_copy_list(a->include, a->ninclude);
	b->ninclude = a->ninclude;
	b->exclude = answers_copy_list(a->exclude, a->nexclude);
	b->nexclude = a->nexclude;
	b->elsewhere = answers_copy_list(a->elsewhere, a->nelsewhere);
	b->nelsewhere = a->nelsewhere;
	b->method = a->method;
	b->custom = xcalloc(a->ncustom + 1, sizeof *b->custom);
	for (i = 0; i < a->ncustom; i++) {
		b->custom[i].id = xstrdup(a->custom[i].id);
		b->custom[i].group = xstrdup(a->custom[i].group);
		b->custom[i].text = xstrdup(a->custom[i].text);
		b->custom[i].note = answers_copy_str(a->custom[i].note);
		b->custom[i].checklist = a->custom[i].checklist;
	}
	b->ncustom = a->ncustom;
	return b;
}

int
answers_equal(const struct answers *a, const struct answers *b)
{
	char	*x = NULL, *y = NULL, *cause = NULL;
	size_t	 nx = 0, ny = 0;
	int	 eq;

	if (answers_emit_buffer(a, &x, &nx, &cause) != 0 ||
	    answers_emit_buffer(b, &y, &ny, &cause) != 0) {
		free(cause);
		free(x);
		return 0;
	}
	eq = nx == ny && memcmp(x, y, nx) == 0;
	free(x);
	free(y);
	return eq;
}

/* Whether id is a case fact held as a string (or the category); *slot gets it. */
static int
answers_field_slot(struct answers *a, const char *id, char ***slot)
{
	static const char *const ids[] = {
		"agency", "name", "number", "date", "category"
	};
	char		**slots[] = {
		&a->agency, &a->name, &a->number, &a->date, &a->category
	};
	size_t		 i;

	for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		if (strcmp(id, ids[i]) == 0) {
			*slot = slots[i];
			return 1;
		}
	}
	return 0;
}

const char *
answers_field_get(const struct answers *a, const char *id)
{
	static const char *const ids[] = {
		"agency", "name", "number", "date", "category", NULL
	};
	const char	*strs[] = {
		a->agency, a->name, a->number, a->date, a->category
	};
	int		 i;

	for (i = 0; ids[i] != NULL; i++) {
		if (strcmp(id, ids[i]) == 0)
			return strs[i];
	}
	if (strcmp(id, "tier") == 0)
		return a->tier == -1 ? NULL : tier_name((enum tier)a->tier);
	if (strcmp(id, "level") == 0)
		return a->level == -1 ? NULL : answers_level_name(a->level);
	if (strcmp(id, "agency_type") == 0)
		return a->agency_type == -1 ? NULL :
		    agency_type_name((enum agency_type)a->agency_type);
	if (strcmp(id, "route") == 0)
		return a->route == ROUTE_JOINT_SUPPLY ?
		    "joint-supply-contract" : "tender";
	if (strcmp(id, "method") == 0)
		return a->method == -1 ? NULL :
		    method_name((enum method)a->method);
	if ((i = context_from_name(id)) != -1)
		return a->context[i] == -1 ? NULL :
		    a->context[i] ? "yes" : "no";
	return NULL;
}

int
answers_field_set(struct answers *a, const char *id, const char *value)
{
	char	**slot;
	int	  i, v = -1;

	if (value != NULL && *value == '\0')
		value = NULL;
	if (answers_field_slot(a, id, &slot)) {
		answers_set(slot, value);
		return 0;
	}
	if (strcmp(id, "tier") == 0) {
		if (value != NULL && (v = tier_from_name(value)) == -1)
			return -1;
		a->tier = v;
	} else if (strcmp(id, "level") == 0) {
		if (value != NULL && (strlen(value) != 1 || value[0] < 'A' ||
		    value[0] > 'E'))
			return -1;
		a->level = value != NULL ? value[0] - 'A' : -1;
	} else if (strcmp(id, "agency_type") == 0) {
		if (value != NULL && (v = agency_type_from_name(value)) == -1)
			return -1;
		a->agency_type = v;
	} else if (strcmp(id, "route") == 0) {
		if (value == NULL || strcmp(value, "tender") == 0)
			a->route = ROUTE_TENDER;
		else if (strcmp(value, "joint-supply-contract") == 0) {
			/* An order under the contract has no method. */
			a->route = ROUTE_JOINT_SUPPLY;
			a->method = -1;
		} else
			return -1;
	} else if (strcmp(id, "method") == 0) {
		if (value != NULL && ((v = method_from_name(value)) == -1 ||
		    a->route == ROUTE_JOINT_SUPPLY))
			return -1;
		a->method = v;
	} else if ((i = context_from_name(id)) != -1) {
		if (value == NULL)
			a->context[i] = -1;
		else if (strcmp(value, "yes") == 0)
			a->context[i] = 1;
		else if (strcmp(value, "no") == 0)
			a->context[i] = 0;
		else
			return -1;
	} else
		return -1;
	return 0;
}
