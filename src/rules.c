/* rules.c: loading the context triggers and the agency-level table of rules.yaml. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rules.h"
#include "xmalloc.h"
#include "yamldoc.h"

static const char *const context_names[CTX_COUNT + 1] = {
	"personal_data", "critical_infrastructure", "external_service",
	"core_system", "mobile_app", NULL
};
static const char *const level_names[AGENCY_LEVELS + 1] = {
	"A", "B", "C", "D", "E", NULL
};

const char *
context_name(enum context_key k)
{
	return context_names[k];
}

int
context_from_name(const char *s)
{
	int	i;

	for (i = 0; i < CTX_COUNT; i++) {
		if (strcmp(s, context_names[i]) == 0)
			return i;
	}
	return -1;
}

static void
rules_free_items(char **items, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

void
rules_free(struct rules *r)
{
	size_t	i;

	if (r == NULL)
		return;
	catalogue_free_source(&r->source);
	for (i = 0; i < CTX_COUNT; i++) {
		free(r->context[i].label);
		rules_free_items(r->context[i].items, r->context[i].nitems);
	}
	for (i = 0; i < r->nlevels; i++) {
		free(r->levels[i].id);
		free(r->levels[i].title);
		free(r->levels[i].basis);
		rules_free_items(r->levels[i].items, r->levels[i].nitems);
	}
	free(r->levels);
	free(r);
}

/*
 * Read a list of items into *out.  For a level rule, levels holds the rules
 * read so far (this one included): each item must be a ▲ row that none of
 * them names yet, as rules_level finds only the first rule of a row.
 */
static int
rules_items(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, const struct rules *levels, char ***out,
    size_t *nout, char **cause)
{
	const struct rule_level	*lr;
	const struct clause	*cl;
	const char		*id;
	size_t			 i, t;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "items", cause) != 0)
		return -1;
	*out = xcalloc(n->nitems, sizeof **out);
	for (i = 0; i < n->nitems; i++) {
		if (ydoc_string(doc, n->items[i], "item", &id, cause) != 0)
			return -1;
		if ((cl = catalogue_find_clause(cat, id)) == NULL) {
			*cause = ydoc_error(doc, n->items[i],
			    _("unknown item '%s'"), id);
			return -1;
		}
		for (t = 0; levels != NULL && t < TIER_COUNT; t++) {
			if (cl->marks[t] != MARK_BY_LEVEL) {
				*cause = ydoc_error(doc, n->items[i],
				    _("item '%s' is not a ▲ row"), id);
				return -1;
			}
		}
		if (levels != NULL && (lr = rules_level(levels, id)) != NULL) {
			*cause = ydoc_error(doc, n->items[i],
			    _("item '%s' is already in level rule '%s'"), id,
			    lr->id);
			return -1;
		}
		(*out)[(*nout)++] = xstrdup(id);
	}
	return 0;
}

static int
rules_load_levels(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, struct rules *r, char **cause)
{
	static const char *const keys[] = {
	    "id", "title", "items", "decisions", "basis", NULL
	};
	const struct ynode	*e, *d;
	struct rule_level	*l;
	const char		*s;
	size_t			 i, k;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "levels", cause) != 0)
		return -1;
	r->levels = xcalloc(n->nitems, sizeof *r->levels);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		l = &r->levels[r->nlevels++];
		if (ydoc_check_map(doc, e, "level rule", keys, keys,
		    cause) != 0 ||
		    ydoc_string(doc, ynode_get(e, "id"), "id", &s, cause) != 0)
			return -1;
		l->id = xstrdup(s);
		if (ydoc_string(doc, ynode_get(e, "title"), "title", &s,
		    cause) != 0)
			return -1;
		l->title = xstrdup(s);
		if (ydoc_string(doc, ynode_get(e, "basis"), "basis", &s,
		    cause) != 0)
			return -1;
		l->basis = xstrdup(s);
		if (rules_items(doc, ynode_get(e, "items"), cat, r, &l->items,
		    &l->nitems, cause) != 0)
			return -1;
		d = ynode_get(e, "decisions");
		if (ydoc_check_map(doc, d, "decisions", level_names,
		    level_names, cause) != 0)
			return -1;
		for (k = 0; k < AGENCY_LEVELS; k++) {
			const struct ynode *v = ynode_get(d, level_names[k]);

			if (ydoc_string(doc, v, "decision", &s, cause) != 0)
				return -1;
			if (strcmp(s, "required") == 0)
				l->decisions[k] = LEVEL_REQUIRED;
			else if (strcmp(s, "not-required") == 0)
				l->decisions[k] = LEVEL_NOT_REQUIRED;
			else if (strcmp(s, "ask") == 0)
				l->decisions[k] = LEVEL_ASK;
			else {
				*cause = ydoc_error(doc, v, _("unknown "
				    "decision '%s' (want required, "
				    "not-required or ask)"), s);
				return -1;
			}
		}
	}
	return 0;
}

static int
rules_load_doc(const struct ydoc *doc, const struct catalogue *cat,
    struct rules *r, char **cause)
{
	static const char *const keys[] = {
	    "source", "context", "levels", NULL
	};
	static const char *const ctx_keys[] = { "label", "items", NULL };
	const struct ynode	*root = doc->root, *ctx, *e;
	const char		*s;
	size_t			 i;

	if (ydoc_check_map(doc, root, "rules", keys, keys, cause) != 0 ||
	    catalogue_load_source(doc, ynode_get(root, "source"), &r->source,
	    1, cause) != 0)
		return -1;
	ctx = ynode_get(root, "context");
	if (ydoc_check_map(doc, ctx, "context", context_names, context_names,
	    cause) != 0)
		return -1;
	for (i = 0; i < CTX_COUNT; i++) {
		e = ynode_get(ctx, context_names[i]);
		if (ydoc_check_map(doc, e, context_names[i], ctx_keys,
		    ctx_keys, cause) != 0 ||
		    ydoc_string(doc, ynode_get(e, "label"), "label", &s,
		    cause) != 0)
			return -1;
		r->context[i].label = xstrdup(s);
		if (rules_items(doc, ynode_get(e, "items"), cat, NULL,
		    &r->context[i].items, &r->context[i].nitems, cause) != 0)
			return -1;
	}
	return rules_load_levels(doc, ynode_get(root, "levels"), cat, r,
	    cause);
}

/* Read the rules from a loaded document; the document is freed. */
static int
rules_from_doc(struct ydoc *doc, const struct catalogue *cat,
    struct rules **out, char **cause)
{
	struct rules	*r;

	r = xcalloc(1, sizeof *r);
	if (rules_load_doc(doc, cat, r, cause) != 0) {
		ydoc_free(doc);
		rules_free(r);
		return -1;
	}
	ydoc_free(doc);
	*out = r;
	return 0;
}

int
rules_load(const char *dir, const struct catalogue *cat, struct rules **out,
    char **cause)
{
	struct ydoc	*doc;
	char		*path;
	int		 rc;

	*out = NULL;
	*cause = NULL;
	path = xasprintf("%s/rules.yaml", dir);
	rc = ydoc_load(path, &doc, cause);
	free(path);
	if (rc != 0)
		return -1;
	return rules_from_doc(doc, cat, out, cause);
}

int
rules_load_buffer(const char *name, const void *buf, size_t len,
    const struct catalogue *cat, struct rules **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load_buffer(name, buf, len, &doc, cause) != 0)
		return -1;
	return rules_from_doc(doc, cat, out, cause);
}

const struct rule_level *
rules_level(const struct rules *r, const char *item)
{
	size_t	i, j;

	for (i = 0; i < r->nlevels; i++) {
		for (j = 0; j < r->levels[i].nitems; j++) {
			if (strcmp(r->levels[i].items[j], item) == 0)
				return &r->levels[i];
		}
	}
	return NULL;
}

int
rules_context_adopts(const struct rules *r, enum context_key k,
    const char *item)
{
	size_t	j;

	for (j = 0; j < r->context[k].nitems; j++) {
		if (strcmp(r->context[k].items[j], item) == 0)
			return 1;
	}
	return 0;
}
