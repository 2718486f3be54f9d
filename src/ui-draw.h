/* ui-draw.h: the wizard's drawing kit: colours by role, text cut or wrapped to a width, the frame and the dialog box. */
/* SPDX-License-Identifier: MIT */
#ifndef UI_DRAW_H
#define UI_DRAW_H

#include <wchar.h>

#include "ui-screen.h"

/* Start the colours by role, unless NO_COLOR is set or the terminal has none. */
void		 ui_draw_colours(struct ui *);
/* The attribute of a role (UI_ATTR_*), in colour when the terminal has it. */
int		 ui_draw_attr(const struct ui *, int which);
/* Draw one character with an attribute that may hold a colour pair. */
void		 ui_draw_char(int y, int x, wchar_t, int attr);
/* Display width of a UTF-8 string. */
int		 ui_draw_width(const char *utf8);
/* Draw a UTF-8 string in at most width columns, cut at a character; returns the columns used. */
int		 ui_draw_text(int y, int x, int width, const char *utf8,
		    int attr);
/* The same, ending in … when cut, for names. */
int		 ui_draw_name(int y, int x, int width, const char *utf8,
		    int attr);
/*
 * Wrap a UTF-8 paragraph to width columns by the PDF's line-breaking
 * rules; lines skip to skip + lines - 1 are drawn from y on (lines 0 only
 * counts).  Returns the lines the whole text needs.
 */
int		 ui_draw_wrap(int y, int x, int width, int skip, int lines,
		    const char *utf8, int attr);
/* The title bar with the step and the changed-marker, the status line and the key legend. */
void		 ui_draw_frame(struct ui *, const char *legend);
/*
 * The status line's message again, whole, when one line cannot hold it:
 * wrapped upwards over the step's last lines.  Drawn after the step.
 */
void		 ui_draw_message(const struct ui *);
/* The selection bar across w columns. */
void		 ui_draw_bar(const struct ui *, int y, int x, int w);
/* A centred box of h lines and w columns; *y, *x get its corner. */
void		 ui_draw_box(int h, int w, int *y, int *x, const char *title);

#endif /* UI_DRAW_H */
