/* test-font.c: finding the installed font, its metrics, coverage errors and the hb-subset output. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hb.h>

#include "check.h"
#include "font.h"

static unsigned int
be16(const unsigned char *p)
{
	return (unsigned int)p[0] << 8 | p[1];
}

static unsigned long
be32(const unsigned char *p)
{
	return (unsigned long)be16(p) << 16 | be16(p + 2);
}

/* Whether cmap has the (3,1) format 4 subtable that libharu needs. */
static int
has_ms_bmp_format4(hb_face_t *face)
{
	hb_blob_t		*blob;
	const unsigned char	*p;
	unsigned int		 len, n, i, off;
	int			 found = 0;

	blob = hb_face_reference_table(face, HB_TAG('c', 'm', 'a', 'p'));
	p = (const unsigned char *)hb_blob_get_data(blob, &len);
	if (p != NULL && len >= 4) {
		n = be16(p + 2);
		for (i = 0; i < n && 4 + 8 * (i + 1) <= len; i++) {
			off = (unsigned int)be32(p + 4 + 8 * i + 4);
			if (be16(p + 4 + 8 * i) == 3 &&
			    be16(p + 4 + 8 * i + 2) == 1 &&
			    off + 2 <= len && be16(p + off) == 4)
				found = 1;
		}
	}
	hb_blob_destroy(blob);
	return found;
}

static void
count_contour(hb_draw_funcs_t *dfuncs, void *data, hb_draw_state_t *st,
    float x, float y, void *user_data)
{
	(void)dfuncs; (void)st; (void)x; (void)y; (void)user_data;
	(*(unsigned int *)data)++;
}

/*
 * Every glyph of the subset that a code point maps to has its outline,
 * components included: the subset is made from a copy of the font that
 * holds only the outlines it needs, and a missing one would be blank.
 */
static void
check_outlines(const void *data, size_t len, const uint32_t *cps, size_t n)
{
	hb_blob_t		*blob;
	hb_face_t		*face;
	hb_font_t		*hf;
	hb_draw_funcs_t		*dfuncs;
	hb_codepoint_t		 gid;
	unsigned int		 contours;
	size_t			 i;

	blob = hb_blob_create(data, (unsigned int)len, HB_MEMORY_MODE_READONLY,
	    NULL, NULL);
	face = hb_face_create(blob, 0);
	hf = hb_font_create(face);
	dfuncs = hb_draw_funcs_create();
	hb_draw_funcs_set_move_to_func(dfuncs, count_contour, NULL, NULL);
	for (i = 0; i < n; i++) {
		contours = 0;
		CHECK(hb_font_get_nominal_glyph(hf, cps[i], &gid) && gid != 0);
#if HB_VERSION_ATLEAST(7, 0, 0)
		hb_font_draw_glyph(hf, gid, dfuncs, &contours);
#else
		hb_font_get_glyph_shape(hf, gid, dfuncs, &contours);
#endif
		CHECK(contours > 0);
	}
	hb_draw_funcs_destroy(dfuncs);
	hb_font_destroy(hf);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
}

static void
test_errors(void)
{
	struct font	*f = (struct font *)1;
	char		*cause = NULL;

	CHECK(font_open("/nonexistent/font.ttf", &f, &cause) == -1);
	CHECK(f == NULL);
	CHECK(cause != NULL && strstr(cause, "/nonexistent/font.ttf") != NULL);
	free(cause);

	/* A readable file that is not a font must be refused, not crash. */
	cause = NULL;
	CHECK(font_open(BUILD_SRCDIR "/tests/check.h", &f, &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "not a TrueType font") != NULL);
	free(cause);
}

static void
test_metrics(struct font *f)
{
	char	*cause = NULL;
	double	 a;

	CHECK(font_covers(f, 0x4e2d));		/* 中 */
	CHECK(font_covers(f, 'A'));
	CHECK(!font_covers(f, 0x1f600));	/* an emoji no Kai font has */
	CHECK(font_advance(f, 0x4e2d) == 1000);
	a = font_advance(f, 'A');
	CHECK(a > 0 && a < 1000);
	CHECK(font_advance(f, 0x1f600) == 0);
	CHECK(font_ascent(f) > 500 && font_ascent(f) <= 1100);
	CHECK(font_descent(f) < 0 && font_descent(f) > -500);

	CHECK(font_check_text(f, "招標 Tender 第 1 頁，共 2 頁。\n",
	    &cause) == 0);

	cause = NULL;
	CHECK(font_check_text(f, "投標廠商😀名稱", &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "'😀'") != NULL);
	CHECK(cause != NULL && strstr(cause, "(U+1F600)") != NULL);
	CHECK(cause != NULL && strstr(cause, font_path(f)) != NULL);
	free(cause);

	cause = NULL;
	CHECK(font_check_text(f, "ab\xe4\xb8", &cause) == -1);
	CHECK(cause != NULL &&
	    strstr(cause, "invalid UTF-8 at byte 2") != NULL);
	free(cause);
}

static void
test_subset(struct font *f)
{
	/* 中, 文, A and space */
	static const uint32_t	 cps[] = { 0x4e2d, 0x6587, 'A', ' ' };
	void			*data = NULL, *again = NULL;
	size_t			 len = 0, len2 = 0;
	char			*cause = NULL;
	hb_blob_t		*blob;
	hb_face_t		*face;
	hb_font_t		*hf;
	hb_codepoint_t		 gid;

	CHECK(font_subset(f, 0, cps, NULL, 4, &data, &len, &cause) == 0);
	if (data == NULL) {
		fprintf(stderr, "subset: %s\n", cause);
		free(cause);
		return;
	}
	/* Four glyphs of a 50 MB font; a megabyte would be far too much. */
	CHECK(len > 200 && len < 20000);

	blob = hb_blob_create(data, (unsigned int)len, HB_MEMORY_MODE_READONLY,
	    NULL, NULL);
	face = hb_face_create(blob, 0);
	hf = hb_font_create(face);
	CHECK(hb_face_get_glyph_count(face) == 5);	/* with .notdef */
	CHECK(hb_font_get_nominal_glyph(hf, 0x4e2d, &gid) && gid != 0);
	CHECK(hb_font_get_nominal_glyph(hf, 'A', &gid) && gid != 0);
	CHECK(!hb_font_get_nominal_glyph(hf, 0x570b, &gid));	/* 國 */
	CHECK(has_ms_bmp_format4(face));
	hb_font_destroy(hf);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	check_outlines(data, len, cps, 3);

	/* The PDF must not change between runs, so neither may its font. */
	CHECK(font_subset(f, 0, cps, NULL, 4, &again, &len2, &cause) == 0);
	CHECK(again != NULL && len2 == len && memcmp(data, again, len) == 0);
	free(again);
	free(data);
}

/* AR PL UKai draws i, j and the accented capitals from components. */
static void
test_components(void)
{
	static const uint32_t	 cps[] = { 'i', 'j', 0xc0, 0x4e2d };
	struct font		*f;
	void			*data = NULL;
	size_t			 len = 0;
	char			*cause = NULL;

	if (font_open("/usr/share/fonts/truetype/arphic/ukai.ttc", &f,
	    &cause) != 0) {
		free(cause);
		return;
	}
	CHECK(font_subset(f, 0, cps, NULL, 4, &data, &len, &cause) == 0);
	if (data != NULL)
		check_outlines(data, len, cps, 4);
	free(data);
	font_free(f);
}

int
main(void)
{
	struct font	*f;
	char		*cause = NULL;

	test_errors();

	if (font_open(NULL, &f, &cause) != 0) {
		/* The only acceptable failure names the package to install. */
		CHECK(strstr(cause, "fonts-cns11643-kai") != NULL);
		fprintf(stderr, "%s\n", cause);
		free(cause);
		if (check_failures == 0)
			CHECK_SKIP("no Chinese font installed");
		return CHECK_DONE();
	}
	test_metrics(f);
	test_subset(f);
	test_components();
	font_free(f);
	font_free(NULL);
	return CHECK_DONE();
}
