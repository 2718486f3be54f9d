/* pdf.h: writing a laid-out report as a PDF with libharu. */
/* SPDX-License-Identifier: MIT */
#ifndef PDF_H
#define PDF_H

#include <stddef.h>

struct font;
struct layout;
struct report;

/*
 * Render the layout with the font subset to the glyphs it uses, the report's
 * title, subject, author and dates as document info (Producer "tenderwiz
 * VERSION"), and its marks as bookmarks.  On success *buf (caller frees)
 * holds *len bytes of PDF; the same input gives the same bytes.
 */
int		 pdf_render(const struct layout *, const struct font *,
		    const struct report *, void **buf, size_t *len,
		    char **cause);

#endif /* PDF_H */
