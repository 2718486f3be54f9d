/* checklist.c: the checklist of the appendix's items for vendor self-assessment and agency review. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "xmalloc.h"

/* Seal boxes as agencies print them for 大小章, about 4 cm square. */
#define CHECKLIST_SEAL_MM	40

/*
 * Room to write by hand: the evidence column about 42 mm of the 170 mm
 * the page holds, 備註 22 mm for the reason of each 不適用; the choices
 * just hold 不符合 beside its box.
 */
const struct report_column checklist_columns[CHECKLIST_NCOLUMNS] = {
	{ "項次", 0.07, CELL_TEXT, NULL, NULL },
	{ "要求內容", 0.29, CELL_TEXT, NULL, NULL },
	{ "廠商自評", 0.13, CELL_CHOICES, NULL, "符合\n不符合\n不適用" },
	{ "佐證資料（文件名稱／頁次）", 0.25, CELL_TEXT, NULL, NULL },
	{ "機關審查", 0.13, CELL_CHOICES, NULL, "符合\n不符合" },
	{ "備註", 0.13, CELL_TEXT, NULL, NULL },
};

static void
checklist_row(struct report_block *t, size_t n, const char *group,
    const char *text, const char *bookmark)
{
	const char	*cells[CHECKLIST_NCOLUMNS];
	char		 num[16], *s, *items;

	snprintf(num, sizeof num, "%zu", n);
	items = report_items(text);
	s = xasprintf("【%s】%s", group, items);
	free(items);
	cells[0] = num;
	cells[1] = s;
	cells[2] = cells[4] = NULL;
	cells[3] = cells[5] = "";
	report_add_row(t, cells, bookmark);
	free(s);
}

/* A table of checks: no row splits, and the sign-off stays with the last. */
static struct report_block *
checklist_table(struct report *r)
{
	struct report_block	*t;

	t = report_add_table(r, checklist_columns, CHECKLIST_NCOLUMNS);
	t->keep_rows = 1;
	t->keep_with_next = 1;
	return t;
}

struct report *
checklist_report(const struct catalogue *cat, const struct answers *a,
    const struct resolution *res, const char *fingerprint, time_t created)
{
	struct report		*r;
	struct report_block	*t, *b;
	const char		*group = NULL;
	char			*s;
	size_t			 i, n = 0, njsc;

	r = appendix_open(a, res->category, NULL, "資通安全要求檢核表",
	    fingerprint, created);
	report_add_heading(r, 1, "廠商資料");
	b = report_add_fields(r);
	report_add_field(b, "廠商名稱", NULL);
	report_add_field(b, "統一編號", NULL);
	report_add_field(b, "負責人", NULL);
	/* The appendix's own label, and no tender where an order is placed. */
	s = xasprintf("填寫說明：\n"
	    "1. 廠商就各項於「廠商自評」勾選「符合」、「不符合」或「不適用」，"
	    "並於「佐證資料」欄註明文件名稱及頁次；勾選「不適用」者請於「備註」"
	    "欄敘明理由。\n"
	    "2. 「機關審查」欄由機關審查人員填寫。\n"
	    "3. 項次與%s「資通安全要求」%s之項次相同。",
	    a->route == ROUTE_JOINT_SUPPLY ? "訂購文件" : "招標文件",
	    a->attachment != NULL ? a->attachment : "附件");
	report_add_paragraph(r, s);
	free(s);

	report_add_heading(r, 1, "檢核項目");
	t = checklist_table(r);
	for (i = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if (row->state != ROW_ADOPTED)
			continue;
		/* Counted all the same: the numbers are the appendix's. */
		n++;
		if (!row->checklist)
			continue;
		checklist_row(t, n, row->clause->group, row->text,
		    group == NULL || strcmp(group, row->clause->group) != 0 ?
		    row->clause->group : NULL);
		group = row->clause->group;
	}
	/*
	 * Only the vendor's own checks, the agency's being in the record,
	 * under their own heading as in the appendix; the sign-off then
	 * goes with their table.
	 */
	for (i = 0, njsc = 0; a->route == ROUTE_JOINT_SUPPLY &&
	    i < cat->njsc; i++) {
		if (!catalogue_jsc_applies(&cat->jsc[i], res->category->id) ||
		    cat->jsc[i].party != JSC_VENDOR)
			continue;
		if (njsc++ == 0) {
			t->keep_with_next = 0;
			report_add_heading(r, 1,
			    "雲端服務共同供應契約廠商應辦事項");
			t = checklist_table(r);
		}
		checklist_row(t, ++n, cat->jsc[i].title, cat->jsc[i].text,
		    njsc == 1 ? "雲端服務共同供應契約" : NULL);
	}

	b = report_add_seals(r, CHECKLIST_SEAL_MM);
	b->keep_with_next = 1;
	report_add_seal(b, "廠商印章（公司章）");
	report_add_seal(b, "負責人印章");
	b = report_add_signatures(r);
	report_add_signature(b, "廠商負責人（簽章）");
	report_add_signature(b, "機關審查人員（簽章）");
	return r;
}
