/* report.c: building and freeing the typesetting-neutral document model. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "xmalloc.h"

static char *
report_dup(const char *s)
{
	return s == NULL ? NULL : xstrdup(s);
}

struct report *
report_new(const char *title, const char *subject, const char *author,
    const char *footer, time_t created)
{
	struct report	*r;

	r = xcalloc(1, sizeof *r);
	r->title = report_dup(title);
	r->subject = report_dup(subject);
	r->author = report_dup(author);
	r->footer = report_dup(footer);
	r->created = created;
	r->language = xstrdup("zh-TW");
	return r;
}

static void
report_free_block(struct report_block *b)
{
	size_t	i, j;

	free(b->text);
	for (i = 0; i < b->nfields; i++) {
		free(b->labels[i]);
		if (b->values != NULL)
			free(b->values[i]);
	}
	free(b->labels);
	free(b->values);
	for (i = 0; i < b->nrows; i++) {
		for (j = 0; j < b->ncolumns; j++)
			free(b->rows[i].cells[j]);
		free(b->rows[i].cells);
		free(b->rows[i].bookmark);
	}
	free(b->rows);
	for (i = 0; i < b->ncolumns; i++)
		free(b->columns[i].title);
	for (i = 0; i < b->ncolumns; i++) {
		free(b->columns[i].group);
		free(b->columns[i].choices);
	}
	free(b->columns);
}

void
report_free(struct report *r)
{
	size_t	i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nblocks; i++)
		report_free_block(&r->blocks[i]);
	free(r->blocks);
	free(r->title);
	free(r->subject);
	free(r->author);
	free(r->footer);
	free(r->label);
	free(r->header);
	free(r->identifier);
	free(r->language);
	free(r);
}

static struct report_block *
report_add_block(struct report *r, enum block_kind kind)
{
	struct report_block	*b;

	r->blocks = xreallocarray(r->blocks, r->nblocks + 1, sizeof *r->blocks);
	b = &r->blocks[r->nblocks++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

void
report_add_heading(struct report *r, int level, const char *text)
{
	struct report_block	*b;

	b = report_add_block(r, BLOCK_HEADING);
	b->level = level;
	b->text = xstrdup(text);
}

struct report_block *
report_add_paragraph(struct report *r, const char *text)
{
	struct report_block	*b = report_add_block(r, BLOCK_PARAGRAPH);

	b->text = xstrdup(text);
	return b;
}

struct report_block *
report_add_fields(struct report *r)
{
	return report_add_block(r, BLOCK_FIELDS);
}

void
report_add_field(struct report_block *b, const char *label, const char *value)
{
	b->labels = xreallocarray(b->labels, b->nfields + 1, sizeof *b->labels);
	b->values = xreallocarray(b->values, b->nfields + 1, sizeof *b->values);
	b->labels[b->nfields] = xstrdup(label);
	b->values[b->nfields] = report_dup(value);
	b->nfields++;
}

struct report_block *
report_add_table(struct report *r, const struct report_column *cols, size_t n)
{
	struct report_block	*b;
	size_t			 i;

	b = report_add_block(r, BLOCK_TABLE);
	b->columns = xcalloc(n, sizeof *b->columns);
	for (i = 0; i < n; i++) {
		b->columns[i] = cols[i];
		b->columns[i].title = xstrdup(cols[i].title);
		b->columns[i].group = report_dup(cols[i].group);
		b->columns[i].choices = report_dup(cols[i].choices);
	}
	b->ncolumns = n;
	return b;
}

void
report_add_row(struct report_block *b, const char *const *cells,
    const char *bookmark)
{
	struct report_row	*row;
	size_t			 i;

	b->rows = xreallocarray(b->rows, b->nrows + 1, sizeof *b->rows);
	row = &b->rows[b->nrows++];
	row->cells = xcalloc(b->ncolumns, sizeof *row->cells);
	for (i = 0; i < b->ncolumns; i++)
		row->cells[i] = report_dup(cells[i]);
	row->bookmark = report_dup(bookmark);
}

struct report_block *
report_add_signatures(struct report *r)
{
	return report_add_block(r, BLOCK_SIGNATURES);
}

void
report_add_signature(struct report_block *b, const char *label)
{
	b->labels = xreallocarray(b->labels, b->nfields + 1, sizeof *b->labels);
	b->labels[b->nfields++] = xstrdup(label);
}

void
report_set(char **slot, const char *s)
{
	free(*slot);
	*slot = report_dup(s);
}

struct report_block *
report_add_seals(struct report *r, double mm)
{
	struct report_block	*b;

	b = report_add_block(r, BLOCK_SEALS);
	b->seal_mm = mm;
	return b;
}

void
report_add_seal(struct report_block *b, const char *label)
{
	report_add_signature(b, label);
}

/* Digits at s, ASCII or full-width, at most two; bytes in *len, count returned. */
static int
report_digits(const char *s, size_t *len)
{
	const unsigned char	*p = (const unsigned char *)s;
	int			 n = 0;

	*len = 0;
	for (;;) {
		if (p[*len] >= '0' && p[*len] <= '9')
			*len += 1;
		else if (p[*len] == 0xef && p[*len + 1] == 0xbc &&
		    p[*len + 2] >= 0x90 && p[*len + 2] <= 0x99)
			*len += 3;	/* ０ to ９ */
		else
			break;
		n++;
	}
	return n;
}

static int
report_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

size_t
report_item_marker(const char *line)
{
	static const char *const cjk[] = {
		"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、",
		"九、", "十、"
	};
	const char	*p = line;
	size_t		 len, i;
	int		 n;

	for (i = 0; i < sizeof cjk / sizeof *cjk; i++) {
		if (report_prefix(p, cjk[i])) {
			p += strlen(cjk[i]);
			goto spaces;
		}
	}
	if (*p == '(' || report_prefix(p, "（")) {
		p += *p == '(' ? 1 : strlen("（");
		n = report_digits(p, &len);
		if (n < 1 || n > 2)
			return 0;
		p += len;
		if (*p == ')')
			p++;
		else if (report_prefix(p, "）"))
			p += strlen("）");
		else
			return 0;
		goto spaces;
	}
	n = report_digits(p, &len);
	if (n < 1 || n > 2)
		return 0;
	p += len;
	if (*p == '.' && !(p[1] >= '0' && p[1] <= '9'))
		p++;
	else if (report_prefix(p, "、") || report_prefix(p, "．"))
		p += strlen("、");
	else
		return 0;
spaces:
	while (*p == ' ')
		p++;
	/* A marker with nothing after it numbers nothing. */
	if (*p == '\0' || *p == '\n')
		return 0;
	return (size_t)(p - line);
}

char *
report_items(const char *text)
{
	char	*out, *o;
	const char *p, *q;

	/* At most one '\n' more for each character. */
	out = o = xmalloc(2 * strlen(text) + 1);
	for (p = text; *p != '\0'; ) {
		/* A run of spaces, or a sentence end, before a marker. */
		if (*p == ' ') {
			for (q = p; *q == ' '; q++)
				continue;
			if (o > out && o[-1] != '\n' &&
			    report_item_marker(q) > 0) {
				*o++ = '\n';
				p = q;
				continue;
			}
		} else if (o > out && o[-1] != '\n' &&
		    (report_prefix(p, "。") || report_prefix(p, "：") ||
		    report_prefix(p, "；")) &&
		    report_item_marker(p + strlen("。")) > 0) {
			memcpy(o, p, strlen("。"));
			o += strlen("。");
			p += strlen("。");
			*o++ = '\n';
			continue;
		}
		*o++ = *p++;
	}
	*o = '\0';
	return out;
}

int
report_same_as_above(const struct report_block *b, size_t c, size_t i)
{
	const char	*a, *p;

	if (i == 0 || i >= b->nrows || c >= b->ncolumns)
		return 0;
	a = b->rows[i].cells[c];
	p = b->rows[i - 1].cells[c];
	return a != NULL && p != NULL && strcmp(a, p) == 0;
}

/* fn(s) unless s is NULL. */
#define REPORT_VISIT(s, what) do {					\
	if ((s) != NULL && (rc = fn((s), (what), arg)) != 0)		\
		return rc;						\
} while (0)

int
report_walk(const struct report *r,
    int (*fn)(const char *, enum report_text, void *), void *arg)
{
	const struct report_block	*b;
	size_t				 i, j, k;
	int				 rc;

	REPORT_VISIT(r->title, REPORT_TEXT_DOCUMENT);
	REPORT_VISIT(r->label, REPORT_TEXT_DOCUMENT);
	REPORT_VISIT(r->header, REPORT_TEXT_DOCUMENT);
	REPORT_VISIT(r->footer, REPORT_TEXT_DOCUMENT);
	for (i = 0; i < r->nblocks; i++) {
		b = &r->blocks[i];
		REPORT_VISIT(b->text, b->kind == BLOCK_HEADING ?
		    REPORT_TEXT_HEADING : REPORT_TEXT_PARAGRAPH);
		for (j = 0; j < b->nfields; j++) {
			REPORT_VISIT(b->labels[j], REPORT_TEXT_FIELD);
			if (b->values != NULL)
				REPORT_VISIT(b->values[j], REPORT_TEXT_FIELD);
		}
		for (j = 0; j < b->ncolumns; j++) {
			REPORT_VISIT(b->columns[j].title, REPORT_TEXT_COLUMN);
			REPORT_VISIT(b->columns[j].group, REPORT_TEXT_COLUMN);
			REPORT_VISIT(b->columns[j].choices, REPORT_TEXT_COLUMN);
			if (b->columns[j].kind != CELL_TEXT)
				continue;
			for (k = 0; k < b->nrows; k++)
				REPORT_VISIT(b->rows[k].cells[j],
				    REPORT_TEXT_CELL);
		}
	}
	return 0;
}
