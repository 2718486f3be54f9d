/* ui-dialog.h: the boxes that sit over a step: a text, a question, a line to type, a choice. */
/* SPDX-License-Identifier: MIT */
#ifndef UI_DIALOG_H
#define UI_DIALOG_H

#include "ui-screen.h"

/* A scrollable box of text; any key but the arrows and pages closes it. */
void		 ui_dialog_help(struct ui *, const char *title,
		    const char *text);
/* A yes/no question; y or Enter says yes, n or Esc says no. */
int		 ui_dialog_confirm(struct ui *, const char *question);
/*
 * A question answered by one of keys (lower-case letters), which answers
 * explains; Enter picks the first, Esc returns 0.
 */
int		 ui_dialog_choose(struct ui *, const char *question,
		    const char *answers, const char *keys);
/* What ui_dialog_prompt's flags ask for. */
#define UI_PROMPT_FILES		0x1	/* Tab completes file names */
#define UI_PROMPT_SELECTED	0x2	/* the initial text is a proposal */

/*
 * Ask for a line of text in a box, with why (NULL: none) above the label,
 * in the error colour, when a value typed before was refused; returns it
 * (caller frees), or NULL when Esc cancels.  With UI_PROMPT_SELECTED the
 * initial text shows selected: typing replaces it, Backspace or Delete
 * clears it, and any other key keeps it to edit.
 */
char		*ui_dialog_prompt(struct ui *, const char *title,
		    const char *why, const char *label, const char *initial,
		    int width, int flags);

struct ui_edit;
/*
 * On the status line, why a typed character was refused for want of room
 * in a field with no label of its own (of a paste, the rest went too).
 */
void		 ui_dialog_full(struct ui *, const struct ui_edit *,
		    const struct ui_key *);

#endif /* UI_DIALOG_H */
