/* appendix.c: what the tender appendix for bidders says, in the order it says it, and the case header all three documents share. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "date.h"
#include "xmalloc.h"

/*
 * The documents are official Chinese text whatever the interface language,
 * so their words are not translated.
 */

char *
appendix_date(const struct answers *a)
{
	char	roc[DATE_ROC_MAX];

	if (a->date == NULL)
		return xstrdup("");
	if (date_roc(a->date, roc, sizeof roc) != 0)
		return xstrdup(a->date);
	return xstrdup(roc);
}

static void
appendix_add_case(struct report *r, const struct answers *a,
    const struct category *c)
{
	struct report_block	*b;
	char			*s;

	b = report_add_fields(r);
	report_add_field(b, "機關名稱", a->agency);
	report_add_field(b, "案名", a->name);
	report_add_field(b, "案號", a->number);
	s = appendix_date(a);
	report_add_field(b, "日期", s);
	free(s);
	/* Where the file does not say the method, the route's wording. */
	report_add_field(b, "採購方式", a->route == ROUTE_JOINT_SUPPLY ?
	    "雲端服務共同供應契約訂購" : a->method != -1 ?
	    method_label((enum method)a->method) : "招標採購");
	report_add_field(b, "採購類型", c->name);
	s = xasprintf("%s級", tier_label((enum tier)a->tier));
	report_add_field(b, "系統防護需求等級", s);
	free(s);
}

struct report *
appendix_open(const struct answers *a, const struct category *c,
    const char *label, const char *title, const char *fingerprint,
    time_t created)
{
	struct report	*r;
	char		*subject, *s;

	subject = xasprintf("%s（%s）%s", a->name, c->name, title);
	s = label != NULL ? xasprintf("%s　%s", label, title) : xstrdup(title);
	r = report_new(title, subject, a->agency, s, created);
	free(subject);
	free(s);
	report_set(&r->label, label);
	report_set(&r->identifier, fingerprint);
	s = xasprintf("案號：%s　案名：%s", a->number, a->name);
	report_set(&r->header, s);
	free(s);
	report_add_heading(r, 1, "案件資訊");
	appendix_add_case(r, a, c);
	return r;
}

size_t
appendix_number(const struct resolution *res, size_t i)
{
	size_t	j, n = 0;

	if (res->rows[i].state != ROW_ADOPTED)
		return 0;
	for (j = 0; j <= i; j++) {
		if (res->rows[j].state == ROW_ADOPTED)
			n++;
	}
	return n;
}

/* The catalogue's notes and texts run numbered items on; set them apart. */
static void
appendix_add_clauses(struct report *r, const struct resolution *res,
    size_t *n)
{
	static const struct report_column cols[] = {
		{ "項次", 0.07, CELL_TEXT, NULL, NULL },
		{ "項目", 0.15, CELL_TEXT, NULL, NULL },
		{ "要求內容", 0.48, CELL_TEXT, NULL, NULL },
		{ "說明", 0.30, CELL_TEXT, NULL, NULL },
	};
	struct report_block	*t;
	const char		*cells[4], *group = NULL;
	char			 num[16], *text, *note;
	size_t			 i;
	int			 first;

	t = report_add_table(r, cols, 4);
	/* Each group once over its rows, as the PCC table has it. */
	t->merge_column = 2;
	for (i = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if (row->state != ROW_ADOPTED)
			continue;
		snprintf(num, sizeof num, "%zu", ++*n);
		first = group == NULL || strcmp(group, row->clause->group) != 0;
		text = report_items(row->text);
		note = report_items(row->note != NULL ? row->note : "");
		cells[0] = num;
		cells[1] = row->clause->group;
		cells[2] = text;
		cells[3] = note;
		report_add_row(t, cells, first ? row->clause->group : NULL);
		group = row->clause->group;
		free(text);
		free(note);
	}
}

static void
appendix_add_jsc(struct report *r, const struct catalogue *cat,
    const struct category *c, size_t *n)
{
	static const struct report_column cols[] = {
		{ "項次", 0.07, CELL_TEXT, NULL, NULL },
		{ "檢核項目", 0.30, CELL_TEXT, NULL, NULL },
		{ "要求內容", 0.63, CELL_TEXT, NULL, NULL },
	};
	struct report_block	*t;
	const char		*cells[3];
	char			 num[16], *s;
	size_t			 i, any = 0;

	for (i = 0; i < cat->njsc; i++)
		any += catalogue_jsc_applies(&cat->jsc[i], c->id) &&
		    cat->jsc[i].party == JSC_VENDOR;
	if (any == 0)
		return;
	report_add_heading(r, 1, "雲端服務共同供應契約廠商應辦事項");
	s = xasprintf("本案經由雲端服務共同供應契約訂購，立約商另應符合%s"
	    "「%s」之下列要求，並提出佐證資料。", cat->jsc_source.issuer,
	    cat->jsc_source.title);
	/* The heading and this sentence go with the table's first row. */
	report_add_paragraph(r, s)->keep_with_next = 1;
	free(s);
	t = report_add_table(r, cols, 3);
	for (i = 0; i < cat->njsc; i++) {
		if (!catalogue_jsc_applies(&cat->jsc[i], c->id) ||
		    cat->jsc[i].party != JSC_VENDOR)
			continue;
		snprintf(num, sizeof num, "%zu", ++*n);
		s = report_items(cat->jsc[i].text);
		cells[0] = num;
		cells[1] = cat->jsc[i].title;
		cells[2] = s;
		report_add_row(t, cells, NULL);
		free(s);
	}
}

struct report *
appendix_report(const struct catalogue *cat, const struct answers *a,
    const struct resolution *res, const char *fingerprint, time_t created)
{
	struct report	*r;
	char		*s;
	size_t		 n = 0;

	r = appendix_open(a, res->category, a->attachment != NULL ?
	    a->attachment : "附件", "資通安全要求", fingerprint, created);
	s = xasprintf("本案廠商應符合下列資通安全要求，各項均為本採購契約之"
	    "要求事項，廠商並應依機關要求提出佐證資料。下列要求係依%s%s%s"
	    "函「%s」之「%s」類型訂定。", cat->source.issuer,
	    cat->source.date_roc, cat->source.reference, cat->source.title,
	    res->category->name);
	report_add_paragraph(r, s);
	free(s);
	report_add_heading(r, 1, "要求項目");
	appendix_add_clauses(r, res, &n);
	if (a->route == ROUTE_JOINT_SUPPLY)
		appendix_add_jsc(r, cat, res->category, &n);
	return r;
}
