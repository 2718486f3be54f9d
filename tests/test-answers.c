/* test-answers.c: what the answers themselves decide: a blank answer, one check of an agency clause whose message the loader and the wizard's editor give alike, and agency clauses removed with their blanks. */
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

/* A blank's value of spaces or of the blank's own line fills nothing. */
static void
test_unfilled(void)
{
	CHECK(answers_unfilled(NULL));
	CHECK(answers_unfilled(""));
	CHECK(answers_unfilled("   "));
	CHECK(answers_unfilled("\xe3\x80\x80 "));
	CHECK(answers_unfilled("____"));
	CHECK(answers_unfilled("＿＿＿"));
	CHECK(answers_unfilled(" _＿ \xe3\x80\x80"));
	CHECK(!answers_unfilled("7"));
	CHECK(!answers_unfilled("___7"));
	CHECK(!answers_unfilled("中、高"));
}

/*
 * A file with the agency clause vuln and then one of group (ygroup as
 * YAML spells it in double quotes) and text; the
 * message the loader gives for it, after "FILE:LINE:COL: ", must be the
 * editor's for the same clause added to the answers vuln alone makes.
 */
static void
same_message_yaml(const char *ygroup, const char *group, const char *text,
    const char *want)
{
	static const char head[] =
	    "version: 2\ncategory: app-development\ncustom:\n"
	    "  - {id: vuln, group: 資安檢測, text: 高風險弱點應於____日內修補}\n";
	const struct category	*cg = catalogue_category(cat,
				    "app-development");
	struct answers		*a = NULL;
	char			*buf, *cause = NULL, *check;
	const char		*msg;

	buf = xasprintf("%s  - {id: mine, group: \"%s\", text: \"%s\"}\n",
	    head, ygroup, text);
	CHECK(answers_load_buffer("a.yaml", buf, strlen(buf), cat, &a,
	    &cause) == -1 && cause != NULL);
	free(buf);
	buf = xasprintf("%s", head);
	if (answers_load_buffer("a.yaml", buf, strlen(buf), cat, &a,
	    &check) != 0) {
		CHECK_FAIL("the head loads");
		free(check);
		free(buf);
		free(cause);
		return;
	}
	free(buf);
	check = answers_custom_check(a, cg, NULL, group, text);
	CHECK(check != NULL && strstr(check, want) != NULL);
	/* After "a.yaml:LINE:COL: " comes the editor's message. */
	msg = cause;
	if (msg != NULL && strncmp(msg, "a.yaml:", 7) == 0) {
		msg += 7 + strspn(msg + 7, "0123456789");
		msg += 1 + strspn(msg + 1, "0123456789");
		if (check != NULL)
			CHECK_STR(msg + 2, check);
	} else
		CHECK_FAIL("the loader names the file");
	CHECK(cause != NULL && strncmp(cause, "a.yaml:5:", 9) == 0);
	free(check);
	free(cause);
	answers_free(a);
}

/* The same, where the YAML spells the group as it is. */
static void
same_message(const char *group, const char *text, const char *want)
{
	same_message_yaml(group, group, text, want);
}

static void
test_custom_check(void)
{
	same_message("　", "某要求", "group of an agency clause is empty");
	same_message_yaml("新\\n項目", "新\n項目", "某要求", "must be one line");
	same_message("資安檢側", "某要求", "did you mean '資安檢測'?");
	same_message("新項目", " 　", "text of an agency clause is empty");
	same_message("新項目", "高風險弱點應於____日內修補",
	    "repeats agency clause vuln");
	same_message("資安檢測", catalogue_find_clause(cat, "dev-01")->text,
	    "repeats row dev-01 of the table");
}

/* Removing a clause frees it and its blanks, and leaves the rest loadable. */
static void
test_custom_remove(void)
{
	const struct category	*cg = catalogue_category(cat,
				    "app-development");
	struct answers		*a = answers_new(), *back = NULL;
	const char		*id;
	char			*cause = NULL, *buf;
	size_t			 len;

	answers_set(&a->category, "app-development");
	CHECK(answers_custom_set(a, cg, NULL, "新項目", "應於____日內回報",
	    "說明", 1, &id, &cause) == 0);
	CHECK(answers_custom_set(a, cg, NULL, "新項目", "應於____日內修補",
	    NULL, 0, &id, &cause) == 0);
	answers_set_blank(a, "custom-1.1", "3");
	answers_set_blank(a, "custom-2.1", "7");
	answers_custom_remove(a, "custom-1");
	answers_custom_remove(a, "no-such");
	CHECK(a->ncustom == 1 && strcmp(a->custom[0].id, "custom-2") == 0);
	CHECK(answers_blank(a, "custom-1.1") == NULL &&
	    answers_blank(a, "custom-2.1") != NULL);
	CHECK(answers_emit_buffer(a, &buf, &len, &cause) == 0);
	CHECK(answers_load_buffer("a.yaml", buf, len, cat, &back,
	    &cause) == 0 && answers_equal(a, back));
	free(buf);
	answers_free(back);
	answers_custom_remove(a, "custom-2");
	CHECK(a->ncustom == 0 && a->nblanks == 0);
	answers_free(a);
	answers_free(NULL);
}

/*
 * A blank added in front of a clause's blanks: each value goes with the
 * words around its blank, the new one stays empty; words changed or
 * repeated drop the value; a change that keeps the blanks keeps them all.
 */
static void
test_custom_blanks_follow(void)
{
	const struct category	*cg = catalogue_category(cat,
				    "app-development");
	struct answers		*a = answers_new();
	const char		*id;
	char			*cause = NULL;

	answers_set(&a->category, "app-development");
	CHECK(answers_custom_set(a, cg, NULL, "資安檢測", "高風險弱點應於___日"
	    "內修補，中風險弱點於____日內修補，並通知承辦人___。", NULL, 1,
	    &id, &cause) == 0);
	answers_set_blank(a, "custom-1.1", "7");
	answers_set_blank(a, "custom-1.2", "三十");
	answers_set_blank(a, "custom-1.3", "資訊組 王小明");
	/* The group and the checklist only: nothing moves. */
	CHECK(answers_custom_set(a, cg, "custom-1", "新項目", "高風險弱點應於"
	    "___日內修補，中風險弱點於____日內修補，並通知承辦人___。", NULL,
	    0, &id, &cause) == 0);
	CHECK(a->nblanks == 3 &&
	    strcmp(answers_blank(a, "custom-1.3"), "資訊組 王小明") == 0);
	CHECK(answers_custom_set(a, cg, "custom-1", "資安檢測", "廠商應於____"
	    "小時內通報，高風險弱點應於____日內修補，中風險弱點於____日內修補"
	    "，並通知承辦人____。", NULL, 1, &id, &cause) == 1);
	CHECK(answers_blank(a, "custom-1.1") == NULL);
	CHECK(strcmp(answers_blank(a, "custom-1.2"), "7") == 0);
	CHECK(strcmp(answers_blank(a, "custom-1.3"), "三十") == 0);
	CHECK(strcmp(answers_blank(a, "custom-1.4"), "資訊組 王小明") == 0);
	/* The words around the last blank change: its value goes. */
	CHECK(answers_custom_set(a, cg, "custom-1", "資安檢測", "廠商應於____"
	    "小時內通報，高風險弱點應於____日內修補，中風險弱點於____日內修補"
	    "，並以書面通知____。", NULL, 1, &id, &cause) == 1);
	CHECK(answers_blank(a, "custom-1.4") == NULL && a->nblanks == 2);
	/* Two blanks in the same words cannot tell which value is whose. */
	CHECK(answers_custom_set(a, cg, "custom-1", "資安檢測", "應於____日內"
	    "修補，應於____日內修補", NULL, 1, &id, &cause) == 1);
	CHECK(a->nblanks == 0);
	answers_free(a);
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
	test_unfilled();
	test_custom_blanks_follow();
	test_custom_check();
	test_custom_remove();
	catalogue_free(cat);
	return CHECK_DONE();
}
