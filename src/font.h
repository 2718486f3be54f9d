/* font.h: the one TrueType font a document is set in: finding it, its metrics, its subset. */
#ifndef FONT_H
#define FONT_H

#include <stddef.h>
#include <stdint.h>

struct font;

/*
 * Open the font at path (a .ttf, or face 0 of a .ttc), or with path NULL the
 * first installed of TW-Kai, AR PL UKai, AR PL UMing.  Returns 0, or -1 with
 * *cause set (caller frees).  Free the result with font_free.
 */
int		 font_open(const char *path, struct font **, char **cause);
void		 font_free(struct font *);
const char	*font_path(const struct font *);

/* Whether the font has a glyph for the code point. */
int		 font_covers(const struct font *, uint32_t cp);
/* Horizontal advance of the code point in 1/1000 em (0 when not covered). */
double		 font_advance(const struct font *, uint32_t cp);
/* Ascender and descender (negative) in 1/1000 em. */
double		 font_ascent(const struct font *);
double		 font_descent(const struct font *);

/*
 * Check that every character of the UTF-8 text is covered; on failure
 * returns -1 with *cause naming the character and its code point, e.g.
 * "character '𠀀' (U+20000) is not in font FILE".
 */
int		 font_check_text(const struct font *, const char *utf8,
		    char **cause);

/*
 * Subset the font to the given code points with hb-subset.  On success
 * *data (caller frees) holds a TrueType file of *len bytes.
 */
int		 font_subset(const struct font *, const uint32_t *cps, size_t ncps,
		    void **data, size_t *len, char **cause);

#endif /* FONT_H */
