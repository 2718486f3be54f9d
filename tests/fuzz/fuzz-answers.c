/* fuzz-answers.c: fuzz harness for the answers loader against the real catalogue: any bytes as an answers file; what loads must resolve, emit and load back the same, and set in type when complete. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "catalogue.h"
#include "font.h"
#include "fuzz.h"
#include "generate.h"
#include "resolve.h"
#include "rules.h"

static struct catalogue	*fuzz_cat;
static struct rules	*fuzz_rules;
static struct font	*fuzz_font;

/* The data folder as the program finds it, loaded once for every input. */
static void
fuzz_setup(void)
{
	const char	*dir = fuzz_datadir();
	char		*cause = NULL;

	if (catalogue_load(dir, &fuzz_cat, &cause) != 0 ||
	    rules_load(dir, fuzz_cat, &fuzz_rules, &cause) != 0) {
		fprintf(stderr, "fuzz-answers: %s\n", cause);
		exit(1);
	}
	/* Without a font the harness still loads and resolves. */
	if (font_open(NULL, &fuzz_font, &cause) != 0) {
		fprintf(stderr, "fuzz-answers: %s; not setting type\n", cause);
		free(cause);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct answers		*a, *again;
	struct resolution	*res;
	char			*cause = NULL, *out, *out2, *problems;
	char			 fp[65];
	size_t			 len, len2, i;

	if (fuzz_cat == NULL)
		fuzz_setup();
	if (answers_load_buffer("fuzz.yaml", data, size, fuzz_cat, &a,
	    &cause) != 0) {
		FUZZ_ASSERT(cause != NULL && strncmp(cause, "fuzz.yaml:", 10) == 0);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(cause == NULL);

	/* Resolution never fails: it lists what is missing. */
	res = resolve(fuzz_cat, fuzz_rules, a);
	FUZZ_ASSERT(res != NULL);
	for (i = 0; i < res->nrows; i++)
		FUZZ_ASSERT(res->rows[i].reason != NULL && res->rows[i].text != NULL);
	problems = generate_problems(res);
	free(problems);

	/* A draft saved by the program loads back as the same draft. */
	FUZZ_ASSERT(answers_emit_buffer(a, &out, &len, &cause) == 0);
	if (answers_load_buffer("emitted.yaml", out, len, fuzz_cat, &again,
	    &cause) != 0) {
		fprintf(stderr, "reload: %s\n", cause);
		FUZZ_FAIL("emitted answers load");
	}
	FUZZ_ASSERT(answers_emit_buffer(again, &out2, &len2, &cause) == 0);
	FUZZ_ASSERT(len == len2 && memcmp(out, out2, len) == 0);
	free(out2);
	answers_free(again);
	free(out);

	/* A complete resolution sets in type, short of writing the PDF. */
	if (res->nproblems == 0 && fuzz_font != NULL) {
		FUZZ_ASSERT(generate_fingerprint(a, fp, &cause) == 0);
		fuzz_typeset(fuzz_cat, a, res, fuzz_font, fp);
	}
	resolution_free(res);
	answers_free(a);
	return 0;
}
