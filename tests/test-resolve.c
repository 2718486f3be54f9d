/* test-resolve.c: which rows each category and tier adopts, context-driven rows, ▲ rows by agency level, blanks, and answers round-trips. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "catalogue.h"
#include "check.h"
#include "resolve.h"
#include "rules.h"
#include "xmalloc.h"

static struct catalogue	*cat;
static struct rules	*rules;

/* Resolve answers given as YAML text; the test fails if they do not load. */
static struct resolution *
run(const char *yaml, struct answers **ap)
{
	struct answers		*a;
	struct resolution	*res;
	char			*cause = NULL;

	if (answers_load_buffer("test.yaml", yaml, strlen(yaml), cat, &a,
	    &cause) != 0) {
		fprintf(stderr, "answers did not load: %s\n", cause);
		free(cause);
		exit(1);
	}
	res = resolve(cat, rules, a);
	if (ap != NULL)
		*ap = a;
	else
		answers_free(a);
	return res;
}

static const struct resolved_row *
row(const struct resolution *res, const char *id)
{
	size_t	i;

	for (i = 0; i < res->nrows; i++) {
		if (strcmp(res->rows[i].clause->id, id) == 0)
			return &res->rows[i];
	}
	fprintf(stderr, "no row %s\n", id);
	exit(1);
}

#define CASE "case: {agency: 測試機關, name: 測試案, number: T-1, date: 2026-11-21}\n"

/* Counts of ● and ◎ per category and tier, counted from catalogue-expected.txt. */
static const struct {
	const char	*category;
	size_t		 required[3], optional[3], by_level;
} marks[] = {
	{ "saas-packaged", { 7, 7, 6 }, { 4, 4, 4 }, 0 },
	{ "saas-office", { 19, 19, 12 }, { 2, 2, 8 }, 0 },
	{ "saas-customization", { 4, 4, 3 }, { 1, 1, 1 }, 0 },
	{ "cloud-platform", { 18, 17, 12 }, { 3, 4, 9 }, 6 },
	{ "system-planning", { 2, 2, 2 }, { 0, 0, 0 }, 0 },
	{ "security-planning", { 2, 2, 2 }, { 0, 0, 0 }, 0 },
	{ "app-development", { 27, 25, 17 }, { 15, 17, 25 }, 15 },
	{ "system-extension", { 9, 7, 5 }, { 5, 7, 9 }, 3 },
	{ "app-maintenance", { 2, 2, 1 }, { 1, 1, 2 }, 4 },
};

static void
test_every_category_and_tier(void)
{
	static const char *const tiers[] = { "high", "medium", "low" };
	struct resolution	*res;
	char			*yaml;
	size_t			 i, t;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		for (t = 0; t < 3; t++) {
			yaml = xasprintf("version: 1\ncategory: %s\ntier: %s\n"
			    "agency_level: D\n" CASE, marks[i].category,
			    tiers[t]);
			res = run(yaml, NULL);
			/* Level D requires no ▲ row: only the ● rows. */
			if (resolution_count(res, ROW_ADOPTED) !=
			    marks[i].required[t]) {
				fprintf(stderr, "%s %s: %zu adopted, want %zu\n",
				    marks[i].category, tiers[t],
				    resolution_count(res, ROW_ADOPTED),
				    marks[i].required[t]);
				check_failures++;
			}
			CHECK(resolution_count(res, ROW_NOT_ADOPTED) >=
			    marks[i].optional[t]);
			resolution_free(res);
			free(yaml);
		}
	}
}

static void
test_levels(void)
{
	struct resolution	*res;

	/* A: 11 ▲ rows required, 4 the regulation cannot decide. */
	res = run("version: 1\ncategory: app-development\ntier: high\n"
	    "agency_level: A\n" CASE, NULL);
	CHECK(resolution_count(res, ROW_ADOPTED) == 27 + 11);
	CHECK(resolution_count(res, ROW_UNDECIDED) == 4);
	CHECK(res->nproblems == 4);
	CHECK(row(res, "dev-26")->state == ROW_ADOPTED);
	CHECK(strstr(row(res, "dev-26")->why, "A級應辦") != NULL);
	CHECK(row(res, "dev-46")->state == ROW_UNDECIDED);
	CHECK(strstr(res->problems[0], "does not decide") != NULL);
	resolution_free(res);

	res = run("version: 1\ncategory: app-development\ntier: high\n"
	    "agency_level: A\n" CASE
	    "elsewhere: [{id: dev-27, note: 由資安維運案辦理}, {id: dev-28}]\n"
	    "include: [dev-35]\n"
	    "exclude: [{id: dev-46, reason: 已於年度資安健診辦理}]\n", NULL);
	CHECK(res->nproblems == 0);
	CHECK(resolution_count(res, ROW_ADOPTED) == 27 + 12);
	CHECK(row(res, "dev-27")->state == ROW_ELSEWHERE);
	CHECK(strstr(row(res, "dev-27")->why, "由資安維運案辦理") != NULL);
	CHECK(row(res, "dev-35")->basis == BASIS_CHOICE);
	CHECK(row(res, "dev-46")->state == ROW_EXCLUDED);
	CHECK(strstr(row(res, "dev-46")->why, "已於年度資安健診辦理") != NULL);
	resolution_free(res);

	/* C: VANS yes, SOC and EDR no. */
	res = run("version: 1\ncategory: app-development\ntier: medium\n"
	    "agency_level: C\n" CASE, NULL);
	CHECK(row(res, "dev-30")->state == ROW_ADOPTED);
	CHECK(row(res, "dev-26")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "dev-29")->state == ROW_NOT_ADOPTED);
	CHECK(strstr(row(res, "dev-26")->why, "非機關資通安全責任等級C級") !=
	    NULL);
	resolution_free(res);

	/* No level for a category with ▲ rows is a problem. */
	res = run("version: 1\ncategory: app-maintenance\ntier: low\n" CASE,
	    NULL);
	CHECK(res->nproblems >= 1);
	CHECK(strstr(res->problems[0], "agency responsibility level") != NULL);
	resolution_free(res);
}

static void
test_context(void)
{
	struct resolution	*res;

	res = run("version: 1\ncategory: saas-packaged\ntier: medium\n" CASE,
	    NULL);
	CHECK(row(res, "pkg-02")->state == ROW_NOT_ADOPTED);
	resolution_free(res);

	res = run("version: 1\ncategory: saas-packaged\ntier: medium\n" CASE
	    "context: {personal_data: true}\n", NULL);
	CHECK(row(res, "pkg-02")->state == ROW_ADOPTED);
	CHECK(row(res, "pkg-02")->basis == BASIS_CONTEXT);
	CHECK(strstr(row(res, "pkg-02")->why, "個人資料") != NULL);
	resolution_free(res);

	res = run("version: 1\ncategory: app-development\ntier: low\n"
	    "agency_level: B\n" CASE
	    "context: {critical_infrastructure: true, external_service: true,"
	    " core_system: true, mobile_app: true}\n", NULL);
	CHECK(row(res, "dev-40")->state == ROW_ADOPTED);	/* BAS drill */
	CHECK(row(res, "dev-39")->state == ROW_ADOPTED);	/* DDoS drill */
	CHECK(row(res, "dev-42")->state == ROW_ADOPTED);	/* source review */
	CHECK(row(res, "dev-07")->state == ROW_ADOPTED);	/* 27001 for core */
	CHECK(row(res, "dev-50")->state == ROW_ADOPTED);	/* App label */
	CHECK(row(res, "dev-41")->state == ROW_NOT_ADOPTED);	/* red/blue team */
	resolution_free(res);

	/* A context row can still be dropped, with its reason. */
	res = run("version: 1\ncategory: saas-packaged\ntier: medium\n" CASE
	    "context: {personal_data: true}\n"
	    "exclude: [{id: pkg-02, reason: 僅處理公開資料}]\n", NULL);
	CHECK(row(res, "pkg-02")->state == ROW_EXCLUDED);
	resolution_free(res);
}

static void
test_blanks(void)
{
	struct resolution	*res;
	struct blank_def	*b;
	char			*def;

	res = run("version: 1\ncategory: app-development\ntier: medium\n"
	    "agency_level: B\n" CASE, NULL);
	CHECK(strstr(row(res, "dev-12")->text,
	    "本系統為中級，需符合中級系統") != NULL);
	CHECK(strchr(row(res, "dev-12")->text, '_') == NULL);
	resolution_free(res);

	res = run("version: 1\ncategory: saas-packaged\ntier: high\n" CASE,
	    NULL);
	CHECK(strstr(row(res, "pkg-07")->text, "未含中、高等級風險") != NULL);
	CHECK(strstr(row(res, "pkg-07")->note, "未含中、高等級風險") != NULL);
	CHECK(res->nproblems == 0);
	resolution_free(res);

	res = run("version: 1\ncategory: saas-packaged\ntier: high\n" CASE
	    "blanks: {risk-level: 高}\n", NULL);
	CHECK(strstr(row(res, "pkg-07")->text, "未含高等級風險") != NULL);
	resolution_free(res);

	/* Without a default, an adopted row's blank stops generation. */
	b = &cat->blanks[catalogue_blank(cat, "risk-level") - cat->blanks];
	def = b->def;
	b->def = NULL;
	res = run("version: 1\ncategory: saas-packaged\ntier: high\n" CASE,
	    NULL);
	CHECK(res->nproblems == 1);
	CHECK(res->nproblems == 1 &&
	    strstr(res->problems[0], "pkg-07 has 2 unfilled") != NULL);
	CHECK(strstr(row(res, "pkg-07")->text, "未含____等級") != NULL);
	resolution_free(res);
	b->def = def;

	/* Missing case facts are listed too. */
	res = run("version: 1\ncategory: saas-packaged\ntier: high\n", NULL);
	CHECK(res->nproblems == 4);
	resolution_free(res);
}

static void
test_roundtrip(void)
{
	struct answers	*a, *b;
	FILE		*f;
	char		*buf1 = NULL, *buf2 = NULL, *cause = NULL;
	size_t		 len1 = 0, len2 = 0;
	struct resolution *res;

	res = run("version: 1\ncategory: cloud-platform\ntier: 中\n"
	    "agency_level: B\nroute: joint-supply-contract\n" CASE
	    "context: {personal_data: true, mobile_app: false}\n"
	    "blanks: {risk-level: \"中\"}\ninclude: [cld-22]\n"
	    "exclude: [{id: cld-02, reason: \"理由: 含冒號\"}]\n"
	    "elsewhere: [{id: cld-15, note: 另案}]\n", &a);
	resolution_free(res);
	f = open_memstream(&buf1, &len1);
	CHECK(answers_emit(a, f, &cause) == 0);
	fclose(f);
	CHECK(answers_load_buffer("rt.yaml", buf1, len1, cat, &b,
	    &cause) == 0);
	f = open_memstream(&buf2, &len2);
	CHECK(answers_emit(b, f, &cause) == 0);
	fclose(f);
	CHECK(len1 == len2 && memcmp(buf1, buf2, len1) == 0);
	CHECK(strstr(buf1, "tier: medium") != NULL);
	CHECK(b->route == ROUTE_JOINT_SUPPLY && b->level == 1);
	answers_free(a);
	answers_free(b);
	free(buf1);
	free(buf2);
}

/* A ▲ row in two level rules is refused: only the first would decide it. */
static void
test_bad_rules(void)
{
	static const char text[] =
	    "source: {title: t, issuer: i, date: \"2021-08-23\", "
	    "date_roc: d, reference: r, version: \"1\"}\n"
	    "context:\n"
	    "  personal_data: {label: l, items: []}\n"
	    "  critical_infrastructure: {label: l, items: []}\n"
	    "  external_service: {label: l, items: []}\n"
	    "  core_system: {label: l, items: []}\n"
	    "  mobile_app: {label: l, items: []}\n"
	    "levels:\n"
	    "  - {id: soc, title: t, basis: b, items: [cld-14, cld-15], "
	    "decisions: {A: ask, B: ask, C: ask, D: ask, E: ask}}\n"
	    "  - {id: ir, title: t, basis: b, items: [dev-27, cld-15], "
	    "decisions: {A: ask, B: ask, C: ask, D: ask, E: ask}}\n";
	struct rules	*r;
	char		*cause = NULL;

	CHECK(rules_load_buffer("bad.yaml", text, sizeof text - 1, cat, &r,
	    &cause) == -1 && r == NULL);
	CHECK(cause != NULL && strstr(cause, "bad.yaml:10:50:") == cause &&
	    strstr(cause, "item 'cld-15' is already in level rule 'soc'") !=
	    NULL);
	free(cause);
}

int
main(void)
{
	const char	*top = getenv("top_srcdir");
	char		*dir, *cause = NULL;

	dir = xasprintf("%s/data", top != NULL ? top : ".");
	if (catalogue_load(dir, &cat, &cause) != 0 ||
	    rules_load(dir, cat, &rules, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	free(dir);
	test_every_category_and_tier();
	test_levels();
	test_context();
	test_blanks();
	test_roundtrip();
	test_bad_rules();
	rules_free(rules);
	catalogue_free(cat);
	return CHECK_DONE();
}
