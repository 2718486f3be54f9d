/* odt.c: writing a report as an OpenDocument text package with libzip and libxml2's xmlTextWriter. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/xmlwriter.h>
#include <zip.h>

#include "i18n.h"
#include "odt.h"
#include "report.h"
#include "xmalloc.h"

/* libxml2 takes unsigned strings; BAD_CAST would drop const as well. */
#define ODT_X(s)		((const xmlChar *)(s))

#define ODT_VERSION		"1.3"
/* What unzip shows for every part: a plain file, mode 0644. */
#define ODT_FILE_MODE		0100644U
#define ODT_MIMETYPE		"application/vnd.oasis.opendocument.text"

/*
 * The page and type of the PDF (layout.c), so that both documents look
 * alike: A4, 2 cm at the sides and 1.5 cm above and below, 12 pt text.
 */
#define ODT_TEXT_WIDTH_CM	17.0
#define ODT_MARGIN_X		"2cm"
#define ODT_MARGIN_Y		"1.5cm"
#define ODT_TITLE_SIZE		"18pt"
#define ODT_LABEL_SIZE		"14pt"
#define ODT_H1_SIZE		"14pt"
#define ODT_H2_SIZE		"12pt"
#define ODT_BODY_PT		12
#define ODT_BODY_SIZE		"12pt"
#define ODT_FOOTER_SIZE		"10pt"
#define ODT_BOX_SIZE		"21pt"	/* ☐ about 4 mm wide */
#define ODT_RULE		"0.5pt solid #000000"
#define ODT_PAD			"4pt"
#define ODT_SIGN_HEIGHT		"48pt"
#define ODT_SEAL_GAP_MM		10.0

/*
 * 標楷體 (DFKai-SB) is the Kai of the Windows desktops that open these
 * files; elsewhere the alias in fontconfig/ maps it to TW-Kai.  Latin
 * letters and digits take the serif that stands beside Kai in print.
 */
#define ODT_FONT_CJK		"標楷體"
#define ODT_FONT_LATIN		"Liberation Serif"

#define ODT_NS_OFFICE	"urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define ODT_NS_STYLE	"urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define ODT_NS_TEXT	"urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define ODT_NS_TABLE	"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define ODT_NS_FO	"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define ODT_NS_SVG	"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define ODT_NS_META	"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define ODT_NS_DC	"http://purl.org/dc/elements/1.1/"
#define ODT_NS_MANIFEST	"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

/* One XML part being written; the first failure is kept in err. */
struct odt_xml {
	xmlBufferPtr		 buf;
	xmlTextWriterPtr	 w;
	int			 err;
};

/* A file of the package, in the order the zip holds them. */
struct odt_part {
	const char	*name;
	const char	*media;		/* for the manifest; NULL: not listed */
	int		 stored;	/* uncompressed */
	char		*data;
	size_t		 len;
};

enum odt_partno {
	ODT_PART_MIMETYPE,
	ODT_PART_CONTENT,
	ODT_PART_STYLES,
	ODT_PART_META,
	ODT_PART_MANIFEST,
	ODT_NPARTS
};

static void
odt_xml_open(struct odt_xml *x)
{
	x->err = 0;
	x->buf = xmlBufferCreate();
	x->w = x->buf != NULL ? xmlNewTextWriterMemory(x->buf, 0) : NULL;
	if (x->w == NULL ||
	    xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL) < 0)
		x->err = 1;
}

/* End the document and move its bytes into part; returns 0 or -1. */
static int
odt_xml_close(struct odt_xml *x, struct odt_part *part)
{
	int	rc = -1;

	if (x->w != NULL && !x->err && xmlTextWriterEndDocument(x->w) >= 0 &&
	    xmlTextWriterFlush(x->w) >= 0) {
		part->len = (size_t)xmlBufferLength(x->buf);
		part->data = xmalloc(part->len + 1);
		memcpy(part->data, xmlBufferContent(x->buf), part->len);
		rc = 0;
	}
	xmlFreeTextWriter(x->w);
	xmlBufferFree(x->buf);
	x->w = NULL;
	x->buf = NULL;
	return rc;
}

static void
odt_start(struct odt_xml *x, const char *name)
{
	if (!x->err && xmlTextWriterStartElement(x->w, ODT_X(name)) < 0)
		x->err = 1;
}

static void
odt_end(struct odt_xml *x)
{
	if (!x->err && xmlTextWriterEndElement(x->w) < 0)
		x->err = 1;
}

static void
odt_attr(struct odt_xml *x, const char *name, const char *value)
{
	if (!x->err && xmlTextWriterWriteAttribute(x->w, ODT_X(name),
	    ODT_X(value)) < 0)
		x->err = 1;
}

/* Characters as they are; the writer escapes what XML needs. */
static void
odt_chars(struct odt_xml *x, const char *s, size_t len)
{
	if (len == 0 || x->err)
		return;
	if (xmlTextWriterWriteFormatString(x->w, "%.*s", (int)len, s) < 0)
		x->err = 1;
}

/* The end of odt_empty's attributes: a null pointer of the type it reads. */
#define ODT_END		((const char *)NULL)

/* An element with attributes (name, value pairs ending in ODT_END) and no content. */
static void
odt_empty(struct odt_xml *x, const char *name, ...)
{
	const char	*k, *v;
	va_list		 ap;

	odt_start(x, name);
	va_start(ap, name);
	while ((k = va_arg(ap, const char *)) != NULL) {
		v = va_arg(ap, const char *);
		odt_attr(x, k, v);
	}
	va_end(ap);
	odt_end(x);
}

/*
 * Whether s starts a symbol of U+2190 to U+2BFF (arrows, shapes, ●◎▲☐).
 * Writer gives such a character the script of its neighbours, and alone
 * in a cell takes it for Latin, whose font lacks it; so symbols are set
 * in a span whose Latin font is the Kai as well.
 */
static int
odt_is_symbol(const char *s, const char *end)
{
	unsigned int	cp;

	if (end - s < 3 || (unsigned char)s[0] != 0xe2)
		return 0;
	cp = (unsigned int)((unsigned char)s[1] & 0x3f) << 6 |
	    ((unsigned char)s[2] & 0x3f);
	cp |= 0x2000;
	return cp >= 0x2190 && cp <= 0x2bff;
}

/* Plain characters, with runs of symbols in the Symbol span. */
static void
odt_runs(struct odt_xml *x, const char *s, size_t len)
{
	const char	*end = s + len, *run = s, *sym;

	while (s < end) {
		if (!odt_is_symbol(s, end)) {
			s++;
			continue;
		}
		odt_chars(x, run, (size_t)(s - run));
		for (sym = s; odt_is_symbol(s, end); s += 3)
			;
		odt_start(x, "text:span");
		/* A box to tick is drawn large enough to tick. */
		odt_attr(x, "text:style-name", s - sym == 3 &&
		    memcmp(sym, "☐", 3) == 0 ? "Checkbox" : "Symbol");
		odt_chars(x, sym, (size_t)(s - sym));
		odt_end(x);
		run = s;
	}
	odt_chars(x, run, (size_t)(s - run));
}

/*
 * Text inside a paragraph, up to len bytes.  XML collapses white space,
 * so ODF spells out what must stay: tabs and runs of spaces (text:s).
 * Other control characters cannot stand in XML 1.0 and are dropped.
 */
static void
odt_text_n(struct odt_xml *x, const char *s, size_t len)
{
	const char	*end = s + len, *run = s;
	char		 n[24];
	size_t		 spaces;

	while (s < end) {
		unsigned char c = (unsigned char)*s;

		if (c >= 0x20 && c != ' ') {
			s++;
			continue;
		}
		if (c == ' ' && s != run && s + 1 < end && s[1] != ' ') {
			s++;		/* one space between words stays as it is */
			continue;
		}
		odt_runs(x, run, (size_t)(s - run));
		if (c == ' ') {
			for (spaces = 0; s + spaces < end && s[spaces] == ' ';
			    spaces++)
				;
			odt_start(x, "text:s");
			if (spaces > 1) {
				snprintf(n, sizeof n, "%zu", spaces);
				odt_attr(x, "text:c", n);
			}
			odt_end(x);
			s += spaces;
		} else {
			if (c == '\t')
				odt_empty(x, "text:tab", ODT_END);
			s++;
		}
		run = s;
	}
	odt_runs(x, run, (size_t)(s - run));
}

/* Text with its '\n's as line breaks within one paragraph. */
static void
odt_text(struct odt_xml *x, const char *s)
{
	const char	*nl;

	if (s == NULL)
		return;
	while ((nl = strchr(s, '\n')) != NULL) {
		odt_text_n(x, s, (size_t)(nl - s));
		odt_empty(x, "text:line-break", ODT_END);
		s = nl + 1;
	}
	odt_text_n(x, s, strlen(s));
}

/* A whole paragraph of one style. */
static void
odt_para(struct odt_xml *x, const char *style, const char *s)
{
	odt_start(x, "text:p");
	odt_attr(x, "text:style-name", style);
	odt_text(x, s);
	odt_end(x);
}

/*
 * Items: a line that starts with an item number (report_item_marker) is
 * a paragraph of its own with a hanging indent as wide as the number, in
 * half ems: 1 for an ASCII character, 2 for a CJK one, and 1 of air.  A
 * tab after the number reaches the indent in Writer and Word alike.
 */
#define ODT_ITEM_MAX		16	/* widest indent, in half ems */

enum odt_parent {
	ODT_BODY,			/* Text body */
	ODT_CELL,			/* Table Contents */
	ODT_NPARENTS
};

static const char *const odt_parents[ODT_NPARENTS] = {
	"Text_20_body", "Table_20_Contents"
};

/* Which item styles the document uses: [parent][half ems]. */
struct odt_items {
	int	used[ODT_NPARENTS][ODT_ITEM_MAX + 1];
};

static size_t
odt_item_width(const char *line, size_t marker)
{
	size_t	i, w = 1;

	while (marker > 0 && line[marker - 1] == ' ')
		marker--;
	for (i = 0; i < marker; i++) {
		unsigned char c = (unsigned char)line[i];

		if (c < 0x80)
			w++;
		else if ((c & 0xc0) == 0xc0)
			w += 2;		/* the lead byte of a wide character */
	}
	return w > ODT_ITEM_MAX ? ODT_ITEM_MAX : w;
}

static void
odt_item_style_name(char *buf, size_t size, enum odt_parent p, size_t w)
{
	snprintf(buf, size, "%s_Item%zu", p == ODT_BODY ? "Body" : "Cell", w);
}

/* Note the item styles text needs (items NULL: none). */
static void
odt_items_scan(struct odt_items *items, enum odt_parent p, const char *s)
{
	size_t	m;

	while (s != NULL && *s != '\0') {
		if ((m = report_item_marker(s)) > 0)
			items->used[p][odt_item_width(s, m)] = 1;
		s = strchr(s, '\n');
		if (s != NULL)
			s++;
	}
}

/*
 * Text as paragraphs of the parent's style: one paragraph for text
 * without items (its '\n's line breaks), else one for each line.
 */
static void
odt_lines(struct odt_xml *x, enum odt_parent p, const char *s,
    const char *bookmark)
{
	const char	*nl, *style = odt_parents[p];
	char		 name[48];
	size_t		 len, m;
	int		 items = 0;

	for (nl = s; nl != NULL && *nl != '\0'; ) {
		if (report_item_marker(nl) > 0)
			items = 1;
		if ((nl = strchr(nl, '\n')) != NULL)
			nl++;
	}
	if (!items) {
		odt_start(x, "text:p");
		odt_attr(x, "text:style-name", style);
		if (bookmark != NULL)
			odt_empty(x, "text:bookmark", "text:name", bookmark,
			    ODT_END);
		odt_text(x, s);
		odt_end(x);
		return;
	}
	while (s != NULL) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		odt_start(x, "text:p");
		if ((m = report_item_marker(s)) > 0 && m <= len) {
			odt_item_style_name(name, sizeof name, p,
			    odt_item_width(s, m));
			odt_attr(x, "text:style-name", name);
		} else {
			m = 0;
			odt_attr(x, "text:style-name", style);
		}
		if (bookmark != NULL)
			odt_empty(x, "text:bookmark", "text:name", bookmark,
			    ODT_END);
		bookmark = NULL;
		if (m > 0) {
			size_t k = m;

			while (k > 0 && s[k - 1] == ' ')
				k--;
			odt_text_n(x, s, k);
			odt_empty(x, "text:tab", ODT_END);
		}
		odt_text_n(x, s + m, len - m);
		odt_end(x);
		s = nl != NULL ? nl + 1 : NULL;
	}
}

/* Every namespace a part uses, on its root element. */
static void
odt_namespaces(struct odt_xml *x)
{
	odt_attr(x, "xmlns:office", ODT_NS_OFFICE);
	odt_attr(x, "xmlns:style", ODT_NS_STYLE);
	odt_attr(x, "xmlns:text", ODT_NS_TEXT);
	odt_attr(x, "xmlns:table", ODT_NS_TABLE);
	odt_attr(x, "xmlns:fo", ODT_NS_FO);
	odt_attr(x, "xmlns:svg", ODT_NS_SVG);
	odt_attr(x, "office:version", ODT_VERSION);
}

static void
odt_font_faces(struct odt_xml *x)
{
	odt_start(x, "office:font-face-decls");
	odt_empty(x, "style:font-face", "style:name", ODT_FONT_CJK,
	    "svg:font-family", ODT_FONT_CJK, "style:font-family-generic",
	    "script", "style:font-pitch", "fixed", ODT_END);
	odt_empty(x, "style:font-face", "style:name", ODT_FONT_LATIN,
	    "svg:font-family", "'" ODT_FONT_LATIN "'",
	    "style:font-family-generic", "roman", "style:font-pitch",
	    "variable", ODT_END);
	odt_end(x);
}

/* A font size for the Latin, CJK and complex scripts alike. */
static void
odt_size(struct odt_xml *x, const char *size)
{
	odt_attr(x, "fo:font-size", size);
	odt_attr(x, "style:font-size-asian", size);
	odt_attr(x, "style:font-size-complex", size);
}

/*
 * A named paragraph style.  parent and the paragraph properties
 * (align, before and after) may be NULL; size NULL keeps the parent's.
 */
static void
odt_style(struct odt_xml *x, const char *name, const char *display,
    const char *parent, const char *cls, const char *size, const char *align,
    const char *before, const char *after)
{
	int	head = strncmp(name, "Heading", 7) == 0 ||
		    strcmp(name, "Title") == 0 || strcmp(name, "Label") == 0;

	odt_start(x, "style:style");
	odt_attr(x, "style:name", name);
	if (display != NULL)
		odt_attr(x, "style:display-name", display);
	odt_attr(x, "style:family", "paragraph");
	if (parent != NULL)
		odt_attr(x, "style:parent-style-name", parent);
	odt_attr(x, "style:next-style-name", head ? "Text_20_body" : name);
	odt_attr(x, "style:class", cls);
	if (strncmp(name, "Heading_20_", 11) == 0)
		odt_attr(x, "style:default-outline-level", name + 11);
	if (align != NULL || before != NULL || after != NULL) {
		odt_start(x, "style:paragraph-properties");
		if (before != NULL)
			odt_attr(x, "fo:margin-top", before);
		if (after != NULL)
			odt_attr(x, "fo:margin-bottom", after);
		if (align != NULL)
			odt_attr(x, "fo:text-align", align);
		if (head) {
			odt_attr(x, "fo:line-height", "130%");
			odt_attr(x, "fo:keep-with-next", "always");
		}
		odt_end(x);
	}
	if (size != NULL) {
		odt_start(x, "style:text-properties");
		odt_size(x, size);
		odt_end(x);
	}
	odt_end(x);
}

/*
 * A paragraph of the page's header or footer, with a tab stop at the
 * right edge; the header is ruled below, as the PDF's is.
 */
static void
odt_style_margin(struct odt_xml *x, const char *name, const char *display,
    const char *size)
{
	char	right[32];

	snprintf(right, sizeof right, "%.1fcm", ODT_TEXT_WIDTH_CM);
	odt_start(x, "style:style");
	odt_attr(x, "style:name", name);
	odt_attr(x, "style:display-name", display);
	odt_attr(x, "style:family", "paragraph");
	odt_attr(x, "style:parent-style-name", "Standard");
	odt_attr(x, "style:class", "extra");
	odt_start(x, "style:paragraph-properties");
	odt_attr(x, "fo:line-height", "130%");
	if (strcmp(name, "Header") == 0) {
		odt_attr(x, "fo:border-bottom", ODT_RULE);
		odt_attr(x, "fo:padding-bottom", "2pt");
	}
	odt_start(x, "style:tab-stops");
	odt_empty(x, "style:tab-stop", "style:position", right, "style:type",
	    "right", ODT_END);
	odt_end(x);
	odt_end(x);
	odt_start(x, "style:text-properties");
	odt_size(x, size);
	odt_end(x);
	odt_end(x);
}

/*
 * The named styles a user restyles in Writer: they carry LibreOffice's
 * own programmatic names (Title, Heading 1, Text body, Table Contents...),
 * so Writer shows them in its own language and Word maps the headings.
 */
static void
odt_styles_named(struct odt_xml *x)
{
	odt_start(x, "office:styles");

	odt_start(x, "style:default-style");
	odt_attr(x, "style:family", "paragraph");
	odt_start(x, "style:paragraph-properties");
	/* The PDF's leading: 1.45 of the size for text, 1.3 for headings. */
	odt_attr(x, "fo:line-height", "145%");
	odt_attr(x, "style:line-break", "strict");
	odt_attr(x, "style:writing-mode", "lr-tb");
	odt_end(x);
	odt_start(x, "style:text-properties");
	odt_attr(x, "style:font-name", ODT_FONT_LATIN);
	odt_attr(x, "style:font-name-asian", ODT_FONT_CJK);
	odt_attr(x, "style:font-name-complex", ODT_FONT_LATIN);
	odt_size(x, ODT_BODY_SIZE);
	/*
	 * Latin runs are English, so that Writer breaks them between words;
	 * taken as Chinese they would break inside one.
	 */
	odt_attr(x, "fo:language", "en");
	odt_attr(x, "fo:country", "US");
	odt_attr(x, "style:language-asian", "zh");
	odt_attr(x, "style:country-asian", "TW");
	odt_end(x);
	odt_end(x);

	odt_start(x, "style:default-style");
	odt_attr(x, "style:family", "table");
	odt_end(x);

	odt_style(x, "Standard", NULL, NULL, "text", NULL, NULL, NULL, NULL);
	odt_style(x, "Text_20_body", "Text body", "Standard", "text", NULL,
	    "justify", "0pt", "6pt");
	odt_style(x, "Label", "附件標示", "Standard", "chapter",
	    ODT_LABEL_SIZE, "start", "0pt", "4pt");
	odt_style(x, "Title", NULL, "Standard", "chapter", ODT_TITLE_SIZE,
	    "center", "0pt", "14pt");
	odt_style(x, "Heading", NULL, "Standard", "text", NULL, NULL, NULL,
	    NULL);
	odt_style(x, "Heading_20_1", "Heading 1", "Heading", "text",
	    ODT_H1_SIZE, NULL, "14pt", "5pt");
	odt_style(x, "Heading_20_2", "Heading 2", "Heading", "text",
	    ODT_H2_SIZE, NULL, "9pt", "4pt");
	odt_style(x, "Table_20_Contents", "Table Contents", "Standard",
	    "extra", NULL, NULL, NULL, NULL);
	odt_style(x, "Table_20_Heading", "Table Heading", "Table_20_Contents",
	    "extra", NULL, "center", NULL, NULL);
	odt_style_margin(x, "Header", "Header", ODT_FOOTER_SIZE);
	odt_style_margin(x, "Footer", "Footer", ODT_FOOTER_SIZE);

	odt_start(x, "style:style");
	odt_attr(x, "style:name", "Symbol");
	odt_attr(x, "style:display-name", "符號");
	odt_attr(x, "style:family", "text");
	odt_empty(x, "style:text-properties", "style:font-name", ODT_FONT_CJK,
	    "style:font-name-asian", ODT_FONT_CJK, ODT_END);
	odt_end(x);

	/*
	 * ☐ fills a little over half its em: at 21 pt it is 4 mm wide, the
	 * PDF's box, where 12 pt gives 2.3 mm, too small to tick.
	 */
	odt_start(x, "style:style");
	odt_attr(x, "style:name", "Checkbox");
	odt_attr(x, "style:display-name", "勾選框");
	odt_attr(x, "style:family", "text");
	odt_empty(x, "style:text-properties", "style:font-name", ODT_FONT_CJK,
	    "style:font-name-asian", ODT_FONT_CJK, "fo:font-size",
	    ODT_BOX_SIZE, "style:font-size-asian", ODT_BOX_SIZE, ODT_END);
	odt_end(x);

	odt_end(x);
}

/* A4 portrait with the PDF's margins; header and footer sit inside them. */
static void
odt_styles_page(struct odt_xml *x)
{
	odt_start(x, "office:automatic-styles");
	odt_start(x, "style:page-layout");
	odt_attr(x, "style:name", "pm1");
	odt_empty(x, "style:page-layout-properties",
	    "fo:page-width", "21cm", "fo:page-height", "29.7cm",
	    "style:print-orientation", "portrait",
	    "fo:margin-top", ODT_MARGIN_Y, "fo:margin-bottom", ODT_MARGIN_Y,
	    "fo:margin-left", ODT_MARGIN_X, "fo:margin-right", ODT_MARGIN_X,
	    "style:writing-mode", "lr-tb", ODT_END);
	odt_start(x, "style:header-style");
	odt_empty(x, "style:header-footer-properties", "fo:min-height", "0cm",
	    "fo:margin-bottom", "10pt", ODT_END);
	odt_end(x);
	odt_start(x, "style:footer-style");
	odt_empty(x, "style:header-footer-properties", "fo:min-height", "0cm",
	    "fo:margin-top", "12pt", ODT_END);
	odt_end(x);
	odt_end(x);
	odt_end(x);
}

/*
 * Every page: the running header above, and below the footer text with
 * 「第 X 頁，共 Y 頁」 made of fields that Writer fills in as it
 * paginates.
 */
static void
odt_styles_master(struct odt_xml *x, const struct report *r)
{
	odt_start(x, "office:master-styles");
	odt_start(x, "style:master-page");
	odt_attr(x, "style:name", "Standard");
	odt_attr(x, "style:page-layout-name", "pm1");
	if (r->header != NULL && *r->header != '\0') {
		odt_start(x, "style:header");
		odt_para(x, "Header", r->header);
		odt_end(x);
	}
	odt_start(x, "style:footer");
	odt_start(x, "text:p");
	odt_attr(x, "text:style-name", "Footer");
	odt_text(x, r->footer);
	odt_empty(x, "text:tab", ODT_END);
	odt_chars(x, "第 ", strlen("第 "));
	odt_start(x, "text:page-number");
	odt_attr(x, "text:select-page", "current");
	odt_chars(x, "1", 1);
	odt_end(x);
	odt_chars(x, " 頁，共 ", strlen(" 頁，共 "));
	odt_start(x, "text:page-count");
	odt_chars(x, "1", 1);
	odt_end(x);
	odt_chars(x, " 頁", strlen(" 頁"));
	odt_end(x);
	odt_end(x);
	odt_end(x);
	odt_end(x);
}

static int
odt_styles(const struct report *r, struct odt_part *part)
{
	struct odt_xml	x;

	odt_xml_open(&x);
	odt_start(&x, "office:document-styles");
	odt_namespaces(&x);
	odt_font_faces(&x);
	odt_styles_named(&x);
	odt_styles_page(&x);
	odt_styles_master(&x, r);
	odt_end(&x);
	return odt_xml_close(&x, part);
}

/* How many columns block b's table has in the .odt. */
static size_t
odt_columns(const struct report_block *b)
{
	switch (b->kind) {
	case BLOCK_TABLE:
		return b->ncolumns;
	case BLOCK_FIELDS:
		return 2;
	case BLOCK_SIGNATURES:
		return 3;
	case BLOCK_SEALS:
		/* A box, and the air before the next. */
		return b->nfields > 0 ? 2 * b->nfields - 1 : 0;
	default:
		return 0;
	}
}

/* Width in cm of column c of block b's table. */
static double
odt_column_cm(const struct report_block *b, size_t c)
{
	/* Fields: label and value; signatures: label, line, ROC date. */
	static const double fields[] = { 0.25, 0.75 };
	static const double signs[] = { 0.28, 0.34, 0.38 };

	switch (b->kind) {
	case BLOCK_TABLE:
		return b->columns[c].width * ODT_TEXT_WIDTH_CM;
	case BLOCK_FIELDS:
		return fields[c] * ODT_TEXT_WIDTH_CM;
	case BLOCK_SIGNATURES:
		return signs[c] * ODT_TEXT_WIDTH_CM;
	default:
		return (c % 2 == 0 ? b->seal_mm : ODT_SEAL_GAP_MM) / 10;
	}
}

/*
 * The automatic styles of table t: its width, keeping, and columns.  The
 * document's last block has no space below, where it could only push
 * the empty paragraph that ends the document onto a page of its own.
 */
static void
odt_table_styles(struct odt_xml *x, size_t t, const struct report_block *b,
    int last)
{
	char	name[32], width[32];
	size_t	c, ncols = odt_columns(b);
	double	total = 0;

	for (c = 0; c < ncols; c++)
		total += odt_column_cm(b, c);
	snprintf(name, sizeof name, "Table%zu", t);
	snprintf(width, sizeof width, "%.3fcm", total);
	odt_start(x, "style:style");
	odt_attr(x, "style:name", name);
	odt_attr(x, "style:family", "table");
	odt_start(x, "style:table-properties");
	odt_attr(x, "style:width", width);
	/* Seal boxes sit at the right, as in the PDF. */
	odt_attr(x, "table:align", b->kind == BLOCK_SEALS ? "right" :
	    "margins");
	odt_attr(x, "fo:margin-top", b->kind == BLOCK_SIGNATURES ||
	    b->kind == BLOCK_SEALS ? "12pt" : "0pt");
	odt_attr(x, "fo:margin-bottom", last ? "0pt" :
	    b->kind == BLOCK_TABLE ? "12pt" : "6pt");
	if (b->keep_with_next)
		odt_attr(x, "fo:keep-with-next", "always");
	/*
	 * A table of clauses runs on from page to page between its rows,
	 * never inside one (the Row style), under its header rows again; the
	 * case fields, sign-off lines and seals are short and stay whole.
	 */
	odt_attr(x, "style:may-break-between-rows", b->kind == BLOCK_TABLE ?
	    "true" : "false");
	odt_end(x);
	odt_end(x);
	for (c = 0; c < ncols; c++) {
		snprintf(name, sizeof name, "Table%zu.C%zu", t, c + 1);
		snprintf(width, sizeof width, "%.3fcm", odt_column_cm(b, c));
		odt_start(x, "style:style");
		odt_attr(x, "style:name", name);
		odt_attr(x, "style:family", "table-column");
		odt_empty(x, "style:table-column-properties",
		    "style:column-width", width, ODT_END);
		odt_end(x);
	}
	if (b->kind == BLOCK_SEALS) {
		snprintf(name, sizeof name, "Table%zu.Box", t);
		snprintf(width, sizeof width, "%.1fmm", b->seal_mm);
		odt_start(x, "style:style");
		odt_attr(x, "style:name", name);
		odt_attr(x, "style:family", "table-row");
		odt_empty(x, "style:table-row-properties",
		    "style:min-row-height", width, "fo:keep-together",
		    "always", ODT_END);
		odt_end(x);
	}
}

/* A cell style: ruled all round, on no side, or only below. */
static void
odt_cell_style(struct odt_xml *x, const char *name, const char *border,
    const char *below, const char *align)
{
	odt_start(x, "style:style");
	odt_attr(x, "style:name", name);
	odt_attr(x, "style:family", "table-cell");
	odt_start(x, "style:table-cell-properties");
	odt_attr(x, "fo:border", border);
	if (below != NULL)
		odt_attr(x, "fo:border-bottom", below);
	odt_attr(x, "fo:padding", strcmp(border, "none") == 0 ? "2pt" :
	    ODT_PAD);
	odt_attr(x, "style:vertical-align", align);
	odt_end(x);
	odt_end(x);
}

static void
odt_row_style(struct odt_xml *x, const char *name, const char *height)
{
	odt_start(x, "style:style");
	odt_attr(x, "style:name", name);
	odt_attr(x, "style:family", "table-row");
	odt_start(x, "style:table-row-properties");
	if (height != NULL)
		odt_attr(x, "style:min-row-height", height);
	odt_attr(x, "fo:keep-together", "always");
	odt_end(x);
	odt_end(x);
}

/* The item paragraph styles the document uses. */
static void
odt_item_styles(struct odt_xml *x, const struct odt_items *items)
{
	char	name[48], indent[32], first[32];
	size_t	p, w;

	for (p = 0; p < ODT_NPARENTS; p++) {
		for (w = 0; w <= ODT_ITEM_MAX; w++) {
			if (!items->used[p][w])
				continue;
			odt_item_style_name(name, sizeof name,
			    (enum odt_parent)p, w);
			snprintf(indent, sizeof indent, "%zupt",
			    w * ODT_BODY_PT / 2);
			snprintf(first, sizeof first, "-%zupt",
			    w * ODT_BODY_PT / 2);
			odt_start(x, "style:style");
			odt_attr(x, "style:name", name);
			odt_attr(x, "style:family", "paragraph");
			odt_attr(x, "style:parent-style-name", odt_parents[p]);
			odt_empty(x, "style:paragraph-properties",
			    "fo:margin-left", indent, "fo:text-indent", first,
			    "style:auto-text-indent", "false", ODT_END);
			odt_end(x);
		}
	}
}

/*
 * The automatic styles of the body: cells ruled, unruled, ruled below
 * (a line to write on); rows kept whole; the item indents; and each
 * table's own.
 */
static void
odt_content_styles(struct odt_xml *x, const struct report *r,
    const struct odt_items *items)
{
	size_t	i, t = 0;

	odt_start(x, "office:automatic-styles");
	odt_cell_style(x, "Cell", ODT_RULE, NULL, "top");
	odt_cell_style(x, "Plain", "none", NULL, "top");
	odt_cell_style(x, "Line", "none", ODT_RULE, "bottom");
	odt_cell_style(x, "Foot", "none", NULL, "bottom");
	odt_cell_style(x, "Seal", ODT_RULE, NULL, "top");
	/*
	 * A row stays on one page, as a clause is read whole: Writer cannot
	 * mark a split row 「（續）」 as the PDF does, so it splits none
	 * (but a row taller than a page, which it must).  The header rows
	 * (odt_table_head) repeat on every page instead of the caption.
	 */
	odt_row_style(x, "Row", NULL);
	odt_row_style(x, "SignRow", ODT_SIGN_HEIGHT);
	odt_row_style(x, "FillRow", "20pt");
	odt_start(x, "style:style");
	odt_attr(x, "style:name", "Box");
	odt_attr(x, "style:family", "paragraph");
	odt_attr(x, "style:parent-style-name", "Table_20_Contents");
	odt_empty(x, "style:paragraph-properties", "fo:text-align", "center",
	    ODT_END);
	odt_end(x);
	/*
	 * A sentence that introduces a table stays on the page where the
	 * table starts, as its heading stays with it.
	 */
	odt_start(x, "style:style");
	odt_attr(x, "style:name", "Lead");
	odt_attr(x, "style:display-name", "引言");
	odt_attr(x, "style:family", "paragraph");
	odt_attr(x, "style:parent-style-name", "Text_20_body");
	odt_empty(x, "style:paragraph-properties", "fo:keep-with-next",
	    "always", ODT_END);
	odt_end(x);
	/*
	 * Writer keeps a table with the next paragraph, not with a table:
	 * this empty line between them carries the keeping across.
	 */
	odt_start(x, "style:style");
	odt_attr(x, "style:name", "Joint");
	odt_attr(x, "style:family", "paragraph");
	odt_attr(x, "style:parent-style-name", "Standard");
	odt_empty(x, "style:paragraph-properties", "fo:margin-top", "0pt",
	    "fo:margin-bottom", "0pt", "fo:line-height", "100%",
	    "fo:keep-with-next", "always", ODT_END);
	odt_start(x, "style:text-properties");
	odt_size(x, "2pt");
	odt_end(x);
	odt_end(x);
	/*
	 * Writer ends a document that ends in a table with an empty
	 * paragraph, which takes a page of its own when the table fills the
	 * last one: this one is a fifth of a millimetre high.
	 */
	odt_start(x, "style:style");
	odt_attr(x, "style:name", "End");
	odt_attr(x, "style:family", "paragraph");
	odt_attr(x, "style:parent-style-name", "Standard");
	odt_empty(x, "style:paragraph-properties", "fo:margin-top", "0pt",
	    "fo:margin-bottom", "0pt", "fo:line-height", "0.02cm", ODT_END);
	odt_start(x, "style:text-properties");
	odt_size(x, "1pt");
	odt_end(x);
	odt_end(x);
	odt_item_styles(x, items);
	for (i = 0; i < r->nblocks; i++) {
		if (odt_columns(&r->blocks[i]) > 0)
			odt_table_styles(x, ++t, &r->blocks[i],
			    i + 1 == r->nblocks);
	}
	odt_end(x);
}

/* Start table number t with its columns. */
static void
odt_table_open(struct odt_xml *x, size_t t, const struct report_block *b)
{
	char	name[32];
	size_t	c, ncols = odt_columns(b);

	snprintf(name, sizeof name, "Table%zu", t);
	odt_start(x, "table:table");
	odt_attr(x, "table:name", name);
	odt_attr(x, "table:style-name", name);
	for (c = 0; c < ncols; c++) {
		snprintf(name, sizeof name, "Table%zu.C%zu", t, c + 1);
		odt_empty(x, "table:table-column", "table:style-name", name,
		    ODT_END);
	}
}

static void
odt_cell_open(struct odt_xml *x, const char *style)
{
	odt_start(x, "table:table-cell");
	odt_attr(x, "table:style-name", style);
	odt_attr(x, "office:value-type", "string");
}

/*
 * A cell of text in paragraphs of the parent style (text NULL: empty),
 * spanning rows rows of its column.
 */
static void
odt_cell_span(struct odt_xml *x, const char *cell_style, enum odt_parent p,
    const char *para_style, const char *text, const char *bookmark,
    size_t rows)
{
	char	n[24];

	odt_cell_open(x, cell_style);
	if (rows > 1) {
		snprintf(n, sizeof n, "%zu", rows);
		odt_attr(x, "table:number-rows-spanned", n);
	}
	if (para_style != NULL) {
		odt_start(x, "text:p");
		odt_attr(x, "text:style-name", para_style);
		if (bookmark != NULL)
			odt_empty(x, "text:bookmark", "text:name", bookmark,
			    ODT_END);
		odt_text(x, text);
		odt_end(x);
	} else
		odt_lines(x, p, text != NULL ? text : "", bookmark);
	odt_end(x);
}

/* A cell of one row. */
static void
odt_cell(struct odt_xml *x, const char *cell_style, enum odt_parent p,
    const char *para_style, const char *text, const char *bookmark)
{
	odt_cell_span(x, cell_style, p, para_style, text, bookmark, 1);
}

/* Bookmark names must be unique in a document; a repeated one gets a number. */
struct odt_marks {
	char	**names;
	size_t	  n;
};

static const char *
odt_mark(struct odt_marks *m, const char *title)
{
	char	*name = xstrdup(title);
	size_t	 i, k = 1;

	for (i = 0; i < m->n; i++) {
		if (strcmp(m->names[i], name) == 0) {
			free(name);
			name = xasprintf("%s (%zu)", title, ++k);
			i = (size_t)-1;	/* look again from the start */
		}
	}
	m->names = xreallocarray(m->names, m->n + 1, sizeof *m->names);
	m->names[m->n++] = name;
	return name;
}

/*
 * The header rows of a table: the column titles, under a row of group
 * titles when any column has a group (a column without one spans both).
 * They are table:table-header-rows, which Writer repeats at the top of
 * every page the table runs onto.
 */
static void
odt_table_head(struct odt_xml *x, const struct report_block *b)
{
	char	n[24];
	size_t	c, k, span;
	int	groups = 0;

	for (c = 0; c < b->ncolumns; c++) {
		if (b->columns[c].group != NULL)
			groups = 1;
	}
	odt_start(x, "table:table-header-rows");
	if (groups) {
		odt_start(x, "table:table-row");
		for (c = 0; c < b->ncolumns; c += span) {
			const char *g = b->columns[c].group;

			span = 1;
			while (g != NULL && c + span < b->ncolumns &&
			    b->columns[c + span].group != NULL &&
			    strcmp(b->columns[c + span].group, g) == 0)
				span++;
			odt_cell_open(x, "Cell");
			if (g == NULL)
				odt_attr(x, "table:number-rows-spanned", "2");
			else if (span > 1) {
				snprintf(n, sizeof n, "%zu", span);
				odt_attr(x, "table:number-columns-spanned", n);
			}
			odt_para(x, "Table_20_Heading", g != NULL ? g :
			    b->columns[c].title);
			odt_end(x);
			for (k = 1; k < span; k++)
				odt_empty(x, "table:covered-table-cell", ODT_END);
		}
		odt_end(x);
	}
	odt_start(x, "table:table-row");
	for (c = 0; c < b->ncolumns; c++) {
		if (groups && b->columns[c].group == NULL) {
			odt_empty(x, "table:covered-table-cell", ODT_END);
			continue;
		}
		odt_cell(x, "Cell", ODT_CELL, "Table_20_Heading",
		    b->columns[c].title, NULL);
	}
	odt_end(x);
	odt_end(x);
}

/* A cell of boxes: ☐ and each choice, one under the other, to overtype. */
static void
odt_choices(struct odt_xml *x, const char *choices, const char *bookmark)
{
	const char	*s = choices, *nl;
	char		*line;

	odt_cell_open(x, "Cell");
	while (s != NULL) {
		nl = strchr(s, '\n');
		line = xasprintf("☐ %.*s", (int)(nl != NULL ? nl - s :
		    (ptrdiff_t)strlen(s)), s);
		odt_start(x, "text:p");
		odt_attr(x, "text:style-name", "Table_20_Contents");
		if (bookmark != NULL)
			odt_empty(x, "text:bookmark", "text:name", bookmark,
			    ODT_END);
		bookmark = NULL;
		odt_text(x, line);
		odt_end(x);
		free(line);
		s = nl != NULL ? nl + 1 : NULL;
	}
	odt_end(x);
}

/*
 * A table's header rows and rows.  A run of equal cells in the merge
 * column is one cell spanning its rows (Writer shows its text once, on
 * the page where the run starts).
 */
static void
odt_table(struct odt_xml *x, size_t t, const struct report_block *b,
    struct odt_marks *marks)
{
	size_t	c, i, k, m = b->merge_column > 0 &&
		    b->merge_column <= b->ncolumns ? b->merge_column - 1 :
		    b->ncolumns;

	odt_table_open(x, t, b);
	odt_table_head(x, b);
	for (i = 0; i < b->nrows; i++) {
		const struct report_row *row = &b->rows[i];

		odt_start(x, "table:table-row");
		odt_attr(x, "table:style-name", "Row");
		for (c = 0; c < b->ncolumns; c++) {
			const char *mark = c == 0 && row->bookmark != NULL ?
			    odt_mark(marks, row->bookmark) : NULL;

			if (c == m && b->columns[c].kind == CELL_TEXT) {
				if (report_same_as_above(b, m, i)) {
					odt_empty(x, "table:covered-table-cell",
					    ODT_END);
					continue;
				}
				for (k = 1; i + k < b->nrows &&
				    report_same_as_above(b, m, i + k); k++)
					;
				odt_cell_span(x, "Cell", ODT_CELL, NULL,
				    row->cells[c], mark, k);
			} else if (b->columns[c].kind == CELL_CHECKBOX)
				/* A box to overtype: ☐ becomes ☑ or ☒ by hand. */
				odt_cell(x, "Cell", ODT_CELL, "Box", "☐", mark);
			else if (b->columns[c].kind == CELL_CHOICES)
				odt_choices(x, b->columns[c].choices != NULL ?
				    b->columns[c].choices : "", mark);
			else
				odt_cell(x, "Cell", ODT_CELL, NULL,
				    row->cells[c], mark);
		}
		odt_end(x);
	}
	odt_end(x);
}

/*
 * Labels each beside a value in an unruled table, one row shape for the
 * case fields and the sign-off: a value left to write by hand is a ruled
 * line, as every signature is, and a signature has the ROC date's form
 * after it.
 */
static void
odt_labelled(struct odt_xml *x, size_t t, const struct report_block *b)
{
	int	sign = b->kind == BLOCK_SIGNATURES, hand;
	size_t	i;

	odt_table_open(x, t, b);
	for (i = 0; i < b->nfields; i++) {
		hand = sign || b->values[i] == NULL;
		odt_start(x, "table:table-row");
		odt_attr(x, "table:style-name", sign ? "SignRow" :
		    hand ? "FillRow" : "Row");
		odt_cell(x, hand ? "Foot" : "Plain", ODT_CELL, NULL,
		    b->labels[i], NULL);
		odt_cell(x, hand ? "Line" : "Plain", ODT_CELL, NULL,
		    sign ? NULL : b->values[i], NULL);
		if (sign)
			odt_cell(x, "Foot", ODT_CELL, "Box", REPORT_SIGN_DATE,
			    NULL);
		odt_end(x);
	}
	odt_end(x);
}

/* Seal boxes side by side, each label over its empty box. */
static void
odt_seals(struct odt_xml *x, size_t t, const struct report_block *b)
{
	char	style[32];
	size_t	i;

	odt_table_open(x, t, b);
	odt_start(x, "table:table-row");
	odt_attr(x, "table:style-name", "Row");
	for (i = 0; i < b->nfields; i++) {
		if (i > 0)
			odt_cell(x, "Plain", ODT_CELL, NULL, NULL, NULL);
		odt_cell(x, "Foot", ODT_CELL, "Box", b->labels[i], NULL);
	}
	odt_end(x);
	snprintf(style, sizeof style, "Table%zu.Box", t);
	odt_start(x, "table:table-row");
	odt_attr(x, "table:style-name", style);
	for (i = 0; i < b->nfields; i++) {
		if (i > 0)
			odt_cell(x, "Plain", ODT_CELL, NULL, NULL, NULL);
		odt_cell(x, "Seal", ODT_CELL, NULL, NULL, NULL);
	}
	odt_end(x);
	odt_end(x);
}

static void
odt_heading(struct odt_xml *x, const struct report_block *b)
{
	odt_start(x, "text:h");
	odt_attr(x, "text:style-name", b->level <= 1 ? "Heading_20_1" :
	    "Heading_20_2");
	odt_attr(x, "text:outline-level", b->level <= 1 ? "1" : "2");
	odt_text(x, b->text);
	odt_end(x);
}

/* Note the item indents of one string of the report: odt_scan's walker. */
static int
odt_scan_text(const char *s, enum report_text what, void *arg)
{
	struct odt_items	*items = arg;

	if (what == REPORT_TEXT_PARAGRAPH)
		odt_items_scan(items, ODT_BODY, s);
	else if (what == REPORT_TEXT_FIELD || what == REPORT_TEXT_CELL)
		odt_items_scan(items, ODT_CELL, s);
	return 0;
}

/* Which item indents the report's text needs, before any is written. */
static void
odt_scan(const struct report *r, struct odt_items *items)
{
	memset(items, 0, sizeof *items);
	report_walk(r, odt_scan_text, items);
}

static int
odt_content(const struct report *r, struct odt_part *part)
{
	struct odt_xml		 x;
	struct odt_marks	 marks = { NULL, 0 };
	struct odt_items	 items;
	size_t			 i, t = 0;

	odt_scan(r, &items);
	odt_xml_open(&x);
	odt_start(&x, "office:document-content");
	odt_namespaces(&x);
	odt_font_faces(&x);
	odt_content_styles(&x, r, &items);
	odt_start(&x, "office:body");
	odt_start(&x, "office:text");
	if (r->label != NULL && *r->label != '\0')
		odt_para(&x, "Label", r->label);
	if (r->title != NULL && *r->title != '\0')
		odt_para(&x, "Title", r->title);
	for (i = 0; i < r->nblocks; i++) {
		const struct report_block *b = &r->blocks[i];

		switch (b->kind) {
		case BLOCK_HEADING:
			odt_heading(&x, b);
			break;
		case BLOCK_PARAGRAPH:
			if (b->keep_with_next && strchr(b->text, '\n') == NULL)
				odt_para(&x, "Lead", b->text);
			else
				odt_lines(&x, ODT_BODY, b->text, NULL);
			break;
		case BLOCK_FIELDS:
		case BLOCK_SIGNATURES:
			odt_labelled(&x, ++t, b);
			break;
		case BLOCK_TABLE:
			odt_table(&x, ++t, b, &marks);
			break;
		case BLOCK_SEALS:
			odt_seals(&x, ++t, b);
			break;
		}
		if (b->keep_with_next && odt_columns(b) > 0 &&
		    i + 1 < r->nblocks && odt_columns(&r->blocks[i + 1]) > 0)
			odt_para(&x, "Joint", NULL);
	}
	if (r->nblocks > 0 && odt_columns(&r->blocks[r->nblocks - 1]) > 0)
		odt_para(&x, "End", NULL);
	odt_end(&x);
	odt_end(&x);
	odt_end(&x);
	for (i = 0; i < marks.n; i++)
		free(marks.names[i]);
	free(marks.names);
	return odt_xml_close(&x, part);
}

/* The created time as xsd:dateTime in UTC, or "" when there is none. */
static void
odt_date(time_t t, char out[32])
{
	struct tm	tm;

	out[0] = '\0';
	if (t != (time_t)-1 && gmtime_r(&t, &tm) != NULL)
		strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void
odt_meta_element(struct odt_xml *x, const char *name, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	odt_start(x, name);
	odt_chars(x, value, strlen(value));
	odt_end(x);
}

static int
odt_meta(const struct report *r, struct odt_part *part)
{
	struct odt_xml	x;
	char		date[32], *title;

	odt_date(r->created, date);
	/* The label belongs to the title, as on the page: 「附件三：…」. */
	title = r->label != NULL && r->title != NULL ?
	    xasprintf("%s：%s", r->label, r->title) :
	    xstrdup(r->title != NULL ? r->title : "");
	odt_xml_open(&x);
	odt_start(&x, "office:document-meta");
	odt_attr(&x, "xmlns:office", ODT_NS_OFFICE);
	odt_attr(&x, "xmlns:meta", ODT_NS_META);
	odt_attr(&x, "xmlns:dc", ODT_NS_DC);
	odt_attr(&x, "office:version", ODT_VERSION);
	odt_start(&x, "office:meta");
	odt_meta_element(&x, "meta:generator", PACKAGE " " PACKAGE_VERSION);
	odt_meta_element(&x, "dc:title", title);
	odt_meta_element(&x, "dc:subject", r->subject);
	odt_meta_element(&x, "meta:initial-creator", r->author);
	odt_meta_element(&x, "dc:creator", r->author);
	odt_meta_element(&x, "meta:creation-date", date);
	odt_meta_element(&x, "dc:date", date);
	odt_meta_element(&x, "dc:language", r->language);
	/* Writer lists it under File ▸ Properties ▸ Custom Properties. */
	if (r->identifier != NULL) {
		odt_start(&x, "meta:user-defined");
		odt_attr(&x, "meta:name", "文件識別碼");
		odt_chars(&x, r->identifier, strlen(r->identifier));
		odt_end(&x);
	}
	odt_end(&x);
	odt_end(&x);
	free(title);
	return odt_xml_close(&x, part);
}

/* The manifest, listing every other part of the package. */
static int
odt_manifest(struct odt_part *parts, size_t n, struct odt_part *part)
{
	struct odt_xml	x;
	size_t		i;

	odt_xml_open(&x);
	odt_start(&x, "manifest:manifest");
	odt_attr(&x, "xmlns:manifest", ODT_NS_MANIFEST);
	odt_attr(&x, "manifest:version", ODT_VERSION);
	odt_empty(&x, "manifest:file-entry", "manifest:full-path", "/",
	    "manifest:version", ODT_VERSION, "manifest:media-type",
	    ODT_MIMETYPE, ODT_END);
	for (i = 0; i < n; i++) {
		if (parts[i].media == NULL || &parts[i] == part)
			continue;
		odt_empty(&x, "manifest:file-entry", "manifest:full-path",
		    parts[i].name, "manifest:media-type", parts[i].media, ODT_END);
	}
	odt_end(&x);
	return odt_xml_close(&x, part);
}

/*
 * The zip's MS-DOS time and date of t, in UTC so that the bytes do not
 * depend on the time zone; the format starts in 1980 and ends in 2107.
 */
static void
odt_dostime(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
	struct tm	tm;

	if (t == (time_t)-1 || gmtime_r(&t, &tm) == NULL ||
	    tm.tm_year < 80) {
		memset(&tm, 0, sizeof tm);
		tm.tm_year = 80;
		tm.tm_mday = 1;
	} else if (tm.tm_year > 207) {
		tm.tm_year = 207;
		tm.tm_mon = 11;
		tm.tm_mday = 31;
		tm.tm_hour = 23;
		tm.tm_min = 59;
		tm.tm_sec = 58;
	}
	*dtime = (zip_uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 |
	    tm.tm_sec / 2);
	*ddate = (zip_uint16_t)((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 |
	    tm.tm_mday);
}

static char *
odt_zip_cause(zip_error_t *ze)
{
	return xasprintf(_("cannot build the ODF package: %s"),
	    zip_error_strerror(ze));
}

/* Zip the parts, in order, into memory; returns 0 or -1 with *cause. */
static int
odt_zip(const struct odt_part *parts, size_t n, time_t created, void **buf,
    size_t *len, char **cause)
{
	zip_error_t	 ze;
	zip_source_t	*out, *src;
	zip_t		*za;
	zip_stat_t	 st;
	zip_int64_t	 idx;
	zip_uint16_t	 dtime, ddate;
	size_t		 i;
	int		 rc = -1;

	zip_error_init(&ze);
	odt_dostime(created, &dtime, &ddate);
	if ((out = zip_source_buffer_create(NULL, 0, 0, &ze)) == NULL) {
		*cause = odt_zip_cause(&ze);
		zip_error_fini(&ze);
		return -1;
	}
	if ((za = zip_open_from_source(out, ZIP_TRUNCATE, &ze)) == NULL) {
		*cause = odt_zip_cause(&ze);
		goto out;
	}
	/* Keep the buffer source past zip_close, which writes into it. */
	zip_source_keep(out);
	for (i = 0; i < n; i++) {
		src = zip_source_buffer(za, parts[i].data, parts[i].len, 0);
		if (src == NULL)
			goto fail;
		if ((idx = zip_file_add(za, parts[i].name, src, 0)) < 0) {
			zip_source_free(src);
			goto fail;
		}
		if (zip_set_file_compression(za, (zip_uint64_t)idx,
		    parts[i].stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1) != 0 ||
		    zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate,
		    0) != 0 ||
		    zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0,
		    ZIP_OPSYS_UNIX, ODT_FILE_MODE << 16) != 0)
			goto fail;
	}
	if (zip_close(za) != 0)
		goto fail;
	za = NULL;

	zip_stat_init(&st);
	if (zip_source_stat(out, &st) != 0 || zip_source_open(out) != 0) {
		*cause = odt_zip_cause(zip_source_error(out));
		goto out;
	}
	*len = (size_t)st.size;
	*buf = xmalloc(*len + 1);
	if (zip_source_read(out, *buf, st.size) != (zip_int64_t)st.size) {
		*cause = odt_zip_cause(zip_source_error(out));
		zip_source_close(out);
		free(*buf);
		*buf = NULL;
		*len = 0;
		goto out;
	}
	zip_source_close(out);
	rc = 0;
	goto out;
fail:
	*cause = odt_zip_cause(zip_get_error(za));
	zip_discard(za);
out:
	zip_source_free(out);
	zip_error_fini(&ze);
	return rc;
}

int
odt_render(const struct report *r, void **buf, size_t *len, char **cause)
{
	static const char mimetype[] = ODT_MIMETYPE;
	struct odt_part parts[ODT_NPARTS] = {
		[ODT_PART_MIMETYPE] = { "mimetype", NULL, 1, NULL, 0 },
		[ODT_PART_CONTENT] = { "content.xml", "text/xml", 0, NULL, 0 },
		[ODT_PART_STYLES] = { "styles.xml", "text/xml", 0, NULL, 0 },
		[ODT_PART_META] = { "meta.xml", "text/xml", 0, NULL, 0 },
		[ODT_PART_MANIFEST] = { "META-INF/manifest.xml", NULL, 0,
		    NULL, 0 },
	};
	size_t	i;
	int	rc = -1;

	*buf = NULL;
	*len = 0;
	parts[ODT_PART_MIMETYPE].data = xstrdup(mimetype);
	parts[ODT_PART_MIMETYPE].len = sizeof mimetype - 1;
	if (odt_content(r, &parts[ODT_PART_CONTENT]) != 0 ||
	    odt_styles(r, &parts[ODT_PART_STYLES]) != 0 ||
	    odt_meta(r, &parts[ODT_PART_META]) != 0 ||
	    odt_manifest(parts, ODT_NPARTS, &parts[ODT_PART_MANIFEST]) != 0) {
		*cause = xstrdup(_("cannot write the ODF document's XML"));
		goto out;
	}
	rc = odt_zip(parts, ODT_NPARTS, r->created, buf, len, cause);
out:
	for (i = 0; i < ODT_NPARTS; i++)
		free(parts[i].data);
	return rc;
}


int
odt_created(const void *buf, size_t len, time_t *out)
{
	static const char	 key[] = "<meta:creation-date>";
	zip_source_t		*src;
	zip_t			*za;
	zip_file_t		*zf;
	zip_stat_t		 st;
	struct tm		 tm;
	char			*meta = NULL;
	const char		*p;
	zip_int64_t		 n = -1;
	int			 rc = -1;

	if ((src = zip_source_buffer_create(buf, len, 0, NULL)) == NULL)
		return -1;
	if ((za = zip_open_from_source(src, ZIP_RDONLY, NULL)) == NULL) {
		zip_source_free(src);
		return -1;
	}
	/* Ours are small; a meta.xml of a megabyte is not one of them. */
	zip_stat_init(&st);
	if (zip_stat(za, "meta.xml", 0, &st) == 0 &&
	    (st.valid & ZIP_STAT_SIZE) && st.size < 1 << 20 &&
	    (zf = zip_fopen(za, "meta.xml", 0)) != NULL) {
		meta = xmalloc((size_t)st.size + 1);
		n = zip_fread(zf, meta, st.size);
		zip_fclose(zf);
	}
	zip_close(za);	/* read-only: frees src as well */
	if (meta == NULL || n != (zip_int64_t)st.size)
		goto out;
	meta[n] = '\0';
	if ((p = strstr(meta, key)) == NULL)
		goto out;
	memset(&tm, 0, sizeof tm);
	if (sscanf(p + sizeof key - 1, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year,
	    &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		goto out;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	*out = timegm(&tm);
	rc = 0;
out:
	free(meta);
	return rc;
}
