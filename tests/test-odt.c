/* test-odt.c: the .odt writer on a report with every block and cell kind: well-formed parts, grouped header rows, merged cells, items, symbols, the creation time read back, the same bytes twice. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <zip.h>

#include "check.h"
#include "odt-load.h"
#include "odt.h"
#include "report.h"

/* A part of the package as a string (caller frees), or NULL. */
static char *
test_part(const void *buf, size_t len, const char *name)
{
	zip_source_t	*src;
	zip_t		*za;
	zip_file_t	*zf;
	zip_stat_t	 st;
	char		*s = NULL;

	if ((src = zip_source_buffer_create(buf, len, 0, NULL)) == NULL)
		return NULL;
	if ((za = zip_open_from_source(src, ZIP_RDONLY, NULL)) == NULL) {
		zip_source_free(src);
		return NULL;
	}
	zip_stat_init(&st);
	if (zip_stat(za, name, 0, &st) == 0 &&
	    (zf = zip_fopen(za, name, 0)) != NULL) {
		s = calloc(1, (size_t)st.size + 1);
		if (s != NULL &&
		    zip_fread(zf, s, st.size) != (zip_int64_t)st.size) {
			free(s);
			s = NULL;
		}
		zip_fclose(zf);
	}
	zip_close(za);
	return s;
}

/* Whether s is well-formed XML. */
static int
test_well_formed(const char *s)
{
	xmlDocPtr	doc;

	doc = xmlReadMemory(s, (int)strlen(s), "part.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL)
		return 0;
	xmlFreeDoc(doc);
	return 1;
}

static struct report *
test_report(void)
{
	static const struct report_column cols[] = {
		{ "項次", 0.1, CELL_TEXT, NULL, NULL },
		{ "項目", 0.2, CELL_TEXT, NULL, NULL },
		{ "符合", 0.1, CELL_CHECKBOX, "廠商自評", NULL },
		{ "不符合", 0.1, CELL_CHECKBOX, "廠商自評", NULL },
		{ "機關審查", 0.2, CELL_CHOICES, NULL, "符合\n不符合" },
		{ "內容", 0.3, CELL_TEXT, NULL, NULL },
	};
	struct report		*r;
	struct report_block	*b;
	const char		*cells[6];

	r = report_new("測試文件", "主旨", "測試機關", "頁尾　文字", 1763683200);
	report_set(&r->label, "附件三");
	report_set(&r->header, "案號：T-1　案名：A & <B>");
	report_set(&r->identifier, "0123abcd");
	report_add_heading(r, 1, "案件資訊");
	b = report_add_fields(r);
	report_add_field(b, "機關名稱", "測試機關");
	report_add_field(b, "廠商名稱", NULL);
	report_add_paragraph(r, "說明如下：\n1. 第一項\n(2) 第二項\n圖示：● 建議");
	b = report_add_table(r, cols, 6);
	b->merge_column = 2;
	b->keep_with_next = 1;
	cells[0] = "1";
	cells[1] = "甲組";
	cells[2] = cells[3] = cells[4] = NULL;
	cells[5] = "第一列  兩個空格";
	report_add_row(b, cells, "甲組");
	cells[0] = "2";
	cells[5] = "第二列";
	report_add_row(b, cells, NULL);
	cells[0] = "3";
	cells[1] = "乙組";
	cells[5] = "▲";
	report_add_row(b, cells, "甲組");
	b = report_add_seals(r, 40);
	b->keep_with_next = 1;
	report_add_seal(b, "廠商印章");
	report_add_seal(b, "負責人印章");
	b = report_add_signatures(r);
	report_add_signature(b, "廠商負責人（簽章）");
	return r;
}

int
main(void)
{
	struct report	*r;
	void		*buf, *buf2;
	size_t		 len, len2;
	char		*cause = NULL, *content, *styles, *meta, *manifest;
	time_t		 t = 0;

	r = test_report();
	CHECK(odt_render(r, &buf, &len, &cause) == 0);
	CHECK(odt_render(r, &buf2, &len2, &cause) == 0);
	if (buf == NULL || buf2 == NULL)
		return 1;
	CHECK(len == len2 && memcmp(buf, buf2, len) == 0);
	CHECK(odt_load_is_package(buf, len));
	CHECK(!odt_load_is_package("%PDF-1.7", 8));
	CHECK(odt_created(buf, len, &t) == 0 && t == 1763683200);
	CHECK(odt_created("PK\003\004", 4, &t) == -1);
	/* mimetype first, stored, no extra field, then its value. */
	CHECK(len > 38 && memcmp((char *)buf + 30, "mimetype", 8) == 0 &&
	    memcmp((char *)buf + 38, "application/vnd.oasis.opendocument.text",
	    39) == 0);
	CHECK(((unsigned char *)buf)[8] == 0 && ((unsigned char *)buf)[28] == 0);

	content = test_part(buf, len, "content.xml");
	styles = test_part(buf, len, "styles.xml");
	meta = test_part(buf, len, "meta.xml");
	manifest = test_part(buf, len, "META-INF/manifest.xml");
	CHECK(content != NULL && styles != NULL && meta != NULL &&
	    manifest != NULL);
	if (content == NULL || styles == NULL || meta == NULL ||
	    manifest == NULL)
		return 1;
	CHECK(test_well_formed(content));
	CHECK(test_well_formed(styles));
	CHECK(test_well_formed(meta));
	CHECK(test_well_formed(manifest));

	/* Label and title; the group header over two columns, the others spanning both header rows. */
	CHECK(strstr(content, "<text:p text:style-name=\"Label\">附件三</text:p>"
	    "<text:p text:style-name=\"Title\">測試文件</text:p>") != NULL);
	CHECK(strstr(content, "table:number-columns-spanned=\"2\"><text:p "
	    "text:style-name=\"Table_20_Heading\">廠商自評</text:p>") != NULL);
	CHECK(strstr(content, "table:number-rows-spanned=\"2\"><text:p "
	    "text:style-name=\"Table_20_Heading\">項次</text:p>") != NULL);
	/* 項目 甲組 spans its two rows; the third row has its own. */
	CHECK(strstr(content, "table:number-rows-spanned=\"2\"><text:p "
	    "text:style-name=\"Table_20_Contents\">甲組</text:p>") != NULL);
	CHECK(strstr(content, ">乙組</text:p>") != NULL);
	/* A repeated bookmark gets a number. */
	CHECK(strstr(content, "<text:bookmark text:name=\"甲組\"/>") != NULL);
	CHECK(strstr(content, "<text:bookmark text:name=\"甲組 (2)\"/>") !=
	    NULL);
	/* Items: a paragraph each, the number, a tab, the hanging indent. */
	CHECK(strstr(content, "<text:p text:style-name=\"Body_Item3\">1."
	    "<text:tab/>第一項</text:p>") != NULL);
	CHECK(strstr(content, "<text:p text:style-name=\"Body_Item4\">(2)"
	    "<text:tab/>第二項</text:p>") != NULL);
	CHECK(strstr(content, "style:name=\"Body_Item3\"") != NULL);
	/* Symbols in the Kai, spaces kept, boxes and choices. */
	CHECK(strstr(content, "<text:span text:style-name=\"Symbol\">●"
	    "</text:span>") != NULL);
	CHECK(strstr(content, "第一列<text:s text:c=\"2\"/>兩個空格") != NULL);
	CHECK(strstr(content, ">☐</text:span> 不符合</text:p>") != NULL);
	/* A line to fill in, seals kept with the sign-off, the tiny end. */
	CHECK(strstr(content, "table:style-name=\"FillRow\"") != NULL);
	CHECK(strstr(content, "style:min-row-height=\"40.0mm\"") != NULL);
	CHECK(strstr(content, "<text:p text:style-name=\"Joint\"/>") != NULL);
	CHECK(strstr(content, "<text:p text:style-name=\"End\"/>"
	    "</office:text>") != NULL);

	/* The header escaped, the footer's fields. */
	CHECK(strstr(styles, "案號：T-1　案名：A &amp; &lt;B&gt;") != NULL);
	CHECK(strstr(styles, "頁尾　文字<text:tab/>第 <text:page-number") !=
	    NULL);
	CHECK(strstr(meta, "<dc:title>附件三：測試文件</dc:title>") != NULL);
	CHECK(strstr(meta, "<meta:user-defined meta:name=\"文件識別碼\">"
	    "0123abcd</meta:user-defined>") != NULL);
	CHECK(strstr(manifest, "manifest:full-path=\"content.xml\"") != NULL);

	free(content);
	free(styles);
	free(meta);
	free(manifest);
	free(buf);
	free(buf2);
	report_free(r);
	return CHECK_DONE();
}
