/* test-report.c: the report model's item numbers: which line starts are items, text that runs items on split into lines, the runs of equal cells a merge column joins, and the walk over every string renderers set. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report.h"

static void
test_marker(void)
{
	CHECK(report_item_marker("1. 政府機關") == strlen("1. "));
	CHECK(report_item_marker("12.甲") == strlen("12."));
	CHECK(report_item_marker("(1)廠商") == strlen("(1)"));
	CHECK(report_item_marker("（2） 產品") == strlen("（2） "));
	CHECK(report_item_marker("一、總則") == strlen("一、"));
	CHECK(report_item_marker("３、甲") == strlen("３、"));
	/* Numbers that are not items. */
	CHECK(report_item_marker("1.5 倍") == 0);
	CHECK(report_item_marker("112.09.25") == 0);
	CHECK(report_item_marker("(2023)年") == 0);
	CHECK(report_item_marker("123. 甲") == 0);
	CHECK(report_item_marker("10弱點") == 0);
	CHECK(report_item_marker("1.") == 0);
	CHECK(report_item_marker("(Mobile)") == 0);
	CHECK(report_item_marker("") == 0);
}

static void
test_items(void)
{
	char	*s;

	s = report_items("風險 1. 供應商安全：任一條件。 (1)廠商 (2)檢測 2. 產品安全");
	CHECK_STR(s, "風險\n1. 供應商安全：任一條件。\n(1)廠商\n(2)檢測\n2. 產品安全");
	free(s);
	s = report_items("如下：1.甲。2.乙");
	CHECK_STR(s, "如下：\n1.甲。\n2.乙");
	free(s);
	/* Not items: a version, TOP 10, a year, a number ending a text. */
	s = report_items("版本 112.09.25 之 OWASP TOP 10弱點 (2023) 共 3.");
	CHECK_STR(s, "版本 112.09.25 之 OWASP TOP 10弱點 (2023) 共 3.");
	free(s);
	/* A line that starts with an item stays as it is. */
	s = report_items("1. 甲\n2. 乙");
	CHECK_STR(s, "1. 甲\n2. 乙");
	free(s);
	s = report_items("");
	CHECK_STR(s, "");
	free(s);
}

/* The merge column's runs: a cell equal to the one above, never a NULL one. */
static void
test_same_as_above(void)
{
	static const struct report_column cols[] = {
		{ "項目", 0.5, CELL_TEXT, NULL, NULL },
		{ "勾選", 0.5, CELL_CHECKBOX, NULL, NULL },
	};
	static const char *const rows[][2] = {
		{ "存取控制", NULL }, { "存取控制", NULL }, { "稽核", NULL },
		{ "存取控制", NULL }, { NULL, NULL }, { NULL, NULL },
	};
	struct report		*r = report_new("t", "s", "a", NULL, 0);
	struct report_block	*b = report_add_table(r, cols, 2);
	size_t			 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		report_add_row(b, rows[i], NULL);
	CHECK(!report_same_as_above(b, 0, 0));
	CHECK(report_same_as_above(b, 0, 1));
	CHECK(!report_same_as_above(b, 0, 2));
	CHECK(!report_same_as_above(b, 0, 3));
	CHECK(!report_same_as_above(b, 0, 5));
	CHECK(!report_same_as_above(b, 1, 1));
	CHECK(!report_same_as_above(b, 2, 1));
	CHECK(!report_same_as_above(b, 0, 6));
	report_free(r);
}

/* What walk_log saw: each string's kind and first byte, and where to stop. */
struct walk_seen {
	char	log[64];
	size_t	n;
	size_t	stop;		/* return 7 at this string (from 1), 0: never */
};

static int
walk_log(const char *s, enum report_text what, void *arg)
{
	struct walk_seen	*w = arg;

	if (w->n + 2 < sizeof w->log) {
		w->log[w->n++] = (char)('0' + what);
		w->log[w->n++] = s[0];
		w->log[w->n] = '\0';
	}
	return w->stop != 0 && w->n / 2 == w->stop ? 7 : 0;
}

/* Every string a renderer sets, once, in the document's order, NULLs left out. */
static void
test_walk(void)
{
	static const struct report_column cols[] = {
		{ "T", 0.5, CELL_TEXT, "G", NULL },
		{ "B", 0.25, CELL_CHECKBOX, NULL, NULL },
		{ "C", 0.25, CELL_CHOICES, NULL, "y\nn" },
	};
	static const char *const row[] = { "r", NULL, NULL };
	struct report		*r = report_new("t", "s", "a", "f", 0);
	struct report_block	*b;
	struct walk_seen	 w = { "", 0, 0 };

	report_set(&r->header, "h");
	report_add_heading(r, 1, "H");
	report_add_paragraph(r, "p");
	b = report_add_fields(r);
	report_add_field(b, "l", "v");
	report_add_field(b, "m", NULL);
	b = report_add_table(r, cols, 3);
	report_add_row(b, row, NULL);
	b = report_add_signatures(r);
	report_add_signature(b, "S");
	CHECK(report_walk(r, walk_log, &w) == 0);
	/* 0 document, 1 heading, 2 paragraph, 3 field, 4 column, 5 cell. */
	CHECK_STR(w.log, "0t0h0f1H2p3l3v3m4T4G5r4B4C4y3S");
	w.n = 0;
	w.stop = 3;
	CHECK(report_walk(r, walk_log, &w) == 7 && w.n == 6);
	report_free(r);
}

int
main(void)
{
	test_marker();
	test_items();
	test_same_as_above();
	test_walk();
	return CHECK_DONE();
}
