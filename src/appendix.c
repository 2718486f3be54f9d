/* appendix.c: what the tender appendix says, in the order it says it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "xmalloc.h"

/*
 * The documents are official Chinese text whatever the interface language,
 * so their words are not translated.
 */

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
	report_add_field(b, "日期", a->date);
	report_add_field(b, "採購方式", a->route == ROUTE_JOINT_SUPPLY ?
	    "雲端服務共同供應契約訂購" : "招標採購");
	report_add_field(b, "採購類型", c->name);
	s = xasprintf("%s級", tier_label((enum tier)a->tier));
	report_add_field(b, "系統防護需求等級", s);
	free(s);
	if (a->level != -1) {
		s = xasprintf("%s級", answers_level_name(a->level));
		report_add_field(b, "機關資通安全責任等級", s);
		free(s);
	}
}

struct report *
appendix_open(const struct catalogue *cat, const struct answers *a,
    const struct category *c, const char *title, const char *what,
    const char *fingerprint, time_t created)
{
	struct report	*r;
	char		*subject, *footer;

	subject = xasprintf("%s（%s）%s", a->name, c->name, what);
	footer = xasprintf("條款目錄版本 %s　答案指紋 %.16s",
	    cat->source.version, fingerprint);
	r = report_new(title, subject, a->agency, footer, created);
	free(subject);
	free(footer);
	report_add_heading(r, 1, "案件資訊");
	appendix_add_case(r, a, c);
	return r;
}

static void
appendix_add_source(struct report *r, const struct catalogue *cat,
    const struct category *c)
{
	char	*s;
	size_t	 i;

	s = xasprintf("本附件依據%s%s%s函「%s」之「%s」類型訂定。",
	    cat->source.issuer, cat->source.date_roc, cat->source.reference,
	    cat->source.title, c->name);
	report_add_paragraph(r, s);
	free(s);
	s = xasprintf("圖示：%s%s；%s%s；%s%s；%s%s。",
	    cat->legend[MARK_REQUIRED].symbol, cat->legend[MARK_REQUIRED].text,
	    cat->legend[MARK_OPTIONAL].symbol, cat->legend[MARK_OPTIONAL].text,
	    cat->legend[MARK_BY_LEVEL].symbol, cat->legend[MARK_BY_LEVEL].text,
	    cat->legend[MARK_NONE].symbol, cat->legend[MARK_NONE].text);
	report_add_paragraph(r, s);
	free(s);
	for (i = 0; i < c->nnotes; i++) {
		s = xasprintf("說明%zu：%s", i + 1, c->notes[i]);
		report_add_paragraph(r, s);
		free(s);
	}
}

static void
appendix_add_clauses(struct report *r, const struct resolution *res)
{
	static const struct report_column cols[] = {
		{ "項次", 0.07, CELL_TEXT },
		{ "項目", 0.16, CELL_TEXT },
		{ "要求內容", 0.47, CELL_TEXT },
		{ "說明", 0.30, CELL_TEXT },
	};
	struct report_block	*t;
	const char		*cells[4], *group = NULL;
	char			 num[16];
	size_t			 i, n = 0;

	t = report_add_table(r, cols, 4);
	for (i = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if (row->state != ROW_ADOPTED)
			continue;
		snprintf(num, sizeof num, "%zu", ++n);
		cells[0] = num;
		cells[1] = row->clause->group;
		cells[2] = row->text;
		cells[3] = row->note != NULL ? row->note : "";
		report_add_row(t, cells, group == NULL ||
		    strcmp(group, row->clause->group) != 0 ?
		    row->clause->group : NULL);
		group = row->clause->group;
	}
}

static void
appendix_add_jsc(struct report *r, const struct catalogue *cat,
    const struct category *c)
{
	static const struct report_column cols[] = {
		{ "項次", 0.07, CELL_TEXT },
		{ "檢核項目", 0.23, CELL_TEXT },
		{ "要求內容", 0.70, CELL_TEXT },
	};
	struct report_block	*t;
	const char		*cells[3];
	char			 num[16], *s;
	size_t			 i, n = 0;

	report_add_heading(r, 1, "雲端服務共同供應契約資安檢核");
	s = xasprintf("本案經由雲端服務共同供應契約訂購，訂購機關應依%s「%s」"
	    "辦理下列檢核。", cat->jsc_source.issuer, cat->jsc_source.title);
	report_add_paragraph(r, s);
	free(s);
	t = report_add_table(r, cols, 3);
	for (i = 0; i < cat->njsc; i++) {
		if (!catalogue_jsc_applies(&cat->jsc[i], c->id))
			continue;
		snprintf(num, sizeof num, "%zu", ++n);
		cells[0] = num;
		cells[1] = cat->jsc[i].title;
		cells[2] = cat->jsc[i].text;
		report_add_row(t, cells, NULL);
	}
}

static void
appendix_add_annex(struct report *r, const struct resolution *res)
{
	static const struct report_column out_cols[] = {
		{ "編號", 0.09, CELL_TEXT },
		{ "項目", 0.15, CELL_TEXT },
		{ "要求內容", 0.40, CELL_TEXT },
		{ "未納入理由", 0.36, CELL_TEXT },
	};
	static const struct report_column why_cols[] = {
		{ "項次", 0.07, CELL_TEXT },
		{ "編號", 0.09, CELL_TEXT },
		{ "納入依據", 0.84, CELL_TEXT },
	};
	struct report_block	*t;
	const char		*cells[4];
	char			 num[16];
	size_t			 i, n;
	int			 pass;

	report_add_heading(r, 1, "附錄：條款採用情形");
	/* First the rows left out, then those placed in another procurement. */
	for (pass = 0; pass < 2; pass++) {
		enum row_state want = pass == 0 ? ROW_EXCLUDED : ROW_ELSEWHERE;

		n = 0;
		for (i = 0; i < res->nrows; i++) {
			enum row_state s = res->rows[i].state;

			if (pass == 0 ? s != ROW_ADOPTED && s != ROW_ELSEWHERE :
			    s == want)
				n++;
		}
		report_add_heading(r, 2, pass == 0 ? "未納入本案之條款" :
		    "另案辦理之條款（▲）");
		if (n == 0) {
			report_add_paragraph(r, "無。");
			continue;
		}
		t = report_add_table(r, out_cols, 4);
		for (i = 0; i < res->nrows; i++) {
			const struct resolved_row *row = &res->rows[i];

			if (pass == 0 ? row->state == ROW_ADOPTED ||
			    row->state == ROW_ELSEWHERE : row->state != want)
				continue;
			cells[0] = row->clause->id;
			cells[1] = row->clause->group;
			cells[2] = row->text;
			cells[3] = row->why;
			report_add_row(t, cells, NULL);
		}
	}

	report_add_heading(r, 2, "納入條款之依據");
	t = report_add_table(r, why_cols, 3);
	for (i = 0, n = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if (row->state != ROW_ADOPTED)
			continue;
		snprintf(num, sizeof num, "%zu", ++n);
		cells[0] = num;
		cells[1] = row->clause->id;
		cells[2] = row->why;
		report_add_row(t, cells, NULL);
	}
}

struct report *
appendix_report(const struct catalogue *cat, const struct answers *a,
    const struct resolution *res, const char *fingerprint, time_t created)
{
	struct report	*r;

	r = appendix_open(cat, a, res->category, "附件：資通安全要求",
	    "資通安全要求", fingerprint, created);
	appendix_add_source(r, cat, res->category);
	report_add_heading(r, 1, "資通安全要求");
	appendix_add_clauses(r, res);
	if (a->route == ROUTE_JOINT_SUPPLY)
		appendix_add_jsc(r, cat, res->category);
	appendix_add_annex(r, res);
	return r;
}
