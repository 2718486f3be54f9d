/* fuzz-joint-supply.c: fuzz harness for the joint-supply-contract loader against the real catalogue: any bytes as joint-supply.yaml; what loads names only the catalogue's categories, and sets in type in the appendix and checklist of a case ordered through the contract. */
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

/* A complete case ordered through the contract, so that its checks print. */
static const char fuzz_answers[] =
    "version: 2\n"
    "category: cloud-platform\n"
    "tier: medium\n"
    "agency_type: government\n"
    "agency_level: C\n"
    "route: joint-supply-contract\n"
    "case: {agency: 臺北市政府資訊局, name: 市民服務平臺雲端主機租用, "
    "number: TPE-IT-115-08, date: 2026-03-02}\n"
    "context: {personal_data: false, critical_infrastructure: false, "
    "external_service: false, core_system: false, large_contract: false, "
    "national_security: false, mobile_app: false}\n"
    "blanks: {risk-level: 中、高}\n"
    "elsewhere: [{id: cld-15}, {id: cld-19}]\n";

static struct catalogue		*fuzz_cat;
static struct rules		*fuzz_rules;
static struct answers		*fuzz_case;
static struct resolution	*fuzz_res;
static struct font		*fuzz_font;
static char			 fuzz_fp[65];

/* The data folder as the program finds it, and the case, set up once. */
static void
fuzz_setup(void)
{
	char	*cause = NULL;

	fuzz_cat = fuzz_catalogue("fuzz-joint-supply");
	if (rules_load(fuzz_datadir(), fuzz_cat, &fuzz_rules, &cause) != 0 ||
	    answers_load_buffer("case.yaml", fuzz_answers,
	    sizeof fuzz_answers - 1, fuzz_cat, &fuzz_case, &cause) != 0 ||
	    generate_fingerprint(fuzz_case, fuzz_fp, &cause) != 0) {
		fprintf(stderr, "fuzz-joint-supply: %s\n", cause);
		exit(1);
	}
	fuzz_res = resolve(fuzz_cat, fuzz_rules, fuzz_case);
	if (fuzz_res->nproblems != 0) {
		fprintf(stderr, "fuzz-joint-supply: the case is not complete: "
		    "%s\n", fuzz_res->problems[0]);
		exit(1);
	}
	/* Without a font the harness still loads and makes the reports. */
	if (font_open(NULL, &fuzz_font, &cause) != 0) {
		fprintf(stderr, "fuzz-joint-supply: %s; not setting type\n",
		    cause);
		free(cause);
	}
}

static void
fuzz_check_jsc(void)
{
	const struct source		*s = &fuzz_cat->jsc_source;
	const struct jsc_requirement	*j;
	size_t				 i, k;

	FUZZ_ASSERT(s->title != NULL && *s->title != '\0');
	FUZZ_ASSERT(s->issuer != NULL && *s->issuer != '\0');
	FUZZ_ASSERT(s->reference != NULL && *s->reference != '\0');
	FUZZ_ASSERT(s->version != NULL && *s->version != '\0');
	for (i = 0; i < fuzz_cat->njsc; i++) {
		j = &fuzz_cat->jsc[i];
		FUZZ_ASSERT(j->id != NULL && *j->id != '\0');
		FUZZ_ASSERT(j->kind != NULL && *j->kind != '\0');
		FUZZ_ASSERT(j->party < JSC_PARTY_COUNT);
		FUZZ_ASSERT(j->effective != NULL && *j->effective != '\0');
		FUZZ_ASSERT(j->title != NULL && *j->title != '\0');
		FUZZ_ASSERT(j->text != NULL && *j->text != '\0');
		for (k = 0; k < j->napplies; k++) {
			FUZZ_ASSERT(catalogue_category(fuzz_cat,
			    j->applies_to[k]) != NULL);
			FUZZ_ASSERT(catalogue_jsc_applies(j, j->applies_to[k]));
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*cause = NULL;

	if (fuzz_cat == NULL)
		fuzz_setup();
	if (catalogue_load_jsc_buffer("fuzz.yaml", data, size, fuzz_cat,
	    &cause) != 0) {
		/* Every refusal says where and why, and leaves no checks. */
		FUZZ_ASSERT(cause != NULL && strncmp(cause, "fuzz.yaml:", 10) == 0);
		FUZZ_ASSERT(fuzz_cat->njsc == 0 && fuzz_cat->jsc == NULL &&
		    fuzz_cat->jsc_source.title == NULL);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(cause == NULL);
	fuzz_check_jsc();
	/* Both documents of the case, with the checks just loaded. */
	fuzz_typeset(fuzz_cat, fuzz_case, fuzz_res, fuzz_font, fuzz_fp);
	return 0;
}
