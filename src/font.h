/* font.h: the TrueType faces a document is set in (Kai, its fallbacks, a Latin companion): finding them, their metrics, their subsets. */
/* SPDX-License-Identifier: MIT */
#ifndef FONT_H
#define FONT_H

#include <stddef.h>
#include <stdint.h>

struct font;

/*
 * Open the font at path (a .ttf, or the Traditional Chinese face of a
 * .ttc) as the only face, or with path NULL the installed faces in this
 * order: TW-Kai, TW-Kai-Ext-B, TW-Kai-Plus (fonts-cns11643-kai), AR PL
 * UKai, AR PL UMing (the TW face of each .ttc), at least one of them; and
 * Liberation Serif (fonts-liberation2) as the Latin companion when
 * installed.  Returns 0, or -1 with *cause set (caller frees).  Free the
 * result with font_free.
 */
int		 font_open(const char *path, struct font **, char **cause);
void		 font_free(struct font *);
/* The first face's file, the one whose metrics set the lines. */
const char	*font_path(const struct font *);

/* How many faces the font has; face 0 is the first Chinese one. */
size_t		 font_nfaces(const struct font *);
/* The file of face i, owned by the font. */
const char	*font_face_path(const struct font *, size_t face);
/*
 * Which face draws cp: ASCII letters, digits, punctuation and space come
 * from the Latin companion when there is one, everything else from the
 * first face that has a glyph for it.  -1 when none has.
 */
int		 font_face(const struct font *, uint32_t cp);
/* Whether face has a glyph for the code point. */
int		 font_face_covers(const struct font *, size_t face, uint32_t cp);
/* Whether some face has a glyph for the code point. */
int		 font_covers(const struct font *, uint32_t cp);
/* Horizontal advance of the code point in 1/1000 em (0 when not covered). */
double		 font_advance(const struct font *, uint32_t cp);
/* Ascender and descender (negative) of face 0 in 1/1000 em. */
double		 font_ascent(const struct font *);
double		 font_descent(const struct font *);

/*
 * Check that every character of the UTF-8 text is covered; on failure
 * returns -1 with *cause naming the character and its code point, e.g.
 * "character '😀' (U+1F600) is not in font FILE" (each face's file).
 */
int		 font_check_text(const struct font *, const char *utf8,
		    char **cause);

/*
 * Subset face to the given code points with hb-subset.  The subset's cmap
 * maps codes[i] (a BMP code, so that a PDF writer limited to the BMP can
 * address characters beyond it) to the glyph of cps[i]; codes NULL maps
 * each code point to its own glyph.  On success *data (caller frees)
 * holds a TrueType file of *len bytes.
 */
int		 font_subset(const struct font *, size_t face, const uint32_t *cps,
		    const uint32_t *codes, size_t ncps, void **data, size_t *len,
		    char **cause);

#endif /* FONT_H */
