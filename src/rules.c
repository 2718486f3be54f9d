/* rules.c: loading rules.yaml (case-fact triggers, warnings and each version's agency-level table) and testing its conditions. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rules.h"
#include "xmalloc.h"
#include "yamldoc.h"

static const char *const context_names[CTX_COUNT + 1] = {
	"personal_data", "critical_infrastructure", "external_service",
	"core_system", "large_contract", "national_security", "mobile_app",
	NULL
};
static const char *const agency_names[AGENCY_TYPES + 1] = {
	"government", "ci-provider", "state-enterprise", "foundation",
	"government-controlled", NULL
};
static const char *const agency_labels[AGENCY_TYPES] = {
	"公務機關", "關鍵基礎設施提供者", "公營事業", "特定財團法人",
	"受政府控制之事業、團體或機構"
};
static const char *const level_names[AGENCY_LEVELS + 1] = {
	"A", "B", "C", "D", "E", NULL
};
static const char *const tier_names[TIER_COUNT + 1] = {
	"high", "medium", "low", NULL
};
static const char *const decision_names[] = {
	"required", "not-required", "ask", NULL
};

static int
rules_index(const char *const *names, const char *s)
{
	int	i;

	for (i = 0; names[i] != NULL; i++) {
		if (strcmp(names[i], s) == 0)
			return i;
	}
	return -1;
}

const char *
context_name(enum context_key k)
{
	return context_names[k];
}

int
context_from_name(const char *s)
{
	return rules_index(context_names, s);
}

const char *
agency_type_name(enum agency_type t)
{
	return agency_names[t];
}

int
agency_type_from_name(const char *s)
{
	return rules_index(agency_names, s);
}

const char *
agency_type_label(enum agency_type t)
{
	return agency_labels[t];
}

static void
rules_free_items(char **items, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

static void
rules_free_version(struct rule_version *v)
{
	struct rule_level	*l;
	size_t			 i, j;

	free(v->id);
	catalogue_free_source(&v->source);
	for (i = 0; i < v->nlevels; i++) {
		l = &v->levels[i];
		free(l->id);
		free(l->title);
		rules_free_items(l->items, l->nitems);
		for (j = 0; j < l->ndecisions; j++) {
			free(l->decisions_by[j].when.alts);
			free(l->decisions_by[j].basis);
			free(l->decisions_by[j].why);
			free(l->decisions_by[j].quote);
		}
		free(l->decisions_by);
	}
	free(v->levels);
}

void
rules_free(struct rules *r)
{
	size_t	i;

	if (r == NULL)
		return;
	for (i = 0; i < CTX_COUNT; i++)
		free(r->context_labels[i]);
	for (i = 0; i < r->ntriggers; i++) {
		free(r->triggers[i].id);
		rules_free_items(r->triggers[i].items, r->triggers[i].nitems);
		free(r->triggers[i].when.alts);
		free(r->triggers[i].adopt);
		free(r->triggers[i].leave_out);
		free(r->triggers[i].quote);
		free(r->triggers[i].duty_quote);
	}
	free(r->triggers);
	for (i = 0; i < r->nwarnings; i++) {
		free(r->warnings[i].id);
		free(r->warnings[i].when.alts);
		free(r->warnings[i].text);
		free(r->warnings[i].quote);
	}
	free(r->warnings);
	for (i = 0; i < r->nversions; i++)
		rules_free_version(&r->versions[i]);
	free(r->versions);
	free(r);
}

/* A string under key, copied; a missing key is an error only if required. */
static int
rules_string(const struct ydoc *doc, const struct ynode *m, const char *key,
    int required, char **out, char **cause)
{
	const struct ynode	*v;
	const char		*s;

	if ((v = ynode_get(m, key)) == NULL) {
		if (!required)
			return 0;
		*cause = ydoc_error(doc, m, _("%s lacks the key '%s'"),
		    "rule", key);
		return -1;
	}
	if (ydoc_string(doc, v, key, &s, cause) != 0)
		return -1;
	*out = xstrdup(s);
	return 0;
}

/* A list of names from names[] into a bit set. */
static int
rules_bits(const struct ydoc *doc, const struct ynode *n, const char *what,
    const char *const *names, const char *want, unsigned *out, char **cause)
{
	const char	*s;
	size_t		 i;
	int		 k;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, what, cause) != 0)
		return -1;
	if (n->nitems == 0) {
		*cause = ydoc_error(doc, n, _("%s must name at least one"),
		    what);
		return -1;
	}
	for (i = 0; i < n->nitems; i++) {
		if (ydoc_string(doc, n->items[i], what, &s, cause) != 0)
			return -1;
		if ((k = rules_index(names, s)) == -1) {
			/* TRANSLATORS: "unknown level 'F' (want A, B, ...)". */
			*cause = ydoc_error(doc, n->items[i],
			    _("unknown %s '%s' (want %s)"), what, s, want);
			return -1;
		}
		*out |= 1u << k;
	}
	return 0;
}

/* One alternative: a mapping of agency, level, tier and case facts. */
static int
rules_when_one(const struct ydoc *doc, const struct ynode *n,
    struct rule_when *w, char **cause)
{
	static const char *keys[4 + CTX_COUNT + 1];
	const struct ynode	*v;
	int			 k, b;

	keys[0] = "agency";
	keys[1] = "level";
	keys[2] = "tier";
	for (k = 0; k < CTX_COUNT; k++)
		keys[3 + k] = context_names[k];
	keys[3 + CTX_COUNT] = NULL;
	memset(w, 0, sizeof *w);
	memset(w->context, -1, sizeof w->context);
	if (ydoc_check_map(doc, n, "when", keys, NULL, cause) != 0)
		return -1;
	if ((v = ynode_get(n, "agency")) != NULL &&
	    rules_bits(doc, v, "agency", agency_names, "government, "
	    "ci-provider, state-enterprise, foundation or "
	    "government-controlled", &w->agencies, cause) != 0)
		return -1;
	if ((v = ynode_get(n, "level")) != NULL &&
	    rules_bits(doc, v, "level", level_names, "A, B, C, D or E",
	    &w->levels, cause) != 0)
		return -1;
	if ((v = ynode_get(n, "tier")) != NULL &&
	    rules_bits(doc, v, "tier", tier_names, "high, medium or low",
	    &w->tiers, cause) != 0)
		return -1;
	for (k = 0; k < CTX_COUNT; k++) {
		if ((v = ynode_get(n, context_names[k])) == NULL)
			continue;
		if (ydoc_bool(doc, v, context_names[k], &b, cause) != 0)
			return -1;
		w->context[k] = (signed char)b;
	}
	return 0;
}

/* A condition: one mapping, or a list of them of which one must hold. */
static int
rules_when(const struct ydoc *doc, const struct ynode *n,
    struct rule_cond *c, char **cause)
{
	size_t	i;

	if (n == NULL)
		return 0;
	if (n->type == YNODE_MAPPING) {
		c->alts = xcalloc(1, sizeof *c->alts);
		c->nalts = 1;
		return rules_when_one(doc, n, &c->alts[0], cause);
	}
	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "when", cause) != 0)
		return -1;
	if (n->nitems == 0) {
		*cause = ydoc_error(doc, n, _("when lists no condition"));
		return -1;
	}
	c->alts = xcalloc(n->nitems, sizeof *c->alts);
	for (i = 0; i < n->nitems; i++) {
		c->nalts++;
		if (rules_when_one(doc, n->items[i], &c->alts[i], cause) != 0)
			return -1;
	}
	return 0;
}

/*
 * Read a list of items into *out.  For a level rule, v holds the rules of
 * its version read so far (this one included): each item must be a ▲ row
 * that none of them names yet, as rules_version_level finds only the
 * first rule of a row.
 */
static int
rules_items(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, const struct rule_version *v, char ***out,
    size_t *nout, char **cause)
{
	const struct rule_level	*lr;
	const struct clause	*cl;
	const char		*id;
	size_t			 i, t;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "items", cause) != 0)
		return -1;
	*out = xcalloc(n->nitems + 1, sizeof **out);
	for (i = 0; i < n->nitems; i++) {
		if (ydoc_string(doc, n->items[i], "item", &id, cause) != 0)
			return -1;
		if ((cl = catalogue_find_clause(cat, id)) == NULL) {
			*cause = ydoc_error(doc, n->items[i],
			    _("unknown item '%s'"), id);
			return -1;
		}
		for (t = 0; v != NULL && t < TIER_COUNT; t++) {
			if (cl->marks[t] != MARK_BY_LEVEL) {
				*cause = ydoc_error(doc, n->items[i],
				    _("item '%s' is not a ▲ row"), id);
				return -1;
			}
		}
		if (v != NULL && (lr = rules_version_level(v, id)) != NULL) {
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
rules_load_decision(const struct ydoc *doc, const struct ynode *e,
    struct rule_decision *d, char **cause)
{
	static const char *const keys[] = {
	    "when", "decision", "basis", "why", "quote", NULL
	};
	static const char *const req[] = {
	    "decision", "basis", "quote", NULL
	};
	const struct ynode	*v;
	const char		*s;
	int			 k;

	if (ydoc_check_map(doc, e, "decision", keys, req, cause) != 0 ||
	    rules_when(doc, ynode_get(e, "when"), &d->when, cause) != 0)
		return -1;
	v = ynode_get(e, "decision");
	if (ydoc_string(doc, v, "decision", &s, cause) != 0)
		return -1;
	if ((k = rules_index(decision_names, s)) == -1) {
		*cause = ydoc_error(doc, v, _("unknown decision '%s' (want "
		    "required, not-required or ask)"), s);
		return -1;
	}
	d->decision = (enum level_decision)k;
	if (rules_string(doc, e, "basis", 1, &d->basis, cause) != 0 ||
	    rules_string(doc, e, "quote", 1, &d->quote, cause) != 0 ||
	    rules_string(doc, e, "why", 0, &d->why, cause) != 0)
		return -1;
	/* An ask must say why; a decision the regulation makes says nothing more. */
	if (d->decision == LEVEL_ASK && d->why == NULL) {
		*cause = ydoc_error(doc, e, _("an ask decision needs a "
		    "one-line 'why' for the buyer"));
		return -1;
	}
	if (d->decision != LEVEL_ASK && d->why != NULL) {
		*cause = ydoc_error(doc, ynode_key(e, "why"), _("only an ask "
		    "decision has a 'why'; its basis says the rest"));
		return -1;
	}
	if (d->why != NULL && strchr(d->why, '\n') != NULL) {
		*cause = ydoc_error(doc, ynode_get(e, "why"), _("'why' must "
		    "be one line"));
		return -1;
	}
	return 0;
}

/*
 * Every agency type, level and case fact must meet a decision, so that a
 * fully answered case never finds a ▲ row the rules forgot; and what the
 * level alone decides is kept for callers that know only the level.
 */
static int
rules_check_cover(const struct ydoc *doc, const struct ynode *n,
    struct rule_level *l, char **cause)
{
	const struct rule_decision	*d;
	struct rule_facts		 f;
	unsigned			 bits, missing, used = 0;
	size_t				 i, j;
	int				 agency, level, k, seen;

	/*
	 * A case fact no decision names cannot change which one holds, so
	 * only the combinations of the named ones are tried: this runs at
	 * every start.
	 */
	for (i = 0; i < l->ndecisions; i++) {
		for (j = 0; j < l->decisions_by[i].when.nalts; j++) {
			for (k = 0; k < CTX_COUNT; k++) {
				if (l->decisions_by[i].when.alts[j].context[k] !=
				    -1)
					used |= 1u << k;
			}
		}
	}
	for (level = 0; level < AGENCY_LEVELS; level++) {
		seen = -1;
		for (agency = 0; agency < AGENCY_TYPES; agency++) {
			/* Every subset of used, used itself first, 0 last. */
			for (bits = used;; bits = (bits - 1) & used) {
				f.agency = agency;
				f.level = level;
				f.tier = -1;
				for (k = 0; k < CTX_COUNT; k++)
					f.context[k] = (bits >> k) & 1;
				missing = 0;
				if ((d = rules_decide(l, &f, &missing)) ==
				    NULL) {
					*cause = ydoc_error(doc, n,
					    _("level rule '%s' decides "
					    "nothing for %s at level %s"),
					    l->id, agency_names[agency],
					    level_names[level]);
					return -1;
				}
				if (seen == -1)
					seen = (int)d->decision;
				else if (seen != (int)d->decision)
					seen = LEVEL_ASK;
				if (bits == 0)
					break;
			}
		}
		l->decisions[level] = (enum level_decision)seen;
	}
	return 0;
}

static int
rules_load_levels(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, struct rule_version *v, char **cause)
{
	static const char *const keys[] = {
	    "id", "title", "items", "decisions", NULL
	};
	const struct ynode	*e, *ds;
	struct rule_level	*l;
	size_t			 i, j;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "levels", cause) != 0)
		return -1;
	v->levels = xcalloc(n->nitems + 1, sizeof *v->levels);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		l = &v->levels[v->nlevels++];
		if (ydoc_check_map(doc, e, "level rule", keys, keys,
		    cause) != 0 ||
		    rules_string(doc, e, "id", 1, &l->id, cause) != 0 ||
		    rules_string(doc, e, "title", 1, &l->title, cause) != 0 ||
		    rules_items(doc, ynode_get(e, "items"), cat, v, &l->items,
		    &l->nitems, cause) != 0)
			return -1;
		ds = ynode_get(e, "decisions");
		if (ydoc_check_type(doc, ds, YNODE_SEQUENCE, "decisions",
		    cause) != 0)
			return -1;
		l->decisions_by = xcalloc(ds->nitems + 1,
		    sizeof *l->decisions_by);
		for (j = 0; j < ds->nitems; j++) {
			l->ndecisions++;
			if (rules_load_decision(doc, ds->items[j],
			    &l->decisions_by[j], cause) != 0)
				return -1;
		}
		if (rules_check_cover(doc, e, l, cause) != 0)
			return -1;
	}
	return 0;
}

/* Every ▲ row of the catalogue has its rule in every version. */
static int
rules_check_rows(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, const struct rule_version *v, char **cause)
{
	const struct clause	*cl;
	size_t			 i, j;
	int			 t;

	for (i = 0; i < cat->ncategories; i++) {
		for (j = 0; j < cat->categories[i].nclauses; j++) {
			cl = &cat->categories[i].clauses[j];
			for (t = 0; t < TIER_COUNT; t++) {
				if (cl->marks[t] == MARK_BY_LEVEL)
					break;
			}
			if (t < TIER_COUNT &&
			    rules_version_level(v, cl->id) == NULL) {
				*cause = ydoc_error(doc, n, _("version '%s' "
				    "has no level rule for the ▲ row '%s'"),
				    v->id, cl->id);
				return -1;
			}
		}
	}
	return 0;
}

static int
rules_load_versions(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, struct rules *r, char **cause)
{
	static const char *const keys[] = {
	    "id", "in_force", "answers_v1", "source", "levels", NULL
	};
	static const char *const req[] = { "id", "source", "levels", NULL };
	const struct ynode	*e, *v;
	struct rule_version	*rv;
	size_t			 i;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "versions", cause) != 0)
		return -1;
	r->versions = xcalloc(n->nitems + 1, sizeof *r->versions);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		rv = &r->versions[r->nversions++];
		if (ydoc_check_map(doc, e, "version", keys, req, cause) != 0 ||
		    rules_string(doc, e, "id", 1, &rv->id, cause) != 0)
			return -1;
		if (rules_version(r, rv->id) != rv) {
			*cause = ydoc_error(doc, ynode_get(e, "id"),
			    _("version '%s' is listed twice"), rv->id);
			return -1;
		}
		if (((v = ynode_get(e, "in_force")) != NULL &&
		    ydoc_bool(doc, v, "in_force", &rv->in_force, cause) != 0) ||
		    ((v = ynode_get(e, "answers_v1")) != NULL &&
		    ydoc_bool(doc, v, "answers_v1", &rv->answers_v1,
		    cause) != 0))
			return -1;
		if (rv->in_force && r->in_force != NULL) {
			*cause = ydoc_error(doc, e,
			    _("versions '%s' and '%s' are both in force"),
			    r->in_force->id, rv->id);
			return -1;
		}
		if (rv->answers_v1 && r->answers_v1 != NULL) {
			*cause = ydoc_error(doc, e, _("versions '%s' and '%s' "
			    "both claim the answers files of format 1"),
			    r->answers_v1->id, rv->id);
			return -1;
		}
		if (catalogue_load_source(doc, ynode_get(e, "source"),
		    &rv->source, 1, cause) != 0 ||
		    rules_load_levels(doc, ynode_get(e, "levels"), cat, rv,
		    cause) != 0 ||
		    rules_check_rows(doc, ynode_get(e, "levels"), cat, rv,
		    cause) != 0)
			return -1;
		if (rv->in_force)
			r->in_force = rv;
		if (rv->answers_v1)
			r->answers_v1 = rv;
	}
	if (r->in_force == NULL) {
		*cause = ydoc_error(doc, n, _("no version is in force"));
		return -1;
	}
	return 0;
}

static int
rules_load_triggers(const struct ydoc *doc, const struct ynode *n,
    const struct catalogue *cat, struct rules *r, char **cause)
{
	static const char *const keys[] = {
	    "id", "items", "when", "adopt", "leave_out", "quote", "duty_quote",
	    NULL
	};
	static const char *const req[] = {
	    "id", "items", "when", "adopt", "quote", NULL
	};
	struct rule_trigger	*t;
	const struct ynode	*e;
	size_t			 i;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "triggers", cause) != 0)
		return -1;
	r->triggers = xcalloc(n->nitems + 1, sizeof *r->triggers);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		t = &r->triggers[r->ntriggers++];
		if (ydoc_check_map(doc, e, "trigger", keys, req, cause) != 0 ||
		    rules_string(doc, e, "id", 1, &t->id, cause) != 0 ||
		    rules_items(doc, ynode_get(e, "items"), cat, NULL,
		    &t->items, &t->nitems, cause) != 0 ||
		    rules_when(doc, ynode_get(e, "when"), &t->when,
		    cause) != 0 ||
		    rules_string(doc, e, "adopt", 1, &t->adopt, cause) != 0 ||
		    rules_string(doc, e, "leave_out", 0, &t->leave_out,
		    cause) != 0 ||
		    rules_string(doc, e, "quote", 1, &t->quote, cause) != 0 ||
		    rules_string(doc, e, "duty_quote", 0, &t->duty_quote,
		    cause) != 0)
			return -1;
	}
	return 0;
}

static int
rules_load_warnings(const struct ydoc *doc, const struct ynode *n,
    struct rules *r, char **cause)
{
	static const char *const keys[] = {
	    "id", "when", "text", "quote", NULL
	};
	struct rule_warning	*w;
	const struct ynode	*e;
	size_t			 i;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "warnings", cause) != 0)
		return -1;
	r->warnings = xcalloc(n->nitems + 1, sizeof *r->warnings);
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		w = &r->warnings[r->nwarnings++];
		if (ydoc_check_map(doc, e, "warning", keys, keys, cause) != 0 ||
		    rules_string(doc, e, "id", 1, &w->id, cause) != 0 ||
		    rules_when(doc, ynode_get(e, "when"), &w->when,
		    cause) != 0 ||
		    rules_string(doc, e, "text", 1, &w->text, cause) != 0 ||
		    rules_string(doc, e, "quote", 1, &w->quote, cause) != 0)
			return -1;
	}
	return 0;
}

static int
rules_load_doc(const struct ydoc *doc, const struct catalogue *cat,
    struct rules *r, char **cause)
{
	static const char *const keys[] = {
	    "context", "triggers", "warnings", "versions", NULL
	};
	const struct ynode	*root = doc->root, *ctx;
	size_t			 i;

	if (ydoc_check_map(doc, root, "rules", keys, keys, cause) != 0)
		return -1;
	ctx = ynode_get(root, "context");
	if (ydoc_check_map(doc, ctx, "context", context_names, context_names,
	    cause) != 0)
		return -1;
	for (i = 0; i < CTX_COUNT; i++) {
		if (rules_string(doc, ctx, context_names[i], 1,
		    &r->context_labels[i], cause) != 0)
			return -1;
	}
	if (rules_load_triggers(doc, ynode_get(root, "triggers"), cat, r,
	    cause) != 0 ||
	    rules_load_warnings(doc, ynode_get(root, "warnings"), r,
	    cause) != 0)
		return -1;
	return rules_load_versions(doc, ynode_get(root, "versions"), cat, r,
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

struct rules_reading {
	char		*path;
	pthread_t	 tid;
	int		 started;
	int		 rc;
	struct ydoc	*doc;
	char		*cause;
};

static void *
rules_read_run(void *arg)
{
	struct rules_reading	*rd = arg;

	rd->rc = ydoc_load(rd->path, &rd->doc, &rd->cause);
	return NULL;
}

struct rules_reading *
rules_read_start(const char *dir)
{
	struct rules_reading	*rd;

	rd = xcalloc(1, sizeof *rd);
	rd->path = xasprintf("%s/rules.yaml", dir);
	if (pthread_create(&rd->tid, NULL, rules_read_run, rd) == 0)
		rd->started = 1;
	else
		rules_read_run(rd);
	return rd;
}

int
rules_read_finish(struct rules_reading *rd, const struct catalogue *cat,
    struct rules **out, char **cause)
{
	int	rc = -1;

	if (out != NULL)
		*out = NULL;
	if (rd->started)
		pthread_join(rd->tid, NULL);
	if (cat == NULL || out == NULL) {
		ydoc_free(rd->doc);
		free(rd->cause);
	} else if (rd->rc != 0)
		*cause = rd->cause;
	else
		rc = rules_from_doc(rd->doc, cat, out, cause);
	free(rd->path);
	free(rd);
	return rc;
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

const struct rule_version *
rules_version(const struct rules *r, const char *id)
{
	size_t	i;

	for (i = 0; i < r->nversions; i++) {
		if (r->versions[i].id != NULL &&
		    strcmp(r->versions[i].id, id) == 0)
			return &r->versions[i];
	}
	return NULL;
}

const struct rule_level *
rules_version_level(const struct rule_version *v, const char *item)
{
	size_t	i, j;

	for (i = 0; i < v->nlevels; i++) {
		for (j = 0; j < v->levels[i].nitems; j++) {
			if (strcmp(v->levels[i].items[j], item) == 0)
				return &v->levels[i];
		}
	}
	return NULL;
}

const struct rule_level *
rules_level(const struct rules *r, const char *item)
{
	return rules_version_level(r->in_force, item);
}

/* One part of an alternative: 1, 0, or -1 with the fact's bit in *missing. */
static int
rules_part(unsigned set, int value, unsigned bit, unsigned *missing)
{
	if (set == 0)
		return 1;
	if (value < 0) {
		*missing |= bit;
		return -1;
	}
	return (set >> value) & 1;
}

static int
rules_when_eval(const struct rule_when *w, const struct rule_facts *f,
    unsigned *missing)
{
	unsigned	need = 0;
	int		k, v, unknown = 0;

	/* A part that fails decides, whatever the unanswered ones would say. */
	v = rules_part(w->agencies, f->agency, MISSING_AGENCY, &need);
	if (v == 0)
		return 0;
	unknown |= v < 0;
	v = rules_part(w->levels, f->level, MISSING_LEVEL, &need);
	if (v == 0)
		return 0;
	unknown |= v < 0;
	v = rules_part(w->tiers, f->tier, MISSING_TIER, &need);
	if (v == 0)
		return 0;
	unknown |= v < 0;
	for (k = 0; k < CTX_COUNT; k++) {
		if (w->context[k] == -1)
			continue;
		if (f->context[k] < 0) {
			need |= MISSING_CONTEXT(k);
			unknown = 1;
		} else if (f->context[k] != w->context[k])
			return 0;
	}
	if (unknown) {
		*missing |= need;
		return -1;
	}
	return 1;
}

int
rules_cond_eval(const struct rule_cond *c, const struct rule_facts *f,
    unsigned *missing)
{
	unsigned	need = 0;
	size_t		i;
	int		v, unknown = 0;

	if (c->nalts == 0)
		return 1;
	/* An alternative that holds decides, whatever the unanswered ones say. */
	for (i = 0; i < c->nalts; i++) {
		if ((v = rules_when_eval(&c->alts[i], f, &need)) == 1)
			return 1;
		unknown |= v < 0;
	}
	if (unknown) {
		*missing |= need;
		return -1;
	}
	return 0;
}

const struct rule_decision *
rules_decide(const struct rule_level *l, const struct rule_facts *f,
    unsigned *missing)
{
	size_t	i;
	int	v;

	for (i = 0; i < l->ndecisions; i++) {
		if ((v = rules_cond_eval(&l->decisions_by[i].when, f,
		    missing)) == 1)
			return &l->decisions_by[i];
		/* An earlier decision might hold: the later cannot be taken. */
		if (v < 0)
			return NULL;
	}
	return NULL;
}
