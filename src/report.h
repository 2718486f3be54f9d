/* report.h: a document to typeset, saying what the appendix or checklist contains but not where. */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>
#include <time.h>

enum block_kind {
	BLOCK_HEADING,		/* a section title; becomes a bookmark */
	BLOCK_PARAGRAPH,	/* running text wrapped to the text width */
	BLOCK_FIELDS,		/* label/value pairs (the case header) */
	BLOCK_TABLE,		/* ruled table; its header row repeats on every page */
	BLOCK_SIGNATURES	/* labelled sign-off lines */
};

enum cell_kind {
	CELL_TEXT,
	CELL_CHECKBOX		/* an empty box to tick by hand */
};

struct report_column {
	char		*title;
	double		 width;		/* share of the text width; a table's add up to 1 */
	enum cell_kind	 kind;
};

struct report_row {
	char		**cells;	/* one per column; NULL for a checkbox cell */
	char		 *bookmark;	/* non-NULL: a level-2 bookmark starts here */
};

struct report_block {
	enum block_kind		 kind;
	int			 level;		/* heading: 1 or 2 */
	char			*text;		/* heading, paragraph */

	char			**labels;	/* fields, signatures */
	char			**values;	/* fields */
	size_t			  nfields;

	struct report_column	*columns;	/* table */
	size_t			 ncolumns;
	struct report_row	*rows;
	size_t			 nrows;
};

struct report {
	char			*title;		/* PDF Title, and the heading of page 1 */
	char			*subject;	/* PDF Subject */
	char			*author;	/* PDF Author: the agency */
	char			*footer;	/* left of every page's footer */
	time_t			 created;	/* PDF dates; (time_t)-1 writes none */

	struct report_block	*blocks;
	size_t			 nblocks;
};

/* report_new copies its strings; report_free(NULL) does nothing. */
struct report	*report_new(const char *title, const char *subject,
		    const char *author, const char *footer, time_t created);
void		 report_free(struct report *);

void		 report_add_heading(struct report *, int level, const char *);
void		 report_add_paragraph(struct report *, const char *);
/* Add an empty fields block; fill it with report_add_field. */
struct report_block *report_add_fields(struct report *);
void		 report_add_field(struct report_block *, const char *label,
		    const char *value);
/* Add a table whose columns are copied from the array. */
struct report_block *report_add_table(struct report *,
		    const struct report_column *, size_t ncolumns);
/* Add a row; cells has ncolumns entries (NULL for checkboxes), copied. */
void		 report_add_row(struct report_block *, const char *const *cells,
		    const char *bookmark);
struct report_block *report_add_signatures(struct report *);
void		 report_add_signature(struct report_block *, const char *label);

#endif /* REPORT_H */
