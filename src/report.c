/* report.c: building and freeing the typesetting-neutral document model. */
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

void
report_add_paragraph(struct report *r, const char *text)
{
	report_add_block(r, BLOCK_PARAGRAPH)->text = xstrdup(text);
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
	b->values[b->nfields] = xstrdup(value);
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
