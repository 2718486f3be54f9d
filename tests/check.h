/* check.h: the few macros the C unit tests share. */
/* SPDX-License-Identifier: MIT */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;

/* Record a failed expectation and go on, so one run shows every failure. */
#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		check_failures++;					\
	}								\
} while (0)

/* Record a failure the code has reached: what should have been. */
#define CHECK_FAIL(what) do {						\
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,	\
	    (what));							\
	check_failures++;						\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *check_g = (got), *check_w = (want);			\
	if (check_g == NULL || strcmp(check_g, check_w) != 0) {		\
		fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n",	\
		    __FILE__, __LINE__,					\
		    check_g == NULL ? "(null)" : check_g, check_w);	\
		check_failures++;					\
	}								\
} while (0)

/* Exit status for automake's test driver: 0 pass, 1 fail. */
#define CHECK_DONE() (check_failures == 0 ? 0 : 1)

/* Exit status 77 tells the driver the test was skipped. */
#define CHECK_SKIP(why) do {						\
	fprintf(stderr, "skip: %s\n", why);				\
	exit(77);							\
} while (0)

#endif /* CHECK_H */
