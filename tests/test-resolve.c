/* test-resolve.c: ▲ rows by agency type, level and system for every category and tier, each decision pinned to the regulation notes; the case-fact triggers; reasons; format 1 answers; blanks and round-trips. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdint.h>
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

/* The row's reason with its law, as the wizard shows it; kept until the next call. */
static const char *
row_why(const struct resolved_row *r)
{
	static char	*why;

	free(why);
	why = resolved_row_why(r);
	return why;
}

#define CASE "case: {agency: 測試機關, name: 測試案, number: T-1, date: 2026-11-21}\n"
#define NO_FACTS "context: {personal_data: false, critical_infrastructure: false, " \
    "external_service: false, core_system: false, large_contract: false, " \
    "national_security: false, mobile_app: false}\n"

static const char *const tiers[] = { "high", "medium", "low" };
static const char *const types[] = {
	"government", "ci-provider", "state-enterprise", "foundation",
	"government-controlled"
};

/* Answers of format 2 with every fact given, for a category, tier, type and level. */
static char *
v2(const char *category, int tier, int type, int level, int core, int ext)
{
	return xasprintf("version: 2\ncategory: %s\ntier: %s\n"
	    "agency_type: %s\nagency_level: %c\n" CASE
	    "context: {personal_data: false, critical_infrastructure: false, "
	    "external_service: %s, core_system: %s, large_contract: false, "
	    "national_security: false, mobile_app: false}\n", category,
	    tiers[tier], types[type], 'A' + level, ext ? "true" : "false",
	    core ? "true" : "false");
}

/*
 * For every category, tier, agency type, level and system fact, each ▲
 * row is decided as its rule says, with the decision's basis and the
 * version's 令 in its reason, which the resolver gives apart from the
 * reason; an ask is undecided, says why and is a problem.
 */
static void
test_every_combination(void)
{
	const struct rule_decision	*d;
	const struct resolved_row	*r;
	const struct rule_level		*lr;
	struct resolution		*res;
	struct rule_facts		 f;
	char				*yaml, *why;
	size_t				 c, i, n = 0;
	unsigned			 missing;
	int				 t, type, level, core, ext, k;

	for (c = 0; c < cat->ncategories; c++)
	for (t = 0; t < TIER_COUNT; t++)
	for (type = 0; type < AGENCY_TYPES; type++)
	for (level = 0; level < AGENCY_LEVELS; level++)
	for (core = 0; core < 2; core++)
	for (ext = 0; ext < 2; ext++) {
		yaml = v2(cat->categories[c].id, t, type, level, core, ext);
		res = run(yaml, NULL);
		free(yaml);
		f.agency = type;
		f.level = level;
		f.tier = t;
		for (k = 0; k < CTX_COUNT; k++)
			f.context[k] = 0;
		f.context[CTX_CORE_SYSTEM] = core;
		f.context[CTX_EXTERNAL_SERVICE] = ext;
		for (i = 0; i < res->nrows; i++) {
			r = &res->rows[i];
			if (r->mark != MARK_BY_LEVEL)
				continue;
			n++;
			lr = rules_level(rules, r->clause->id);
			missing = 0;
			d = lr == NULL ? NULL : rules_decide(lr, &f, &missing);
			CHECK(d != NULL && missing == 0);
			if (d == NULL)
				continue;
			/* The wizard's and show's words: reason, then the law. */
			why = resolved_row_why(r);
			CHECK(strncmp(why, r->reason, strlen(r->reason)) == 0);
			CHECK(strstr(why, d->basis) != NULL);
			CHECK(strstr(why, "數授資法字第1145000416號令") != NULL);
			CHECK(strstr(why, "附表") != NULL);
			/* The law apart from the reason, for the record. */
			CHECK(strstr(r->reason, "數授資法") == NULL);
			CHECK(r->cite != NULL && strcmp(r->cite,
			    res->citation) == 0);
			switch (d->decision) {
			case LEVEL_REQUIRED:
				CHECK(r->state == ROW_ADOPTED);
				break;
			case LEVEL_NOT_REQUIRED:
				CHECK(r->state == ROW_NOT_ADOPTED);
				break;
			case LEVEL_ASK:
				CHECK(r->state == ROW_UNDECIDED && r->open);
				CHECK(strstr(why, d->why) != NULL);
				CHECK(r->cite_with == d->basis);
				break;
			}
			free(why);
		}
		resolution_free(res);
	}
	CHECK(n > 0);
}

/* The lines of a file, to find a quote on one of them. */
static char *
slurp(const char *name)
{
	const char	*top = getenv("top_srcdir");
	char		*path, *buf;
	FILE		*fp;
	long		 len;

	path = xasprintf("%s/tests/fixtures/%s", top != NULL ? top : ".",
	    name);
	if ((fp = fopen(path, "rb")) == NULL || fseek(fp, 0, SEEK_END) != 0 ||
	    (len = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0) {
		fprintf(stderr, "cannot read %s\n", path);
		exit(1);
	}
	buf = xmalloc((size_t)len + 1);
	buf[fread(buf, 1, (size_t)len, fp)] = '\0';
	fclose(fp);
	free(path);
	return buf;
}

/* The line of text that holds quote whole, or 0. */
static size_t
quote_line(const char *text, const char *quote)
{
	const char	*p;
	size_t		 line = 1;

	if (strchr(quote, '\n') != NULL || (p = strstr(text, quote)) == NULL)
		return 0;
	for (; text < p; text++)
		line += *text == '\n';
	return line;
}

/*
 * Every decision of every version, every trigger and warning rests on
 * words of the regulation notes (the project's legal record), on one line;
 * a trigger may quote the table's own note instead.
 */
static void
test_quotes(void)
{
	const struct rule_version	*v;
	const struct rule_decision	*d;
	char				*reg, *pcc;
	size_t				 i, j, k;

	reg = slurp("regulation.md");
	pcc = slurp("pcc-table.txt");
	for (i = 0; i < rules->nversions; i++) {
		v = &rules->versions[i];
		for (j = 0; j < v->nlevels; j++) {
			for (k = 0; k < v->levels[j].ndecisions; k++) {
				d = &v->levels[j].decisions_by[k];
				if (quote_line(reg, d->quote) == 0) {
					fprintf(stderr, "%s %s: quote not in "
					    "regulation.md: %s\n", v->id,
					    v->levels[j].id, d->quote);
					check_failures++;
				}
			}
		}
	}
	for (i = 0; i < rules->ntriggers; i++) {
		if (quote_line(reg, rules->triggers[i].quote) == 0 &&
		    quote_line(pcc, rules->triggers[i].quote) == 0) {
			fprintf(stderr, "trigger %s: quote found nowhere: %s\n",
			    rules->triggers[i].id, rules->triggers[i].quote);
			check_failures++;
		}
	}
	/* A duty on the agency rests on the regulation's own words. */
	for (i = 0; i < rules->ntriggers; i++) {
		if (rules->triggers[i].duty_quote != NULL)
			CHECK(quote_line(reg,
			    rules->triggers[i].duty_quote) != 0);
	}
	for (i = 0; i < rules->nwarnings; i++)
		CHECK(quote_line(reg, rules->warnings[i].quote) != 0);
	/* The regulation notes' own words for the two versions. */
	CHECK(quote_line(reg, "**115年1月7日** by 數位發展部") != 0);
	CHECK_STR(rules->in_force->id, "115.01.07");
	CHECK_STR(rules->in_force->source.issuer, "數位發展部");
	CHECK_STR(rules->in_force->source.reference,
	    "數授資法字第1145000416號令");
	CHECK(rules->answers_v1 != NULL &&
	    strcmp(rules->answers_v1->source.issuer, "行政院") == 0 &&
	    strcmp(rules->answers_v1->source.reference,
	    "院臺護字第1100182012號令") == 0);
	free(reg);
	free(pcc);
}

/* Whether a problem mentions s. */
static int
has_problem(const struct resolution *res, const char *s)
{
	size_t	i;

	for (i = 0; i < res->nproblems; i++) {
		if (strstr(res->problems[i], s) != NULL)
			return 1;
	}
	return 0;
}

/* The decisions the regulation notes make plain, one by one. */
static void
test_levels(void)
{
	struct resolution	*res;
	char			*yaml;

	/* D must have antivirus and firewall; E has no technical duty. */
	yaml = v2("app-development", TIER_MEDIUM, AGENCY_GOVERNMENT, 3, 0, 0);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "dev-32")->state == ROW_ADOPTED);
	CHECK(row(res, "dev-33")->state == ROW_ADOPTED);
	CHECK(row(res, "dev-31")->state == ROW_NOT_ADOPTED);	/* GCB */
	CHECK(strstr(row_why(row(res, "dev-32")), "附表七") != NULL);
	resolution_free(res);
	yaml = v2("app-development", TIER_MEDIUM, AGENCY_FOUNDATION, 4, 1, 1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "dev-32")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "dev-47")->state == ROW_NOT_ADOPTED);
	resolution_free(res);

	/* GCB at C is no duty: A and B 公務機關 only. */
	yaml = v2("app-development", TIER_HIGH, AGENCY_GOVERNMENT, 2, 1, 1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "dev-31")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "dev-30")->state == ROW_ADOPTED);	/* VANS */
	CHECK(row(res, "dev-26")->state == ROW_NOT_ADOPTED);	/* SOC */
	CHECK(strstr(row_why(row(res, "dev-26")), "公務機關C級無此應辦事項") != NULL);
	resolution_free(res);

	/* Scans and penetration tests follow the core system, not the level. */
	yaml = v2("system-extension", TIER_HIGH, AGENCY_GOVERNMENT, 0, 0, 1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "ext-15")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "ext-16")->state == ROW_NOT_ADOPTED);
	CHECK(strstr(row_why(row(res, "ext-15")), "本案系統非屬之") != NULL);
	resolution_free(res);
	yaml = v2("system-extension", TIER_HIGH, AGENCY_GOVERNMENT, 0, 1, 0);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "ext-15")->state == ROW_ADOPTED);
	CHECK(row(res, "ext-16")->state == ROW_ADOPTED);
	resolution_free(res);

	/* WAF: core system with external service, at A and B. */
	yaml = v2("app-development", TIER_HIGH, AGENCY_GOVERNMENT, 1, 1, 1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "dev-35")->state == ROW_ADOPTED);
	resolution_free(res);
	yaml = v2("app-development", TIER_HIGH, AGENCY_GOVERNMENT, 1, 1, 0);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "dev-35")->state == ROW_NOT_ADOPTED);
	resolution_free(res);

	/* 特定非公務機關: GCB never; VANS at A/B for CI providers only; EDR no. */
	yaml = v2("cloud-platform", TIER_HIGH, AGENCY_CI_PROVIDER, 0, 1, 1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "cld-19")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "cld-18")->state == ROW_ADOPTED);
	CHECK(row(res, "cld-17")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "cld-14")->state == ROW_UNDECIDED);	/* SOC */
	CHECK(strstr(row_why(row(res, "cld-14")), "特定非公務機關") != NULL);
	CHECK(strstr(row_why(row(res, "cld-18")), "關鍵基礎設施提供者A級應辦") !=
	    NULL);
	resolution_free(res);
	yaml = v2("cloud-platform", TIER_HIGH, AGENCY_STATE_ENTERPRISE, 0, 1,
	    1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "cld-18")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "cld-19")->state == ROW_NOT_ADOPTED);
	resolution_free(res);

	/* Health check covers the whole agency: ask, saying so. */
	yaml = v2("app-maintenance", TIER_LOW, AGENCY_GOVERNMENT, 0, 1, 1);
	res = run(yaml, NULL);
	free(yaml);
	CHECK(row(res, "ops-07")->state == ROW_UNDECIDED);
	CHECK(strstr(row_why(row(res, "ops-07")), "全機關") != NULL);
	CHECK(has_problem(res, "ops-07") && has_problem(res, "全機關"));
	resolution_free(res);

	/* No level for a category with ▲ rows is a problem. */
	res = run("version: 2\ncategory: app-maintenance\ntier: low\n"
	    "agency_type: government\n" CASE NO_FACTS, NULL);
	CHECK(res->nproblems >= 1);
	CHECK(strstr(res->problems[0], "agency responsibility level") != NULL);
	resolution_free(res);
}

/* A 公務機關's answers with the case facts given, and more lines after. */
static struct resolution *
facts_more(const char *category, const char *tier, const char *level,
    const char *context, const char *more)
{
	struct resolution	*res;
	char			*yaml;

	yaml = xasprintf("version: 2\ncategory: %s\ntier: %s\n"
	    "agency_type: government\nagency_level: %s\n" CASE
	    "context: {%s}\n%s", category, tier, level, context, more);
	res = run(yaml, NULL);
	free(yaml);
	return res;
}

static struct resolution *
facts(const char *category, const char *tier, const char *level,
    const char *context)
{
	struct resolution	*res;
	char			*yaml;

	yaml = xasprintf("version: 2\ncategory: %s\ntier: %s\n"
	    "agency_type: government\nagency_level: %s\n" CASE
	    "context: {%s}\n", category, tier, level, context);
	res = run(yaml, NULL);
	free(yaml);
	return res;
}

#define ALL_NO "personal_data: false, critical_infrastructure: false, " \
    "external_service: false, national_security: false, mobile_app: false"

static void
test_triggers(void)
{
	struct resolution	*res;

	/* 27001 for a core system, at A to C, never on contract value. */
	res = facts("app-development", "medium", "B", ALL_NO
	    ", core_system: true, large_contract: false");
	CHECK(row(res, "dev-07")->state == ROW_ADOPTED);
	CHECK(row(res, "dev-42")->state == ROW_ADOPTED);
	resolution_free(res);
	res = facts("app-development", "medium", "D", ALL_NO
	    ", core_system: true, large_contract: false");
	CHECK(row(res, "dev-07")->state == ROW_NOT_ADOPTED);
	resolution_free(res);
	res = facts("app-development", "medium", "B", ALL_NO
	    ", core_system: false, large_contract: true");
	CHECK(row(res, "dev-07")->state == ROW_NOT_ADOPTED);
	CHECK(strstr(row_why(row(res, "dev-07")), "未選用") != NULL);
	/* Third-party testing: core system or a large contract. */
	CHECK(row(res, "dev-42")->state == ROW_ADOPTED);
	CHECK(strstr(row_why(row(res, "dev-42")), "一千萬元") != NULL);
	/* The note's testing is the agency's own duty besides. */
	CHECK(row(res, "dev-42")->duty != NULL &&
	    strcmp(row(res, "dev-42")->duty->id, "third-party-testing") == 0);
	CHECK(row(res, "dev-07")->duty == NULL);
	resolution_free(res);
	res = facts("app-development", "medium", "B", ALL_NO
	    ", core_system: false, large_contract: false");
	CHECK(row(res, "dev-42")->state == ROW_NOT_ADOPTED);
	CHECK(row(res, "dev-42")->duty == NULL);
	resolution_free(res);
	/* Whatever the buyer does with the row, the duty stays. */
	res = facts_more("app-development", "medium", "B", ALL_NO
	    ", core_system: true, large_contract: false",
	    "exclude: [{id: dev-42, reason: 另有檢測}]\n");
	CHECK(row(res, "dev-42")->state == ROW_EXCLUDED);
	CHECK(row(res, "dev-42")->duty != NULL);
	resolution_free(res);

	/* National security adopts the ◎ 陸資 rows; untouched they are 未選用. */
	res = facts("system-extension", "high", "C", ALL_NO
	    ", core_system: false, large_contract: false");
	CHECK(row(res, "ext-03")->state == ROW_NOT_ADOPTED);
	CHECK_STR(row_why(row(res, "ext-03")), "標示◎，經機關評估本案無辦理必要，未選用");
	CHECK(row(res, "ext-03")->cite == NULL);
	CHECK(row(res, "ext-03")->basis == BASIS_CHOICE);
	resolution_free(res);
	res = facts("system-extension", "high", "C", "personal_data: false, "
	    "critical_infrastructure: false, external_service: false, "
	    "national_security: true, mobile_app: false, core_system: false, "
	    "large_contract: false");
	CHECK(row(res, "ext-03")->state == ROW_ADOPTED);
	CHECK(strstr(row_why(row(res, "ext-03")), "國家安全") != NULL);
	/* ext-06 on personal data would be our inference: not here. */
	CHECK(row(res, "ext-06")->state == ROW_NOT_ADOPTED);
	resolution_free(res);
	res = facts("system-extension", "high", "C", "personal_data: true, "
	    "critical_infrastructure: false, external_service: false, "
	    "national_security: false, mobile_app: false, core_system: false, "
	    "large_contract: false");
	CHECK(row(res, "ext-06")->state == ROW_ADOPTED);
	CHECK(strstr(row_why(row(res, "ext-06")), "推論") != NULL);
	resolution_free(res);

	/* No app: the App label rows do not apply, ● or not, with the reason. */
	res = facts("app-development", "high", "C", ALL_NO
	    ", core_system: false, large_contract: false");
	CHECK(row(res, "dev-50")->state == ROW_NOT_APPLICABLE);
	CHECK(strstr(row_why(row(res, "dev-50")), "未提供行動應用程式") != NULL);
	/* dev-08 (●) is for personal data only. */
	CHECK(row(res, "dev-08")->state == ROW_NOT_APPLICABLE);
	CHECK(strstr(row_why(row(res, "dev-08")), "未涉及個人資料") != NULL);
	CHECK(!has_problem(res, "dev-50") && !has_problem(res, "dev-08"));
	resolution_free(res);
	/* An app adopts them at 普 too. */
	res = facts("cloud-platform", "low", "C", "personal_data: false, "
	    "critical_infrastructure: false, external_service: false, "
	    "national_security: false, mobile_app: true, core_system: false, "
	    "large_contract: false");
	CHECK(row(res, "cld-26")->mark == MARK_OPTIONAL);
	CHECK(row(res, "cld-26")->state == ROW_ADOPTED);
	CHECK(res->nwarnings == 0);
	resolution_free(res);

	/* Critical infrastructure at 普: a warning, not a problem. */
	res = facts("cloud-platform", "low", "C", "personal_data: false, "
	    "critical_infrastructure: true, external_service: true, "
	    "national_security: false, mobile_app: false, core_system: false, "
	    "large_contract: false");
	CHECK(res->nwarnings == 1 && strstr(res->warnings[0], "至少") != NULL);
	CHECK(row(res, "cld-21")->state == ROW_ADOPTED);	/* BAS drill */
	CHECK(row(res, "cld-20")->state == ROW_ADOPTED);	/* DDoS drill */
	resolution_free(res);
}

static void
test_reasons(void)
{
	struct resolution	*res;

	/* An include of a row the level requires keeps the level's basis. */
	res = facts_more("app-development", "high", "A", ALL_NO
	    ", core_system: true, large_contract: false",
	    "include: [dev-26]\n"
	    "elsewhere: [{id: dev-27, note: 另案辦理}, {id: dev-28, note: "
	    "由網路服務契約提供}]\n");
	CHECK(row(res, "dev-26")->basis == BASIS_LEVEL);
	CHECK(strstr(row_why(row(res, "dev-26")), "公務機關A級應辦") != NULL);
	CHECK(strstr(row_why(row(res, "dev-26")), "機關選擇") == NULL);
	CHECK(res->nwarnings == 1 && strstr(res->warnings[0],
	    "dev-26") != NULL && strstr(res->warnings[0], "redundant") != NULL);
	/* 另案 reasons say the note once. */
	CHECK(strstr(row_why(row(res, "dev-27")), "另案辦理：另案辦理") == NULL);
	CHECK(strstr(row_why(row(res, "dev-28")), "由網路服務契約提供") != NULL);
	resolution_free(res);
}

/* Format 1: loads, resolved under the rules it was made under, gaps named. */
static void
test_format1(void)
{
	struct resolution	*res;
	struct answers		*a;

	res = run("version: 1\ncategory: app-development\ntier: high\n"
	    "agency_level: A\n" CASE "context: {core_system: true}\n", &a);
	CHECK(a->version == 1 && a->agency_type == -1);
	CHECK(a->context[CTX_CORE_SYSTEM] == -1 &&
	    a->context[CTX_LARGE_CONTRACT] == -1);
	CHECK(a->context[CTX_NATIONAL_SECURITY] == -1);
	CHECK(res->version == rules->answers_v1);
	CHECK(has_problem(res, "format 1) does not say the agency type"));
	CHECK(has_problem(res, "format 1) says core_system: true"));
	CHECK(row(res, "dev-47")->state == ROW_UNDECIDED);
	answers_free(a);
	resolution_free(res);

	res = run("version: 1\ncategory: saas-packaged\ntier: high\n" CASE
	    "context: {core_system: false}\n", &a);
	CHECK(res->nproblems == 0);
	CHECK(a->context[CTX_LARGE_CONTRACT] == 0);
	answers_free(a);
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
	static const char head[] =
	    "context: {personal_data: a, critical_infrastructure: b, "
	    "external_service: c, core_system: d, large_contract: e, "
	    "national_security: f, mobile_app: g}\n"
	    "triggers: []\nwarnings: []\nversions:\n"
	    "  - id: v\n    in_force: true\n"
	    "    source: {title: t, issuer: i, date: \"2021-08-23\", "
	    "date_roc: d, reference: r, version: \"1\"}\n"
	    "    levels:\n";
	struct rules	*r;
	char		*text, *cause = NULL;

	text = xasprintf("%s"
	    "      - {id: soc, title: t, items: [cld-14, cld-15], decisions: "
	    "[{decision: ask, why: w, basis: b, quote: q}]}\n"
	    "      - {id: ir, title: t, items: [dev-27, cld-15], decisions: "
	    "[{decision: ask, why: w, basis: b, quote: q}]}\n", head);
	CHECK(rules_load_buffer("bad.yaml", text, strlen(text), cat, &r,
	    &cause) == -1 && r == NULL);
	CHECK(cause != NULL && strstr(cause, "bad.yaml:10:44:") == cause &&
	    strstr(cause, "item 'cld-15' is already in level rule 'soc'") !=
	    NULL);
	free(cause);
	free(text);

	/* A rule that decides nothing for some agency is refused. */
	text = xasprintf("%s"
	    "      - {id: soc, title: t, items: [cld-14], decisions: "
	    "[{when: {agency: [government]}, decision: required, basis: b, "
	    "quote: q}]}\n", head);
	CHECK(rules_load_buffer("bad.yaml", text, strlen(text), cat, &r,
	    &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "bad.yaml:9:9: level rule 'soc' "
	    "decides nothing for ci-provider at level A") != NULL);
	free(cause);
	free(text);

	/* An ask says why; a decision that is made does not. */
	text = xasprintf("%s"
	    "      - {id: soc, title: t, items: [cld-14], decisions: "
	    "[{decision: ask, basis: b, quote: q}]}\n", head);
	CHECK(rules_load_buffer("bad.yaml", text, strlen(text), cat, &r,
	    &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "needs a one-line 'why'") != NULL);
	free(cause);
	free(text);

	/* Every ▲ row of the catalogue has its rule. */
	text = xasprintf("%s"
	    "      - {id: soc, title: t, items: [cld-14], decisions: "
	    "[{decision: required, basis: b, quote: q}]}\n", head);
	CHECK(rules_load_buffer("bad.yaml", text, strlen(text), cat, &r,
	    &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "has no level rule for the ▲ "
	    "row 'cld-15'") != NULL);
	free(cause);
	free(text);
}

/*
 * A fact left unanswered is a problem that says which fact it is; the UI
 * words it with its own label, and a fact it gives none keeps the rules'.
 */
static void
test_fact_labels(void)
{
	const char		*labels[CTX_COUNT] = { NULL };
	struct resolution	*res;
	size_t			 i, n = 0;
	int			 k;

	res = run("version: 2\ncategory: app-development\ntier: medium\n"
	    "agency_level: B\nagency_type: government\n" CASE
	    "elsewhere: [{id: dev-27}, {id: dev-28}, {id: dev-46}, "
	    "{id: dev-49}]\ncontext: {personal_data: false}\n", NULL);
	labels[CTX_CORE_SYSTEM] = "Core system of the agency";
	resolution_name_facts(res, rules, labels);
	for (i = 0; i < res->nproblems; i++) {
		if ((k = res->problem_fact[i]) == -1)
			continue;
		CHECK(res->problem_about[i] == ABOUT_CONTEXT);
		if (k == CTX_CORE_SYSTEM) {
			n++;
			CHECK_STR(res->problems[i], "the case facts do not say "
			    "whether: Core system of the agency (context: "
			    "core_system)");
		} else
			CHECK(strstr(res->problems[i],
			    rules->context_labels[k]) != NULL);
	}
	CHECK(n == 1);
	resolution_free(res);
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
	answers_set_versions(cat->source.version, rules->in_force->id,
	    rules->answers_v1 != NULL ? rules->answers_v1->id : NULL);
	test_every_combination();
	test_quotes();
	test_levels();
	test_triggers();
	test_reasons();
	test_format1();
	test_blanks();
	test_roundtrip();
	test_bad_rules();
	test_fact_labels();
	answers_set_versions(NULL, NULL, NULL);
	rules_free(rules);
	catalogue_free(cat);
	return CHECK_DONE();
}
