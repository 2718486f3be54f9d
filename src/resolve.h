/* resolve.h: deciding which rows of a category a procurement adopts, why, and with which blanks filled. */
/* SPDX-License-Identifier: MIT */
#ifndef RESOLVE_H
#define RESOLVE_H

#include <stddef.h>

#include "answers.h"
#include "catalogue.h"
#include "rules.h"

enum row_state {
	ROW_ADOPTED,
	ROW_NOT_ADOPTED,	/* ◎ not chosen, or ▲ not required at the level */
	ROW_EXCLUDED,		/* left out with a reason */
	ROW_ELSEWHERE,		/* ▲ placed in another procurement (另案辦理) */
	ROW_NOT_APPLICABLE,	/* - at this tier */
	ROW_UNDECIDED		/* ▲ the level table cannot decide: ask */
};

enum row_basis {
	BASIS_MARK,		/* ● at the tier */
	BASIS_CONTEXT,		/* a context answer made the note apply */
	BASIS_LEVEL,		/* the agency level decided a ▲ row */
	BASIS_CHOICE		/* the buyer's explicit choice */
};

/* What a problem is about, so that the wizard can send the buyer there. */
enum problem_about {
	ABOUT_CASE,
	ABOUT_CATEGORY,
	ABOUT_TIER,
	ABOUT_LEVEL,
	ABOUT_ROW,		/* a ▲ row to decide */
	ABOUT_BLANK,
	ABOUT_AGENCY_TYPE,	/* asked with the level */
	ABOUT_CONTEXT,		/* a case fact not answered */
	ABOUT_VERSION		/* rules the program does not have */
};

struct resolved_row {
	const struct clause	*clause;
	enum mark		 mark;		/* at the chosen tier */
	enum row_state		 state;
	enum row_basis		 basis;
	/*
	 * Why, in Chinese, in parts: the reason, and the law a ▲ row's
	 * reason rests on (the version's citation, res->citation) or NULL;
	 * an open ▲ row names its 附表 basis with the law (cite_with, the
	 * rules', or NULL).  The record prints the law as its basis;
	 * resolved_row_why joins the three as show and the wizard print
	 * them.
	 */
	char			*reason;
	const char		*cite;
	const char		*cite_with;
	char			*text;		/* blanks filled where known */
	char			*note;		/* likewise, or NULL */
	int			 unfilled;	/* blanks still empty */
	int			 open;		/* ▲ the rules leave to the buyer: undecided without a choice */
	/*
	 * An agency clause (answers' custom), adopted by the agency's own
	 * choice; its clause belongs to the resolution and has no marks or
	 * blanks of the table.  checklist: whether it goes to the checklist
	 * (always for the table's rows).
	 */
	int			 custom;
	int			 checklist;
	/*
	 * The note's trigger when it puts a duty on the agency itself and
	 * holds for the case (the rules'), or NULL: the agency's to do
	 * whether the row is adopted or not.
	 */
	const struct rule_trigger *duty;
};

struct resolution {
	const struct category	*category;
	struct resolved_row	*rows;
	size_t			 nrows;
	char			**problems;	/* why an appendix cannot be made yet */
	enum problem_about	*problem_about;	/* one per problem */
	int			*problem_fact;	/* one per problem: the case fact (enum context) it names alone, or -1 */
	size_t			 nproblems;
	char			**warnings;	/* worth saying, stopping nothing */
	size_t			 nwarnings;
	const struct rule_version *version;	/* the rules it was resolved under */
	char			*citation;	/* version's, for the rows' cite */
	struct clause		*custom;	/* the agency clauses' rows point here */
	size_t			 ncustom;
};

/* A row whose state changes when the answers move to the version in force. */
struct version_change {
	const struct clause	*clause;
	enum row_state		 from, to;
	char			*why;		/* the reason under the version in force */
};

/*
 * Resolve the answers against the catalogue and rules.  The rows are the
 * category's in its order, with the agency clauses (custom) after the last
 * row of their group, or in groups of their own after the table's, in the
 * order they are listed.  Never fails: what
 * keeps an appendix from being made (no category or tier, an undecided ▲
 * row, an empty blank, missing case facts) is listed in problems.  Free
 * the result with resolution_free.
 */
struct resolution *resolve(const struct catalogue *, const struct rules *,
		    const struct answers *);
void		 resolution_free(struct resolution *);

/*
 * The rows whose state differs when the answers are resolved under the
 * version in force rather than res's: their count, and in *out (caller
 * frees with version_changes_free) the changes.  0 and NULL when res is
 * under the version in force already.
 */
size_t		 resolve_changes(const struct catalogue *, const struct rules *,
		    const struct answers *, const struct resolution *res,
		    struct version_change **out);
void		 version_changes_free(struct version_change *, size_t);

/*
 * "資通安全責任等級分級辦法115年1月7日數位發展部數授資法字第1145000416號令修正",
 * for the version's citation in reasons and records; caller frees.
 */
char		*resolve_citation(const struct rule_version *);

/*
 * A row's reason with the law it cites: "reason（cite_with；cite）",
 * "reason（cite）" or the reason alone; caller frees.
 */
char		*resolved_row_why(const struct resolved_row *);

/*
 * Add a problem about what, naming case fact fact (enum context) alone or
 * -1; res takes msg.
 */
void		 resolution_problem(struct resolution *res, enum problem_about,
		    int fact, char *msg);

/*
 * Word the problems that name one case fact with labels[fact], the fact as
 * the wizard's form asks it in the UI's language; a NULL label keeps the
 * rules' (Chinese) one.  The resolver cannot: it knows no form.
 */
void		 resolution_name_facts(struct resolution *, const struct rules *,
		    const char *const labels[CTX_COUNT]);

/* How many rows are in the state. */
size_t		 resolution_count(const struct resolution *, enum row_state);

/* The state's name for listings: "adopted", "excluded", ... */
const char	*row_state_name(enum row_state);

#endif /* RESOLVE_H */
