/* session.h: one sitting of the wizard without the screen: the answers, the copy last saved, the files, the draft and whether anything changed. */
/* SPDX-License-Identifier: MIT */
#ifndef SESSION_H
#define SESSION_H

#include <stddef.h>

#include "answers.h"
#include "catalogue.h"
#include "resolve.h"
#include "rules.h"

/* A category's clause decisions, kept while another category is chosen. */
struct session_stash {
	char		*category;
	struct answers	*choices;	/* only include, exclude, elsewhere */
};

struct session {
	const struct catalogue	*cat;
	const struct rules	*rules;
	struct answers		*answers;
	/* Of the answers when not stale: read it through session_res. */
	struct resolution	*res;
	int			 stale;		/* the answers changed since */
	struct answers		*saved;		/* as last saved or generated */
	char			*answers_path;	/* that file, or NULL */
	/*
	 * A resumed draft's answers file, which it was not saved to: it is
	 * proposed for saving, but replacing it is asked first.
	 */
	char			*origin;
	char			*draft_dir;	/* NULL: drafts cannot be kept */
	char			*draft_path;	/* this session's draft, or NULL */
	int			 method_aside;	/* the method, while the route is the contract */
	struct session_stash	*stash;
	size_t			 nstash;
	int			 generated;	/* saved is what was generated */
	/* Comments of the file last saved over that had no place left. */
	size_t			 comments_dropped;
	int			 draft_resumed;	/* the draft was there before */
	/* The step the buyer is on (a step id), kept with the draft, or NULL. */
	const char		*step;
	/*
	 * Bit i: the review leaves generate's default output i unwritten.
	 * The sitting's choice, not the answers': kept across new answers,
	 * in no draft or answers file.
	 */
	unsigned int		 outputs_off;
	/*
	 * The case facts as the wizard's form asks them, in the UI's
	 * language, for the problems that name one; NULL: the rules' label.
	 */
	const char		*fact_labels[CTX_COUNT];
};

/* A session with empty answers; draft_dir may be NULL.  Free with session_free. */
struct session	*session_new(const struct catalogue *, const struct rules *,
		    const char *draft_dir);
void		 session_free(struct session *);

/*
 * The answers changed: they are resolved again when next asked for, not
 * on every keystroke.  Every mutator of the session calls it; so does
 * whoever edits s->answers directly.
 */
void		 session_changed(struct session *);
/*
 * The resolution of the answers, resolved now if they changed since.  It
 * stays the session's, valid until the next change is asked for.
 */
const struct resolution *session_res(struct session *);
/* Whether the answers differ from those last saved or generated. */
int		 session_dirty(const struct session *);
/*
 * Fill the field id (as answers_field_set names it) with a value the
 * wizard offers, such as today's date: answers not changed before stay
 * unchanged for it, so an untouched new appendix asks nothing on quitting.
 */
void		 session_set_default(struct session *, const char *id,
		    const char *value);
/* Whether the answers hold anything at all. */
int		 session_has_content(const struct session *);

/*
 * Write the answers to path, keeping an existing file's mode, else with
 * the umask's, and its comments where the new text has a place for them
 * (comments_dropped counts the others); the session then counts as saved
 * there.  Returns 0, or -1 with *cause (caller frees).
 */
int		 session_save(struct session *, const char *path, char **cause);
/*
 * The answers file to propose for saving: the one last saved to or opened
 * from, else the one a resumed draft came from; NULL when none.
 */
const char	*session_answers_name(const struct session *);
/*
 * Whether saving to path would replace a file other than the one the
 * answers were last saved to or opened from, which the buyer must agree to.
 */
int		 session_save_replaces(const struct session *, const char *path);
/*
 * Keep the answers in this session's draft (mode 0600) when they hold
 * something not saved elsewhere.  Returns 1 when written, 0 when nothing
 * needed keeping, -1 with *cause when it could not be written.
 */
int		 session_save_draft(struct session *, char **cause);
/*
 * The step a draft was kept at, as one of the wizard's step ids, or NULL
 * when it does not say (a draft of an older version) or cannot be read.
 */
const char	*session_draft_step(const char *path);
/* Remove this session's draft, if any. */
void		 session_drop_draft(struct session *);
/*
 * Replace the answers by a file's: an answers file counts as saved, a
 * draft becomes this session's draft.  Returns 0, or -1 with *cause and
 * the session as it was.
 */
int		 session_load(struct session *, const char *path, int is_draft,
		    char **cause);
/* Start over with empty answers and no files. */
void		 session_reset(struct session *);
/*
 * The documents were generated from the answers, which were saved to
 * path: that is now the state to compare with, and the draft goes.
 */
void		 session_generated(struct session *, const char *path);

/*
 * Choose a category (NULL for none), keeping the clause decisions of the
 * one left and bringing back those made earlier for the one chosen.
 * Returns how many decisions came back.
 */
size_t		 session_set_category(struct session *, const char *id);
/* Set the tier (-1 unsets); decisions the old tier refused come back where allowed. */
/*
 * Set the procurement route (as answers spell it; NULL is the tender).
 * An order under the joint supply contract has no method: the one chosen
 * is set aside, and the tender route brings it back.  Returns
 * SESSION_METHOD_ASIDE or SESSION_METHOD_BACK when it did either, else 0.
 */
#define SESSION_METHOD_ASIDE	1
#define SESSION_METHOD_BACK	2
int		 session_set_route(struct session *, const char *route);
void		 session_set_tier(struct session *, int tier);
/*
 * How many clause decisions of the category the tier refuses for now; they
 * come back with a tier that allows them.
 */
size_t		 session_set_aside(struct session *);
/*
 * Set the tier helper's rating i (-1 unsets).  Once all four are rated the
 * tier follows the highest; returns 1 when that changed the tier, else 0.
 */
int		 session_set_impact(struct session *, int i, int tier);
/* The tier the helper's ratings call for, or -1 when none is given. */
int		 session_helper_tier(const struct session *);
/* Whether the category has ▲ rows at the chosen tier (any tier when unset). */
int		 session_by_level(const struct session *);
/*
 * What the buyer should hear about the tier, or NULL: below the helper's
 * ratings, or 普 for critical infrastructure.  In English, to translate.
 */
const char	*session_tier_warning(const struct session *);
/*
 * Of those, only what the critical infrastructure fact says of the tier,
 * or NULL: the one the case facts' step shows, under that fact.
 */
const char	*session_cii_warning(const struct session *);
/* The value a blank shows: the tier's label, the answer or the default. */
const char	*session_blank_value(const struct session *,
		    const struct blank_def *);
/*
 * The id of the first step with something missing, from the resolver's
 * problems: "case", "category", "tier", "level", "context", "clauses" or
 * "blanks";
 * "review" when nothing is.
 */
const char	*session_first_missing(struct session *);
/* The id of the step that fixes a kind of problem. */
const char	*session_step_about(enum problem_about);
/* The same for any answers, such as a draft's. */
const char	*session_step_of(const struct catalogue *, const struct rules *,
		    const struct answers *);
/*
 * The rows whose decision changes when the answers move to the rules in
 * force: their count, and in *out the changes (caller frees with
 * version_changes_free).  0 and NULL when the answers are under them.
 */
size_t		 session_changes(struct session *,
		    struct version_change **out);
/*
 * Move the answers to the rules in force and the catalogue's version, as
 * format 2: what format 1 could not say stays unanswered.
 */
void		 session_migrate(struct session *);
/* Which field of an agency clause session_custom_problem finds at fault. */
#define SESSION_CUSTOM_GROUP	0
#define SESSION_CUSTOM_TEXT	1
/*
 * Why an agency clause with id (NULL: a new one) may not have this group
 * and text (NULL: not typed yet), worded for the buyer, with the field at
 * fault in *field; NULL when it may (else caller frees).
 */
char		*session_custom_problem(struct session *, const char *id,
		    const char *group, const char *text, int *field);

#endif /* SESSION_H */
