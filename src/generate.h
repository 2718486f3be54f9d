/* generate.h: from resolved answers to the bytes of the appendix, checklist or record, as PDF or .odt. */
/* SPDX-License-Identifier: MIT */
#ifndef GENERATE_H
#define GENERATE_H

#include <stddef.h>
#include <time.h>

#include "answers.h"
#include "catalogue.h"
#include "resolve.h"
#include "rules.h"

struct font;
struct report;

enum document {
	DOC_APPENDIX,		/* for bidders */
	DOC_CHECKLIST,		/* vendor self-assessment, agency review */
	DOC_RECORD		/* the agency's record of the decisions */
};
#define DOC_COUNT	3

enum format {
	FORMAT_PDF,		/* read-only, fonts embedded */
	FORMAT_ODT		/* OpenDocument text, to edit */
};

/* One file to write: which document, in which format, where. */
struct generate_output {
	enum document	 doc;
	enum format	 format;
	const char	*path;
};

/*
 * The outputs written when none is named: the appendix and checklist as
 * PDF and .odt, the record as PDF.
 */
#define GENERATE_NDEFAULTS	5

/*
 * The time written into the PDFs: $SOURCE_DATE_EPOCH when set, so that the
 * same answers give the same bytes, else now.  Returns 0, or -1 with *cause
 * for a malformed value.
 */
int		 generate_time(time_t *, char **cause);

/* SHA-256 of the answers as the program writes them (hex, 65 bytes). */
int		 generate_fingerprint(const struct answers *, char hex[65],
		    char **cause);

/* All problems of a resolution, one per line, for an error message (caller frees). */
char		*generate_problems(const struct resolution *);

/*
 * Typeset one document in the format into *buf (caller frees) of *len
 * bytes.  The resolution must have no problems; rules (for the record's
 * versions and bases) may be NULL; font is used only for a PDF and may be
 * NULL for an .odt.  Returns 0, or -1 with *cause (a character no font
 * has, a PDF or ODF error).
 */
int		 generate_document(const struct catalogue *,
		    const struct rules *, const struct answers *,
		    const struct resolution *, const struct font *,
		    enum document, enum format, time_t created, void **buf,
		    size_t *len, char **cause);

/* The format a file name asks for: .odt (any case) is ODF text, else PDF. */
enum format	 generate_format(const char *path);

/*
 * Typeset every output (font may be NULL when none is a PDF), all before
 * writing any, then write each atomically in order.  Two outputs that
 * are one file, or one that is the answers file at answers_path (NULL:
 * none), are refused first.  Returns 0, or -1 with *cause; then no file
 * was written, or only the first *nwritten (unless nwritten is NULL).
 */
int		 generate_outputs(const struct catalogue *,
		    const struct rules *, const struct answers *,
		    const struct resolution *, const struct font *,
		    const struct generate_output *, size_t noutputs,
		    const char *answers_path, time_t created,
		    size_t *nwritten, char **cause);

/*
 * Fill out[GENERATE_NDEFAULTS] with the default outputs, named after the
 * case number in the current folder; names[i] holds out[i]'s path, which
 * the caller frees.
 */
void		 generate_default_outputs(const struct answers *,
		    struct generate_output *out, char **names);

/* The report (the model every renderer reads) of one document; report_free it. */
struct report	*generate_report(const struct catalogue *, const struct rules *,
		    const struct answers *, const struct resolution *,
		    enum document, time_t created, char **cause);

/*
 * The outputs named in paths[DOC_APPENDIX], paths[DOC_CHECKLIST] and
 * paths[DOC_RECORD] (each NULL to skip), each in the format its name asks
 * for, into out (DOC_COUNT entries); returns how many.
 */
size_t		 generate_named_outputs(const char *const paths[DOC_COUNT],
		    struct generate_output *out);

/*
 * The default name of an output, "NUMBER-suffix" after the case number
 * (caller frees), safe and plain as a file name: spaces and characters a
 * shell or Windows treats specially become one '_' a run, a leading '.',
 * '-' or '_' goes, CJK stays; "tenderwiz-suffix" when nothing is left.
 */
char		*generate_output_name(const struct answers *, const char *suffix);

/*
 * Whether two paths name the same file: by name, as one file under two
 * names when both exist, or as the same name in the same folder
 * (dup/x.pdf and dup/./x.pdf) when they do not yet.
 */
int		 generate_same_file(const char *, const char *);

#endif /* GENERATE_H */
