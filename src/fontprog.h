/* fontprog.h: the TrueType program a PDF embeds, made from a font subset. */
/* SPDX-License-Identifier: MIT */
#ifndef FONTPROG_H
#define FONTPROG_H

#include <stddef.h>

/*
 * Rewrite the TrueType file ttf (a subset from font_subset) as the font
 * program of a CIDFont: the same glyphs, outlines and metrics in fewer
 * compressed bytes.  Returns 0 with *out (caller frees) holding *outlen
 * bytes, or -1 with *cause (caller frees).
 */
int	fontprog_make(const void *ttf, size_t len, void **out, size_t *outlen,
	    char **cause);

#endif /* FONTPROG_H */
