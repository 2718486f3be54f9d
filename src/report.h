/* report.h: a document to typeset, saying what the appendix, checklist or record contains but not where. */
/* SPDX-License-Identifier: MIT */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>
#include <time.h>

/*
 * The model is renderer-neutral: the PDF layout (layout.c) and any other
 * renderer read the same blocks.  Text is UTF-8; a '\n' in any text starts
 * a new line.  A line of a paragraph or text cell that starts with an item
 * number (1. 2. (1) （1） 一、 1、, see report_item_marker) is an item:
 * renderers set it with a hanging indent, the number out to the left.
 */

enum block_kind {
	BLOCK_HEADING,		/* a section title; becomes a bookmark */
	BLOCK_PARAGRAPH,	/* running text wrapped to the text width */
	BLOCK_FIELDS,		/* label/value pairs (the case header); a NULL
				 * value is a line to fill in by hand */
	BLOCK_TABLE,		/* ruled table; its header rows repeat on every page */
	BLOCK_SIGNATURES,	/* labelled sign-off lines, each with the date
				 * to fill in (REPORT_SIGN_DATE) */
	BLOCK_SEALS		/* labelled empty boxes for seals (印鑑), side by side */
};

enum cell_kind {
	CELL_TEXT,
	CELL_CHECKBOX,		/* an empty box to tick by hand */
	CELL_CHOICES		/* one box per choice of the column, each
				 * with its label, one under the other */
};

/*
 * What a sign-off line gives for its date: the ROC form government papers
 * pre-print, so that the date written by hand is an ROC one too.
 */
#define REPORT_SIGN_DATE	"中華民國　　年　　月　　日"

/*
 * A table column.  Adjacent columns with the same non-NULL group share a
 * first header row holding the group's title over their own titles, as in
 * 「廠商自評」 over 符合／不符合; a table with any group has two header rows,
 * and a column without a group spans both.
 */
struct report_column {
	char		*title;
	double		 width;		/* share of the text width; a table's add up to 1 */
	enum cell_kind	 kind;
	char		*group;		/* title of the spanning header, or NULL */
	char		*choices;	/* CELL_CHOICES: the labels, '\n' between */
};

struct report_row {
	char		**cells;	/* one per column; NULL for a checkbox or choices cell */
	char		 *bookmark;	/* non-NULL: a level-2 bookmark starts here */
};

struct report_block {
	enum block_kind		 kind;
	int			 level;		/* heading: 1 or 2 */
	char			*text;		/* heading, paragraph */

	char			**labels;	/* fields, signatures, seals */
	char			**values;	/* fields */
	size_t			  nfields;
	double			  seal_mm;	/* seals: side of each box in mm */

	struct report_column	*columns;	/* table */
	size_t			 ncolumns;
	struct report_row	*rows;
	size_t			 nrows;
	/*
	 * Table: keep_rows set, no row splits across pages (a row taller
	 * than a page still must, and so does a last row that would leave
	 * the sign-off kept with it alone on a page); otherwise a row split
	 * across pages goes on under a caption of the first column's title,
	 * the row's first cell and 「（續）」 (項次 12（續）).
	 */
	int			 keep_rows;
	/*
	 * Table: 1 + the index of a column whose runs of equal cells make one
	 * merged cell, as the PCC table writes each 項目 once over its rows
	 * (shown again atop a page the run goes on to); 0 for none.
	 */
	size_t			 merge_column;
	/*
	 * Keep the end of this block on the page where the next block
	 * starts: a table's last row with a sign-off under it, a sentence
	 * that introduces a table with the table's header and first row.
	 * Headings are always kept with what follows.
	 */
	int			 keep_with_next;
};

struct report {
	char			*title;		/* heading of page 1 */
	char			*label;		/* attachment label over the title
						 * (附件三), or NULL */
	char			*subject;	/* document subject (metadata) */
	char			*author;	/* document author: the agency */
	char			*header;	/* running header of every page
						 * (案號／案名), or NULL */
	char			*footer;	/* left of every page's footer, or NULL;
						 * the right holds 「第 X 頁，共 Y 頁」 */
	char			*identifier;	/* 文件識別碼 (the answers'
						 * fingerprint) for the metadata, or NULL */
	char			*language;	/* BCP 47 language, "zh-TW" */
	time_t			 created;	/* document dates; (time_t)-1 writes none */

	struct report_block	*blocks;
	size_t			 nblocks;
};

/*
 * report_new copies its strings; report_free(NULL) does nothing.  The
 * language starts as "zh-TW", the label, header and identifier as NULL.
 * The metadata title is "label：title" when there is a label.
 */
struct report	*report_new(const char *title, const char *subject,
		    const char *author, const char *footer, time_t created);
void		 report_free(struct report *);
/* Replace one of the report's strings (label, header, ...) with a copy of s. */
void		 report_set(char **slot, const char *s);

void		 report_add_heading(struct report *, int level, const char *);
struct report_block *report_add_paragraph(struct report *, const char *);
/* Add an empty fields block; fill it with report_add_field. */
struct report_block *report_add_fields(struct report *);
/* value NULL: a line to fill in by hand. */
void		 report_add_field(struct report_block *, const char *label,
		    const char *value);
/* Add a table whose columns (titles, groups, choices) are copied from the array. */
struct report_block *report_add_table(struct report *,
		    const struct report_column *, size_t ncolumns);
/* Add a row; cells has ncolumns entries (NULL for boxes), copied. */
void		 report_add_row(struct report_block *, const char *const *cells,
		    const char *bookmark);
struct report_block *report_add_signatures(struct report *);
void		 report_add_signature(struct report_block *, const char *label);
/* Add a block of seal boxes side by side, each mm millimetres square. */
struct report_block *report_add_seals(struct report *, double mm);
void		 report_add_seal(struct report_block *, const char *label);

/* What a string of the report is, for report_walk's callers. */
enum report_text {
	REPORT_TEXT_DOCUMENT,	/* title, label, running header, footer */
	REPORT_TEXT_HEADING,
	REPORT_TEXT_PARAGRAPH,
	REPORT_TEXT_FIELD,	/* a label or value of fields, signatures, seals */
	REPORT_TEXT_COLUMN,	/* a column's title, group or choices */
	REPORT_TEXT_CELL	/* a text cell of a table's row */
};

/*
 * Call fn with every string of the report that a renderer sets, in the
 * order of the document (a table column by column, each title before its
 * cells), skipping NULL ones.  Returns 0, or the first non-zero value fn
 * returns, which stops the walk.
 */
int		 report_walk(const struct report *,
		    int (*fn)(const char *, enum report_text, void *),
		    void *arg);

/*
 * Whether the cell of column c in row i of table b has the text of the
 * cell above it, so that the two are one merged cell of the merge column;
 * never for the first row or an empty (NULL) cell.
 */
int		 report_same_as_above(const struct report_block *b, size_t c,
		    size_t i);

/*
 * The length in bytes of the item number that line (up to its end or a
 * '\n') starts with, with the spaces after it, or 0: "1." and "1、"
 * (digits, ASCII or full-width), "(1)" and "（1）", "一、" to "十、".
 * A number such as "1.5" or "112.09" is no item.
 */
size_t		 report_item_marker(const char *line);

/*
 * A copy of text (caller frees) in which each item number that the text
 * runs on into ("…風險 1. 供應商安全：… (1)廠商…") starts its own line:
 * the spaces before a marker that follows a space, 。, ： or ； become a
 * '\n'.  Numbers of more than two digits are never items.
 */
char		*report_items(const char *text);

#endif /* REPORT_H */
