/* draft.h: the wizard's autosaved drafts under $XDG_STATE_HOME/tenderwiz. */
/* SPDX-License-Identifier: MIT */
#ifndef DRAFT_H
#define DRAFT_H

#include <stddef.h>
#include <time.h>

#include "answers.h"
#include "catalogue.h"

struct draft {
	char		*path;
	time_t		 mtime;
	struct answers	*answers;	/* NULL when the file cannot be read */
	char		*error;		/* then why, else NULL */
};

/*
 * The folder drafts live in, $XDG_STATE_HOME/tenderwiz or
 * ~/.local/state/tenderwiz, created with mode 0700 when missing.  Returns
 * the path (caller frees), or NULL with *cause.
 */
char		*draft_dir(char **cause);

/* A new draft's path in dir, named after the time and the process (caller frees). */
char		*draft_new_path(const char *dir);

/*
 * The drafts in dir, newest first, each read against the catalogue; a
 * damaged one is listed with its error.  Drafts that keep nothing, empty
 * or the same as a newer one, are removed on the way.  Free with
 * draft_list_free.
 */
void		 draft_list(const char *dir, const struct catalogue *,
		    struct draft **, size_t *);
void		 draft_list_free(struct draft *, size_t);

#endif /* DRAFT_H */
