/* test-date.c: dates typed the ISO and the ROC way read back as ISO, impossible dates are refused, and ISO dates print as ROC dates. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include "check.h"
#include "date.h"

static void
parses(const char *in, const char *want)
{
	char	 iso[11];

	if (date_parse(in, iso) != 0) {
		fprintf(stderr, "refused: \"%s\"\n", in);
		check_failures++;
		return;
	}
	CHECK_STR(iso, want);
}

static void
refuses(const char *in)
{
	char	 iso[11];

	if (date_parse(in, iso) == 0) {
		fprintf(stderr, "accepted: \"%s\" as %s\n", in, iso);
		check_failures++;
	}
}

int
main(void)
{
	char	 roc[DATE_ROC_MAX];

	parses("2026-12-01", "2026-12-01");
	parses("2026/12/1", "2026-12-01");
	parses("115/12/01", "2026-12-01");
	parses("115.12.01", "2026-12-01");
	parses("115-12-1", "2026-12-01");
	parses("115年12月1日", "2026-12-01");
	parses("民國115年12月1日", "2026-12-01");
	parses("中華民國115年12月1日", "2026-12-01");
	parses("民國１１５年１２月１日", "2026-12-01");
	parses(" 115/2/28 ", "2026-02-28");
	parses("113/02/29", "2024-02-29");
	refuses("");
	refuses("115/02/29");
	refuses("115/13/01");
	refuses("115/12/32");
	refuses("115/12-01");
	refuses("115年12月1");
	refuses("115年12/1");
	refuses("2026-12-01x");
	refuses("0/1/1");
	refuses("12345/1/1");
	refuses("民國2026年1月1日x");

	CHECK(date_valid_iso("2024-02-29"));
	CHECK(!date_valid_iso("2023-02-29"));
	CHECK(!date_valid_iso("2026-1-01"));
	CHECK(date_roc("2026-12-01", roc, sizeof roc) == 0);
	CHECK_STR(roc, "中華民國115年12月1日");
	CHECK(date_roc("2023-10-09", roc, sizeof roc) == 0);
	CHECK_STR(roc, "中華民國112年10月9日");
	CHECK(date_roc("2026-02-30", roc, sizeof roc) == -1);
	CHECK_STR(roc, "");
	CHECK(date_roc("1900-01-01", roc, sizeof roc) == -1);
	return CHECK_DONE();
}
