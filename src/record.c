/* record.c: the agency's record of how each clause of the category was decided, for its own file. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "xmalloc.h"

static const char *
record_decision(enum row_state s)
{
	switch (s) {
	case ROW_ADOPTED:
		return "納入";
	case ROW_NOT_ADOPTED:
		return "未納入";
	case ROW_EXCLUDED:
		return "不納入";
	case ROW_ELSEWHERE:
		return "另案辦理";
	case ROW_NOT_APPLICABLE:
		return "不適用";
	case ROW_UNDECIDED:
		break;
	}
	return "未決定";
}

/*
 * The 依據 of a row's 理由及依據 (caller frees): the law a ▲ row rests on
 * comes from the resolver apart from the reason, so it is said once.
 */
static char *
record_basis(const struct resolved_row *row)
{
	switch (row->basis) {
	/* The table is cited in full above the rows; here by its short name. */
	case BASIS_MARK:
		return xstrdup("參考一覽表");
	case BASIS_CONTEXT:
		return xstrdup("參考一覽表之說明及本案情境");
	case BASIS_LEVEL:
		if (row->cite == NULL)
			return xstrdup("資通安全責任等級分級辦法");
		return xasprintf("%s%s%s", row->cite_with != NULL ?
		    row->cite_with : "", row->cite_with != NULL ? "；" : "",
		    row->cite);
	case BASIS_CHOICE:
		break;
	}
	return xstrdup("機關評估");
}

/* The fingerprint in groups of eight hex digits (caller frees). */
static char *
record_identifier(const char *fp)
{
	char	*s, *p;
	size_t	 i, n = strlen(fp);

	p = s = xmalloc(n + n / 8 + 1);
	for (i = 0; i < n; i++) {
		if (i > 0 && i % 8 == 0)
			*p++ = ' ';
		*p++ = fp[i];
	}
	*p = '\0';
	return s;
}

/*
 * How the tier was found, when the buyer rated the impacts in the wizard
 * or the file: each rating, and the highest, which 附表九 makes the tier;
 * a tier chosen otherwise is said, and so is a rating left incomplete.
 * NULL when nothing was rated.
 */
static char *
record_tier_basis(const struct answers *a)
{
	char		*rated = NULL, *unrated = NULL, **to, *t, *s;
	const char	*other = "";
	int		 i, best;

	if ((best = answers_impact_tier(a)) == -1)
		return NULL;
	/* Each aspect in one list or the other, 、 between. */
	for (i = 0; i < ANSWERS_IMPACTS; i++) {
		to = a->impacts[i] != -1 ? &rated : &unrated;
		t = xasprintf("%s%s%s%s%s", *to != NULL ? *to : "",
		    *to != NULL ? "、" : "", impact_label((enum impact)i),
		    a->impacts[i] != -1 ? " " : "", a->impacts[i] != -1 ?
		    tier_label((enum tier)a->impacts[i]) : "");
		free(*to);
		*to = t;
	}
	if (a->tier != -1 && a->tier != best)
		other = tier_label((enum tier)a->tier);
	/*
	 * With an aspect unrated the highest is not known: the ratings given
	 * are said, and the tier as chosen, not as 附表九's result.
	 */
	if (unrated != NULL) {
		s = xasprintf("依附表九評定未完成：%s（%s未評定），未據以定級%s%s%s",
		    rated, unrated, a->tier != -1 ? "；本案定為「" : "",
		    a->tier != -1 ? tier_label((enum tier)a->tier) : "",
		    a->tier != -1 ? "」級" : "");
		free(rated);
		free(unrated);
		return s;
	}
	s = xasprintf("依附表九：%s；取其最高者為「%s」級%s%s%s", rated,
	    tier_label((enum tier)best), *other != '\0' ? "，本案定為「" : "",
	    other, *other != '\0' ? "」級" : "");
	free(rated);
	return s;
}

static void
record_add_versions(struct report *r, const struct catalogue *cat,
    const struct rules *rules, const struct resolution *res,
    const struct answers *a,
    const char *fingerprint)
{
	struct report_block	*b;
	char			*s, *id;

	b = report_add_fields(r);
	if (a->level != -1) {
		s = xasprintf("%s級", answers_level_name(a->level));
		report_add_field(b, "機關資通安全責任等級", s);
		free(s);
	}
	if ((s = record_tier_basis(a)) != NULL) {
		report_add_field(b, "防護需求等級評估", s);
		free(s);
	}
	s = xasprintf("%s（版本 %s）", cat->source.title, cat->source.version);
	report_add_field(b, "條款目錄", s);
	free(s);
	/* The version as the answers file and show name it. */
	if (res->version != NULL) {
		s = xasprintf("%s（版本 %s）", res->version->source.title,
		    res->version->id);
		report_add_field(b, "判定規則", s);
		free(s);
	}
	/* A file kept from an earlier year says what has changed since. */
	if (rules != NULL && rules->in_force != NULL &&
	    rules->in_force != res->version) {
		s = xasprintf("%s（版本 %s）", rules->in_force->source.title,
		    rules->in_force->id);
		report_add_field(b, "現行規則", s);
		free(s);
	}
	if (a->route == ROUTE_JOINT_SUPPLY) {
		s = xasprintf("%s（版本 %s）", cat->jsc_source.title,
		    cat->jsc_source.version);
		report_add_field(b, "共契檢核", s);
		free(s);
	}
	/* In groups of eight, so that it breaks between them and reads aloud. */
	id = record_identifier(fingerprint);
	report_add_field(b, "文件識別碼", id);
	free(id);
}

static void
record_add_rows(struct report *r, const struct catalogue *cat,
    const struct resolution *res)
{
	static const struct report_column cols[] = {
		{ "項次", 0.075, CELL_TEXT, NULL, NULL },
		{ "編號", 0.13, CELL_TEXT, NULL, NULL },
		{ "要求內容", 0.335, CELL_TEXT, NULL, NULL },
		{ "標示", 0.07, CELL_TEXT, NULL, NULL },
		/* 不納入 and 未納入 on one line. */
		{ "決定", 0.105, CELL_TEXT, NULL, NULL },
		{ "理由及依據", 0.285, CELL_TEXT, NULL, NULL },
	};
	struct report_block	*t;
	const char		*cells[6], *group = NULL;
	char			 num[24], *text, *why, *basis;
	size_t			 i, n;

	t = report_add_table(r, cols, 6);
	for (i = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if ((n = appendix_number(res, i)) > 0)
			snprintf(num, sizeof num, "%zu", n);
		else
			num[0] = '\0';
		text = report_items(row->text);
		basis = record_basis(row);
		why = xasprintf("%s\n依據：%s", row->reason, basis);
		cells[0] = num;
		cells[1] = row->clause->id;
		cells[2] = text;
		/* An agency clause has no mark of the table to show. */
		cells[3] = row->custom ? "機關自訂" :
		    cat->legend[row->mark].symbol;
		cells[4] = record_decision(row->state);
		cells[5] = why;
		report_add_row(t, cells, group == NULL ||
		    strcmp(group, row->clause->group) != 0 ?
		    row->clause->group : NULL);
		group = row->clause->group;
		free(text);
		free(basis);
		free(why);
	}
}

static void
record_add_legend(struct report *r, const struct catalogue *cat,
    const struct resolution *res, const struct category *c)
{
	char	*s;
	size_t	 i;

	s = xasprintf("%s%s%s函「%s」（下稱參考一覽表）之「%s」類型，依系統"
	    "防護需求等級所列各列，均記載如下。", cat->source.issuer, cat->source.date_roc,
	    cat->source.reference, cat->source.title, c->name);
	report_add_paragraph(r, s);
	free(s);
	s = xasprintf("圖示：%s %s；%s %s；%s %s；%s %s。",
	    cat->legend[MARK_REQUIRED].symbol, cat->legend[MARK_REQUIRED].text,
	    cat->legend[MARK_OPTIONAL].symbol, cat->legend[MARK_OPTIONAL].text,
	    cat->legend[MARK_BY_LEVEL].symbol, cat->legend[MARK_BY_LEVEL].text,
	    cat->legend[MARK_NONE].symbol, cat->legend[MARK_NONE].text);
	report_add_paragraph(r, s);
	free(s);
	if (res->ncustom > 0)
		report_add_paragraph(r, "機關另依個案需要自訂之要求，併列於其"
		    "項目，標示欄記為「機關自訂」。");
	for (i = 0; i < c->nnotes; i++) {
		/* A note that gives the legend again: printed just above. */
		if (strncmp(c->notes[i], "圖示", strlen("圖示")) == 0)
			continue;
		s = xasprintf("一覽表說明%zu：%s", i + 1, c->notes[i]);
		report_add_paragraph(r, s);
		free(s);
	}
}

/*
 * One row of the agency's duties, numbered on from *n, in the table *t,
 * which the first row starts.
 */
static void
record_add_duty(struct report *r, struct report_block **t, size_t *n,
    const char *what, const char *text)
{
	static const struct report_column cols[] = {
		{ "項次", 0.07, CELL_TEXT, NULL, NULL },
		{ "事項", 0.30, CELL_TEXT, NULL, NULL },
		{ "內容", 0.63, CELL_TEXT, NULL, NULL },
	};
	const char	*cells[3];
	char		 num[16];

	if (*t == NULL)
		*t = report_add_table(r, cols, 3);
	snprintf(num, sizeof num, "%zu", ++*n);
	cells[0] = num;
	cells[1] = what;
	cells[2] = text;
	report_add_row(*t, cells, NULL);
}

/*
 * What the agency itself must do: rows placed elsewhere, what a note of
 * the table puts on the agency, its 共契 checks.
 */
static void
record_add_duties(struct report *r, const struct catalogue *cat,
    const struct answers *a, const struct resolution *res)
{
	struct report_block	*t = NULL;
	char			*s, *text, *why;
	size_t			 i, n = 0;

	report_add_heading(r, 1, "機關應辦事項");
	for (i = 0; i < res->nrows; i++) {
		const struct resolved_row *row = &res->rows[i];

		if (row->state == ROW_ELSEWHERE) {
			s = xasprintf("另案辦理：%s（%s）", row->clause->group,
			    row->clause->id);
			why = report_items(row->text);
			text = xasprintf("%s\n%s", why, row->reason);
			free(why);
			record_add_duty(r, &t, &n, s, text);
			free(s);
			free(text);
		}
		/* The note's words, and why they bind this case. */
		if (row->duty != NULL && row->note != NULL) {
			s = xasprintf("依說明辦理：%s（%s）",
			    row->clause->group, row->clause->id);
			text = xasprintf("%s\n%s", row->note,
			    row->duty->adopt);
			record_add_duty(r, &t, &n, s, text);
			free(s);
			free(text);
		}
	}
	for (i = 0; a->route == ROUTE_JOINT_SUPPLY && i < cat->njsc; i++) {
		if (!catalogue_jsc_applies(&cat->jsc[i], res->category->id) ||
		    cat->jsc[i].party == JSC_VENDOR)
			continue;
		s = xasprintf("%s：%s", cat->jsc[i].party ==
		    JSC_AGENCY ? "共契機關檢核" : "共契資訊", cat->jsc[i].title);
		text = report_items(cat->jsc[i].text);
		record_add_duty(r, &t, &n, s, text);
		free(s);
		free(text);
	}
	/* The sign-off that follows stays with the last duties. */
	if (t == NULL)
		report_add_paragraph(r, "無。");
	else
		t->keep_with_next = 1;
}

struct report *
record_report(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res,
    const char *fingerprint, time_t created)
{
	struct report		*r;
	struct report_block	*b;

	r = appendix_open(a, res->category, NULL, "資通安全條款擬定紀錄",
	    fingerprint, created);
	record_add_versions(r, cat, rules, res, a, fingerprint);
	report_add_heading(r, 1, "依據及圖示");
	record_add_legend(r, cat, res, res->category);
	report_add_heading(r, 1, "條款擬定情形");
	record_add_rows(r, cat, res);
	record_add_duties(r, cat, a, res);
	report_add_heading(r, 1, "簽核");
	b = report_add_signatures(r);
	report_add_signature(b, "承辦人（簽章）");
	report_add_signature(b, "審核人（簽章）");
	return r;
}
