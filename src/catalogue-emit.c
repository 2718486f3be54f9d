/* catalogue-emit.c: printing the loaded catalogue as YAML in the shape of its data file. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "i18n.h"
#include "xmalloc.h"
#include "yamlout.h"

static void
catalogue_emit_source(struct yamlout *y, const struct source *s)
{
	yamlout_str(y, "source");
	yamlout_map(y, 0);
	yamlout_pair(y, "title", s->title);
	yamlout_pair(y, "issuer", s->issuer);
	yamlout_pair(y, "date", s->date);
	yamlout_pair(y, "date_roc", s->date_roc);
	yamlout_pair(y, "reference", s->reference);
	yamlout_pair(y, "version", s->version);
	yamlout_close_map(y);
}

static void
catalogue_emit_clause(struct yamlout *y, const struct catalogue *cat,
    const struct clause *cl)
{
	size_t	i;

	yamlout_map(y, 0);
	yamlout_pair(y, "id", cl->id);
	yamlout_pair(y, "group", cl->group);
	yamlout_pair(y, "text", cl->text);
	yamlout_str(y, "marks");
	yamlout_map(y, 1);
	for (i = 0; i < TIER_COUNT; i++)
		yamlout_pair(y, tier_name((enum tier)i),
		    mark_name(cl->marks[i]));
	yamlout_close_map(y);
	if (cl->note != NULL)
		yamlout_pair(y, "note", cl->note);
	yamlout_str(y, "blanks");
	yamlout_seq(y, 1);
	for (i = 0; i < cl->nblanks; i++)
		yamlout_str(y, cat->blanks[cl->blanks[i]].id);
	yamlout_close_seq(y);
	yamlout_close_map(y);
}

static void
catalogue_emit_category(struct yamlout *y, const struct catalogue *cat,
    const struct category *c)
{
	size_t	i;

	yamlout_map(y, 0);
	yamlout_pair(y, "id", c->id);
	yamlout_pair(y, "name", c->name);
	yamlout_str(y, "cloud");
	yamlout_plain(y, c->cloud ? "true" : "false");
	yamlout_str(y, "notes");
	yamlout_seq(y, c->nnotes == 0);
	for (i = 0; i < c->nnotes; i++)
		yamlout_str(y, c->notes[i]);
	yamlout_close_seq(y);
	yamlout_str(y, "items");
	yamlout_seq(y, 0);
	for (i = 0; i < c->nclauses; i++)
		catalogue_emit_clause(y, cat, &c->clauses[i]);
	yamlout_close_seq(y);
	yamlout_close_map(y);
}

int
catalogue_emit(const struct catalogue *cat, const char *only, FILE *f,
    char **cause)
{
	struct yamlout	*y;
	size_t		 i;
	char		*ids;

	if (only != NULL && catalogue_category(cat, only) == NULL) {
		ids = catalogue_category_ids(cat);
		*cause = xasprintf(_("unknown category '%s' (want one of %s)"),
		    only, ids);
		free(ids);
		return -1;
	}
	y = yamlout_new(f);
	yamlout_map(y, 0);
	catalogue_emit_source(y, &cat->source);

	yamlout_str(y, "legend");
	yamlout_map(y, 0);
	for (i = 0; i < MARK_COUNT; i++) {
		yamlout_str(y, mark_name((enum mark)i));
		yamlout_map(y, 1);
		yamlout_pair(y, "symbol", cat->legend[i].symbol);
		yamlout_pair(y, "text", cat->legend[i].text);
		yamlout_close_map(y);
	}
	yamlout_close_map(y);

	yamlout_str(y, "blanks");
	yamlout_map(y, 0);
	for (i = 0; i < cat->nblanks; i++) {
		const struct blank_def *b = &cat->blanks[i];

		yamlout_str(y, b->id);
		yamlout_map(y, 1);
		yamlout_pair(y, "kind", b->kind == BLANK_TIER ? "tier" : "text");
		yamlout_pair(y, "label", b->label);
		if (b->def != NULL)
			yamlout_pair(y, "default", b->def);
		yamlout_close_map(y);
	}
	yamlout_close_map(y);

	yamlout_str(y, "categories");
	yamlout_seq(y, 0);
	for (i = 0; i < cat->ncategories; i++) {
		if (only == NULL || strcmp(only, cat->categories[i].id) == 0)
			catalogue_emit_category(y, cat, &cat->categories[i]);
	}
	yamlout_close_seq(y);
	yamlout_close_map(y);
	return yamlout_end(y, cause);
}
