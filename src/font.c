/* font.c: finding the Chinese TrueType font, reading its metrics with HarfBuzz and subsetting it. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>

#include "font.h"
#include "utf8.h"
#include "xmalloc.h"

struct font {
	char		*path;
	hb_blob_t	*blob;
	hb_face_t	*face;
	hb_font_t	*hb;
	unsigned int	 upem;
	double		 ascent;
	double		 descent;
};

/* Tried in order when no path is given: the Taiwanese standard Kai first. */
static const char *const font_candidates[] = {
	"/usr/share/fonts/truetype/cns11643/TW-Kai-98_1.ttf",
	"/usr/share/fonts/truetype/arphic/ukai.ttc",
	"/usr/share/fonts/truetype/arphic/uming.ttc"
};

/*
 * Tables nothing downstream reads: libharu embeds only the TrueType outline
 * and metric tables, so shaping and vertical tables are dead weight.
 */
static const char *const font_drop_tables[] = {
	"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG",
	"gasp", "kern", "hdmx", "VDMX", "LTSH", "PCLT", "FFTM", "BDF ",
	"EBDT", "EBLC", "EBSC", "DSIG"
};

static int
font_open_path(const char *path, struct font **fp, char **cause)
{
	struct font	*f;
	hb_blob_t	*blob;
	hb_face_t	*face;
	hb_position_t	 asc, desc;

	/*
	 * HarfBuzz maps the file, so opening a 50 MB font costs a few page
	 * faults for the tables actually read, not a read of the whole file.
	 */
	if (access(path, R_OK) != 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if ((blob = hb_blob_create_from_file_or_fail(path)) == NULL) {
		*cause = xasprintf("%s: cannot read font", path);
		return -1;
	}
	face = hb_face_create(blob, 0);
	if (hb_face_get_glyph_count(face) == 0 || hb_face_get_upem(face) == 0) {
		hb_face_destroy(face);
		hb_blob_destroy(blob);
		*cause = xasprintf("%s: not a TrueType font", path);
		return -1;
	}

	f = xcalloc(1, sizeof *f);
	f->path = xstrdup(path);
	f->blob = blob;
	f->face = face;
	f->upem = hb_face_get_upem(face);
	f->hb = hb_font_create(face);
	/* Scale in font units, so advances come back exact, not rounded. */
	hb_font_set_scale(f->hb, (int)f->upem, (int)f->upem);

	if (!hb_ot_metrics_get_position(f->hb,
	    HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &asc))
		asc = (hb_position_t)(f->upem * 88 / 100);
	if (!hb_ot_metrics_get_position(f->hb,
	    HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &desc))
		desc = -(hb_position_t)(f->upem * 12 / 100);
	f->ascent = asc * 1000.0 / f->upem;
	f->descent = desc * 1000.0 / f->upem;

	*fp = f;
	return 0;
}

/* Open path or the first installed candidate; -1 with *cause (caller frees). */
int
font_open(const char *path, struct font **fp, char **cause)
{
	size_t	i;

	*fp = NULL;
	if (path != NULL)
		return font_open_path(path, fp, cause);

	for (i = 0; i < sizeof font_candidates / sizeof *font_candidates; i++) {
		if (access(font_candidates[i], R_OK) != 0)
			continue;
		return font_open_path(font_candidates[i], fp, cause);
	}
	*cause = xasprintf("no Traditional Chinese font found (looked for %s); "
	    "install the Debian package fonts-cns11643-kai",
	    font_candidates[0]);
	return -1;
}

/* Release the font and its mapping; font_free(NULL) does nothing. */
void
font_free(struct font *f)
{
	if (f == NULL)
		return;
	hb_font_destroy(f->hb);
	hb_face_destroy(f->face);
	hb_blob_destroy(f->blob);
	free(f->path);
	free(f);
}

/* The file the font was read from, owned by the font. */
const char *
font_path(const struct font *f)
{
	return f->path;
}

static int
font_glyph(const struct font *f, uint32_t cp, hb_codepoint_t *gid)
{
	return hb_font_get_nominal_glyph(f->hb, cp, gid) && *gid != 0;
}

/* Whether the cmap maps cp to a real glyph (not .notdef). */
int
font_covers(const struct font *f, uint32_t cp)
{
	hb_codepoint_t	gid;

	return font_glyph(f, cp, &gid);
}

/* The advance of cp in 1/1000 em, 0 when the font lacks it. */
double
font_advance(const struct font *f, uint32_t cp)
{
	hb_codepoint_t	gid;

	if (!font_glyph(f, cp, &gid))
		return 0;
	return hb_font_get_glyph_h_advance(f->hb, gid) * 1000.0 / f->upem;
}

/* The ascender in 1/1000 em, as the OS/2 or hhea table gives it. */
double
font_ascent(const struct font *f)
{
	return f->ascent;
}

/* The descender in 1/1000 em, negative. */
double
font_descent(const struct font *f)
{
	return f->descent;
}

/* Decode at *s, advancing it; the NUL ends any sequence early. */
static size_t
font_utf8_next(const char **s, uint32_t *cp)
{
	size_t	n;

	if ((n = utf8_decode(*s, 4, cp)) > 0)
		*s += n;
	return n;
}

/* Returns -1 with *cause (caller frees) at the first bad or missing one. */
int
font_check_text(const struct font *f, const char *utf8, char **cause)
{
	const char	*s = utf8, *start;
	uint32_t	 cp;
	size_t		 n;

	while (*s != '\0') {
		start = s;
		if ((n = font_utf8_next(&s, &cp)) == 0) {
			*cause = xasprintf("invalid UTF-8 at byte %zu of "
			    "\"%s\"", (size_t)(s - utf8), utf8);
			return -1;
		}
		/* Line breaks and tabs are layout's business, not glyphs. */
		if (cp == '\n' || cp == '\t')
			continue;
		if (!font_covers(f, cp)) {
			*cause = xasprintf("character '%.*s' (U+%04X) is not "
			    "in font %s", (int)n, start, (unsigned int)cp,
			    f->path);
			return -1;
		}
	}
	return 0;
}

static void
font_put16(unsigned char **p, unsigned int v)
{
	(*p)[0] = (v >> 8) & 0xff;
	(*p)[1] = v & 0xff;
	*p += 2;
}

/*
 * libharu looks up every code from 0 to 0xFFFE in the (3,1) cmap when it
 * makes the PDF font, walking the format 4 segments one by one, and
 * hb-subset writes a segment for each run of consecutive characters; with
 * a few hundred scattered ideographs that walk costs more than the rest
 * of the PDF.  So build the table again with one segment per 256-code
 * block, mapping through glyphIdArray: the walk is then bounded by the
 * number of blocks used.  Returns NULL, to keep hb-subset's table, when a
 * character lies beyond the BMP or the table would not fit format 4.
 */
static hb_blob_t *
font_block_cmap(hb_face_t *face, const uint32_t *cps, size_t ncps)
{
	hb_font_t	*hf;
	hb_codepoint_t	 g;
	uint16_t	*gids;
	unsigned int	 lo[256], hi[256], nseg, narray, len, sub, i, h, c;
	unsigned int	 range, sel, k;
	unsigned char	*tbl, *p;
	size_t		 j;

	for (j = 0; j < ncps; j++) {
		if (cps[j] >= 0xffff)
			return NULL;
	}
	gids = xcalloc(0x10000, sizeof *gids);
	hf = hb_font_create(face);
	for (j = 0; j < ncps; j++) {
		if (hb_font_get_nominal_glyph(hf, cps[j], &g))
			gids[cps[j]] = (uint16_t)g;
	}
	hb_font_destroy(hf);

	nseg = 1;	/* the final 0xFFFF segment */
	narray = 0;
	for (h = 0; h < 256; h++) {
		lo[h] = 256;
		hi[h] = 0;
		for (c = 0; c < 256; c++) {
			if (gids[h << 8 | c] == 0)
				continue;
			if (lo[h] == 256)
				lo[h] = c;
			hi[h] = c;
		}
		if (lo[h] != 256) {
			nseg++;
			narray += hi[h] - lo[h] + 1;
		}
	}
	sub = 16 + 8 * nseg + 2 * narray;
	if (sub > 0xffff) {
		free(gids);
		return NULL;
	}

	len = 12 + sub;
	p = tbl = xmalloc(len);
	font_put16(&p, 0);		/* cmap version */
	font_put16(&p, 1);		/* one encoding record: (3,1) at 12 */
	font_put16(&p, 3);
	font_put16(&p, 1);
	font_put16(&p, 0);
	font_put16(&p, 12);
	for (range = 1, sel = 0; range * 2 <= nseg; range *= 2)
		sel++;
	font_put16(&p, 4);
	font_put16(&p, sub);
	font_put16(&p, 0);		/* language */
	font_put16(&p, nseg * 2);
	font_put16(&p, range * 2);
	font_put16(&p, sel);
	font_put16(&p, nseg * 2 - range * 2);
	for (h = 0; h < 256; h++) {	/* endCode */
		if (lo[h] != 256)
			font_put16(&p, h << 8 | hi[h]);
	}
	font_put16(&p, 0xffff);
	font_put16(&p, 0);		/* reservedPad */
	for (h = 0; h < 256; h++) {	/* startCode */
		if (lo[h] != 256)
			font_put16(&p, h << 8 | lo[h]);
	}
	font_put16(&p, 0xffff);
	for (i = 0; i < nseg - 1; i++)	/* idDelta */
		font_put16(&p, 0);
	font_put16(&p, 1);
	/* idRangeOffset counts bytes from itself to the segment's first id. */
	k = 0;
	i = 0;
	for (h = 0; h < 256; h++) {
		if (lo[h] == 256)
			continue;
		font_put16(&p, 2 * (nseg - i) + 2 * k);
		k += hi[h] - lo[h] + 1;
		i++;
	}
	font_put16(&p, 0);
	for (h = 0; h < 256; h++) {	/* glyphIdArray */
		if (lo[h] == 256)
			continue;
		for (c = lo[h]; c <= hi[h]; c++)
			font_put16(&p, gids[h << 8 | c]);
	}
	free(gids);
	return hb_blob_create((const char *)tbl, len,
	    HB_MEMORY_MODE_READONLY, tbl, free);
}

/* Serialise the face's tables again, with cmap taken from the blob. */
static hb_blob_t *
font_with_cmap(hb_blob_t *ttf, hb_blob_t *cmap)
{
	hb_face_t	*face, *builder;
	hb_tag_t	 tags[64];
	hb_blob_t	*table, *out;
	unsigned int	 n, i;

	face = hb_face_create(ttf, 0);
	n = sizeof tags / sizeof *tags;
	hb_face_get_table_tags(face, 0, &n, tags);
	builder = hb_face_builder_create();
	for (i = 0; i < n; i++) {
		if (tags[i] == HB_TAG('c', 'm', 'a', 'p'))
			hb_face_builder_add_table(builder, tags[i], cmap);
		else {
			table = hb_face_reference_table(face, tags[i]);
			hb_face_builder_add_table(builder, tags[i], table);
			hb_blob_destroy(table);
		}
	}
	out = hb_face_reference_blob(builder);
	hb_face_destroy(builder);
	hb_face_destroy(face);
	return out;
}

/* Returns 0 with *data (caller frees) holding the TTF, or -1 with *cause. */
int
font_subset(const struct font *f, const uint32_t *cps, size_t ncps,
    void **data, size_t *len, char **cause)
{
	hb_subset_input_t	*input;
	hb_set_t		*set;
	hb_face_t		*sub;
	hb_blob_t		*blob, *cmap, *rebuilt;
	const char		*bytes;
	unsigned int		 n;
	size_t			 i;

	if ((input = hb_subset_input_create_or_fail()) == NULL) {
		*cause = xasprintf("%s: cannot start subsetting", f->path);
		return -1;
	}
	set = hb_subset_input_unicode_set(input);
	for (i = 0; i < ncps; i++)
		hb_set_add(set, cps[i]);

	set = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
	for (i = 0; i < sizeof font_drop_tables / sizeof *font_drop_tables; i++)
		hb_set_add(set, hb_tag_from_string(font_drop_tables[i], 4));

	/*
	 * libharu names the font from name IDs 2 and 6 in English, which
	 * hb-subset keeps by default.  Hinting only helps screens at tiny
	 * sizes, and it is a good part of the bytes.
	 */
	hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);

	sub = hb_subset_or_fail(f->face, input);
	hb_subset_input_destroy(input);
	if (sub == NULL) {
		*cause = xasprintf("%s: cannot subset font", f->path);
		return -1;
	}
	blob = hb_face_reference_blob(sub);
	if ((cmap = font_block_cmap(sub, cps, ncps)) != NULL) {
		rebuilt = font_with_cmap(blob, cmap);
		hb_blob_destroy(cmap);
		hb_blob_destroy(blob);
		blob = rebuilt;
	}
	bytes = hb_blob_get_data(blob, &n);
	if (bytes == NULL || n == 0) {
		hb_blob_destroy(blob);
		hb_face_destroy(sub);
		*cause = xasprintf("%s: subset font is empty", f->path);
		return -1;
	}
	*data = xmalloc(n);
	memcpy(*data, bytes, n);
	*len = n;
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	return 0;
}
