/* test-linebreak.c: line breaking of real clause text: punctuation rules, widths, whole words and URLs, paths cut after a '/', lossless lines. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "font.h"
#include "linebreak.h"
#include "utf8.h"
#include "xmalloc.h"

#define URL	"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0030304"

/* Made to trip UAX #14 where it differs from Taiwanese usage. */
static const char *const tricky[] = {
	"應提供日誌保存 ；包括帳號 ：權限、時間 ，IP 位址 ？資料存取 ！"
	"及重要安全性事件（建議至少六個月）「第三方」驗證『甲』【乙】"
	"《丙》〈丁〉費用NT$100元，資通安全‧管理 ·中文“引號”‘單’。",
	"須通過CNS 27001或ISO 27001等資訊安全管理系統標準，法規見" URL
	"，另依 OWASP Top 10 檢測（含 SQL injection、XSS）並於 30 日內改善。",
	"第一行\n第二行，有逗號\n\n第四行 ISO/IEC 27001:2013 a, b. c; d: e! f?"
};

static const char closers[] = "，。、；：？！）」』】》〉,.;:!?)";
static const char openers[] = "（「『【《〈(";

/* The project's decoder; the texts here are valid, so 0 never comes back. */
static size_t
utf8_next(const char *s, uint32_t *cp)
{
	size_t	n = utf8_decode(s, 4, cp);

	return n == 0 ? 1 : n;
}

/* Whether the UTF-8 character at s is one of those in set. */
static int
in_set(const char *set, const char *s, size_t len)
{
	uint32_t	a, b;
	size_t		n;

	if (len == 0)
		return 0;
	utf8_next(s, &a);
	for (; *set != '\0'; set += n) {
		n = utf8_next(set, &b);
		if (a == b)
			return 1;
	}
	return 0;
}

/* Start of the last character of s[0, len). */
static const char *
last_char(const char *s, size_t len)
{
	const char	*p = s + len - 1;

	while (p > s && ((unsigned char)*p & 0xc0) == 0x80)
		p--;
	return p;
}

static double
measure(const struct font *f, const char *s, size_t len, double size)
{
	const char	*end = s + len;
	uint32_t	 cp;
	double		 w = 0;

	while (s < end) {
		s += utf8_next(s, &cp);
		w += font_advance(f, cp) * size / 1000;
	}
	return w;
}

static int
all_space(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (strchr(" \t\n", s[i]) == NULL)
			return 0;
	}
	return 1;
}

/* Does one of the lines hold needle whole? */
static int
whole(const char *text, const struct lb_line *l, size_t n, const char *needle)
{
	size_t	i, len = strlen(needle);

	for (i = 0; i < n; i++) {
		if (l[i].len >= len && memmem(text + l[i].start, l[i].len,
		    needle, len) != NULL)
			return 1;
	}
	return 0;
}

/* Every rule the breaker promises, for one text at one width. */
static void
check_text(const struct font *f, const char *text, double width)
{
	struct lb_line	*l;
	size_t		 n, i, end;
	const char	*s;
	int		 ok = 1;

	n = linebreak(text, f, 10, width, &l);
	end = 0;
	for (i = 0; i < n; i++) {
		s = text + l[i].start;
		/* Lines are in order and what lies between them is space. */
		if (l[i].start < end || !all_space(text + end,
		    l[i].start - end)) {
			fprintf(stderr, "width %g: text lost before line %zu\n",
			    width, i);
			ok = 0;
		}
		end = l[i].start + l[i].len;
		if (l[i].len > 0 && in_set(closers, s, l[i].len)) {
			fprintf(stderr, "width %g: line starts with a closer: "
			    "%.*s\n", width, (int)l[i].len, s);
			ok = 0;
		}
		if (l[i].len > 0 && in_set(openers, last_char(s, l[i].len),
		    1)) {
			fprintf(stderr, "width %g: line ends with an opener: "
			    "%.*s\n", width, (int)l[i].len, s);
			ok = 0;
		}
		if (l[i].len > 0 && (s[l[i].len - 1] == ' ' || *s == '\n')) {
			fprintf(stderr, "width %g: space kept at line end\n",
			    width);
			ok = 0;
		}
		if (measure(f, s, l[i].len, 10) > width + 1e-6 ||
		    fabs(measure(f, s, l[i].len, 10) - l[i].width) > 1e-6) {
			fprintf(stderr, "width %g: line too wide or mismeasured"
			    ": %.*s\n", width, (int)l[i].len, s);
			ok = 0;
		}
	}
	if (!all_space(text + end, strlen(text) - end)) {
		fprintf(stderr, "width %g: text lost at the end\n", width);
		ok = 0;
	}
	CHECK(ok);
	free(l);
}

/* Clause texts of the public-procurement table, the long cells of it. */
static char **
fixture_clauses(size_t *np)
{
	FILE	*fp;
	char	*line = NULL, *field, *p, **v = NULL;
	size_t	 cap = 0, n = 0;

	fp = fopen(BUILD_SRCDIR "/tests/fixtures/pcc-table.txt", "r");
	if (fp == NULL)
		CHECK_SKIP("no fixture pcc-table.txt");
	while (getline(&line, &cap, fp) != -1) {
		line[strcspn(line, "\r\n")] = '\0';
		for (p = line; (field = strsep(&p, "\t")) != NULL;) {
			if (strlen(field) < 150)
				continue;
			v = xreallocarray(v, n + 1, sizeof *v);
			v[n++] = xstrdup(field);
		}
	}
	free(line);
	fclose(fp);
	*np = n;
	return v;
}

static void
test_rules(const struct font *f)
{
	char	**v;
	size_t	  n, i;
	double	  w;

	for (i = 0; i < sizeof tricky / sizeof *tricky; i++) {
		for (w = 40; w <= 400; w += 3.5)
			check_text(f, tricky[i], w);
	}
	v = fixture_clauses(&n);
	CHECK(n >= 40);
	for (i = 0; i < n; i++) {
		for (w = 40; w <= 480; w += 11)
			check_text(f, v[i], w);
		free(v[i]);
	}
	free(v);
}

static void
test_words(const struct font *f)
{
	struct lb_line	*l;
	size_t		 n;
	double		 w, url = measure(f, URL, strlen(URL), 10);

	for (w = 60; w <= 480; w += 1.5) {
		n = linebreak(tricky[1], f, 10, w, &l);
		CHECK(whole(tricky[1], l, n, "27001"));
		CHECK(whole(tricky[1], l, n, "OWASP"));
		CHECK(whole(tricky[1], l, n, "injection"));
		/* The comma after the URL may not start a line: it goes along. */
		if (w >= url + measure(f, "，", strlen("，"), 10))
			CHECK(whole(tricky[1], l, n, URL));
		else
			CHECK(!whole(tricky[1], l, n, URL));
		free(l);
	}

	/* "ISO 27001" may break at its space, and the space is dropped. */
	w = measure(f, "甲ISO 27", strlen("甲ISO 27"), 10);
	n = linebreak("甲ISO 27001", f, 10, w, &l);
	CHECK(n == 2);
	if (n == 2) {
		CHECK(l[0].len == strlen("甲ISO"));
		CHECK(l[1].start == strlen("甲ISO "));
	}
	free(l);

	/* Spaces hang: they never make a line overflow. */
	w = measure(f, "abc", 3, 10);
	n = linebreak("abc   ", f, 10, w, &l);
	CHECK(n == 1 && l[0].len == 3 && l[0].width == w);
	free(l);
}

static void
test_punctuation(const struct font *f)
{
	struct lb_line	*l;
	size_t		 n;
	double		 w;

	/* 中文 fit, the comma does not: it pulls 文 down, not starts a line. */
	n = linebreak("中文，中", f, 10, 25, &l);
	CHECK(n == 3);
	if (n == 3)
		CHECK(l[1].start == strlen("中") && l[1].len == strlen("文，"));
	free(l);

	/* UAX #14 breaks after the space before ； and ： (class NS). */
	n = linebreak("中文 ；中", f, 10, 28, &l);
	CHECK(n == 3);
	if (n == 3)
		CHECK(l[1].start == strlen("中"));
	free(l);
	n = linebreak("中文 ：中", f, 10, 28, &l);
	CHECK(n == 3);
	if (n == 3)
		CHECK(l[1].start == strlen("中"));
	free(l);

	/* The opening bracket goes down with what it opens. */
	n = linebreak("中文「中」", f, 10, 30, &l);
	CHECK(n == 2);
	if (n == 2)
		CHECK(l[1].start == strlen("中文"));
	free(l);

	/* UAX #14 breaks "NT$100" before the '$'. */
	w = measure(f, "NT$100", strlen("NT$100"), 10) + 1;
	CHECK(w < measure(f, "中NT$100", strlen("中NT$100"), 10));
	n = linebreak("中NT$100", f, 10, w, &l);
	CHECK(n == 2);
	if (n == 2)
		CHECK(l[1].start == strlen("中"));
	free(l);
}

/*
 * Ids and case numbers never break beside a hyphen, even in a column
 * narrower than they are: custom-1 came out as "custom" over "-1".
 */
static void
test_hyphens(const struct font *f)
{
	static const char *const ids[] = {
		"custom-1", "dev-46", "MODA-115-099", "（custom-12）另案辦理",
		"另案辦理：資安檢測（dev-46）", "案號：MODA-115-099"
	};
	struct lb_line	*l;
	size_t		 n, i, j;
	double		 w;
	const char	*s;
	int		 ok;

	for (i = 0; i < sizeof ids / sizeof *ids; i++) {
		ok = 1;
		/* From a column of two or three letters on: narrower, any cut. */
		for (w = measure(f, "MOD", 3, 10); w <= 120; w += 0.5) {
			n = linebreak(ids[i], f, 10, w, &l);
			for (j = 0; j < n; j++) {
				s = ids[i] + l[j].start;
				if (l[j].len > 0 && (s[0] == '-' ||
				    s[l[j].len - 1] == '-')) {
					fprintf(stderr, "width %g: %s broken "
					    "at a hyphen\n", w, ids[i]);
					ok = 0;
				}
			}
			free(l);
		}
		CHECK(ok);
	}

	/* Where the id fits the column it stays whole; where not, not at '-'. */
	w = measure(f, "custom", strlen("custom"), 10) + 0.1;
	n = linebreak("custom-1", f, 10, w, &l);
	CHECK(n == 2);
	if (n == 2)
		CHECK(l[1].len > strlen("-1") && l[1].start < strlen("custom"));
	free(l);
	w = measure(f, "custom-1", strlen("custom-1"), 10);
	n = linebreak("custom-1", f, 10, w, &l);
	CHECK(n == 1);
	free(l);
}

static void
test_newlines(const struct font *f)
{
	static const char	 text[] = "甲\n乙乙\r\n\n丙";
	struct lb_line		*l;
	size_t			 n;

	n = linebreak(text, f, 10, 400, &l);
	CHECK(n == 4);
	if (n == 4) {
		CHECK(l[0].start == 0 && l[0].len == 3);
		CHECK(l[1].len == 6 && l[1].width == 20);
		CHECK(l[2].len == 0 && l[2].width == 0);
		CHECK_STR(text + l[3].start, "丙");
	}
	free(l);

	CHECK(linebreak("", f, 10, 400, &l) == 0);
	free(l);

	/* A bad byte is one U+FFFD: it takes a place but nothing is lost. */
	n = linebreak("中\xff文", f, 10, 400, &l);
	CHECK(n == 1 && l[0].len == 7);
	free(l);

	/* A character wider than the line still makes progress. */
	n = linebreak("中文", f, 10, 5, &l);
	CHECK(n == 2);
	free(l);
}

/*
 * A path wider than the line, in terminal cells as the wizard's status
 * line breaks it: on a line of its own, cut after a '/' rather than in
 * the middle of a name; a name longer than half a line is still cut late.
 */
static void
test_paths(void)
{
	const char	*s = "Opened records-of-the-office/procurement-2026/"
			    "answers.yaml";
	struct lb_line	*l;
	size_t		 n;

	n = linebreak(s, NULL, 1, 40, &l);
	CHECK(n == 3);
	if (n == 3) {
		CHECK(l[0].len == strlen("Opened"));
		CHECK(l[1].len == strlen("records-of-the-office/procurement-"
		    "2026/"));
		CHECK(strcmp(s + l[2].start, "answers.yaml") == 0);
	}
	free(l);
	n = linebreak("/a/answers-of-the-procurement-case-kept-for-review",
	    NULL, 1, 20, &l);
	CHECK(n == 3 && l[0].len == 20);
	free(l);
}

int
main(void)
{
	struct font	*f;
	char		*cause;

	test_paths();
	if (font_open(NULL, &f, &cause) != 0)
		CHECK_SKIP(cause);
	test_rules(f);
	test_words(f);
	test_punctuation(f);
	test_hyphens(f);
	test_newlines(f);
	font_free(f);
	return CHECK_DONE();
}
