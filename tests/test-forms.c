/* test-forms.c: forms/wizard.yaml loads, every step and field the wizard needs is there, bad forms are refused with FILE:LINE:COL, and (given a locale folder) every string is translated. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "check.h"
#include "forms.h"
#include "xmalloc.h"

static size_t	nstrings, nuntranslated;

static void
count(const char *s, void *arg)
{
	(void)arg;
	nstrings++;
	/* With a catalogue bound, a string the translators missed comes back as is. */
	if (getenv("FORMS_LOCALEDIR") != NULL && strcmp(gettext(s), s) == 0) {
		fprintf(stderr, "untranslated: %s\n", s);
		nuntranslated++;
	}
}

/* Load text as forms; return the error, or NULL when it loads. */
static char *
load_text(const char *text)
{
	struct forms	*f = NULL;
	char		 path[] = "/tmp/test-forms-XXXXXX";
	char		*cause = NULL;
	FILE		*fp;
	int		 fd;

	if ((fd = mkstemp(path)) == -1 || (fp = fdopen(fd, "w")) == NULL) {
		perror("mkstemp");
		exit(99);
	}
	fputs(text, fp);
	fclose(fp);
	if (forms_load(path, &f, &cause) == 0) {
		forms_free(f);
		remove(path);
		return NULL;
	}
	remove(path);
	/* Drop the temporary name: "/tmp/test-forms-XXXXXX:" */
	return cause;
}

static void
expect_error(const char *text, const char *where, const char *what)
{
	char	*cause = load_text(text);

	if (cause == NULL) {
		fprintf(stderr, "loaded, want error %s %s:\n%s\n", where, what,
		    text);
		check_failures++;
		return;
	}
	if (strstr(cause, where) == NULL || strstr(cause, what) == NULL) {
		fprintf(stderr, "got \"%s\", want \"%s\" and \"%s\"\n", cause,
		    where, what);
		check_failures++;
	}
	free(cause);
}

#define STEPS_AFTER_START \
	"  - {id: case, title: \"Case\", help: \"h\"}\n" \
	"  - {id: category, title: \"C\", help: \"h\"}\n" \
	"  - {id: tier, title: \"T\", help: \"h\"}\n" \
	"  - {id: level, title: \"L\", help: \"h\"}\n" \
	"  - {id: context, title: \"X\", help: \"h\"}\n" \
	"  - {id: clauses, title: \"R\", help: \"h\"}\n" \
	"  - {id: blanks, title: \"B\", help: \"h\"}\n" \
	"  - {id: review, title: \"V\", help: \"h\"}\n"

int
main(void)
{
	const struct form_step	*st;
	const struct form_field	*fl;
	struct forms		*f;
	const char		*srcdir = getenv("top_srcdir"), *loc;
	char			*path, *cause = NULL;

	if (srcdir == NULL)
		srcdir = ".";
	if ((loc = getenv("FORMS_LOCALEDIR")) != NULL) {
		setlocale(LC_ALL, "");
		bindtextdomain(PACKAGE, loc);
		textdomain(PACKAGE);
	}
	path = xasprintf("%s/forms/wizard.yaml", srcdir);
	if (forms_load(path, &f, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	CHECK(f->nsteps == 9);
	CHECK_STR(f->steps[0].id, "start");
	CHECK_STR(f->steps[8].id, "review");
	CHECK((st = forms_step(f, "case")) != NULL && st->nfields == 5);
	CHECK(st != NULL && (fl = forms_field(st, "date")) != NULL &&
	    fl->kind == FORM_DATE && fl->required);
	/* Names as long as real tenders have, as many as a file holds. */
	CHECK(st != NULL && (fl = forms_field(st, "name")) != NULL &&
	    fl->width == answers_case_width("name") && fl->width == 200);
	CHECK(st != NULL && (fl = forms_field(st, "agency")) != NULL &&
	    fl->width == answers_case_width("agency"));
	/* The method: optional, one of the five an answers file takes. */
	CHECK(st != NULL && (fl = forms_field(st, "method")) != NULL &&
	    fl->kind == FORM_CHOICE && !fl->required && fl->nchoices == 5 &&
	    forms_choice(fl, "small-purchase") != NULL);
	CHECK((st = forms_step(f, "category")) != NULL &&
	    (fl = forms_field(st, "category")) != NULL && fl->nchoices == 9);
	CHECK((st = forms_step(f, "tier")) != NULL &&
	    (fl = forms_field(st, "impact-legal")) != NULL &&
	    fl->nchoices == 3 && fl->feeds != NULL &&
	    forms_choice(fl, "medium") != NULL);
	CHECK((st = forms_step(f, "level")) != NULL &&
	    (fl = forms_field(st, "level")) != NULL &&
	    fl->when == WHEN_BY_LEVEL && fl->nchoices == 5);
	CHECK((st = forms_step(f, "context")) != NULL &&
	    (fl = forms_field(st, "route")) != NULL && fl->when == WHEN_CLOUD);
	forms_strings(f, count, NULL);
	CHECK(nstrings > 60);
	CHECK(nuntranslated == 0);
	forms_free(f);
	free(path);

	/* Bad forms: each refused, at the right place (in English). */
	if (loc != NULL)
		return CHECK_DONE();
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\"}\n", ":3:3:", "step 'case' is missing");
	expect_error("version: 1\nsteps:\n  - {id: begin, title: \"S\", "
	    "help: \"h\"}\n", ":3:10:", "unknown step 'begin'");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: colour, kind: text, label: l, "
	    "help: h}]}\n" STEPS_AFTER_START, ":3:", "unknown field 'colour'");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: name, kind: slider, label: l, "
	    "help: h}]}\n" STEPS_AFTER_START, ":3:", "unknown field kind");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: tier, kind: choice, label: l, "
	    "help: h, choices: nosuch}]}\n" STEPS_AFTER_START, ":3:",
	    "unknown choice set 'nosuch'");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: name, kind: text, label: l, "
	    "help: h, width: 0}]}\n" STEPS_AFTER_START, ":3:",
	    "width '0'");
	/* A case fact takes no more than an answers file holds. */
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: number, kind: text, label: l, "
	    "help: h, width: 61}]}\n" STEPS_AFTER_START, ":3:",
	    "width of 'number' is more than the 60 columns");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\"}\n  - {id: start, title: \"S\", help: \"h\"}\n",
	    ":4:10:", "step 'start' is listed twice");
	expect_error("version: 2\nsteps: []\n", ":1:10:",
	    "unsupported forms version");
	/* The wizard stores a level as its letter's distance from A. */
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: level, kind: choice, label: l, "
	    "help: h, choices: [{value: A, help: h}, {value: Z, help: h}]}]}\n"
	    STEPS_AFTER_START, ":3:", "choice 'Z' is not an agency level");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\", "
	    "help: \"h\", fields: [{id: level, kind: text, label: l, "
	    "help: h}]}\n" STEPS_AFTER_START, ":3:",
	    "field 'level' takes one of a fixed set");
	expect_error("version: 1\nchoice-sets:\n  r: [{value: hi, help: h}]\n"
	    "steps:\n  - {id: start, title: \"S\", help: \"h\", fields: "
	    "[{id: impact-legal, kind: choice, label: l, help: h, "
	    "choices: r}]}\n" STEPS_AFTER_START, ":5:",
	    "choice 'hi' is not a tier");
	expect_error("version: 1\nsteps:\n  - {id: start, title: \"S\"}\n",
	    ":3:5:", "help");
	return CHECK_DONE();
}
