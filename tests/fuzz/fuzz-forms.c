/* fuzz-forms.c: fuzz harness for the forms loader: any bytes as forms/wizard.yaml; what loads has every step once, fields the wizard can draw, and choices it can store in the answers. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "forms.h"
#include "fuzz.h"

/* The screens the wizard walks, each of which the forms must describe. */
static const char *const fuzz_steps[] = {
	"start", "case", "category", "tier", "level", "context", "clauses",
	"blanks", "review"
};
#define FUZZ_NSTEPS	(sizeof fuzz_steps / sizeof fuzz_steps[0])

static int
fuzz_nonempty(const char *s)
{
	return s != NULL && *s != '\0';
}

/* Whether the field id takes one of a fixed set of values. */
static int
fuzz_fixed(const char *id)
{
	return strcmp(id, "tier") == 0 || strncmp(id, "impact-", 7) == 0 ||
	    strcmp(id, "level") == 0 || strcmp(id, "route") == 0;
}

/* Whether the answers can hold value for the field id, as the wizard sets it. */
static int
fuzz_storable(const char *id, const char *value)
{
	int	t;

	if (strcmp(id, "tier") == 0 || strncmp(id, "impact-", 7) == 0) {
		for (t = 0; t < TIER_COUNT; t++) {
			if (strcmp(value, tier_name((enum tier)t)) == 0)
				return 1;
		}
		return 0;
	}
	if (strcmp(id, "level") == 0)
		return value[0] >= 'A' && value[0] <= 'E' && value[1] == '\0';
	if (strcmp(id, "route") == 0)
		return strcmp(value, "tender") == 0 ||
		    strcmp(value, "joint-supply-contract") == 0;
	return 1;
}

static void
fuzz_check_field(const struct form_step *st, const struct form_field *fl)
{
	size_t	c;

	FUZZ_ASSERT(fuzz_nonempty(fl->id));
	FUZZ_ASSERT(forms_field(st, fl->id) == fl);
	FUZZ_ASSERT(fuzz_nonempty(fl->label) && fuzz_nonempty(fl->help));
	FUZZ_ASSERT(fl->width >= 1 && fl->width <= 200);
	FUZZ_ASSERT(fl->kind == FORM_TEXT || fl->kind == FORM_DATE ||
	    fl->kind == FORM_CHOICE || fl->kind == FORM_YESNO);
	FUZZ_ASSERT(fl->when == WHEN_ALWAYS || fl->when == WHEN_CLOUD ||
	    fl->when == WHEN_BY_LEVEL);
	FUZZ_ASSERT(fl->required == 0 || fl->required == 1);
	FUZZ_ASSERT(fl->feeds == NULL || *fl->feeds != '\0');
	if (fl->kind != FORM_CHOICE) {
		FUZZ_ASSERT(fl->choices == NULL && fl->nchoices == 0);
		/* A fixed set of values comes only from a list of choices. */
		FUZZ_ASSERT(!fuzz_fixed(fl->id));
		return;
	}
	FUZZ_ASSERT(fl->choices != NULL && fl->nchoices > 0);
	for (c = 0; c < fl->nchoices; c++) {
		FUZZ_ASSERT(fuzz_nonempty(fl->choices[c].value));
		FUZZ_ASSERT(forms_choice(fl, fl->choices[c].value) ==
		    &fl->choices[c]);
		FUZZ_ASSERT(fl->choices[c].label == NULL ||
		    *fl->choices[c].label != '\0');
		FUZZ_ASSERT(fuzz_nonempty(fl->choices[c].help));
		FUZZ_ASSERT(fuzz_storable(fl->id, fl->choices[c].value));
	}
}

static void
fuzz_string(const char *s, void *arg)
{
	size_t	*n = arg;

	FUZZ_ASSERT(fuzz_nonempty(s));
	(*n)++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct form_step	*st;
	struct forms		*f;
	char			*cause = NULL;
	size_t			 i, j, nstrings = 0, want = 0;

	if (forms_load_buffer("fuzz.yaml", data, size, &f, &cause) != 0) {
		/* Every refusal says where and why. */
		FUZZ_ASSERT(cause != NULL && strncmp(cause, "fuzz.yaml:", 10) == 0);
		FUZZ_ASSERT(f == NULL);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(cause == NULL && f != NULL);

	/* Every screen once, and nothing else. */
	FUZZ_ASSERT(f->nsteps == FUZZ_NSTEPS);
	for (i = 0; i < FUZZ_NSTEPS; i++)
		FUZZ_ASSERT(forms_step(f, fuzz_steps[i]) != NULL);
	for (i = 0; i < f->nsteps; i++) {
		st = &f->steps[i];
		FUZZ_ASSERT(forms_step(f, st->id) == st);
		FUZZ_ASSERT(fuzz_nonempty(st->title) &&
		    fuzz_nonempty(st->help));
		FUZZ_ASSERT(st->nfields == 0 || st->fields != NULL);
		for (j = 0; j < st->nfields; j++)
			fuzz_check_field(st, &st->fields[j]);
		want += 2 + 2 * st->nfields;
	}
	for (i = 0; i < f->nsets; i++) {
		FUZZ_ASSERT(fuzz_nonempty(f->sets[i].name));
		FUZZ_ASSERT(f->sets[i].nchoices > 0);
		for (j = 0; j < f->sets[i].nchoices; j++)
			want += f->sets[i].choices[j].label != NULL ? 2 : 1;
	}

	/* What the translators get is every string the wizard shows. */
	forms_strings(f, fuzz_string, &nstrings);
	FUZZ_ASSERT(nstrings == want);
	forms_free(f);
	return 0;
}
