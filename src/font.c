/* font.c: finding the Chinese TrueType font, reading its metrics with HarfBuzz and subsetting it. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>

#include "font.h"
#include "sfnt.h"
#include "utf8.h"
#include "xmalloc.h"

/* One entry of the font's table directory. */
struct font_table {
	hb_tag_t	 tag;
	uint32_t	 offset;
	uint32_t	 length;
};

/*
 * The font file stays open and tables are read from it on demand, never
 * mapped: a glyph here and there of a 50 MB mapping faults in the pages
 * around each one too, megabytes of resident memory for a few hundred
 * glyphs.
 */
struct font_file {
	char			*path;
	int			 fd;
	pthread_mutex_t		*lock;		/* over blobs: documents are
						 * typeset on several threads */
	struct font_table	*tables;
	hb_blob_t		**blobs;	/* each table once read */
	unsigned int		 ntables;
	hb_face_t		*face;
	hb_font_t		*hb;
	unsigned int		 upem;
	double			 ascent;
	double			 descent;
};

/* What a subset is made from: the font with only the glyphs it needs. */
struct font_sparse {
	const struct font_file	*f;
	hb_blob_t		*glyf;
	hb_blob_t		*loca;
};

/*
 * The faces used when no path is given, each installed one in this order:
 * the Taiwanese standard Kai and its two extension files (the same
 * Debian package), then AR PL's Kai and Ming for what those lack.
 */
static const char *const font_candidates[] = {
	"/usr/share/fonts/truetype/cns11643/TW-Kai-98_1.ttf",
	"/usr/share/fonts/truetype/cns11643/TW-Kai-Ext-B-98_1.ttf",
	"/usr/share/fonts/truetype/cns11643/TW-Kai-Plus-98_1.ttf",
	"/usr/share/fonts/truetype/arphic/ukai.ttc",
	"/usr/share/fonts/truetype/arphic/uming.ttc"
};

/*
 * The Latin companion: TW-Kai's Latin is poor (its hyphen is 0.7 em, so
 * MODA-115-099 reads like dashes), and Liberation Serif's letters, with
 * Times' metrics, sit well beside a Kai at the same size.
 */
static const char *const font_latin_candidates[] = {
	"/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
	"/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
};

/* The faces a document is set in; faces[0] sets the line metrics. */
struct font {
	struct font_file	**faces;
	size_t			  nfaces;
	int			  latin;	/* the Latin companion's index, or -1 */
};

/*
 * The tables a subset is made from: outlines, metrics and names, which is
 * all libharu reads.  Shaping, vertical and bitmap tables are left out, so
 * hb-subset neither copies them nor follows GSUB or GPOS to more glyphs.
 */
static const hb_tag_t font_subset_tables[] = {
	HB_TAG('O', 'S', '/', '2'), HB_TAG('c', 'm', 'a', 'p'),
	HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'e', 'a', 'd'),
	HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'),
	HB_TAG('l', 'o', 'c', 'a'), HB_TAG('m', 'a', 'x', 'p'),
	HB_TAG('n', 'a', 'm', 'e'), HB_TAG('p', 'o', 's', 't')
};

static void	font_file_free(struct font_file *);

/* Read exactly len bytes at off; -1 on an error or end of file. */
static int
font_pread(int fd, void *buf, size_t len, off_t off)
{
	char	*p = buf;
	ssize_t	 n;

	while (len > 0) {
		n = pread(fd, p, len, off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		p += n;
		off += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Whether the face whose table directory starts at base has a family
 * name (name ID 1) ending in " TW": AR PL's collections hold CN, HK, TW
 * and TW MBE faces, and only TW has Taiwan's glyph forms and punctuation
 * centred in the square.
 */
static int
font_ttc_taiwan(int fd, uint64_t base, uint64_t size)
{
	unsigned char	 hdr[12], rec[16], *name = NULL, *r;
	unsigned int	 n, i, count, strings, plat, id, len, off, j, k;
	uint32_t	 noff = 0, nlen = 0;
	char		 fam[64];
	int		 yes = 0;

	if (base + 12 > size || font_pread(fd, hdr, 12, (off_t)base) != 0)
		return 0;
	n = sfnt_be16(hdr + 4);
	for (i = 0; i < n; i++) {
		if (font_pread(fd, rec, 16, (off_t)(base + 12 + 16 * i)) != 0)
			return 0;
		if (sfnt_be32(rec) == HB_TAG('n', 'a', 'm', 'e')) {
			noff = sfnt_be32(rec + 8);
			nlen = sfnt_be32(rec + 12);
			break;
		}
	}
	if (nlen < 6 || nlen > 1 << 20 || (uint64_t)noff + nlen > size)
		return 0;
	name = xmalloc(nlen);
	if (font_pread(fd, name, nlen, noff) != 0)
		goto out;
	count = sfnt_be16(name + 2);
	strings = sfnt_be16(name + 4);
	for (i = 0; i < count && 6 + 12 * (i + 1) <= nlen && !yes; i++) {
		r = name + 6 + 12 * i;
		plat = sfnt_be16(r);
		id = sfnt_be16(r + 6);
		len = sfnt_be16(r + 8);
		off = strings + sfnt_be16(r + 10);
		if (id != 1 || off + len > nlen)
			continue;
		/* Windows and Unicode names are UTF-16BE; keep the low bytes. */
		for (j = 0, k = 0; j < len && k + 1 < sizeof fam; j++) {
			if (plat == 1 || (j % 2) == 1)
				fam[k++] = (char)name[off + j];
		}
		fam[k] = '\0';
		yes = k >= 3 && strcmp(fam + k - 3, " TW") == 0;
	}
out:
	free(name);
	return yes;
}

/*
 * Read the table directory of the file, or of the Taiwan face of a
 * collection (the first face when none is); -1 when it is not one or a
 * table lies past the end.
 */
static int
font_read_directory(struct font_file *f)
{
	struct stat	 st;
	unsigned char	 hdr[16], *dir, *r, off[4];
	uint64_t	 base = 0, end, b;
	unsigned int	 i, nfonts;

	if (fstat(f->fd, &st) != 0 || font_pread(f->fd, hdr, 16, 0) != 0)
		return -1;
	if (sfnt_be32(hdr) == HB_TAG('t', 't', 'c', 'f')) {
		base = sfnt_be32(hdr + 12);
		nfonts = sfnt_be32(hdr + 8);
		for (i = 0; i < nfonts && i < 64; i++) {
			if (font_pread(f->fd, off, 4, (off_t)(12 + 4 * i)) != 0)
				break;
			b = sfnt_be32(off);
			if (font_ttc_taiwan(f->fd, b, (uint64_t)st.st_size)) {
				base = b;
				break;
			}
		}
		if (base + 12 > (uint64_t)st.st_size ||
		    font_pread(f->fd, hdr, 12, (off_t)base) != 0)
			return -1;
	}
	f->ntables = sfnt_be16(hdr + 4);
	if (f->ntables == 0 ||
	    base + 12 + 16 * (uint64_t)f->ntables > (uint64_t)st.st_size)
		return -1;
	dir = xreallocarray(NULL, f->ntables, 16);
	if (font_pread(f->fd, dir, 16 * (size_t)f->ntables,
	    (off_t)base + 12) != 0) {
		free(dir);
		return -1;
	}
	f->tables = xreallocarray(NULL, f->ntables, sizeof *f->tables);
	f->blobs = xcalloc(f->ntables, sizeof *f->blobs);
	for (i = 0; i < f->ntables; i++) {
		r = dir + 16 * i;
		f->tables[i].tag = sfnt_be32(r);
		f->tables[i].offset = sfnt_be32(r + 8);
		f->tables[i].length = sfnt_be32(r + 12);
		end = (uint64_t)f->tables[i].offset + f->tables[i].length;
		if (end > (uint64_t)st.st_size) {
			free(dir);
			return -1;
		}
	}
	free(dir);
	return 0;
}

static const struct font_table *
font_find_table(const struct font_file *f, hb_tag_t tag)
{
	unsigned int	i;

	for (i = 0; i < f->ntables; i++) {
		if (f->tables[i].tag == tag)
			return &f->tables[i];
	}
	return NULL;
}

/*
 * A whole table, read once and kept, as HarfBuzz asks for some several
 * times; missing or unreadable reads as empty.
 */
static hb_blob_t *
font_read_table(const struct font_file *f, hb_tag_t tag)
{
	const struct font_table	*t;
	hb_blob_t		**bp;
	char			*buf;

	if ((t = font_find_table(f, tag)) == NULL || t->length == 0)
		return hb_blob_get_empty();
	bp = &f->blobs[t - f->tables];
	pthread_mutex_lock(f->lock);
	if (*bp == NULL) {
		buf = xmalloc(t->length);
		if (font_pread(f->fd, buf, t->length, t->offset) != 0) {
			free(buf);
			pthread_mutex_unlock(f->lock);
			return hb_blob_get_empty();
		}
		*bp = hb_blob_create_or_fail(buf, t->length,
		    HB_MEMORY_MODE_READONLY, buf, free);
		/* No blob is our allocation failing, not an empty table. */
		if (*bp == NULL)
			xmalloc_failed();
	}
	pthread_mutex_unlock(f->lock);
	return hb_blob_reference(*bp);
}

static hb_blob_t *
font_reference_table(hb_face_t *face, hb_tag_t tag, void *arg)
{
	(void)face;
	return font_read_table(arg, tag);
}

static int
font_open_path(const char *path, struct font_file **fp, char **cause)
{
	struct font_file	*f;
	struct stat	 st;
	hb_position_t	 asc, desc;

	f = xcalloc(1, sizeof *f);
	f->lock = xmalloc(sizeof *f->lock);
	pthread_mutex_init(f->lock, NULL);
	if ((f->fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		pthread_mutex_destroy(f->lock);
		free(f->lock);
		free(f);
		return -1;
	}
	/* A folder opens, but is no font: say so rather than "not TrueType". */
	if (fstat(f->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*cause = xasprintf("%s: cannot read font: %s", path,
		    fstat(f->fd, &st) != 0 ? strerror(errno) :
		    S_ISDIR(st.st_mode) ? strerror(EISDIR) :
		    "not a regular file");
		close(f->fd);
		pthread_mutex_destroy(f->lock);
		free(f->lock);
		free(f);
		return -1;
	}
	f->path = xstrdup(path);
	/* HarfBuzz asks for each table as it needs it, once. */
	f->face = hb_face_create_for_tables(font_reference_table, f, NULL);
	if (font_read_directory(f) != 0 ||
	    hb_face_get_glyph_count(f->face) == 0 ||
	    hb_face_get_upem(f->face) == 0) {
		*cause = xasprintf("%s: not a TrueType font", path);
		font_file_free(f);
		return -1;
	}
	f->upem = hb_face_get_upem(f->face);
	f->hb = hb_font_create(f->face);
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

/* Release the file's font and close it; NULL does nothing. */
static void
font_file_free(struct font_file *f)
{
	unsigned int	i;

	if (f == NULL)
		return;
	hb_font_destroy(f->hb);
	hb_face_destroy(f->face);
	for (i = 0; f->blobs != NULL && i < f->ntables; i++)
		hb_blob_destroy(f->blobs[i]);
	free(f->blobs);
	if (f->fd != -1)
		close(f->fd);
	free(f->tables);
	free(f->path);
	pthread_mutex_destroy(f->lock);
	free(f->lock);
	free(f);
}

static int
font_glyph(const struct font_file *f, uint32_t cp, hb_codepoint_t *gid)
{
	return hb_font_get_nominal_glyph(f->hb, cp, gid) && *gid != 0;
}

static void
font_add(struct font *font, struct font_file *f)
{
	font->faces = xreallocarray(font->faces, font->nfaces + 1,
	    sizeof *font->faces);
	font->faces[font->nfaces++] = f;
}

/* Open path alone, or the installed faces; -1 with *cause (caller frees). */
int
font_open(const char *path, struct font **fp, char **cause)
{
	struct font		*font;
	struct font_file	*f;
	size_t			 i;

	*fp = NULL;
	font = xcalloc(1, sizeof *font);
	font->latin = -1;
	if (path != NULL) {
		if (font_open_path(path, &f, cause) != 0) {
			free(font);
			return -1;
		}
		font_add(font, f);
		*fp = font;
		return 0;
	}
	for (i = 0; i < sizeof font_candidates / sizeof *font_candidates; i++) {
		if (access(font_candidates[i], R_OK) != 0)
			continue;
		if (font_open_path(font_candidates[i], &f, cause) != 0) {
			font_free(font);
			return -1;
		}
		font_add(font, f);
	}
	if (font->nfaces == 0) {
		free(font);
		*cause = xasprintf("no Traditional Chinese font found (looked "
		    "for %s); install the Debian package fonts-cns11643-kai",
		    font_candidates[0]);
		return -1;
	}
	for (i = 0; i < sizeof font_latin_candidates /
	    sizeof *font_latin_candidates; i++) {
		if (access(font_latin_candidates[i], R_OK) != 0)
			continue;
		if (font_open_path(font_latin_candidates[i], &f, cause) != 0) {
			font_free(font);
			return -1;
		}
		font->latin = (int)font->nfaces;
		font_add(font, f);
		break;
	}
	*fp = font;
	return 0;
}

/* Release every face; font_free(NULL) does nothing. */
void
font_free(struct font *font)
{
	size_t	i;

	if (font == NULL)
		return;
	for (i = 0; i < font->nfaces; i++)
		font_file_free(font->faces[i]);
	free(font->faces);
	free(font);
}

/* The first face's file, owned by the font. */
const char *
font_path(const struct font *font)
{
	return font->faces[0]->path;
}

size_t
font_nfaces(const struct font *font)
{
	return font->nfaces;
}

const char *
font_face_path(const struct font *font, size_t face)
{
	return font->faces[face]->path;
}

/* The face for cp and its glyph there: ASCII from the Latin companion. */
static int
font_face_glyph(const struct font *font, uint32_t cp, hb_codepoint_t *gid)
{
	size_t	i;

	if (font->latin >= 0 && cp >= 0x20 && cp < 0x7f &&
	    font_glyph(font->faces[font->latin], cp, gid))
		return font->latin;
	for (i = 0; i < font->nfaces; i++) {
		if (font_glyph(font->faces[i], cp, gid))
			return (int)i;
	}
	return -1;
}

/* The face for cp: ASCII from the Latin companion, the rest in order. */
int
font_face(const struct font *font, uint32_t cp)
{
	hb_codepoint_t	gid;

	return font_face_glyph(font, cp, &gid);
}

int
font_face_covers(const struct font *font, size_t face, uint32_t cp)
{
	hb_codepoint_t	gid;

	return face < font->nfaces && font_glyph(font->faces[face], cp, &gid);
}

/* Whether some face maps cp to a real glyph (not .notdef). */
int
font_covers(const struct font *font, uint32_t cp)
{
	return font_face(font, cp) != -1;
}

/* The advance of cp in 1/1000 em in its face, 0 when no face has it. */
double
font_advance(const struct font *font, uint32_t cp)
{
	const struct font_file	*f;
	hb_codepoint_t		 gid;
	int			 i;

	if ((i = font_face_glyph(font, cp, &gid)) == -1)
		return 0;
	f = font->faces[i];
	return hb_font_get_glyph_h_advance(f->hb, gid) * 1000.0 / f->upem;
}

/* The first face's ascender in 1/1000 em, as the OS/2 or hhea table gives it. */
double
font_ascent(const struct font *font)
{
	return font->faces[0]->ascent;
}

/* The first face's descender in 1/1000 em, negative. */
double
font_descent(const struct font *font)
{
	return font->faces[0]->descent;
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

/* The faces' files as a list for a message (caller frees). */
static char *
font_files(const struct font *font)
{
	char	*s, *t;
	size_t	 i;

	if (font->nfaces == 1)
		return xasprintf("font %s", font->faces[0]->path);
	s = xasprintf("fonts %s", font->faces[0]->path);
	for (i = 1; i < font->nfaces; i++) {
		t = xasprintf("%s, %s", s, font->faces[i]->path);
		free(s);
		s = t;
	}
	return s;
}

/* Returns -1 with *cause (caller frees) at the first bad or missing one. */
int
font_check_text(const struct font *font, const char *utf8, char **cause)
{
	const char	*s = utf8, *start;
	char		*files;
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
		if (!font_covers(font, cp)) {
			files = font_files(font);
			*cause = xasprintf("character '%.*s' (U+%04X) is not "
			    "in %s", (int)n, start, (unsigned int)cp, files);
			free(files);
			return -1;
		}
	}
	return 0;
}

static void
font_put16(unsigned char **p, unsigned int v)
{
	sfnt_put16(*p, v);
	*p += 2;
}

/*
 * libharu looks up every code from 0 to 0xFFFE in the (3,1) cmap when it
 * makes the PDF font, walking the format 4 segments one by one, and
 * hb-subset writes a segment for each run of consecutive characters; with
 * a few hundred scattered ideographs that walk costs more than the rest
 * of the PDF.  So build the table again with one segment per 256-code
 * block, mapping through glyphIdArray, then join the nearest segments
 * while glyphIdArray stays under FONT_CMAP_IDS entries: libharu reads
 * those one by one, so past that a shorter walk no longer pays.  The
 * benchmark's appendix goes from 78 segments to 18.  Only libharu
 * reads this table; the PDF's font program has no cmap (fontprog.c).
 * Returns NULL, to keep hb-subset's table, when a character lies beyond
 * the BMP or the table would not fit format 4.
 */
#define FONT_CMAP_IDS	16000

static hb_blob_t *
font_block_cmap(hb_face_t *face, const uint32_t *cps, const uint32_t *codes,
    size_t ncps)
{
	hb_font_t	*hf;
	hb_codepoint_t	 g;
	uint16_t	*gids;
	unsigned int	 start[257], end[257], nseg, narray, len, sub;
	unsigned int	 range, sel, i, k, c, gap, best;
	unsigned char	*tbl, *p;
	size_t		 j;

	for (j = 0; j < ncps; j++) {
		if (codes[j] >= 0xffff)
			return NULL;
	}
	gids = xcalloc(0x10000, sizeof *gids);
	hf = hb_font_create(face);
	for (j = 0; j < ncps; j++) {
		if (hb_font_get_nominal_glyph(hf, cps[j], &g))
			gids[codes[j]] = (uint16_t)g;
	}
	hb_font_destroy(hf);

	/* A segment for each block used, from its first code to its last. */
	nseg = 0;
	narray = 0;
	for (c = 0; c < 0xffff; c++) {
		if (gids[c] == 0)
			continue;
		if (nseg == 0 || (end[nseg - 1] >> 8) != (c >> 8)) {
			start[nseg] = c;
			nseg++;
		} else
			narray -= end[nseg - 1] - start[nseg - 1] + 1;
		end[nseg - 1] = c;
		narray += end[nseg - 1] - start[nseg - 1] + 1;
	}
	/* Join the nearest neighbours while glyphIdArray stays short. */
	while (nseg > 1) {
		best = 0;
		for (i = 1; i + 1 < nseg; i++) {
			if (start[i + 1] - end[i] < start[best + 1] - end[best])
				best = i;
		}
		gap = start[best + 1] - end[best] - 1;
		if (narray + gap > FONT_CMAP_IDS)
			break;
		narray += gap;
		end[best] = end[best + 1];
		for (i = best + 1; i + 1 < nseg; i++) {
			start[i] = start[i + 1];
			end[i] = end[i + 1];
		}
		nseg--;
	}
	start[nseg] = end[nseg] = 0xffff;	/* the final segment */
	nseg++;
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
	for (i = 0; i < nseg; i++)
		font_put16(&p, end[i]);
	font_put16(&p, 0);		/* reservedPad */
	for (i = 0; i < nseg; i++)
		font_put16(&p, start[i]);
	for (i = 0; i + 1 < nseg; i++)	/* idDelta */
		font_put16(&p, 0);
	font_put16(&p, 1);
	/* idRangeOffset counts bytes from itself to the segment's first id. */
	for (i = 0, k = 0; i + 1 < nseg; i++) {
		font_put16(&p, 2 * (nseg - i) + 2 * k);
		k += end[i] - start[i] + 1;
	}
	font_put16(&p, 0);
	for (i = 0; i + 1 < nseg; i++) {	/* glyphIdArray */
		for (c = start[i]; c <= end[i]; c++)
			font_put16(&p, gids[c]);
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

/* Where glyph gid lies in glyf by loca; an empty range when out of bounds. */
static void
font_glyph_range(const unsigned char *loca, size_t lsize, int wide,
    uint32_t glyflen, unsigned int gid, uint32_t *off, uint32_t *len)
{
	uint32_t	start, end;

	*off = *len = 0;
	if (wide && 4 * ((size_t)gid + 2) <= lsize) {
		start = sfnt_be32(loca + 4 * gid);
		end = sfnt_be32(loca + 4 * gid + 4);
	} else if (!wide && 2 * ((size_t)gid + 2) <= lsize) {
		start = 2 * sfnt_be16(loca + 2 * gid);
		end = 2 * sfnt_be16(loca + 2 * gid + 2);
	} else
		return;
	if (start < end && end <= glyflen) {
		*off = start;
		*len = end - start;
	}
}

/* Add the components of a composite glyph; returns how many were new. */
static unsigned int
font_want_components(const unsigned char *g, uint32_t len, uint8_t *want,
    unsigned int nglyphs)
{
	uint32_t	p = 10, flags, gid;
	unsigned int	added = 0;

	do {
		if (p + 4 > len)
			break;
		flags = sfnt_be16(g + p);
		gid = sfnt_be16(g + p + 2);
		if (gid < nglyphs && !want[gid]) {
			want[gid] = 2;	/* for the next pass */
			added++;
		}
		p += 4u + (flags & 0x0001 ? 4u : 2u);	/* ARG_1_AND_2_ARE_WORDS */
		if (flags & 0x0008)			/* WE_HAVE_A_SCALE */
			p += 2;
		else if (flags & 0x0040)		/* X_AND_Y_SCALE */
			p += 4;
		else if (flags & 0x0080)		/* TWO_BY_TWO */
			p += 8;
	} while (flags & 0x0020);			/* MORE_COMPONENTS */
	return added;
}

static void
font_put_loca(unsigned char *loca, size_t size, int wide, unsigned int gid,
    uint32_t pos)
{
	unsigned char	*p;

	if (wide && 4 * ((size_t)gid + 1) <= size) {
		p = loca + 4 * gid;
		sfnt_put32(p, pos);
	} else if (!wide && 2 * ((size_t)gid + 1) <= size) {
		p = loca + 2 * gid;
		sfnt_put16(p, pos / 2);
	}
}

/*
 * Build glyf and loca tables that hold only the outlines of .notdef, the
 * code points' glyphs and their components, at the same glyph ids; every
 * other glyph is empty.  Read with pread, the file's other 50 MB of
 * outlines never enter memory.
 */
static int
font_sparse_new(struct font_sparse *sp, const struct font_file *f,
    const uint32_t *cps, size_t ncps, char **cause)
{
	const struct font_table	*th, *tl, *tg;
	unsigned char		 head[54], *loca, *nloca, *glyf = NULL;
	uint8_t			*want;
	unsigned int		 nglyphs, gid, added;
	uint32_t		 off, len, pos;
	size_t			 j;
	int			 wide;

	sp->f = f;
	sp->glyf = sp->loca = NULL;
	th = font_find_table(f, HB_TAG('h', 'e', 'a', 'd'));
	tl = font_find_table(f, HB_TAG('l', 'o', 'c', 'a'));
	tg = font_find_table(f, HB_TAG('g', 'l', 'y', 'f'));
	if (th == NULL || tl == NULL || tg == NULL || th->length < 54 ||
	    font_pread(f->fd, head, 54, th->offset) != 0) {
		*cause = xasprintf("%s: no TrueType outlines", f->path);
		return -1;
	}
	wide = sfnt_be16(head + 50) != 0;	/* indexToLocFormat */
	loca = xmalloc(tl->length);
	if (font_pread(f->fd, loca, tl->length, tl->offset) != 0)
		goto fail;

	nglyphs = hb_face_get_glyph_count(f->face);
	want = xcalloc(nglyphs == 0 ? 1 : nglyphs, 1);
	want[0] = 1;
	for (j = 0; j < ncps; j++) {
		if (hb_font_get_nominal_glyph(f->hb, cps[j], &gid) &&
		    gid < nglyphs)
			want[gid] = 1;
	}

	/*
	 * Read the wanted glyphs in glyph id order, as loca requires; if a
	 * composite among them names a component not yet wanted, read again.
	 */
	nloca = xcalloc(1, tl->length);
	do {
		pos = 0;
		for (gid = 0; gid < nglyphs; gid++) {
			if (!want[gid])
				continue;
			want[gid] = 1;
			font_glyph_range(loca, tl->length, wide, tg->length,
			    gid, &off, &len);
			pos += len;
		}
		free(glyf);
		glyf = xmalloc(pos == 0 ? 1 : pos);
		pos = 0;
		added = 0;
		for (gid = 0; gid < nglyphs; gid++) {
			font_put_loca(nloca, tl->length, wide, gid, pos);
			if (want[gid] != 1)
				continue;
			font_glyph_range(loca, tl->length, wide, tg->length,
			    gid, &off, &len);
			if (len > 0 && font_pread(f->fd, glyf + pos, len,
			    (off_t)tg->offset + off) != 0) {
				free(nloca);
				free(want);
				goto fail;
			}
			if (len >= 10 && (glyf[pos] & 0x80))	/* contours < 0 */
				added += font_want_components(glyf + pos, len,
				    want, nglyphs);
			pos += len;
		}
		font_put_loca(nloca, tl->length, wide, nglyphs, pos);
	} while (added > 0);
	free(want);
	free(loca);

	sp->glyf = hb_blob_create((const char *)glyf, pos,
	    HB_MEMORY_MODE_WRITABLE, glyf, free);
	sp->loca = hb_blob_create((const char *)nloca, tl->length,
	    HB_MEMORY_MODE_WRITABLE, nloca, free);
	return 0;

fail:
	*cause = xasprintf("%s: %s", f->path, strerror(errno));
	free(glyf);
	free(loca);
	return -1;
}

/*
 * The post table's header alone, as version 3: the subset keeps no glyph
 * names (hb-subset writes version 3 all the same), and TW-Kai's names
 * are 390 KB that would be read and held for nothing.
 */
static hb_blob_t *
font_post_header(const struct font_file *f)
{
	const struct font_table	*t;
	hb_blob_t		*b;
	char			*buf;

	if ((t = font_find_table(f, HB_TAG('p', 'o', 's', 't'))) == NULL ||
	    t->length < 32)
		return font_read_table(f, HB_TAG('p', 'o', 's', 't'));
	buf = xmalloc(32);
	if (font_pread(f->fd, buf, 32, t->offset) != 0) {
		free(buf);
		return hb_blob_get_empty();
	}
	memcpy(buf, "\000\003\000\000", 4);
	/* No blob is our allocation failing, not an empty table. */
	if ((b = hb_blob_create_or_fail(buf, 32, HB_MEMORY_MODE_WRITABLE, buf,
	    free)) == NULL)
		xmalloc_failed();
	return b;
}

static hb_blob_t *
font_sparse_table(hb_face_t *face, hb_tag_t tag, void *arg)
{
	struct font_sparse	*sp = arg;
	size_t			 i;

	(void)face;
	if (tag == HB_TAG('g', 'l', 'y', 'f'))
		return hb_blob_reference(sp->glyf);
	if (tag == HB_TAG('l', 'o', 'c', 'a'))
		return hb_blob_reference(sp->loca);
	if (tag == HB_TAG('p', 'o', 's', 't'))
		return font_post_header(sp->f);
	for (i = 0; i < sizeof font_subset_tables / sizeof *font_subset_tables;
	    i++) {
		if (tag == font_subset_tables[i])
			return font_read_table(sp->f, tag);
	}
	return hb_blob_get_empty();
}

/* A table of face as bytes, with its length; NULL when absent. */
static const unsigned char *
font_table_bytes(hb_face_t *face, hb_tag_t tag, hb_blob_t **blob,
    unsigned int *len)
{
	*blob = hb_face_reference_table(face, tag);
	return (const unsigned char *)hb_blob_get_data(*blob, len);
}

/*
 * What is wrong with a subset that libharu is about to read, or NULL.
 * hb-subset that runs out of memory half-way can still hand back a font,
 * with maxp left out, and libharu trusts the counts it reads: more metrics
 * in hhea than glyphs in maxp overrun its arrays.  So the tables libharu
 * sizes things by must agree before it sees them.
 */
static const char *
font_damage(hb_blob_t *ttf)
{
	hb_face_t		*face;
	hb_blob_t		*b[6];
	const unsigned char	*head, *maxp, *hhea, *hmtx, *loca, *glyf;
	unsigned int		 lhead, lmaxp, lhhea, lhmtx, lloca, lglyf;
	uint32_t		 ng, nhm, off, prev = 0, i;
	int			 wide;
	const char		*why = NULL;

	face = hb_face_create(ttf, 0);
	head = font_table_bytes(face, HB_TAG('h','e','a','d'), &b[0], &lhead);
	maxp = font_table_bytes(face, HB_TAG('m','a','x','p'), &b[1], &lmaxp);
	hhea = font_table_bytes(face, HB_TAG('h','h','e','a'), &b[2], &lhhea);
	hmtx = font_table_bytes(face, HB_TAG('h','m','t','x'), &b[3], &lhmtx);
	loca = font_table_bytes(face, HB_TAG('l','o','c','a'), &b[4], &lloca);
	glyf = font_table_bytes(face, HB_TAG('g','l','y','f'), &b[5], &lglyf);
	if (head == NULL || lhead < 54)
		why = "head";
	else if (maxp == NULL || lmaxp < 6 || (ng = sfnt_be16(maxp + 4)) == 0)
		why = "maxp";
	else if (hhea == NULL || lhhea < 36 ||
	    (nhm = sfnt_be16(hhea + 34)) == 0 || nhm > ng)
		why = "hhea";
	else if (hmtx == NULL || lhmtx < 4 * nhm + 2 * (ng - nhm))
		why = "hmtx";
	else if (glyf == NULL)
		why = "glyf";
	else {
		wide = sfnt_be16(head + 50) != 0;
		if (loca == NULL || lloca != (ng + 1) * (wide ? 4u : 2u))
			why = "loca";
		for (i = 0; why == NULL && i <= ng; i++) {
			off = wide ? sfnt_be32(loca + 4 * i) :
			    2 * sfnt_be16(loca + 2 * i);
			if (off < prev || off > lglyf)
				why = "loca";
			prev = off;
		}
	}
	for (i = 0; i < sizeof b / sizeof *b; i++)
		hb_blob_destroy(b[i]);
	hb_face_destroy(face);
	return why;
}

/* Returns 0 with *data (caller frees) holding the TTF, or -1 with *cause. */
int
font_subset(const struct font *font, size_t face, const uint32_t *cps,
    const uint32_t *codes, size_t ncps, void **data, size_t *len,
    char **cause)
{
	const struct font_file	*f = font->faces[face];
	struct font_sparse	 sp;
	hb_subset_input_t	*input;
	hb_set_t		*set;
	hb_face_t		*src, *sub;
	hb_blob_t		*blob, *cmap, *rebuilt;
	const char		*bytes, *damage;
	unsigned int		 n;
	size_t			 i;

	if ((input = hb_subset_input_create_or_fail()) == NULL) {
		*cause = xasprintf("%s: cannot start subsetting", f->path);
		return -1;
	}
	set = hb_subset_input_unicode_set(input);
	for (i = 0; i < ncps; i++)
		hb_set_add(set, cps[i]);

	/*
	 * libharu names the font from name IDs 2 and 6 in English, which
	 * hb-subset keeps by default.  Hinting only helps screens at tiny
	 * sizes, and it is a good part of the bytes.
	 */
	hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);

	if (font_sparse_new(&sp, f, cps, ncps, cause) != 0) {
		hb_subset_input_destroy(input);
		return -1;
	}
	src = hb_face_create_for_tables(font_sparse_table, &sp, NULL);
	sub = hb_subset_or_fail(src, input);
	hb_face_destroy(src);
	hb_blob_destroy(sp.glyf);
	hb_blob_destroy(sp.loca);
	hb_subset_input_destroy(input);
	if (sub == NULL) {
		*cause = xasprintf("%s: cannot subset font", f->path);
		return -1;
	}
	blob = hb_face_reference_blob(sub);
	if ((cmap = font_block_cmap(sub, cps, codes != NULL ? codes : cps,
	    ncps)) != NULL) {
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
	if ((damage = font_damage(blob)) != NULL) {
		hb_blob_destroy(blob);
		hb_face_destroy(sub);
		*cause = xasprintf("%s: the subset font's %s table is damaged",
		    f->path, damage);
		return -1;
	}
	*data = xmalloc(n);
	memcpy(*data, bytes, n);
	*len = n;
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	return 0;
}
