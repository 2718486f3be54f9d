/* ui-edit.h: a one-line text editor for the wizard's fields, right with double-width characters. */
/* SPDX-License-Identifier: MIT */
#ifndef UI_EDIT_H
#define UI_EDIT_H

#include <stddef.h>
#include <wchar.h>

#include "ui-screen.h"

/* The line editor (ui-edit.c): UTF-8 in and out, wide characters within. */
struct ui_edit {
	wchar_t		*buf;
	size_t		 len, cap;
	size_t		 cur;		/* cursor, in characters */
	size_t		 first;		/* first character shown */
	int		 maxwidth;	/* most display columns of the text */
	int		 refusing;	/* refused for width, until a pause */
};

void		 ui_edit_init(struct ui_edit *, const char *utf8, int maxwidth);
void		 ui_edit_free(struct ui_edit *);
/*
 * Apply an editing key; returns 1 when the text changed, 0 when not, -1
 * refused.  Once a character is refused for width, the rest of its burst
 * (a paste, or keys typed ahead) is refused too, narrow ones included.
 */
int		 ui_edit_key(struct ui_edit *, const struct ui_key *);
/* Draw the visible part in cols columns at y, x; with focus, place the cursor. */
void		 ui_edit_draw(struct ui_edit *, int y, int x, int cols,
		    int focus, int attr);
/* The text as UTF-8 (caller frees). */
char		*ui_edit_value(const struct ui_edit *);

#endif /* UI_EDIT_H */
