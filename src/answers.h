/* answers.h: one buyer's choices for one procurement, as read from and written to an answers file. */
/* SPDX-License-Identifier: MIT */
#ifndef ANSWERS_H
#define ANSWERS_H

#include <stddef.h>
#include <stdio.h>

#include "catalogue.h"
#include "rules.h"

#define ANSWERS_VERSION	2	/* the format written; 1 is still read */

enum route {
	ROUTE_TENDER,		/* an ordinary tender */
	ROUTE_JOINT_SUPPLY	/* ordered through the joint supply contract */
};

/* An include, exclude or elsewhere entry; text is the reason or note. */
struct answer_choice {
	char		*id;
	char		*text;
};

/*
 * The procurement method of the tender route, as the Government
 * Procurement Act names it; -1 in struct answers where the file does not
 * say.  The joint supply route has none.
 */
enum method {
	METHOD_OPEN,		/* open-tender 公開招標 */
	METHOD_SELECTIVE,	/* selective-tender 選擇性招標 */
	METHOD_LIMITED,		/* limited-tender 限制性招標 */
	METHOD_QUOTATION,	/* public-quotation 公開取得報價或企劃書 */
	METHOD_SMALL		/* small-purchase 小額採購 */
};
#define METHOD_COUNT	5

/*
 * A requirement of the agency's own that the table does not have.  Its
 * blanks (runs of three or more underscores in text, then note) are filled
 * under the answers' blanks as "ID.1", "ID.2", ... in that order.
 */
struct answer_custom {
	char		*id;
	char		*group;		/* 項目: the table's or a new one */
	char		*text;		/* 要求內容 */
	char		*note;		/* 說明, or NULL */
	int		 checklist;	/* goes to the vendor's checklist */
};

struct answer_blank {
	char		*id;
	char		*value;
};

/*
 * The aspects 附表九 of 資通安全責任等級分級辦法 rates a system's impact
 * on, in the order the wizard's tier helper asks them; the tier is the
 * highest rating.
 */
enum impact {
	IMPACT_CONFIDENTIALITY,
	IMPACT_INTEGRITY,
	IMPACT_AVAILABILITY,
	IMPACT_LEGAL,
	ANSWERS_IMPACTS
};

struct answers {
	int			 version;	/* the format read: 1 or 2 */
	char			*catalogue_version;	/* made under; NULL: not said */
	char			*rules_version;		/* likewise */
	char			*category;	/* a category id, or NULL */
	int			 tier;		/* enum tier, or -1 */
	int			 level;		/* 0..4 for A..E, or -1 */
	int			 agency_type;	/* enum agency_type, or -1 */
	enum route		 route;
	int			 method;	/* enum method, or -1 */
	char			*agency;	/* case facts, each maybe NULL */
	char			*name;
	char			*number;
	char			*date;		/* YYYY-MM-DD */
	char			*attachment;	/* the appendix's label (附件三), or NULL for 附件 */
	int			 context[CTX_COUNT];	/* 0, 1, or -1 not answered */
	/* 附表九's ratings the tier was found by: each a tier, or -1. */
	int			 impacts[ANSWERS_IMPACTS];

	struct answer_blank	*blanks;
	size_t			 nblanks;
	struct answer_choice	*include;
	size_t			 ninclude;
	struct answer_choice	*exclude;
	size_t			 nexclude;
	struct answer_choice	*elsewhere;
	size_t			 nelsewhere;
	struct answer_custom	*custom;
	size_t			 ncustom;
};

/*
 * An empty set of answers, every case fact unanswered, made under the
 * versions answers_set_versions named; free with answers_free.
 */
struct answers	*answers_new(void);
/*
 * The catalogue and rules versions that answers_new records from now on,
 * and the rules version files of format 1 were made under (NULL: none);
 * the program sets the data's own once it is loaded.  Copied.
 */
void		 answers_set_versions(const char *catalogue, const char *rules,
		    const char *rules_v1);
void		 answers_free(struct answers *);
/* Free the strings of one agency clause, leaving it zeroed, not the clause itself. */
void		 answers_custom_clear(struct answer_custom *);

/*
 * Read an answers file of format 2, or of format 1 (which says no agency
 * type, rules version or whether core_system meant the system or the
 * contract's value: those stay unanswered, for resolution to name), and
 * check it against the catalogue: unknown keys,
 * ids, marks and values, a row named twice, an exclusion without a reason,
 * the joint supply contract for a category that is not a cloud one.  A file
 * may be incomplete (a draft); resolution says what is missing.  Returns 0,
 * or -1 with *cause "FILE:LINE:COL: message" (caller frees).
 */
int		 answers_load(const char *path, const struct catalogue *,
		    struct answers **, char **cause);
/* The same from memory; name stands for the file in messages. */
int		 answers_load_buffer(const char *name, const void *, size_t,
		    const struct catalogue *, struct answers **, char **cause);

/* Write the answers as YAML that answers_load reads back equal. */
int		 answers_emit(const struct answers *, FILE *, char **cause);
/* The same into *buf (caller frees) of *len bytes. */
int		 answers_emit_buffer(const struct answers *, char **buf,
		    size_t *len, char **cause);
/* Write them to path atomically with mode 0600; 0 or -1 with *cause. */
int		 answers_save(const struct answers *, const char *path,
		    char **cause);
/*
 * Write them atomically over the buyer's own file: through a link to the
 * file it names, keeping an existing file's mode, else with new_mode, and
 * the comments of the file it replaces.  Each comment goes back by the
 * line of YAML it stood on or above, found again by its keys and ids; one
 * whose line is gone (a key format 1 had, a row pruned) or that the new
 * text cannot hold where it was is dropped.  dropped NULL keeps none; else
 * *dropped gets "LINE: # comment" for each comment dropped, an array of
 * *ndropped strings the caller frees with each string.  0 or -1 with
 * *cause.
 */
int		 answers_write_keeping(const struct answers *,
		    const char *path, unsigned new_mode, char ***dropped,
		    size_t *ndropped, char **cause);

/* The value of a blank set in the answers, or NULL. */
const char	*answers_blank(const struct answers *, const char *id);
/* Which list names the item: 'i', 'x', 'e', or 0; *text gets its text. */
int		 answers_choice(const struct answers *, const char *id,
		    const char **text);
/*
 * Whether s says nothing: NULL, or only spaces, ASCII or the ideographic
 * one (U+3000) a CJK input method types.  What the loader and the
 * wizard's forms both take as an empty answer.
 */
int		 answers_blank_text(const char *s);
/*
 * Whether a blank's value s fills nothing: blank text, or only the
 * blank's line again (_ or ＿) with or without spaces.
 */
int		 answers_unfilled(const char *s);
/*
 * The most terminal columns (utf8_width) the case fact id may hold, agency,
 * name or number, or 0 for none: the wizard's fields take no more, and a
 * file with more is refused.  An agency or case name of 100 Chinese
 * characters still lays out, wrapped, in the documents' heads.
 */
int		 answers_case_width(const char *id);
/* Whether s is a calendar date YYYY-MM-DD that exists. */
int		 answers_valid_date(const char *s);

/*
 * Editing, for the wizard.  Each copies the strings it is given; an empty
 * or NULL value unsets.  The answers stay loadable: answers_prune drops
 * what the current category and tier no longer allow.
 */
void		 answers_set(char **slot, const char *value);
void		 answers_set_blank(struct answers *, const char *id,
		    const char *value);
/* Name the item in one list ('i', 'x', 'e') with text, or in none (0). */
void		 answers_set_choice(struct answers *, const char *id, int list,
		    const char *text);
/*
 * Drop the choices that the chosen category and tier refuse (rows of
 * another category, rows marked - , elsewhere for a row that is not ▲, an
 * exclusion without a reason) and the joint supply route for a category
 * that is not a cloud one.  Returns how many things were dropped.
 */
size_t		 answers_prune(struct answers *, const struct catalogue *);
/* A deep copy, to compare against later. */
struct answers	*answers_copy(const struct answers *);
/* Whether two sets of answers would be written the same. */
int		 answers_equal(const struct answers *, const struct answers *);

/* "open-tender" and back (-1 if unknown); 公開招標 for the documents. */
/*
 * The tier 附表九 makes of the impact ratings, the highest of those given,
 * or -1 when none is.
 */
int		 answers_impact_tier(const struct answers *);
/* An impact's key in answers files (confidentiality, ...). */
const char	*impact_name(enum impact);
/* The same in the documents (機密性, ...). */
const char	*impact_label(enum impact);
const char	*method_name(enum method);
int		 method_from_name(const char *);
const char	*method_label(enum method);

/* The agency clause with the id, or NULL. */
const struct answer_custom *answers_custom(const struct answers *,
		    const char *id);
/*
 * How many blanks an agency clause has: runs of three or more underscores
 * in its text and note.
 */
size_t		 answers_custom_nblanks(const struct answer_custom *);
/*
 * s with each full-width ＿ an ASCII _, as an input method types a blank's
 * line: an agency clause's blanks are runs of three (caller frees; NULL
 * for NULL).
 */
char		*answers_underscores(const char *s);

/*
 * Why an agency clause with id (NULL: a new one) may not have this group
 * and text in the category, as the loader would refuse it: an empty text
 * or group, a group one character off one of the category's, a text that
 * repeats another clause or a row; NULL when it may (else caller frees).
 */
char		*answers_custom_check(const struct answers *,
		    const struct category *, const char *id, const char *group,
		    const char *text);
/*
 * Add an agency clause (id NULL: a new one, named custom-N) or change the
 * one with id; an empty note is none.  A blank's value follows the words
 * around the blank (two characters either side) to wherever the new text
 * puts it; a value whose words changed, or stand around two blanks, is
 * dropped, so that no value lands silently in another blank.  Returns 1
 * when a value moved to another blank or was dropped (the buyer is to be
 * told), 0 when none did, or -1 with *cause from answers_custom_check and
 * the answers unchanged.  *out (may be NULL) gets the clause's id.
 */
int		 answers_custom_set(struct answers *, const struct category *,
		    const char *id, const char *group, const char *text,
		    const char *note, int checklist, const char **out,
		    char **cause);
/* Remove the agency clause with id, and its blanks. */
void		 answers_custom_remove(struct answers *, const char *id);

/* "A".."E" for a level 0..4. */
const char	*answers_level_name(int);

/*
 * A field of the wizard's forms, by its id, as the forms spell it: case
 * facts as text, "high", "A", "government", "tender", case facts "yes" or
 * "no"; NULL when unset or when id is no field of the answers.
 */
const char	*answers_field_get(const struct answers *, const char *id);
/*
 * Set the field from its forms spelling; NULL or an empty value unsets.
 * Returns 0, or -1 when id is no field of the answers or the value is not
 * one it takes (the answers are then unchanged).  The caller prunes.
 */
int		 answers_field_set(struct answers *, const char *id,
		    const char *value);

#endif /* ANSWERS_H */
