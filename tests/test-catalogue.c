/* test-catalogue.c: the shipped catalogue matches the PCC table: rows, order, marks and verbatim text. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "check.h"
#include "xmalloc.h"

static const struct {
	const char	*id;
	size_t		 rows;
} counts[] = {
	{ "saas-packaged", 11 },
	{ "saas-office", 21 },
	{ "saas-customization", 5 },
	{ "cloud-platform", 27 },
	{ "system-planning", 2 },
	{ "security-planning", 2 },
	{ "app-development", 57 },
	{ "system-extension", 17 },
	{ "app-maintenance", 7 },
};

static char *
slurp(const char *path)
{
	FILE	*f;
	char	*buf;
	long	 len;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		exit(99);
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	buf = xmalloc((size_t)len + 1);
	if (fread(buf, 1, (size_t)len, f) != (size_t)len)
		exit(99);
	buf[len] = '\0';
	fclose(f);
	return buf;
}

static char *
strip_space(const char *s)
{
	char	*out = xmalloc(strlen(s) + 1), *o = out;

	for (; *s != '\0'; s++) {
		if (*s != ' ' && *s != '\t' && *s != '\n')
			*o++ = *s;
	}
	*o = '\0';
	return out;
}

static const char *
symbol(enum mark m)
{
	static const char *const s[] = { "●", "◎", "▲", "-" };

	return s[m];
}

/* Every row in tests/catalogue-expected.txt, made from the table by hand, in order. */
static void
check_expected(const struct catalogue *cat, const char *path)
{
	FILE		*f;
	char		 line[512], want[512], got[64];
	size_t		 ci = 0, ri = 0, total = 0;

	if ((f = fopen(path, "r")) == NULL) {
		perror(path);
		exit(99);
	}
	while (fgets(line, sizeof line, f) != NULL) {
		const struct category	*c;
		const struct clause	*cl;

		line[strcspn(line, "\n")] = '\0';
		while (ci < cat->ncategories &&
		    ri == cat->categories[ci].nclauses) {
			ci++;
			ri = 0;
		}
		if (ci == cat->ncategories) {
			fprintf(stderr, "extra expected row: %s\n", line);
			check_failures++;
			break;
		}
		c = &cat->categories[ci];
		cl = &c->clauses[ri++];
		snprintf(got, sizeof got, "%s%s%s", symbol(cl->marks[0]),
		    symbol(cl->marks[1]), symbol(cl->marks[2]));
		snprintf(want, sizeof want, "%s\t%s\t%s", c->id, cl->id, got);
		CHECK_STR(line, want);
		total++;
	}
	fclose(f);
	CHECK(total == 149);
}

int
main(void)
{
	struct catalogue	*cat;
	const char		*top = getenv("top_srcdir");
	char			*path, *table, *flat, *cause = NULL;
	size_t			 i, j, k, sum = 0;

	if (top == NULL)
		top = ".";
	path = xasprintf("%s/data", top);
	if (catalogue_load(path, &cat, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	free(path);

	/* Nine categories in the table's order, each with its row count. */
	CHECK(cat->ncategories == 9);
	for (i = 0; i < 9 && i < cat->ncategories; i++) {
		CHECK_STR(cat->categories[i].id, counts[i].id);
		if (cat->categories[i].nclauses != counts[i].rows) {
			fprintf(stderr, "%s: %zu rows, want %zu\n",
			    counts[i].id, cat->categories[i].nclauses,
			    counts[i].rows);
			check_failures++;
		}
		sum += cat->categories[i].nclauses;
	}
	CHECK(sum == 149);

	path = xasprintf("%s/tests/catalogue-expected.txt", top);
	check_expected(cat, path);
	free(path);

	/* Text, notes and category notes stand in the source exactly as written. */
	path = xasprintf("%s/tests/fixtures/pcc-table.txt", top);
	table = slurp(path);
	free(path);
	flat = strip_space(table);
	for (i = 0; i < cat->ncategories; i++) {
		const struct category *c = &cat->categories[i];

		if (strstr(table, c->name) == NULL) {
			fprintf(stderr, "name not verbatim: %s\n", c->name);
			check_failures++;
		}
		for (j = 0; j < c->nnotes; j++) {
			if (strstr(table, c->notes[j]) == NULL) {
				fprintf(stderr, "note not verbatim: %s\n",
				    c->notes[j]);
				check_failures++;
			}
		}
		for (j = 0; j < c->nclauses; j++) {
			const struct clause	*cl = &c->clauses[j];
			char			*g;

			if (strstr(table, cl->text) == NULL) {
				fprintf(stderr, "%s text not verbatim\n",
				    cl->id);
				check_failures++;
			}
			if (cl->note != NULL && strstr(table, cl->note) == NULL) {
				fprintf(stderr, "%s note not verbatim\n",
				    cl->id);
				check_failures++;
			}
			/* Groups lose only the spaces of wrapped cells. */
			g = strip_space(cl->group);
			if (strstr(flat, g) == NULL) {
				fprintf(stderr, "%s group not in table\n",
				    cl->id);
				check_failures++;
			}
			free(g);
			for (k = 0; k < j; k++) {
				if (strcmp(c->clauses[k].text, cl->text) == 0 &&
				    strcmp(c->clauses[k].group, cl->group) == 0) {
					fprintf(stderr, "%s repeats %s\n",
					    cl->id, c->clauses[k].id);
					check_failures++;
				}
			}
		}
	}
	free(flat);
	free(table);

	/* The tier blanks of app-development and the risk blank of the SaaS rows. */
	{
		const struct category	*dev = catalogue_category(cat,
		    "app-development");
		const struct category	*pkg = catalogue_category(cat,
		    "saas-packaged");
		const struct clause	*cl;

		CHECK(dev != NULL && pkg != NULL);
		cl = dev == NULL ? NULL : catalogue_clause(dev, "dev-12");
		CHECK(cl != NULL && cl->nblanks == 2 &&
		    cat->blanks[cl->blanks[0]].kind == BLANK_TIER);
		cl = pkg == NULL ? NULL : catalogue_clause(pkg, "pkg-07");
		CHECK(cl != NULL && cl->nblanks == 2 &&
		    strcmp(cat->blanks[cl->blanks[0]].id, "risk-level") == 0);
	}

	/* The joint supply contract's checks, with their source. */
	CHECK(cat->njsc >= 8);
	CHECK_STR(cat->jsc_source.issuer, "數位發展部");
	{
		size_t	n, parties[JSC_PARTY_COUNT] = { 0 };
		int	location = 0, cs002 = 0;

		for (n = 0; n < cat->njsc; n++) {
			const struct jsc_requirement *jr = &cat->jsc[n];

			parties[jr->party]++;
			CHECK(jr->effective != NULL && *jr->effective != '\0');
			/* The agency's own duty is not the vendor's check. */
			if (strcmp(jr->id, "jsc-clause-data-location") == 0)
				location = jr->party == JSC_AGENCY;
			/* Run when the product is listed: the agency confirms. */
			if (strcmp(jr->id, "jsc-test-cs002") == 0)
				cs002 = jr->party == JSC_AGENCY;
		}
		CHECK(location && cs002);
		CHECK(parties[JSC_VENDOR] > 0 && parties[JSC_AGENCY] > 0 &&
		    parties[JSC_INFORMATION] > 0);
		CHECK_STR(jsc_party_name(JSC_INFORMATION), "information");
		CHECK(jsc_party_from_name("vendor") == JSC_VENDOR);
	}
	CHECK_STR(cat->source.reference, "工程企字第1120022701號");
	CHECK_STR(cat->source.date, "2023-09-25");

	catalogue_free(cat);
	catalogue_free(NULL);
	return CHECK_DONE();
}
