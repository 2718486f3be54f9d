/* fuzz-rules.c: fuzz harness for the rules loader against the real catalogue: any bytes as rules.yaml; what loads names only the catalogue's rows, gives each ▲ row one level rule, and decides the rows it names when resolved. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "catalogue.h"
#include "fuzz.h"
#include "resolve.h"
#include "rules.h"

static struct catalogue	*fuzz_cat;

static void
fuzz_check_source(const struct source *s)
{
	FUZZ_ASSERT(s->title != NULL && *s->title != '\0');
	FUZZ_ASSERT(s->issuer != NULL && *s->issuer != '\0');
	FUZZ_ASSERT(s->date != NULL && *s->date != '\0');
	FUZZ_ASSERT(s->date_roc != NULL && *s->date_roc != '\0');
	FUZZ_ASSERT(s->reference != NULL && *s->reference != '\0');
	FUZZ_ASSERT(s->version != NULL && *s->version != '\0');
}

/* Every row named is the catalogue's; a level rule's rows are ▲ at every tier. */
static void
fuzz_check_rules(const struct rules *r)
{
	const struct rule_version	*v;
	const struct rule_level		*l;
	const struct clause		*cl;
	size_t				 i, j, n;
	int				 k, t;

	FUZZ_ASSERT(r->in_force != NULL && rules_version(r,
	    r->in_force->id) == r->in_force);
	for (k = 0; k < CTX_COUNT; k++)
		FUZZ_ASSERT(r->context_labels[k] != NULL &&
		    *r->context_labels[k] != '\0');
	for (i = 0; i < r->ntriggers; i++) {
		FUZZ_ASSERT(r->triggers[i].adopt != NULL);
		for (j = 0; j < r->triggers[i].nitems; j++)
			FUZZ_ASSERT(catalogue_find_clause(fuzz_cat,
			    r->triggers[i].items[j]) != NULL);
	}
	for (n = 0; n < r->nversions; n++) {
		v = &r->versions[n];
		fuzz_check_source(&v->source);
		for (i = 0; i < v->nlevels; i++) {
			l = &v->levels[i];
			FUZZ_ASSERT(l->id != NULL && l->title != NULL &&
			    l->ndecisions > 0);
			for (j = 0; j < l->ndecisions; j++) {
				FUZZ_ASSERT(l->decisions_by[j].basis != NULL &&
				    l->decisions_by[j].quote != NULL);
				FUZZ_ASSERT((l->decisions_by[j].why != NULL) ==
				    (l->decisions_by[j].decision == LEVEL_ASK));
			}
			for (j = 0; j < l->nitems; j++) {
				cl = catalogue_find_clause(fuzz_cat,
				    l->items[j]);
				FUZZ_ASSERT(cl != NULL);
				for (t = 0; t < TIER_COUNT; t++)
					FUZZ_ASSERT(cl->marks[t] ==
					    MARK_BY_LEVEL);
				FUZZ_ASSERT(rules_version_level(v,
				    l->items[j]) == l);
			}
		}
	}
}

/*
 * Resolve every category at tier high, every case fact yes, one agency
 * type and one level: each row has its reasons, and a ▲ row is as its
 * rule decides (every fact is answered, so a rule always decides).
 */
static void
fuzz_resolve(const struct rules *r, int level, int agency)
{
	const struct rule_decision	*d;
	const struct resolved_row	*row;
	const struct rule_level		*l;
	struct rule_facts		 f;
	struct answers			*a;
	struct resolution		*res;
	size_t				 i, j;
	unsigned			 missing = 0;
	int				 k;

	a = answers_new();
	a->tier = TIER_HIGH;
	a->level = level;
	a->agency_type = agency;
	answers_set(&a->rules_version, r->in_force->id);
	for (k = 0; k < CTX_COUNT; k++)
		a->context[k] = 1;
	f.agency = agency;
	f.level = level;
	f.tier = TIER_HIGH;
	for (k = 0; k < CTX_COUNT; k++)
		f.context[k] = 1;
	for (i = 0; i < fuzz_cat->ncategories; i++) {
		a->category = fuzz_cat->categories[i].id;
		res = resolve(fuzz_cat, r, a);
		FUZZ_ASSERT(res != NULL && res->nrows ==
		    fuzz_cat->categories[i].nclauses);
		FUZZ_ASSERT(res->version == r->in_force);
		for (j = 0; j < res->nrows; j++) {
			row = &res->rows[j];
			FUZZ_ASSERT(row->reason != NULL && row->text != NULL);
			if (row->mark != MARK_BY_LEVEL)
				continue;
			l = rules_level(r, row->clause->id);
			FUZZ_ASSERT(l != NULL);
			d = rules_decide(l, &f, &missing);
			FUZZ_ASSERT(d != NULL && missing == 0);
			if (d->decision == LEVEL_ASK)
				FUZZ_ASSERT(row->state == ROW_UNDECIDED);
			else if (d->decision == LEVEL_REQUIRED)
				FUZZ_ASSERT(row->state == ROW_ADOPTED);
			else
				FUZZ_ASSERT(row->state == ROW_NOT_ADOPTED);
		}
		resolution_free(res);
	}
	a->category = NULL;	/* the catalogue's, not the answers' */
	answers_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules	*r;
	char		*cause = NULL;

	if (fuzz_cat == NULL)
		fuzz_cat = fuzz_catalogue("fuzz-rules");
	if (rules_load_buffer("fuzz.yaml", data, size, fuzz_cat, &r,
	    &cause) != 0) {
		/* Every refusal says where and why. */
		FUZZ_ASSERT(cause != NULL && strncmp(cause, "fuzz.yaml:", 10) == 0);
		FUZZ_ASSERT(r == NULL);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(cause == NULL && r != NULL);
	fuzz_check_rules(r);
	/* The input's length picks the level and type, so each gets its turn. */
	fuzz_resolve(r, (int)(size % AGENCY_LEVELS),
	    (int)(size / AGENCY_LEVELS % AGENCY_TYPES));
	rules_free(r);
	return 0;
}
