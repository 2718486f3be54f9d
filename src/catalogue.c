/* catalogue.c: loading the clause table and the joint-supply-contract checks from data files. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "i18n.h"
#include "xmalloc.h"
#include "yamldoc.h"

static const char *const mark_names[MARK_COUNT + 1] = {
	"required", "optional", "by-level", "none", NULL
};
static const char *const tier_names[TIER_COUNT + 1] = {
	"high", "medium", "low", NULL
};
static const char *tier_labels[TIER_COUNT] = { "高", "中", "普" };
static const char *const jsc_party_names[JSC_PARTY_COUNT + 1] = {
	"vendor", "agency", "information", NULL
};
static const char *const jsc_kinds[] = {
	"listing", "eligibility", "certificate", "test", "clause", "schedule",
	NULL
};

const char *
jsc_party_name(enum jsc_party p)
{
	return jsc_party_names[p];
}

int
jsc_party_from_name(const char *s)
{
	int	i;

	for (i = 0; i < JSC_PARTY_COUNT; i++) {
		if (strcmp(s, jsc_party_names[i]) == 0)
			return i;
	}
	return -1;
}

const char *
mark_name(enum mark m)
{
	return mark_names[m];
}

int
mark_from_name(const char *s)
{
	int	i;

	for (i = 0; i < MARK_COUNT; i++) {
		if (strcmp(s, mark_names[i]) == 0)
			return i;
	}
	return -1;
}

const char *
tier_name(enum tier t)
{
	return tier_names[t];
}

const char *
tier_label(enum tier t)
{
	return tier_labels[t];
}

int
tier_from_name(const char *s)
{
	int	i;

	for (i = 0; i < TIER_COUNT; i++) {
		if (strcmp(s, tier_names[i]) == 0 ||
		    strcmp(s, tier_labels[i]) == 0)
			return i;
	}
	return -1;
}

void
catalogue_free_source(struct source *s)
{
	free(s->title);
	free(s->issuer);
	free(s->date);
	free(s->date_roc);
	free(s->reference);
	free(s->version);
}

/* Drop the joint-supply part, so that the catalogue has none. */
static void
catalogue_free_jsc(struct catalogue *cat)
{
	size_t	i, j;

	catalogue_free_source(&cat->jsc_source);
	memset(&cat->jsc_source, 0, sizeof cat->jsc_source);
	for (i = 0; i < cat->njsc; i++) {
		free(cat->jsc[i].id);
		free(cat->jsc[i].kind);
		free(cat->jsc[i].effective);
		free(cat->jsc[i].title);
		free(cat->jsc[i].text);
		for (j = 0; j < cat->jsc[i].napplies; j++)
			free(cat->jsc[i].applies_to[j]);
		free(cat->jsc[i].applies_to);
	}
	free(cat->jsc);
	cat->jsc = NULL;
	cat->njsc = 0;
}

void
catalogue_free(struct catalogue *cat)
{
	size_t	i, j;

	if (cat == NULL)
		return;
	catalogue_free_source(&cat->source);
	catalogue_free_jsc(cat);
	for (i = 0; i < MARK_COUNT; i++) {
		free(cat->legend[i].symbol);
		free(cat->legend[i].text);
	}
	for (i = 0; i < cat->nblanks; i++) {
		free(cat->blanks[i].id);
		free(cat->blanks[i].label);
		free(cat->blanks[i].def);
	}
	free(cat->blanks);
	for (i = 0; i < cat->ncategories; i++) {
		struct category *c = &cat->categories[i];

		free(c->id);
		free(c->name);
		for (j = 0; j < c->nnotes; j++)
			free(c->notes[j]);
		free(c->notes);
		for (j = 0; j < c->nclauses; j++) {
			free(c->clauses[j].id);
			free(c->clauses[j].group);
			free(c->clauses[j].text);
			free(c->clauses[j].note);
			free(c->clauses[j].blanks);
		}
		free(c->clauses);
	}
	free(cat->categories);
	free(cat);
}

struct category *
catalogue_category(const struct catalogue *cat, const char *id)
{
	size_t	i;

	for (i = 0; i < cat->ncategories; i++) {
		if (strcmp(cat->categories[i].id, id) == 0)
			return &cat->categories[i];
	}
	return NULL;
}

char *
catalogue_category_ids(const struct catalogue *cat)
{
	char	*out = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < cat->ncategories; i++) {
		t = xasprintf("%s%s%s", out, i > 0 ? ", " : "",
		    cat->categories[i].id);
		free(out);
		out = t;
	}
	return out;
}

struct clause *
catalogue_clause(const struct category *c, const char *id)
{
	size_t	i;

	for (i = 0; i < c->nclauses; i++) {
		if (strcmp(c->clauses[i].id, id) == 0)
			return &c->clauses[i];
	}
	return NULL;
}

const struct clause *
catalogue_find_clause(const struct catalogue *cat, const char *id)
{
	const struct clause	*cl;
	size_t			 i;

	for (i = 0; i < cat->ncategories; i++) {
		if ((cl = catalogue_clause(&cat->categories[i], id)) != NULL)
			return cl;
	}
	return NULL;
}

int
catalogue_jsc_applies(const struct jsc_requirement *j, const char *category)
{
	size_t	i;

	for (i = 0; i < j->napplies; i++) {
		if (strcmp(j->applies_to[i], category) == 0)
			return 1;
	}
	return 0;
}

const struct blank_def *
catalogue_blank(const struct catalogue *cat, const char *id)
{
	size_t	i;

	for (i = 0; i < cat->nblanks; i++) {
		if (strcmp(cat->blanks[i].id, id) == 0)
			return &cat->blanks[i];
	}
	return NULL;
}

/* The position of s in names, a list that ends with NULL, or -1. */
static int
catalogue_index(const char *const *names, const char *s)
{
	int	i;

	for (i = 0; names[i] != NULL; i++) {
		if (strcmp(names[i], s) == 0)
			return i;
	}
	return -1;
}

/* Ids appear in answers files and on the command line: keep them plain. */
static int
catalogue_id(const struct ydoc *doc, const struct ynode *n, const char *what,
    char **out, char **cause)
{
	const char	*s, *p;

	if (ydoc_string(doc, n, what, &s, cause) != 0)
		return -1;
	for (p = s; *p != '\0'; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    (*p == '-' && p != s))) {
			*cause = ydoc_error(doc, n,
			    _("%s '%s' may hold only a-z, 0-9 and '-'"), what, s);
			return -1;
		}
	}
	*out = xstrdup(s);
	return 0;
}

static int
catalogue_string(const struct ydoc *doc, const struct ynode *n,
    const char *what, char **out, char **cause)
{
	const char	*s;

	if (ydoc_string(doc, n, what, &s, cause) != 0)
		return -1;
	*out = xstrdup(s);
	return 0;
}

/* Runs of three or more underscores are the table's blanks. */
static size_t
catalogue_count_blanks(const char *s)
{
	size_t	n = 0, run = 0;

	for (; s != NULL; s++) {
		if (*s == '_')
			run++;
		else {
			if (run >= 3)
				n++;
			run = 0;
		}
		if (*s == '\0')
			break;
	}
	return n;
}

int
catalogue_load_source(const struct ydoc *doc, const struct ynode *n,
    struct source *src, int full, char **cause)
{
	static const char *const allowed[] = {
	    "title", "issuer", "date", "date_roc", "reference", "version", NULL
	};
	static const char *const required_full[] = {
	    "title", "issuer", "date", "date_roc", "reference", "version", NULL
	};
	static const char *const required_jsc[] = {
	    "title", "issuer", "reference", "version", NULL
	};
	const struct ynode	*v;

	if (ydoc_check_map(doc, n, "source", allowed,
	    full ? required_full : required_jsc, cause) != 0)
		return -1;
	if (catalogue_string(doc, ynode_get(n, "title"), "title", &src->title,
	    cause) != 0 ||
	    catalogue_string(doc, ynode_get(n, "issuer"), "issuer",
	    &src->issuer, cause) != 0 ||
	    catalogue_string(doc, ynode_get(n, "reference"), "reference",
	    &src->reference, cause) != 0 ||
	    catalogue_string(doc, ynode_get(n, "version"), "version",
	    &src->version, cause) != 0)
		return -1;
	if ((v = ynode_get(n, "date")) != NULL &&
	    catalogue_string(doc, v, "date", &src->date, cause) != 0)
		return -1;
	if ((v = ynode_get(n, "date_roc")) != NULL &&
	    catalogue_string(doc, v, "date_roc", &src->date_roc, cause) != 0)
		return -1;
	return 0;
}

static int
catalogue_load_legend(const struct ydoc *doc, const struct ynode *n,
    struct catalogue *cat, char **cause)
{
	static const char *const allowed[] = { "symbol", "text", NULL };
	const struct ynode	*e;
	int			 m;

	if (ydoc_check_map(doc, n, "legend", mark_names, mark_names,
	    cause) != 0)
		return -1;
	for (m = 0; m < MARK_COUNT; m++) {
		e = ynode_get(n, mark_names[m]);
		if (ydoc_check_map(doc, e, "legend entry", allowed, allowed,
		    cause) != 0 ||
		    catalogue_string(doc, ynode_get(e, "symbol"), "symbol",
		    &cat->legend[m].symbol, cause) != 0 ||
		    catalogue_string(doc, ynode_get(e, "text"), "text",
		    &cat->legend[m].text, cause) != 0)
			return -1;
	}
	return 0;
}

static int
catalogue_load_blanks(const struct ydoc *doc, const struct ynode *n,
    struct catalogue *cat, char **cause)
{
	static const char *const allowed[] = { "kind", "label", "default", NULL };
	static const char *const required[] = { "kind", "label", NULL };
	const struct ynode	*key, *e, *v;
	struct blank_def	*b;
	const char		*kind;
	size_t			 i;

	if (ydoc_check_type(doc, n, YNODE_MAPPING, "blanks", cause) != 0)
		return -1;
	cat->blanks = xcalloc(n->nitems / 2, sizeof *cat->blanks);
	for (i = 0; i + 1 < n->nitems; i += 2) {
		key = n->items[i];
		e = n->items[i + 1];
		b = &cat->blanks[cat->nblanks++];
		if (catalogue_id(doc, key, _("blank id"), &b->id, cause) != 0 ||
		    ydoc_check_map(doc, e, "blank", allowed, required,
		    cause) != 0 ||
		    ydoc_string(doc, ynode_get(e, "kind"), "kind", &kind,
		    cause) != 0 ||
		    catalogue_string(doc, ynode_get(e, "label"), "label",
		    &b->label, cause) != 0)
			return -1;
		if (strcmp(kind, "tier") == 0)
			b->kind = BLANK_TIER;
		else if (strcmp(kind, "text") == 0)
			b->kind = BLANK_TEXT;
		else {
			*cause = ydoc_error(doc, ynode_get(e, "kind"),
			    _("unknown blank kind '%s' (want tier or text)"),
			    kind);
			return -1;
		}
		if ((v = ynode_get(e, "default")) != NULL &&
		    catalogue_string(doc, v, "default", &b->def, cause) != 0)
			return -1;
	}
	return 0;
}

static int
catalogue_load_marks(const struct ydoc *doc, const struct ynode *n,
    struct clause *cl, char **cause)
{
	const struct ynode	*v;
	const char		*s;
	int			 t, m;

	if (ydoc_check_map(doc, n, "marks", tier_names, tier_names,
	    cause) != 0)
		return -1;
	for (t = 0; t < TIER_COUNT; t++) {
		v = ynode_get(n, tier_names[t]);
		if (ydoc_string(doc, v, "mark", &s, cause) != 0)
			return -1;
		if ((m = mark_from_name(s)) == -1) {
			*cause = ydoc_error(doc, v, _("unknown mark '%s' (want "
			    "required, optional, by-level or none)"), s);
			return -1;
		}
		cl->marks[t] = (enum mark)m;
	}
	return 0;
}

static int
catalogue_load_clause(const struct ydoc *doc, const struct ynode *n,
    struct catalogue *cat, struct clause *cl, char **cause)
{
	static const char *const allowed[] = {
	    "id", "group", "text", "marks", "note", "blanks", NULL
	};
	static const char *const required[] = {
	    "id", "group", "text", "marks", "blanks", NULL
	};
	const struct ynode	*v, *bl;
	const struct blank_def	*b;
	size_t			 i, want;

	if (ydoc_check_map(doc, n, "item", allowed, required, cause) != 0 ||
	    catalogue_id(doc, ynode_get(n, "id"), _("item id"), &cl->id,
	    cause) != 0 ||
	    catalogue_string(doc, ynode_get(n, "group"), "group", &cl->group,
	    cause) != 0 ||
	    catalogue_string(doc, ynode_get(n, "text"), "text", &cl->text,
	    cause) != 0 ||
	    catalogue_load_marks(doc, ynode_get(n, "marks"), cl, cause) != 0)
		return -1;
	if ((v = ynode_get(n, "note")) != NULL &&
	    catalogue_string(doc, v, "note", &cl->note, cause) != 0)
		return -1;

	bl = ynode_get(n, "blanks");
	if (ydoc_check_type(doc, bl, YNODE_SEQUENCE, "blanks", cause) != 0)
		return -1;
	want = catalogue_count_blanks(cl->text) +
	    catalogue_count_blanks(cl->note);
	if (bl->nitems != want) {
		*cause = ydoc_error(doc, bl, ngettext("item %s has %zu blank "
		    "in its text and note but lists %zu", "item %s has %zu "
		    "blanks in its text and note but lists %zu", want), cl->id,
		    want, bl->nitems);
		return -1;
	}
	cl->blanks = xcalloc(want, sizeof *cl->blanks);
	for (i = 0; i < bl->nitems; i++) {
		const char *id;

		if (ydoc_string(doc, bl->items[i], _("blank id"), &id,
		    cause) != 0)
			return -1;
		if ((b = catalogue_blank(cat, id)) == NULL) {
			*cause = ydoc_error(doc, bl->items[i],
			    _("unknown blank '%s'"), id);
			return -1;
		}
		cl->blanks[cl->nblanks++] = (size_t)(b - cat->blanks);
	}
	return 0;
}

/* Item ids are unique across the whole catalogue, as answers name them alone. */
static int
catalogue_check_unique(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, const char *id, int is_category,
    char **cause)
{
	size_t	i, j;

	for (i = 0; i < cat->ncategories; i++) {
		const struct category *c = &cat->categories[i];

		if (is_category && c->id != NULL && strcmp(c->id, id) == 0)
			goto dup;
		for (j = 0; !is_category && j < c->nclauses; j++) {
			if (strcmp(c->clauses[j].id, id) == 0)
				goto dup;
		}
	}
	return 0;
dup:
	*cause = ydoc_error(doc, n, _("duplicate id '%s'"), id);
	return -1;
}

static int
catalogue_load_category(const struct ydoc *doc, const struct ynode *n,
    struct catalogue *cat, struct category *c, char **cause)
{
	static const char *const allowed[] = {
	    "id", "name", "cloud", "notes", "items", NULL
	};
	const struct ynode	*notes, *items, *idn;
	char			*id;
	size_t			 i;

	if (ydoc_check_map(doc, n, "category", allowed, allowed, cause) != 0)
		return -1;
	idn = ynode_get(n, "id");
	if (catalogue_id(doc, idn, _("category id"), &id, cause) != 0)
		return -1;
	if (catalogue_check_unique(doc, idn, cat, id, 1, cause) != 0) {
		free(id);
		return -1;
	}
	c->id = id;
	if (catalogue_string(doc, ynode_get(n, "name"), "name", &c->name,
	    cause) != 0 ||
	    ydoc_bool(doc, ynode_get(n, "cloud"), "cloud", &c->cloud,
	    cause) != 0)
		return -1;

	notes = ynode_get(n, "notes");
	if (ydoc_check_type(doc, notes, YNODE_SEQUENCE, "notes", cause) != 0)
		return -1;
	c->notes = xcalloc(notes->nitems, sizeof *c->notes);
	for (i = 0; i < notes->nitems; i++) {
		if (catalogue_string(doc, notes->items[i], "note",
		    &c->notes[c->nnotes], cause) != 0)
			return -1;
		c->nnotes++;
	}

	items = ynode_get(n, "items");
	if (ydoc_check_type(doc, items, YNODE_SEQUENCE, "items", cause) != 0)
		return -1;
	if (items->nitems == 0) {
		*cause = ydoc_error(doc, items, _("category %s has no items"),
		    c->id);
		return -1;
	}
	c->clauses = xcalloc(items->nitems, sizeof *c->clauses);
	for (i = 0; i < items->nitems; i++) {
		struct clause *cl = &c->clauses[c->nclauses];

		idn = ynode_get(items->items[i], "id");
		if (idn != NULL && idn->type == YNODE_SCALAR &&
		    (catalogue_check_unique(doc, idn, cat, idn->value, 0,
		    cause) != 0 || catalogue_clause(c, idn->value) != NULL)) {
			if (*cause == NULL)
				*cause = ydoc_error(doc, idn,
				    _("duplicate id '%s'"), idn->value);
			return -1;
		}
		c->nclauses++;
		if (catalogue_load_clause(doc, items->items[i], cat, cl,
		    cause) != 0)
			return -1;
	}
	return 0;
}

static int
catalogue_load_table(const struct ydoc *doc, struct catalogue *cat,
    char **cause)
{
	static const char *const allowed[] = {
	    "source", "legend", "blanks", "categories", NULL
	};
	const struct ynode	*root = doc->root, *cats;
	size_t			 i;

	if (ydoc_check_map(doc, root, _("catalogue"), allowed, allowed,
	    cause) != 0 ||
	    catalogue_load_source(doc, ynode_get(root, "source"), &cat->source,
	    1, cause) != 0 ||
	    catalogue_load_legend(doc, ynode_get(root, "legend"), cat,
	    cause) != 0 ||
	    catalogue_load_blanks(doc, ynode_get(root, "blanks"), cat,
	    cause) != 0)
		return -1;

	cats = ynode_get(root, "categories");
	if (ydoc_check_type(doc, cats, YNODE_SEQUENCE, "categories",
	    cause) != 0)
		return -1;
	if (cats->nitems == 0) {
		*cause = ydoc_error(doc, cats, _("the catalogue has no "
		    "categories"));
		return -1;
	}
	cat->categories = xcalloc(cats->nitems, sizeof *cat->categories);
	for (i = 0; i < cats->nitems; i++) {
		cat->ncategories++;
		if (catalogue_load_category(doc, cats->items[i], cat,
		    &cat->categories[i], cause) != 0)
			return -1;
	}
	return 0;
}

/* Read the clause table from a loaded document; the document is freed. */
static int
catalogue_from_doc(struct ydoc *doc, struct catalogue **out, char **cause)
{
	struct catalogue	*cat;

	cat = xcalloc(1, sizeof *cat);
	if (catalogue_load_table(doc, cat, cause) != 0) {
		ydoc_free(doc);
		catalogue_free(cat);
		return -1;
	}
	ydoc_free(doc);
	*out = cat;
	return 0;
}

int
catalogue_load_file(const char *path, struct catalogue **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load(path, &doc, cause) != 0)
		return -1;
	return catalogue_from_doc(doc, out, cause);
}

int
catalogue_load_buffer(const char *name, const void *buf, size_t len,
    struct catalogue **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load_buffer(name, buf, len, &doc, cause) != 0)
		return -1;
	return catalogue_from_doc(doc, out, cause);
}

static int
catalogue_load_jsc(const struct ydoc *doc, struct catalogue *cat,
    char **cause)
{
	static const char *const allowed[] = { "source", "requirements", NULL };
	static const char *const req_keys[] = {
	    "id", "kind", "party", "effective", "title", "text", "applies_to",
	    NULL
	};
	const struct ynode	*root = doc->root, *reqs, *r, *ap, *v;
	struct jsc_requirement	*j;
	const char		*s;
	size_t			 i, k;
	int			 p;

	if (ydoc_check_map(doc, root, _("joint supply contract"), allowed,
	    allowed, cause) != 0 ||
	    catalogue_load_source(doc, ynode_get(root, "source"),
	    &cat->jsc_source, 0, cause) != 0)
		return -1;
	reqs = ynode_get(root, "requirements");
	if (ydoc_check_type(doc, reqs, YNODE_SEQUENCE, "requirements",
	    cause) != 0)
		return -1;
	cat->jsc = xcalloc(reqs->nitems, sizeof *cat->jsc);
	for (i = 0; i < reqs->nitems; i++) {
		r = reqs->items[i];
		j = &cat->jsc[cat->njsc++];
		if (ydoc_check_map(doc, r, "requirement", req_keys, req_keys,
		    cause) != 0 ||
		    catalogue_id(doc, ynode_get(r, "id"), "id", &j->id,
		    cause) != 0 ||
		    catalogue_string(doc, ynode_get(r, "kind"), "kind",
		    &j->kind, cause) != 0)
			return -1;
		if (catalogue_index(jsc_kinds, j->kind) == -1) {
			*cause = ydoc_error(doc, ynode_get(r, "kind"),
			    _("unknown kind '%s' (want listing, eligibility, "
			    "certificate, test, clause or schedule)"), j->kind);
			return -1;
		}
		v = ynode_get(r, "party");
		if (ydoc_string(doc, v, "party", &s, cause) != 0)
			return -1;
		if ((p = jsc_party_from_name(s)) == -1) {
			*cause = ydoc_error(doc, v, _("unknown party '%s' (want "
			    "vendor, agency or information)"), s);
			return -1;
		}
		j->party = (enum jsc_party)p;
		if (catalogue_string(doc, ynode_get(r, "effective"), "effective",
		    &j->effective, cause) != 0 ||
		    catalogue_string(doc, ynode_get(r, "title"), "title",
		    &j->title, cause) != 0 ||
		    catalogue_string(doc, ynode_get(r, "text"), "text",
		    &j->text, cause) != 0)
			return -1;
		ap = ynode_get(r, "applies_to");
		if (ydoc_check_type(doc, ap, YNODE_SEQUENCE, "applies_to",
		    cause) != 0)
			return -1;
		j->applies_to = xcalloc(ap->nitems, sizeof *j->applies_to);
		for (k = 0; k < ap->nitems; k++) {
			const char *id;

			if (ydoc_string(doc, ap->items[k], "category", &id,
			    cause) != 0)
				return -1;
			if (catalogue_category(cat, id) == NULL) {
				*cause = ydoc_error(doc, ap->items[k],
				    _("unknown category '%s'"), id);
				return -1;
			}
			j->applies_to[j->napplies++] = xstrdup(id);
		}
	}
	return 0;
}

/* Read the checks from a loaded document into cat; the document is freed. */
static int
catalogue_jsc_from_doc(struct ydoc *doc, struct catalogue *cat, char **cause)
{
	int	rc;

	catalogue_free_jsc(cat);
	rc = catalogue_load_jsc(doc, cat, cause);
	ydoc_free(doc);
	if (rc != 0)
		catalogue_free_jsc(cat);
	return rc;
}

int
catalogue_load_jsc_buffer(const char *name, const void *buf, size_t len,
    struct catalogue *cat, char **cause)
{
	struct ydoc	*doc;

	*cause = NULL;
	if (ydoc_load_buffer(name, buf, len, &doc, cause) != 0) {
		catalogue_free_jsc(cat);
		return -1;
	}
	return catalogue_jsc_from_doc(doc, cat, cause);
}

int
catalogue_load(const char *dir, struct catalogue **out, char **cause)
{
	struct catalogue	*cat;
	struct ydoc		*doc;
	char			*path;
	int			 rc;

	path = xasprintf("%s/catalogue.yaml", dir);
	rc = catalogue_load_file(path, &cat, cause);
	free(path);
	if (rc != 0)
		return -1;

	path = xasprintf("%s/joint-supply.yaml", dir);
	rc = ydoc_load(path, &doc, cause);
	free(path);
	if (rc == 0)
		rc = catalogue_jsc_from_doc(doc, cat, cause);
	if (rc != 0) {
		catalogue_free(cat);
		return -1;
	}
	*out = cat;
	return 0;
}
