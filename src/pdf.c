/* pdf.c: writing a laid-out report as a PDF with libharu, the font subset and embedded. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hpdf.h>
/* libharu's internals, for the pdf_*_fix functions and the streams. */
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "flate.h"
#include "font.h"
#include "fontprog.h"
#include "layout.h"
#include "pdf.h"
#include "report.h"
#include "utf8.h"
#include "xmalloc.h"

/* A lay_box has no width of its own; a thin stroke suits a checkbox. */
#define PDF_BOX_WIDTH	0.5

/* libharu's UTF-8 encoder turns each character into one 2-byte code. */
#define PDF_MAX_CP	0xffff

/* The first error libharu reports; later ones are usually its echoes. */
struct pdf_error {
	HPDF_STATUS	 error;
	HPDF_STATUS	 detail;
};

/* A character a face draws and the 2-byte code the PDF draws it by. */
struct pdf_pair {
	uint32_t	 code;
	uint32_t	 uni;
};

/*
 * What one face draws.  libharu's UTF-8 encoder has only 2-byte codes,
 * the BMP's UTF-16 units, and under Identity-H those codes are the CIDs:
 * so a character of the BMP is its own code, and one beyond it (an
 * Ext-B ideograph of a Taiwanese name) gets a free code of the private
 * use area in its own face, which the face's subset cmap maps to its
 * glyph and the ToUnicode map back to the character.
 */
struct pdf_face {
	struct pdf_pair	*bycode;	/* ascending codes */
	struct pdf_pair	*byuni;		/* ascending characters */
	size_t		 n;
	HPDF_Font	 font;
	void		*ttf;
	size_t		 ttflen;
	struct pdf_prog	*prog;
};

/*
 * The font program a face embeds, made from its subset and deflated on a
 * thread of its own while libharu loads the fonts and builds the pages:
 * the program is most of a document's bytes and of its time.
 */
struct pdf_prog {
	void		*ttf;		/* the subset, until both are done */
	size_t		 ttflen;
	int		 ttfusers;	/* this thread and libharu's loading */
	pthread_mutex_t	 lock;
	pthread_t	 tid;
	int		 started;
	int		 done;
	int		 rc;
	void		*z;		/* the deflated program */
	size_t		 zlen;
	size_t		 len;		/* its length before deflating */
	char		*cause;
};

#define PDF_PUA_FIRST	0xE000
#define PDF_PUA_LAST	0xF8FF

static void
pdf_on_error(HPDF_STATUS error, HPDF_STATUS detail, void *arg)
{
	struct pdf_error	*e = arg;

	if (e->error == 0) {
		e->error = error;
		e->detail = detail;
	}
}

/*
 * libharu's memory: running out ends the program as our own allocations
 * do, because libharu 2.3.0 does not check every allocation it makes (its
 * text output copies into what it did not get).
 */
static void *
pdf_alloc(HPDF_UINT size)
{
	return xmalloc(size);
}

static void
pdf_free(void *p)
{
	free(p);
}

static char *
pdf_error_cause(const struct pdf_error *e, const char *what)
{
	const char	*why;

	switch (e->error) {
	case HPDF_FAILD_TO_ALLOC_MEM:
		why = "out of memory";
		break;
	case HPDF_TTF_CANNOT_EMBEDDING_FONT:
		why = "the font's licence forbids embedding it";
		break;
	case HPDF_TTF_INVALID_CMAP:
	case HPDF_TTF_INVALID_FOMAT:
	case HPDF_TTF_MISSING_TABLE:
	case HPDF_INVALID_FONTDEF_DATA:
		why = "libharu cannot use the font";
		break;
	default:
		why = "libharu failed";
		break;
	}
	return xasprintf("%s: %s (libharu error 0x%04X, detail %u)", what, why,
	    (unsigned int)e->error, (unsigned int)e->detail);
}

static int
pdf_cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static int
pdf_cmp_code(const void *a, const void *b)
{
	const struct pdf_pair	*x = a, *y = b;

	return x->code < y->code ? -1 : x->code > y->code;
}

static int
pdf_cmp_uni(const void *a, const void *b)
{
	const struct pdf_pair	*x = a, *y = b;

	return x->uni < y->uni ? -1 : x->uni > y->uni;
}

/* The code that draws cp in face; PDF_MAX_CP + 1 when it has none. */
static uint32_t
pdf_code(const struct pdf_face *face, uint32_t cp)
{
	struct pdf_pair	 key, *at;

	if (cp <= PDF_MAX_CP)
		return cp;
	key.code = 0;
	key.uni = cp;
	at = bsearch(&key, face->byuni, face->n, sizeof *face->byuni,
	    pdf_cmp_uni);
	return at != NULL ? at->code : PDF_MAX_CP + 1;
}

/*
 * Gather the characters each face draws and give each its code.  Refuse
 * invalid UTF-8 and more characters beyond the BMP in one face than the
 * private use area has codes for.
 */
static int
pdf_collect(const struct layout *lay, const struct font *f,
    struct pdf_face *faces, char **cause)
{
	const struct lay_page	*pg;
	const struct lay_text	*t;
	const char		*s;
	uint32_t		**cps, cp, next;
	size_t			*n, nf = font_nfaces(f), i, j, k, m;
	int			 sp;

	cps = xcalloc(nf, sizeof *cps);
	n = xcalloc(nf, sizeof *n);
	for (i = 0; i < lay->npages; i++) {
		pg = &lay->pages[i];
		for (j = 0; j < pg->ntexts; j++) {
			t = &pg->texts[j];
			if (t->face < 0 || (size_t)t->face >= nf)
				continue;
			k = (size_t)t->face;
			for (s = t->utf8; *s != '\0'; ) {
				if ((m = utf8_decode(s, 4, &cp)) == 0) {
					*cause = xasprintf("invalid UTF-8 in "
					    "\"%s\"", t->utf8);
					goto fail;
				}
				s += m;
				/* Layout checked; a text made elsewhere may not be. */
				if (!font_face_covers(f, k, cp)) {
					*cause = xasprintf("character U+%04X is "
					    "not in font %s", (unsigned int)cp,
					    font_face_path(f, k));
					goto fail;
				}
				if ((n[k] & (n[k] - 1)) == 0)
					cps[k] = xreallocarray(cps[k],
					    n[k] == 0 ? 1 : 2 * n[k],
					    sizeof **cps);
				cps[k][n[k]++] = cp;
			}
		}
	}
	for (k = 0; k < nf; k++) {
		struct pdf_face *fc = &faces[k];

		/*
		 * Each face used has its space, for any reader that looks for
		 * one; one that would draw nothing but spaces gets a digit
		 * too, since a subset without an outline has an empty glyf
		 * table, which libharu cannot read.
		 */
		for (i = 0, sp = 1; i < n[k] && sp; i++)
			sp = cps[k][i] == ' ';
		for (m = 0; n[k] > 0 && m < 2; m++) {
			if (m == 1 && !sp)
				break;
			cp = m == 0 ? ' ' : '0';
			if (!font_face_covers(f, k, cp))
				continue;
			cps[k] = xreallocarray(cps[k], n[k] + 1, sizeof **cps);
			cps[k][n[k]++] = cp;
		}
		if (n[k] > 0)
			qsort(cps[k], n[k], sizeof **cps, pdf_cmp_u32);
		fc->bycode = xcalloc(n[k] + 1, sizeof *fc->bycode);
		fc->byuni = xcalloc(n[k] + 1, sizeof *fc->byuni);
		fc->n = 0;
		next = PDF_PUA_FIRST;
		for (i = 0; i < n[k]; i++) {
			if (i > 0 && cps[k][i] == cps[k][i - 1])
				continue;
			cp = cps[k][i];
			fc->byuni[fc->n].uni = cp;
			if (cp <= PDF_MAX_CP)
				fc->byuni[fc->n].code = cp;
			else {
				/* A free code: none the face draws as itself. */
				while (next <= PDF_PUA_LAST &&
				    bsearch(&next, cps[k], n[k], sizeof **cps,
				    pdf_cmp_u32) != NULL)
					next++;
				if (next > PDF_PUA_LAST) {
					*cause = xasprintf("too many characters "
					    "beyond the Basic Multilingual Plane "
					    "in font %s", font_face_path(f, k));
					goto fail;
				}
				fc->byuni[fc->n].code = next++;
			}
			fc->n++;
		}
		memcpy(fc->bycode, fc->byuni, fc->n * sizeof *fc->bycode);
		qsort(fc->bycode, fc->n, sizeof *fc->bycode, pdf_cmp_code);
	}
	for (k = 0; k < nf; k++)
		free(cps[k]);
	free(cps);
	free(n);
	return 0;
fail:
	for (k = 0; k < nf; k++)
		free(cps[k]);
	free(cps);
	free(n);
	return -1;
}

/*
 * libharu 2.3.0 loads TrueType fonts only from a named file.  It keeps the
 * file open and reads it again while saving, so the file is unlinked as
 * soon as it is loaded: the open descriptor keeps the data readable and
 * no path is left behind on any later failure.  The name never reaches
 * the PDF, so a random one costs no determinism.
 */
static const char *
pdf_load_font(HPDF_Doc doc, const struct pdf_error *e, const char *font,
    const void *data, size_t len, char **cause)
{
	const char	*dir, *name;
	const char	*p = data;
	char		*path;
	size_t		 off;
	ssize_t		 n;
	int		 fd;

	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	path = xasprintf("%s/tenderwiz-font.XXXXXX", dir);
	if ((fd = mkstemp(path)) == -1) {
		*cause = xasprintf("%s: cannot create a temporary font file: "
		    "%s", dir, strerror(errno));
		free(path);
		return NULL;
	}
	for (off = 0; off < len; off += (size_t)n) {
		n = write(fd, p + off, len - off);
		if (n == -1 && errno == EINTR)
			n = 0;
		else if (n <= 0) {
			if (n == 0)
				errno = ENOSPC;
			break;
		}
	}
	if (off < len) {
		*cause = xasprintf("%s: cannot write: %s", path,
		    strerror(errno));
		close(fd);
		unlink(path);
		free(path);
		return NULL;
	}
	if (close(fd) != 0) {
		*cause = xasprintf("%s: cannot write: %s", path,
		    strerror(errno));
		unlink(path);
		free(path);
		return NULL;
	}

	name = HPDF_LoadTTFontFromFile(doc, path, HPDF_TRUE);
	unlink(path);
	free(path);
	if (name == NULL)
		*cause = pdf_error_cause(e, font);
	return name;
}

/*
 * libharu 2.3.0 gives a UTF-8 font a "ToUnicode" stream that is a copy of
 * its encoding CMap (CreateCMap in hpdf_font_cid.c): /Type /CMap,
 * CMapType 1, a 1-byte notdefrange inside the 2-byte codespace and one
 * "begincidrange <0000> <FFFF> 0", which maps codes to CIDs.  A ToUnicode
 * CMap maps codes to Unicode with bfchar and bfrange only, so poppler
 * warns "Invalid 'begincidrange' operator in ToUnicode CMap" and other
 * readers may copy wrong text.  Rewrite the stream in place as a CMapType
 * 2 map of the codes the document uses.  Under Identity-H libharu's codes
 * are the characters' UTF-16 code units, so each maps to itself: one
 * bfrange per 256-code block the document uses, from its first code to
 * its last, maps them all (a code between that is never drawn maps to
 * itself too, which is what it would mean), as bfrange may not cross a
 * block; sections hold at most 100 lines, as the CMap specification
 * requires.
 */
static int
pdf_tounicode_fix(HPDF_Font font, const struct pdf_face *cps)
{
	HPDF_Dict	 tu;
	HPDF_Stream	 st;
	HPDF_STATUS	 ret = HPDF_OK;
	uint32_t	(*runs)[2], first, u;
	size_t		 nruns, i, j, k, nother;
	char		 line[64];

	tu = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
	if (tu == NULL || (st = tu->stream) == NULL ||
	    st->type != HPDF_STREAM_MEMORY)
		return -1;

	/* Codes that are their characters in runs; the others one by one. */
	runs = xreallocarray(NULL, cps->n + 1, sizeof *runs);
	nruns = 0;
	nother = 0;
	for (i = 0; i < cps->n; i = j) {
		first = cps->bycode[i].code;
		if (first != cps->bycode[i].uni) {
			nother++;
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < cps->n; j++) {
			if ((cps->bycode[j].code >> 8) != (first >> 8) ||
			    cps->bycode[j].code != cps->bycode[j].uni)
				break;
		}
		runs[nruns][0] = first;
		runs[nruns][1] = cps->bycode[j - 1].code;
		nruns++;
	}

	/* A ToUnicode stream carries no CMap dictionary keys. */
	HPDF_Dict_RemoveElement(tu, "Type");
	HPDF_Dict_RemoveElement(tu, "CMapName");
	HPDF_Dict_RemoveElement(tu, "CIDSystemInfo");
	HPDF_Dict_RemoveElement(tu, "WMode");

	HPDF_MemStream_FreeData(st);
	ret += HPDF_Stream_WriteStr(st,
	    "/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\n"
	    "begincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
	    "/Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n"
	    "/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	for (i = 0; i < nruns; i += k) {
		k = nruns - i > 100 ? 100 : nruns - i;
		snprintf(line, sizeof line, "%zu beginbfrange\n", k);
		ret += HPDF_Stream_WriteStr(st, line);
		for (j = i; j < i + k; j++) {
			snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n",
			    (unsigned int)runs[j][0], (unsigned int)runs[j][1],
			    (unsigned int)runs[j][0]);
			ret += HPDF_Stream_WriteStr(st, line);
		}
		ret += HPDF_Stream_WriteStr(st, "endbfrange\n");
	}
	/* Beyond the BMP: the character as its UTF-16 surrogate pair. */
	for (i = 0, k = 0; i < cps->n; i++) {
		if (cps->bycode[i].code == cps->bycode[i].uni)
			continue;
		if (k % 100 == 0) {
			snprintf(line, sizeof line, "%zu beginbfchar\n",
			    nother - k > 100 ? (size_t)100 : nother - k);
			ret += HPDF_Stream_WriteStr(st, line);
		}
		u = cps->bycode[i].uni - 0x10000;
		snprintf(line, sizeof line, "<%04X> <%04X%04X>\n",
		    (unsigned int)cps->bycode[i].code,
		    (unsigned int)(0xD800 + (u >> 10)),
		    (unsigned int)(0xDC00 + (u & 0x3FF)));
		ret += HPDF_Stream_WriteStr(st, line);
		k++;
		if (k % 100 == 0 || k == nother)
			ret += HPDF_Stream_WriteStr(st, "endbfchar\n");
	}
	ret += HPDF_Stream_WriteStr(st,
	    "endcmap\n"
	    "CMapName currentdict /CMap defineresource pop\n"
	    "end\n"
	    "end\n");
	free(runs);
	return ret == HPDF_OK ? 0 : -1;
}

static int
pdf_cmp_width(const void *a, const void *b)
{
	HPDF_INT32	x = *(const HPDF_INT32 *)a, y = *(const HPDF_INT32 *)b;

	return x < y ? -1 : x > y;
}

/* The commonest of n widths, the smallest of equals; n > 0. */
static HPDF_INT32
pdf_common_width(const HPDF_INT32 *wid, size_t n)
{
	HPDF_INT32	*v, best;
	size_t		 i, j, most = 0;

	v = xreallocarray(NULL, n, sizeof *v);
	memcpy(v, wid, n * sizeof *v);
	qsort(v, n, sizeof *v, pdf_cmp_width);
	best = v[0];
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && v[j] == v[i]; j++)
			continue;
		if (j - i > most) {
			most = j - i;
			best = v[i];
		}
	}
	free(v);
	return best;
}

/*
 * libharu sets DW, the width of every CID that W leaves out, to the font's
 * missing width (365 in TW-Kai) and lists in W every CID whose width
 * differs, which in a Chinese document is nearly all of them: each
 * ideograph at 1000, some 7 KB of the benchmark's appendix.  Make DW the
 * commonest width among the code points the document draws and list only
 * the others; a code never drawn needs no width.  Under Identity-H the
 * CIDs are libharu's codes, the characters themselves.
 */
static int
pdf_widths_fix(HPDF_Font font, const struct pdf_face *cps)
{
	HPDF_FontAttr	 attr = font->attr;
	HPDF_Dict	 cidfont = attr->descendant_font;
	HPDF_Array	 w, a, run = NULL;
	HPDF_Number	 dw, c, v;
	HPDF_STATUS	 ret = HPDF_OK;
	HPDF_INT32	*wid, best;
	struct pdf_pair	 key, *at;
	size_t		 i, k;

	w = HPDF_Dict_GetItem(cidfont, "W", HPDF_OCLASS_ARRAY);
	dw = HPDF_Dict_GetItem(cidfont, "DW", HPDF_OCLASS_NUMBER);
	if (w == NULL || dw == NULL || cps->n == 0)
		return -1;
	wid = xreallocarray(NULL, cps->n, sizeof *wid);
	for (i = 0; i < cps->n; i++)
		wid[i] = dw->value;
	/* W is pairs of a first CID and an array of widths from it on. */
	for (i = 0; i + 1 < w->list->count; i += 2) {
		c = HPDF_Array_GetItem(w, (HPDF_UINT)i, HPDF_OCLASS_NUMBER);
		a = HPDF_Array_GetItem(w, (HPDF_UINT)i + 1,
		    HPDF_OCLASS_ARRAY);
		if (c == NULL || a == NULL || c->value < 0) {
			free(wid);
			return -1;
		}
		for (k = 0; k < a->list->count; k++) {
			v = HPDF_Array_GetItem(a, (HPDF_UINT)k,
			    HPDF_OCLASS_NUMBER);
			key.code = (uint32_t)c->value + (uint32_t)k;
			key.uni = 0;
			at = bsearch(&key, cps->bycode, cps->n,
			    sizeof *cps->bycode, pdf_cmp_code);
			if (v != NULL && at != NULL)
				wid[at - cps->bycode] = v->value;
		}
	}

	best = pdf_common_width(wid, cps->n);
	HPDF_Array_Clear(w);
	for (i = 0; i < cps->n && ret == HPDF_OK; i++) {
		if (wid[i] == best) {
			run = NULL;
			continue;
		}
		if (run == NULL ||
		    cps->bycode[i].code != cps->bycode[i - 1].code + 1) {
			if ((run = HPDF_Array_New(font->mmgr)) == NULL) {
				ret = HPDF_FAILD_TO_ALLOC_MEM;
				break;
			}
			ret += HPDF_Array_AddNumber(w,
			    (HPDF_INT32)cps->bycode[i].code);
			ret += HPDF_Array_Add(w, run);
		}
		ret += HPDF_Array_AddNumber(run, wid[i]);
	}
	dw->value = best;
	free(wid);
	return ret == HPDF_OK ? 0 : -1;
}

/* The compressed stream is written as is, so say how it was compressed. */
static HPDF_STATUS
pdf_flate_key(HPDF_Dict dict, HPDF_Stream st)
{
	(void)dict;
	return HPDF_Stream_WriteStr(st, "/Filter /FlateDecode\012");
}

/*
 * Deflate every stream libharu made (page contents, CIDToGIDMap and
 * ToUnicode) with flate_compress, as pdf_embed_font does the font
 * program, so one compressor makes the whole file; libdeflate is a
 * little tighter than libharu's zlib at level 6.  Each keeps the NONE
 * filter, so libharu writes the bytes as they are, and pdf_flate_key
 * names the real one.  Returns -1 with *cause.
 */
static int
pdf_deflate_streams(HPDF_Doc doc, char **cause)
{
	HPDF_XrefEntry	 entry;
	HPDF_Dict	 dict;
	HPDF_STATUS	 ret;
	HPDF_UINT	 i, n;
	void		*raw, *z;
	size_t		 zlen;

	for (i = 0; i < doc->xref->entries->count; i++) {
		entry = HPDF_List_ItemAt(doc->xref->entries, i);
		dict = entry->obj;
		if (dict == NULL || (dict->header.obj_class &
		    HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT ||
		    dict->stream == NULL || dict->write_fn != NULL ||
		    dict->filter != HPDF_STREAM_FILTER_NONE ||
		    dict->stream->type != HPDF_STREAM_MEMORY)
			continue;
		n = dict->stream->size;
		raw = xmalloc(n);
		ret = HPDF_Stream_Seek(dict->stream, 0, HPDF_SEEK_SET);
		if (ret == HPDF_OK && n > 0)
			ret = HPDF_Stream_Read(dict->stream, raw, &n);
		if (ret != HPDF_OK || n != dict->stream->size) {
			free(raw);
			*cause = xstrdup("cannot write the PDF: cannot read "
			    "back a stream");
			return -1;
		}
		if (flate_compress(raw, n, &z, &zlen, cause) != 0) {
			free(raw);
			return -1;
		}
		free(raw);
		HPDF_MemStream_FreeData(dict->stream);
		ret = HPDF_Stream_Write(dict->stream, z, (HPDF_UINT)zlen);
		free(z);
		if (ret != HPDF_OK) {
			*cause = xstrdup("cannot write the PDF: out of memory");
			return -1;
		}
		dict->write_fn = pdf_flate_key;
	}
	return 0;
}

/*
 * The subset is needed until the program is made of it and libharu has
 * loaded it: whichever is done last frees it, as three documents at once
 * would otherwise hold theirs to the end.
 */
static void
pdf_prog_release(struct pdf_prog *pp)
{
	void	*ttf = NULL;

	pthread_mutex_lock(&pp->lock);
	if (--pp->ttfusers == 0) {
		ttf = pp->ttf;
		pp->ttf = NULL;
	}
	pthread_mutex_unlock(&pp->lock);
	free(ttf);
}

/* Make and deflate the program, on the face's own thread or in place. */
static void *
pdf_prog_run(void *arg)
{
	struct pdf_prog	*pp = arg;
	void		*prog;

	pp->rc = fontprog_make(pp->ttf, pp->ttflen, &prog, &pp->len,
	    &pp->cause);
	pdf_prog_release(pp);
	if (pp->rc == 0) {
		pp->rc = flate_compress(prog, pp->len, &pp->z, &pp->zlen,
		    &pp->cause);
		free(prog);
	}
	pp->done = 1;
	return NULL;
}

/*
 * Start on the program of a subset, which it takes (the caller releases
 * its use with pdf_prog_release); it runs in place later if no thread can.
 */
static struct pdf_prog *
pdf_prog_start(void *ttf, size_t ttflen)
{
	struct pdf_prog	*pp;

	pp = xcalloc(1, sizeof *pp);
	pp->ttf = ttf;
	pp->ttflen = ttflen;
	pp->ttfusers = 2;
	pthread_mutex_init(&pp->lock, NULL);
	pp->started = pthread_create(&pp->tid, NULL, pdf_prog_run, pp) == 0;
	return pp;
}

/* The program made: 0, or -1 with pp->cause. */
static int
pdf_prog_wait(struct pdf_prog *pp)
{
	if (pp->started) {
		pthread_join(pp->tid, NULL);
		pp->started = 0;
	} else if (!pp->done)
		pdf_prog_run(pp);
	return pp->rc;
}

/* Wait for the program, wanted or not, and free it. */
static void
pdf_prog_free(struct pdf_prog *pp)
{
	if (pp == NULL)
		return;
	if (pp->started)
		pthread_join(pp->tid, NULL);
	pthread_mutex_destroy(&pp->lock);
	free(pp->ttf);
	free(pp->z);
	free(pp->cause);
	free(pp);
}

/*
 * libharu 2.3.0 writes the font program itself while saving
 * (CIDFontType2_BeforeWrite_Func in hpdf_font_cid.c): it rebuilds the
 * TrueType file from its own parse four bytes at a time, then has zlib
 * deflate it, the largest part of the time a document takes.  Have it
 * build the font descriptor now, with embedding off so that it leaves
 * out the program (pdf_describe_font), and, once the other streams are
 * deflated, give the descriptor a FontFile2 stream holding the subset
 * made into a font program and compressed by pdf_prog_run, waiting for
 * it if it is not done (pdf_embed_font).  The filter is NONE so that libharu copies the bytes as they
 * are; pdf_flate_key names the real one.  Returns -1 with *cause on
 * failure.
 */
static int
pdf_describe_font(HPDF_Font font, const struct pdf_error *e, char **cause)
{
	HPDF_FontAttr		 attr = font->attr;
	HPDF_TTFontDefAttr	 def = attr->fontdef->attr;

	def->embedding = HPDF_FALSE;
	if (font->before_write_fn != NULL && font->before_write_fn(font) ==
	    HPDF_OK && attr->fontdef->descriptor != NULL)
		return 0;
	if (e->error == 0)
		*cause = xstrdup("cannot write the PDF: libharu's font "
		    "descriptor is not what was expected");
	else
		*cause = pdf_error_cause(e, "cannot embed the font");
	return -1;
}

/* Give the descriptor pdf_describe_font made its program; -1 with *cause. */
static int
pdf_embed_font(HPDF_Font font, const struct pdf_error *e,
    struct pdf_prog *pp, char **cause)
{
	HPDF_FontAttr		 attr = font->attr;
	HPDF_Dict		 stream;
	HPDF_STATUS		 ret = HPDF_OK;

	if (pdf_prog_wait(pp) != 0) {
		*cause = pp->cause;
		pp->cause = NULL;
		return -1;
	}
	if ((stream = HPDF_DictStream_New(font->mmgr, attr->xref)) == NULL)
		goto fail;
	ret += HPDF_Dict_AddNumber(stream, "Length1", (HPDF_INT32)pp->len);
	ret += HPDF_Stream_Write(stream->stream, pp->z, (HPDF_UINT)pp->zlen);
	stream->filter = HPDF_STREAM_FILTER_NONE;
	stream->write_fn = pdf_flate_key;
	ret += HPDF_Dict_Add(attr->fontdef->descriptor, "FontFile2", stream);
	if (ret == HPDF_OK)
		return 0;

fail:
	if (e->error == 0)
		*cause = xstrdup("cannot write the PDF: libharu's font "
		    "descriptor is not what was expected");
	else
		*cause = pdf_error_cause(e, "cannot embed the font");
	return -1;
}

/* Fill d with t as UTC, the one zone that gives the same bytes everywhere. */
static int
pdf_date(time_t t, HPDF_Date *d)
{
	struct tm	tm;

	if (gmtime_r(&t, &tm) == NULL)
		return -1;
	memset(d, 0, sizeof *d);
	d->year = tm.tm_year + 1900;
	d->month = tm.tm_mon + 1;
	d->day = tm.tm_mday;
	d->hour = tm.tm_hour;
	d->minutes = tm.tm_min;
	d->seconds = tm.tm_sec > 59 ? 59 : tm.tm_sec;
	d->ind = 'Z';
	return 0;
}

/*
 * Set an info entry to UTF-8 text as a UTF-16BE string with its byte
 * order mark, surrogate pairs included: libharu's own conversion drops
 * characters beyond the BMP, such as the Ext-B ideographs of a
 * Taiwanese agency's name.
 */
static void
pdf_info_text(HPDF_Doc doc, const char *key, const char *utf8)
{
	unsigned char	*buf, *p;
	uint32_t	 cp, u;
	size_t		 i, n, len = strlen(utf8);

	p = buf = xmalloc(2 + 4 * len);
	*p++ = 0xFE;
	*p++ = 0xFF;
	for (i = 0; i < len; i += n) {
		if ((n = utf8_decode(utf8 + i, len - i, &cp)) == 0) {
			n = 1;
			cp = 0xFFFD;
		}
		if (cp > 0xFFFF) {
			u = cp - 0x10000;
			*p++ = (unsigned char)(0xD8 + (u >> 18));
			*p++ = (unsigned char)((u >> 10) & 0xFF);
			cp = 0xDC00 + (u & 0x3FF);
		}
		*p++ = (unsigned char)(cp >> 8);
		*p++ = (unsigned char)(cp & 0xFF);
	}
	HPDF_Dict_Add(doc->info, key, HPDF_Binary_New(doc->mmgr, buf,
	    (HPDF_UINT)(p - buf)));
	free(buf);
}

static void
pdf_info(HPDF_Doc doc, const struct report *r)
{
	HPDF_Date	d;
	char		*s;

	/* The document's language, for screen readers and text extraction. */
	if (r->language != NULL)
		HPDF_Dict_Add(doc->catalog, "Lang",
		    HPDF_String_New(doc->mmgr, r->language, NULL));
	/* Plain ASCII; the first call also makes the info dictionary. */
	HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "tenderwiz " PACKAGE_VERSION);
	HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, "tenderwiz " PACKAGE_VERSION);
	if (r->created != (time_t)-1 && pdf_date(r->created, &d) == 0) {
		HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, d);
		HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, d);
	}
	if (doc->info == NULL)
		return;
	if (r->title != NULL && r->label != NULL) {
		s = xasprintf("%s：%s", r->label, r->title);
		pdf_info_text(doc, "Title", s);
		free(s);
	} else if (r->title != NULL)
		pdf_info_text(doc, "Title", r->title);
	if (r->subject != NULL)
		pdf_info_text(doc, "Subject", r->subject);
	if (r->author != NULL)
		pdf_info_text(doc, "Author", r->author);
	if (r->identifier != NULL) {
		s = xasprintf("文件識別碼 %s", r->identifier);
		pdf_info_text(doc, "Keywords", s);
		free(s);
	}
	/* Bookmark titles are written with the UTF-8 encoder current. */
	HPDF_SetCurrentEncoder(doc, "UTF-8");
}

/* A PDF number: at most five decimals, no trailing zeros, never "-0". */
static void
pdf_real(char *buf, size_t size, double v)
{
	size_t	n;

	snprintf(buf, size, "%.5f", v);
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
}

/*
 * One run of text, written into the page's content stream as libharu's
 * HPDF_Page_TextOut writes it under the UTF-8 encoder and Identity-H: a Td
 * from where the last run started (*lx, *ly), then each character's UTF-16
 * code in a hex string.  Written here because libharu 2.3.0's own text
 * output copies the text into memory it never checks it got.  -1 when the
 * text holds what no code can say (pdf_collect has refused it already).
 */
static int
pdf_text(HPDF_Page page, const struct pdf_face *face,
    const struct lay_text *t, double *lx, double *ly)
{
	HPDF_PageAttr	 attr = page->attr;
	char		 dx[32], dy[32], *buf;
	size_t		 n = strlen(t->utf8), i, len, k;
	uint32_t	 cp;
	HPDF_STATUS	 ret;

	pdf_real(dx, sizeof dx, t->x - *lx);
	pdf_real(dy, sizeof dy, t->y - *ly);
	/* Each UTF-8 byte gives at most four hex digits. */
	buf = xmalloc(strlen(dx) + strlen(dy) + 4 * n + 16);
	k = (size_t)sprintf(buf, "%s %s Td\n<", dx, dy);
	for (i = 0; i < n; i += len) {
		if ((len = utf8_decode(t->utf8 + i, n - i, &cp)) == 0 ||
		    (cp = pdf_code(face, cp)) > PDF_MAX_CP) {
			free(buf);
			return -1;
		}
		k += (size_t)sprintf(buf + k, "%04X", (unsigned int)cp);
	}
	strcpy(buf + k, "> Tj\n");
	ret = HPDF_Stream_WriteStr(attr->stream, buf);
	free(buf);
	*lx = t->x;
	*ly = t->y;
	return ret == HPDF_OK ? 0 : -1;
}

/* Draw one page; -1 when libharu gave no handle (an error it reported). */
static int
pdf_page(HPDF_Doc doc, const struct layout *lay, const struct lay_page *pg,
    const struct pdf_face *faces, HPDF_Outline *last1)
{
	HPDF_Page		 page;
	HPDF_Outline		 o;
	HPDF_Destination	 dst;
	HPDF_Encoder		 enc;
	const struct lay_text	*t;
	const struct lay_rule	*r;
	const struct lay_box	*b;
	const struct lay_mark	*m;
	double			 size = -1, lx = 0, ly = 0;
	size_t			 i;
	int			 face = -1;

	/* A NULL handle is an error libharu has reported; its functions
	 * do not take NULL. */
	if ((page = HPDF_AddPage(doc)) == NULL)
		return -1;
	HPDF_Page_SetWidth(page, (HPDF_REAL)lay->width);
	HPDF_Page_SetHeight(page, (HPDF_REAL)lay->height);

	if (pg->ntexts > 0) {
		if (HPDF_Page_BeginText(page) != HPDF_OK)
			return -1;
		for (i = 0; i < pg->ntexts; i++) {
			t = &pg->texts[i];
			if (t->size != size || t->face != face) {
				if (t->face < 0 ||
				    faces[t->face].font == NULL ||
				    HPDF_Page_SetFontAndSize(page,
				    faces[t->face].font,
				    (HPDF_REAL)t->size) != HPDF_OK)
					return -1;
				size = t->size;
				face = t->face;
			}
			if (pdf_text(page, &faces[t->face], t, &lx, &ly) != 0)
				return -1;
		}
		HPDF_Page_EndText(page);
	}

	for (i = 0; i < pg->nrules; i++) {
		r = &pg->rules[i];
		HPDF_Page_SetLineWidth(page, (HPDF_REAL)r->width);
		HPDF_Page_MoveTo(page, (HPDF_REAL)r->x0, (HPDF_REAL)r->y0);
		HPDF_Page_LineTo(page, (HPDF_REAL)r->x1, (HPDF_REAL)r->y1);
		HPDF_Page_Stroke(page);
	}
	if (pg->nboxes > 0)
		HPDF_Page_SetLineWidth(page, PDF_BOX_WIDTH);
	for (i = 0; i < pg->nboxes; i++) {
		b = &pg->boxes[i];
		HPDF_Page_Rectangle(page, (HPDF_REAL)b->x, (HPDF_REAL)b->y,
		    (HPDF_REAL)b->w, (HPDF_REAL)b->h);
		HPDF_Page_Stroke(page);
	}

	enc = HPDF_GetEncoder(doc, "UTF-8");
	for (i = 0; i < pg->nmarks; i++) {
		m = &pg->marks[i];
		/* A level 2 with no level 1 before it goes to the root. */
		if (m->level >= 2 && *last1 != NULL)
			o = HPDF_CreateOutline(doc, *last1, m->title, enc);
		else {
			if ((o = HPDF_CreateOutline(doc, NULL, m->title,
			    enc)) == NULL)
				return -1;
			HPDF_Outline_SetOpened(o, HPDF_TRUE);
			if (m->level <= 1)
				*last1 = o;
		}
		/* libharu cannot write XYZ's null zoom; FitH is the nearest. */
		if (o == NULL || (dst = HPDF_Page_CreateDestination(page)) == NULL)
			return -1;
		HPDF_Destination_SetFitH(dst, (HPDF_REAL)m->y);
		HPDF_Outline_SetDestination(o, dst);
	}
	return 0;
}

static int
pdf_has_marks(const struct layout *lay)
{
	size_t	i;

	for (i = 0; i < lay->npages; i++) {
		if (lay->pages[i].nmarks > 0)
			return 1;
	}
	return 0;
}

static void
pdf_faces_free(struct pdf_face *faces, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		pdf_prog_free(faces[i].prog);
		free(faces[i].bycode);
		free(faces[i].byuni);
		free(faces[i].ttf);
	}
	free(faces);
}

/*
 * libharu tags its subsets HPDFAA, HPDFAB, ... in the order it loads
 * them, so that every document's first subset of TW-Kai is
 * HPDFAA+TW-Kai-98_1 whatever glyphs it holds, and a reader or a tool
 * that merges documents may take one for another.  Tag each subset from
 * what it holds instead: six capitals from a hash of its characters.
 * Returns the font's name.
 */
static const char *
pdf_retag(HPDF_Doc doc, const char *name, const struct pdf_face *fc)
{
	HPDF_FontDef		 def;
	HPDF_TTFontDefAttr	 attr;
	uint64_t		 h = 14695981039346656037ULL;
	size_t			 i;
	char			 tag[6];

	if ((def = HPDF_GetFontDef(doc, name)) == NULL ||
	    (attr = def->attr) == NULL || strlen(attr->base_font) < 8 ||
	    attr->base_font[6] != '+')
		return name;
	for (i = 0; i < fc->n; i++) {
		h = (h ^ fc->bycode[i].uni) * 1099511628211ULL;
		h = (h ^ fc->bycode[i].code) * 1099511628211ULL;
	}
	for (i = 0; i < 6; i++) {
		tag[i] = (char)('A' + h % 26);
		h /= 26;
	}
	/* The tagged name the font's dictionaries are given. */
	memcpy(attr->base_font, tag, 6);
	memcpy(attr->tag_name, tag, 6);
	for (i = 0; i < 6; i++)
		attr->tag_name2[2 * i + 1] = tag[i];
	return name;
}

/*
 * Subset, load and fix up each face the document draws with; -1 with
 * *cause (the libharu document is the caller's to free).
 */
static int
pdf_load_faces(HPDF_Doc doc, struct pdf_error *e, const struct font *f,
    struct pdf_face *faces, char **cause)
{
	struct pdf_face	*fc;
	uint32_t	*cps, *codes;
	const char	*name;
	size_t		 k, i;
	int		 rc;

	for (k = 0; k < font_nfaces(f); k++) {
		fc = &faces[k];
		if (fc->n == 0)
			continue;
		cps = xreallocarray(NULL, fc->n, sizeof *cps);
		codes = xreallocarray(NULL, fc->n, sizeof *codes);
		for (i = 0; i < fc->n; i++) {
			cps[i] = fc->bycode[i].uni;
			codes[i] = fc->bycode[i].code;
		}
		rc = font_subset(f, k, cps, codes, fc->n, &fc->ttf,
		    &fc->ttflen, cause);
		free(cps);
		free(codes);
		if (rc != 0)
			return -1;
		fc->prog = pdf_prog_start(fc->ttf, fc->ttflen);
		name = pdf_load_font(doc, e, font_face_path(f, k), fc->ttf,
		    fc->ttflen, cause);
		fc->ttf = NULL;
		pdf_prog_release(fc->prog);
		if (name == NULL)
			return -1;
		name = pdf_retag(doc, name, fc);
		if ((fc->font = HPDF_GetFont(doc, name, "UTF-8")) == NULL) {
			*cause = pdf_error_cause(e, "cannot write the PDF");
			return -1;
		}
		if (pdf_widths_fix(fc->font, fc) != 0) {
			if (e->error == 0)
				*cause = xstrdup("cannot write the PDF: "
				    "libharu's widths are not where they were "
				    "expected");
			else
				*cause = pdf_error_cause(e,
				    "cannot write the PDF");
			return -1;
		}
		if (pdf_tounicode_fix(fc->font, fc) != 0) {
			if (e->error == 0)
				*cause = xstrdup("cannot write the PDF: "
				    "libharu's ToUnicode map is not where it "
				    "was expected");
			else
				*cause = pdf_error_cause(e,
				    "cannot write the PDF");
			return -1;
		}
	}
	return 0;
}

/*
 * Returns 0 with *buf (caller frees), or -1 with *cause; the libharu
 * document is freed on every path.
 */
int
pdf_render(const struct layout *lay, const struct font *f,
    const struct report *r, void **buf, size_t *len, char **cause)
{
	struct pdf_error	 e = { 0, 0 };
	struct pdf_face		*faces;
	HPDF_Doc		 doc;
	HPDF_Outline		 last1 = NULL;
	HPDF_UINT32		 size;
	void			*out;
	size_t			 i, nf = font_nfaces(f);

	*buf = NULL;
	*len = 0;
	faces = xcalloc(nf, sizeof *faces);
	if (pdf_collect(lay, f, faces, cause) != 0)
		goto fail_faces;

	if ((doc = HPDF_NewEx(pdf_on_error, pdf_alloc, pdf_free, 0,
	    &e)) == NULL) {
		*cause = xstrdup("cannot start a PDF: out of memory");
		goto fail_faces;
	}
	/* No compression mode: pdf_deflate_streams does it all. */
	HPDF_UseUTFEncodings(doc);
	if (e.error != 0)
		goto fail_hpdf;
	if (pdf_load_faces(doc, &e, f, faces, cause) != 0)
		goto fail_doc;

	pdf_info(doc, r);
	if (pdf_has_marks(lay))
		HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
	for (i = 0; i < lay->npages && e.error == 0; i++) {
		if (pdf_page(doc, lay, &lay->pages[i], faces, &last1) != 0)
			break;
	}
	if (i < lay->npages || e.error != 0)
		goto fail_hpdf;
	/* The font programs are still being deflated meanwhile. */
	for (i = 0; i < nf; i++) {
		if (faces[i].font != NULL && pdf_describe_font(faces[i].font,
		    &e, cause) != 0)
			goto fail_doc;
	}
	if (pdf_deflate_streams(doc, cause) != 0)
		goto fail_doc;
	for (i = 0; i < nf; i++) {
		if (faces[i].font != NULL && pdf_embed_font(faces[i].font, &e,
		    faces[i].prog, cause) != 0)
			goto fail_doc;
	}

	if (HPDF_SaveToStream(doc) != HPDF_OK || e.error != 0)
		goto fail_hpdf;
	size = HPDF_GetStreamSize(doc);
	out = xmalloc(size);
	if (HPDF_ReadFromStream(doc, out, &size) != HPDF_OK || e.error != 0) {
		free(out);
		goto fail_hpdf;
	}

	HPDF_Free(doc);
	pdf_faces_free(faces, nf);
	*buf = out;
	*len = size;
	return 0;

fail_hpdf:
	*cause = pdf_error_cause(&e, "cannot write the PDF");
fail_doc:
	HPDF_Free(doc);
fail_faces:
	pdf_faces_free(faces, nf);
	return -1;
}
