/* linebreak.h: breaking Traditional Chinese and Latin text into lines of a given width. */
/* SPDX-License-Identifier: MIT */
/* Not LINEBREAK_H: libunibreak's header of the same name uses that guard. */
#ifndef TW_LINEBREAK_H
#define TW_LINEBREAK_H

#include <stddef.h>

struct font;

struct lb_line {
	size_t		 start;		/* byte offset into the text */
	size_t		 len;		/* bytes, trailing spaces dropped */
	double		 width;		/* in points at the given size */
};

/*
 * Break UTF-8 text into lines no wider than width points at size points:
 * between CJK characters, never before closing punctuation nor after opening
 * punctuation, Latin words and numbers kept whole unless wider than a line,
 * and at every newline.  Returns the number of lines and sets *lines (caller
 * frees); text that is not valid UTF-8 is broken as if each bad byte were
 * U+FFFD.  Without a font, widths are terminal cells (wcwidth in the
 * current locale) and size is ignored: the wizard breaks its panels so.
 */
size_t		 linebreak(const char *text, const struct font *, double size,
		    double width, struct lb_line **lines);

#endif /* TW_LINEBREAK_H */
