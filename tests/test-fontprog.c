/* test-fontprog.c: the embedded font program draws every glyph of the subset exactly as the subset does, without a cmap. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hb.h>

#include "check.h"
#include "font.h"
#include "fontprog.h"

/* A glyph's outline as the list of drawing calls HarfBuzz makes for it. */
struct path {
	float	*v;
	size_t	 n;
	size_t	 size;
};

static void
path_add(struct path *p, float op, float x, float y)
{
	if (p->n + 3 > p->size) {
		p->size = (p->n + 3) * 2;
		p->v = realloc(p->v, p->size * sizeof *p->v);
	}
	p->v[p->n++] = op;
	p->v[p->n++] = x;
	p->v[p->n++] = y;
}

static void
move_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float x,
    float y, void *user)
{
	(void)df; (void)st; (void)user;
	path_add(data, 1, x, y);
}

static void
line_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float x,
    float y, void *user)
{
	(void)df; (void)st; (void)user;
	path_add(data, 2, x, y);
}

static void
quad_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float cx,
    float cy, float x, float y, void *user)
{
	(void)df; (void)st; (void)user;
	path_add(data, 3, cx, cy);
	path_add(data, 3, x, y);
}

static void
close_path(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, void *user)
{
	(void)df; (void)st; (void)user;
	path_add(data, 4, 0, 0);
}

static void
draw(hb_font_t *hf, hb_draw_funcs_t *df, hb_codepoint_t gid, struct path *p)
{
	p->n = 0;
#if HB_VERSION_ATLEAST(7, 0, 0)
	hb_font_draw_glyph(hf, gid, df, p);
#else
	hb_font_get_glyph_shape(hf, gid, df, p);
#endif
}

static unsigned int
table_length(hb_face_t *face, hb_tag_t tag)
{
	hb_blob_t	*b = hb_face_reference_table(face, tag);
	unsigned int	 n = hb_blob_get_length(b);

	hb_blob_destroy(b);
	return n;
}

/* Subset f to cps, make the program, and compare the two glyph by glyph. */
static void
check_program(struct font *f, const uint32_t *cps, size_t ncps)
{
	hb_blob_t	*sb, *pb;
	hb_face_t	*sface, *pface;
	hb_font_t	*sfont, *pfont;
	hb_draw_funcs_t	*df;
	struct path	 a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	void		*sub = NULL, *prog = NULL;
	size_t		 slen = 0, plen = 0;
	unsigned int	 gid, n, drawn = 0;
	char		*cause = NULL;

	CHECK(font_subset(f, 0, cps, NULL, ncps, &sub, &slen, &cause) == 0);
	CHECK(fontprog_make(sub, slen, &prog, &plen, &cause) == 0);
	if (sub == NULL || prog == NULL) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		free(sub);
		return;
	}
	sb = hb_blob_create(sub, (unsigned int)slen, HB_MEMORY_MODE_READONLY,
	    NULL, NULL);
	pb = hb_blob_create(prog, (unsigned int)plen, HB_MEMORY_MODE_READONLY,
	    NULL, NULL);
	sface = hb_face_create(sb, 0);
	pface = hb_face_create(pb, 0);
	sfont = hb_font_create(sface);
	pfont = hb_font_create(pface);

	/* A CIDFont's program needs no cmap, so it has none. */
	CHECK(table_length(sface, HB_TAG('c', 'm', 'a', 'p')) > 0);
	CHECK(table_length(pface, HB_TAG('c', 'm', 'a', 'p')) == 0);
	CHECK(table_length(pface, HB_TAG('h', 'm', 't', 'x')) ==
	    table_length(sface, HB_TAG('h', 'm', 't', 'x')));

	n = hb_face_get_glyph_count(sface);
	CHECK(n >= ncps + 1 && hb_face_get_glyph_count(pface) == n);
	df = hb_draw_funcs_create();
	hb_draw_funcs_set_move_to_func(df, move_to, NULL, NULL);
	hb_draw_funcs_set_line_to_func(df, line_to, NULL, NULL);
	hb_draw_funcs_set_quadratic_to_func(df, quad_to, NULL, NULL);
	hb_draw_funcs_set_close_path_func(df, close_path, NULL, NULL);
	for (gid = 0; gid < n; gid++) {
		draw(sfont, df, gid, &a);
		draw(pfont, df, gid, &b);
		CHECK(a.n == b.n &&
		    (a.n == 0 || memcmp(a.v, b.v, a.n * sizeof *a.v) == 0));
		CHECK(hb_font_get_glyph_h_advance(sfont, gid) ==
		    hb_font_get_glyph_h_advance(pfont, gid));
		if (a.n > 0)
			drawn++;
	}
	/* Every glyph but .notdef and the space has an outline. */
	CHECK(drawn + 2 >= n);

	hb_draw_funcs_destroy(df);
	free(a.v);
	free(b.v);
	hb_font_destroy(pfont);
	hb_font_destroy(sfont);
	hb_face_destroy(pface);
	hb_face_destroy(sface);
	hb_blob_destroy(pb);
	hb_blob_destroy(sb);
	free(prog);
	free(sub);
}

int
main(void)
{
	/* 中文 招標 Tender, and a space */
	static const uint32_t	 kai[] = { 0x4e2d, 0x6587, 0x62db, 0x6a19, 'T',
	    'e', 'n', 'd', 'r', ' ' };
	/* AR PL UKai makes i, j and À of components. */
	static const uint32_t	 ukai[] = { 'i', 'j', 0xc0, 0x4e2d, ' ' };
	struct font		*f;
	char			*cause = NULL;
	void			*out = NULL;
	size_t			 len = 0;

	CHECK(fontprog_make("not a font", 10, &out, &len, &cause) == -1);
	CHECK(out == NULL && cause != NULL);
	free(cause);

	if (font_open(NULL, &f, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		CHECK_SKIP("no Chinese font installed");
	}
	check_program(f, kai, sizeof kai / sizeof *kai);
	font_free(f);

	if (font_open("/usr/share/fonts/truetype/arphic/ukai.ttc", &f,
	    &cause) == 0) {
		check_program(f, ukai, sizeof ukai / sizeof *ukai);
		font_free(f);
	} else
		free(cause);
	return CHECK_DONE();
}
