/* test-answers.c: what the answers themselves decide: a blank answer, as the loader and the wizard's forms take it. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "catalogue.h"
#include "check.h"
#include "xmalloc.h"

static struct catalogue	*cat;

static void
test_blank_text(void)
{
	CHECK(answers_blank_text(NULL));
	CHECK(answers_blank_text(""));
	CHECK(answers_blank_text("  \t\n\r"));
	CHECK(answers_blank_text("\xe3\x80\x80 "));
	CHECK(!answers_blank_text(" 案 "));
	CHECK(!answers_blank_text("\xe3\x80\x80x"));
}

int
main(void)
{
	const char	*top = getenv("top_srcdir");
	char		*data, *cause = NULL;

	data = xasprintf("%s/data", top != NULL ? top : ".");
	if (catalogue_load(data, &cat, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	free(data);
	test_blank_text();
	catalogue_free(cat);
	return CHECK_DONE();
}
