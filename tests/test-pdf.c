/* test-pdf.c: rendering a hand-made two-page layout; writes it to argv[1] for pdf-poppler.sh. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libdeflate.h>

#include "atomicfile.h"
#include "check.h"
#include "font.h"
#include "layout.h"
#include "pdf.h"
#include "report.h"

#define A4_W	595.276
#define A4_H	841.89

static struct lay_text page1_texts[] = {
	{ 72, 780, 18, 0, "政府採購招標文件附錄" },
	{ 72, 750, 10, 0, "Tender appendix ABC-123 (2024), page 1." },
	{ 72, 720, 12, 0, "一、投標須知" },
	{ 72, 700, 10.5, 0, "投標廠商：Acme 股份有限公司" },
	{ 92, 680, 10.5, 0, "□ 已附切結書；金額 NT$ 1,234,567 元整。" },
	{ 72, 60, 9, 0, "第 1 頁，共 2 頁" }
};
static struct lay_rule page1_rules[] = {
	{ 72, 740, 523, 740, 1 },
	{ 72, 660, 523, 660, 0.5 }
};
static struct lay_box page1_boxes[] = {
	{ 72, 678, 10, 10 }
};
static struct lay_mark page1_marks[] = {
	{ 1, "一、投標須知", 730 },
	{ 2, "1.1 投標廠商資格", 710 }
};
static struct lay_text page2_texts[] = {
	{ 72, 780, 12, 0, "二、附件清單" },
	{ 72, 760, 10.5, 0, "切結書（Affidavit）與授權書" },
	{ 72, 60, 9, 0, "第 2 頁，共 2 頁" }
};
static struct lay_mark page2_marks[] = {
	{ 1, "二、附件清單", 790 },
	{ 2, "2.1 切結書", 770 }
};

static struct lay_page pages[] = {
	{ page1_texts, 6, page1_rules, 2, page1_boxes, 1, page1_marks, 2 },
	{ page2_texts, 3, NULL, 0, NULL, 0, page2_marks, 2 }
};
static struct layout lay = { A4_W, A4_H, pages, 2 };

static size_t
count(const void *buf, size_t len, const char *s)
{
	size_t	n = strlen(s), i, found = 0;

	for (i = 0; i + n <= len; i++) {
		if (memcmp((const char *)buf + i, s, n) == 0)
			found++;
	}
	return found;
}

static int
contains(const void *buf, size_t len, const char *s)
{
	size_t	n = strlen(s), i;

	for (i = 0; i + n <= len; i++) {
		if (memcmp((const char *)buf + i, s, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * The font program is compressed before libharu sees it: its stream must
 * say FlateDecode and inflate to a TrueType file of Length1 bytes.
 */
static void
check_font_program(const char *buf, size_t len)
{
	struct libdeflate_decompressor	*d;
	const char			*p, *end;
	unsigned char			*ttf;
	unsigned long			 length1;
	size_t				 n = 0;

	p = memmem(buf, len, "/Length1 ", 9);
	CHECK(p != NULL);
	if (p == NULL)
		return;
	length1 = strtoul(p + 9, NULL, 10);
	end = memmem(p, len - (size_t)(p - buf), ">>", 2);
	CHECK(end != NULL && memmem(p, (size_t)(end - p), "/FlateDecode",
	    12) != NULL);
	p = memmem(p, len - (size_t)(p - buf), "stream\r\n", 8);
	CHECK(p != NULL && length1 > 12);
	if (p == NULL || length1 <= 12)
		return;
	p += 8;
	ttf = malloc(length1);
	d = libdeflate_alloc_decompressor();
	CHECK(libdeflate_zlib_decompress_ex(d, p, len - (size_t)(p - buf), ttf,
	    length1, NULL, &n) == LIBDEFLATE_SUCCESS);
	CHECK(n == length1 && memcmp(ttf, "\0\1\0\0", 4) == 0);
	libdeflate_free_decompressor(d);
	free(ttf);
}

static void
test_bad_text(const struct font *f, const struct report *r)
{
	static struct lay_text	 t = { 72, 700, 10, 0, "字\xf0\xa0\x80\x80" };
	struct lay_page		 pg = { &t, 1, NULL, 0, NULL, 0, NULL, 0 };
	struct layout		 l = { A4_W, A4_H, &pg, 1 };
	void			*buf = NULL;
	size_t			 len;
	char			*cause = NULL;

	/* A character the text's face has no glyph for must be refused. */
	CHECK(pdf_render(&l, f, r, &buf, &len, &cause) == -1);
	CHECK(buf == NULL);
	CHECK(cause != NULL && strstr(cause, "U+20000") != NULL);
	free(cause);
}

/*
 * libharu needs the font as a file; whether the render succeeds or not,
 * that file must be gone afterwards.  rmdir proves the private TMPDIR
 * is empty again.
 */
static void
test_temp_file(const struct font *f, const struct report *r)
{
	char	 dir[] = "/tmp/test-pdf.XXXXXX";
	char	*old, *cause = NULL;
	void	*buf = NULL;
	size_t	 len;

	old = getenv("TMPDIR");
	if (old != NULL)
		old = strdup(old);
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		check_failures++;
		free(old);
		return;
	}
	setenv("TMPDIR", dir, 1);
	CHECK(pdf_render(&lay, f, r, &buf, &len, &cause) == 0);
	free(buf);
	CHECK(rmdir(dir) == 0);

	setenv("TMPDIR", "/nonexistent/tmp", 1);
	CHECK(pdf_render(&lay, f, r, &buf, &len, &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "/nonexistent/tmp: cannot create "
	    "a temporary font file") != NULL);
	free(cause);

	if (old != NULL)
		setenv("TMPDIR", old, 1);
	else
		unsetenv("TMPDIR");
	free(old);
}

int
main(int argc, char **argv)
{
	struct font	*f;
	struct report	*r, *undated;
	void		*buf = NULL, *again = NULL;
	size_t		 len = 0, len2 = 0;
	char		*cause = NULL;

	if (font_open(NULL, &f, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		CHECK_SKIP("no Chinese font installed");
	}
	r = report_new("招標文件附錄", "採購案號 A-001 附錄",
	    "臺北市政府工務局", "footer", (time_t)1700000000);

	CHECK(pdf_render(&lay, f, r, &buf, &len, &cause) == 0);
	if (buf == NULL) {
		fprintf(stderr, "render: %s\n", cause);
		return 1;
	}
	CHECK(len > 1000 && memcmp(buf, "%PDF-1.", 7) == 0);
	CHECK(contains(buf, len, "%%EOF"));
	CHECK(contains(buf, len, "/FontFile2"));
	check_font_program(buf, len);
	/* Every stream is deflated, each once: contents, maps and font. */
	CHECK(count(buf, len, "stream\r\n") >= 5);
	CHECK(count(buf, len, "stream\r\n") ==
	    count(buf, len, "/Filter /FlateDecode\012"));
	CHECK(contains(buf, len, "/ToUnicode"));
	/* The ideographs' width is the default; W lists only the others. */
	CHECK(contains(buf, len, "/DW 1000\012"));
	CHECK(contains(buf, len, "(D:20231114221320Z00'00')"));
	CHECK(contains(buf, len, "(tenderwiz " PACKAGE_VERSION ")"));
	/* The temporary font file's name must not leak into the document. */
	CHECK(!contains(buf, len, "tenderwiz-font."));

	/* Same input, same bytes: no clock, no random tag, no address. */
	CHECK(pdf_render(&lay, f, r, &again, &len2, &cause) == 0);
	CHECK(again != NULL && len2 == len && memcmp(buf, again, len) == 0);
	free(again);

	undated = report_new("無日期", NULL, NULL, NULL, (time_t)-1);
	again = NULL;
	CHECK(pdf_render(&lay, f, undated, &again, &len2, &cause) == 0);
	CHECK(again != NULL && !contains(again, len2, "/CreationDate"));
	free(again);
	report_free(undated);

	test_bad_text(f, r);
	test_temp_file(f, r);

	if (argc > 1 &&
	    atomicfile_write(argv[1], buf, len, 0644, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		check_failures++;
	}
	free(buf);
	report_free(r);
	font_free(f);
	return CHECK_DONE();
}
