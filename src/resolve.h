/* resolve.h: deciding which rows of a category a procurement adopts, why, and with which blanks filled. */
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
	ABOUT_BLANK
};

struct resolved_row {
	const struct clause	*clause;
	enum mark		 mark;		/* at the chosen tier */
	enum row_state		 state;
	enum row_basis		 basis;
	char			*why;		/* in Chinese, for the annex and show */
	char			*text;		/* blanks filled where known */
	char			*note;		/* likewise, or NULL */
	int			 unfilled;	/* blanks still empty */
};

struct resolution {
	const struct category	*category;
	struct resolved_row	*rows;
	size_t			 nrows;
	char			**problems;	/* why an appendix cannot be made yet */
	enum problem_about	*problem_about;	/* one per problem */
	size_t			 nproblems;
};

/*
 * Resolve the answers against the catalogue and rules.  Never fails: what
 * keeps an appendix from being made (no category or tier, an undecided ▲
 * row, an empty blank, missing case facts) is listed in problems.  Free
 * the result with resolution_free.
 */
struct resolution *resolve(const struct catalogue *, const struct rules *,
		    const struct answers *);
void		 resolution_free(struct resolution *);

/* How many rows are in the state. */
size_t		 resolution_count(const struct resolution *, enum row_state);

/* The state's name for listings: "adopted", "excluded", ... */
const char	*row_state_name(enum row_state);

#endif /* RESOLVE_H */
