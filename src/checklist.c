/* checklist.c: the checklist of adopted clauses for vendor self-assessment and acceptance review. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "xmalloc.h"

const struct report_column checklist_columns[CHECKLIST_NCOLUMNS] = {
	{ "項次", 0.07, CELL_TEXT },
	{ "要求內容", 0.45, CELL_TEXT },
	{ "符合", 0.07, CELL_CHECKBOX },
	{ "不符合", 0.08, CELL_CHECKBOX },
	{ "不適用", 0.08, CELL_CHECKBOX },
	{ "佐證資料", 0.25, CELL_TEXT },
};

struct report *
checklist_report(const struct catalogue *cat, const struct answers *a,
    const struct resolution *res, const char *fingerprint, time_t created)
{
	struct report		*r;
	struct report_block	*t, *sig;
	const char		*cells[CHECKLIST_NCOLUMNS], *group = NULL;
	char			*text, num[16];
	size_t			 i, n = 0;

	r = appendix_open(cat, a, res->category, "資通安全要求檢核表",
	    "資通安全要求檢核表", fingerprint, created);
	report_add_paragraph(r, "請就下列各項勾選「符合」、「不符合」或「不適用」，"
	    "並於「佐證資料」欄註明文件名稱或頁次；勾選「不適用」者請註明理由。");

	report_add_heading(r, 1, "檢核項目");
	t = report_add_table(r, checklist_columns, CHECKLIST_NCOLUMNS);
	for (i = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if (row->state != ROW_ADOPTED)
			continue;
		snprintf(num, sizeof num, "%zu", ++n);
		text = xasprintf("【%s】%s", row->clause->group, row->text);
		cells[0] = num;
		cells[1] = text;
		cells[2] = cells[3] = cells[4] = NULL;
		cells[5] = "";
		report_add_row(t, cells, group == NULL ||
		    strcmp(group, row->clause->group) != 0 ?
		    row->clause->group : NULL);
		group = row->clause->group;
		free(text);
	}
	/* Through the joint supply contract, the ordering agency checks these too. */
	group = "";
	if (a->route == ROUTE_JOINT_SUPPLY) {
		for (i = 0; i < cat->njsc; i++) {
			if (!catalogue_jsc_applies(&cat->jsc[i],
			    res->category->id))
				continue;
			snprintf(num, sizeof num, "%zu", ++n);
			text = xasprintf("【共契：%s】%s", cat->jsc[i].title,
			    cat->jsc[i].text);
			cells[0] = num;
			cells[1] = text;
			cells[2] = cells[3] = cells[4] = NULL;
			cells[5] = "";
			report_add_row(t, cells, group != NULL ?
			    "雲端服務共同供應契約" : NULL);
			group = NULL;
			free(text);
		}
	}

	report_add_heading(r, 1, "簽認");
	sig = report_add_signatures(r);
	report_add_signature(sig, "廠商負責人（簽章）");
	report_add_signature(sig, "機關審查人員（簽章）");
	return r;
}
