/* fuzz-rules.c: fuzz harness for the rules loader against the real catalogue: any bytes as rules.yaml; what loads names only the catalogue's rows, gives each ▲ row one level rule, and decides the rows it names when resolved. */
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
	const struct rule_level	*l;
	const struct clause	*cl;
	size_t			 i, j;
	int			 k, t;

	fuzz_check_source(&r->source);
	for (k = 0; k < CTX_COUNT; k++) {
		FUZZ_ASSERT(r->context[k].label != NULL &&
		    *r->context[k].label != '\0');
		for (j = 0; j < r->context[k].nitems; j++) {
			FUZZ_ASSERT(catalogue_find_clause(fuzz_cat, r->context[k].items[j]) != NULL);
			FUZZ_ASSERT(rules_context_adopts(r, (enum context_key)k,
			    r->context[k].items[j]));
		}
	}
	for (i = 0; i < r->nlevels; i++) {
		l = &r->levels[i];
		FUZZ_ASSERT(l->id != NULL && *l->id != '\0');
		FUZZ_ASSERT(l->title != NULL && *l->title != '\0');
		FUZZ_ASSERT(l->basis != NULL && *l->basis != '\0');
		for (k = 0; k < AGENCY_LEVELS; k++)
			FUZZ_ASSERT(l->decisions[k] == LEVEL_REQUIRED ||
			    l->decisions[k] == LEVEL_NOT_REQUIRED ||
			    l->decisions[k] == LEVEL_ASK);
		for (j = 0; j < l->nitems; j++) {
			FUZZ_ASSERT((cl = catalogue_find_clause(fuzz_cat, l->items[j])) != NULL);
			for (t = 0; t < TIER_COUNT; t++)
				FUZZ_ASSERT(cl->marks[t] == MARK_BY_LEVEL);
			/* One rule decides a row, or a second would go unheard. */
			FUZZ_ASSERT(rules_level(r, l->items[j]) == l);
		}
	}
}

/*
 * Resolve every category at tier high, every case fact yes and one agency
 * level: each row has its reasons, a ▲ row is as its rule decides, and a ◎
 * row a case fact names is adopted.
 */
static void
fuzz_resolve(const struct rules *r, int level)
{
	const struct resolved_row	*row;
	const struct rule_level		*l;
	struct answers			*a;
	struct resolution		*res;
	size_t				 i, j;
	int				 k, named;

	a = answers_new();
	a->tier = TIER_HIGH;
	a->level = level;
	for (k = 0; k < CTX_COUNT; k++)
		a->context[k] = 1;
	for (i = 0; i < fuzz_cat->ncategories; i++) {
		a->category = fuzz_cat->categories[i].id;
		res = resolve(fuzz_cat, r, a);
		FUZZ_ASSERT(res != NULL && res->nrows ==
		    fuzz_cat->categories[i].nclauses);
		for (j = 0; j < res->nrows; j++) {
			row = &res->rows[j];
			FUZZ_ASSERT(row->why != NULL && row->text != NULL);
			if (row->mark == MARK_BY_LEVEL) {
				l = rules_level(r, row->clause->id);
				if (l == NULL || l->decisions[level] == LEVEL_ASK)
					FUZZ_ASSERT(row->state == ROW_UNDECIDED);
				else if (l->decisions[level] == LEVEL_REQUIRED)
					FUZZ_ASSERT(row->state == ROW_ADOPTED);
				else
					FUZZ_ASSERT(row->state ==
					    ROW_NOT_ADOPTED);
			}
			if (row->mark == MARK_OPTIONAL) {
				named = 0;
				for (k = 0; k < CTX_COUNT; k++)
					named |= rules_context_adopts(r,
					    (enum context_key)k,
					    row->clause->id);
				FUZZ_ASSERT(named == (row->state ==
				    ROW_ADOPTED));
			}
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
	/* The input's length picks the level, so that each gets its turn. */
	fuzz_resolve(r, (int)(size % AGENCY_LEVELS));
	rules_free(r);
	return 0;
}
