/* generate.c: the steps from resolved answers to the PDF bytes of the three documents that the CLI and the wizard share. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "appendix.h"
#include "atomicfile.h"
#include "font.h"
#include "generate.h"
#include "i18n.h"
#include "layout.h"
#include "odt-load.h"
#include "pdf.h"
#include "report.h"
#include "sha256.h"
#include "utf8.h"
#include "xmalloc.h"

int
generate_time(time_t *out, char **cause)
{
	const char		*s = getenv("SOURCE_DATE_EPOCH");
	unsigned long long	 v = 0;
	const char		*p;

	if (s == NULL || *s == '\0') {
		*out = time(NULL);
		return 0;
	}
	for (p = s; *p != '\0'; p++) {
		if (*p < '0' || *p > '9' || v > 253402300799ULL) {
			*cause = xasprintf(_("SOURCE_DATE_EPOCH '%s' is not a "
			    "number of seconds"), s);
			return -1;
		}
		v = v * 10 + (unsigned long long)(*p - '0');
	}
	if (v > 253402300799ULL) {
		*cause = xasprintf(_("SOURCE_DATE_EPOCH '%s' is beyond the "
		    "year 9999"), s);
		return -1;
	}
	*out = (time_t)v;
	return 0;
}

int
generate_fingerprint(const struct answers *a, char hex[65], char **cause)
{
	char	*buf;
	size_t	 len;

	if (answers_emit_buffer(a, &buf, &len, cause) != 0)
		return -1;
	sha256_hex(buf, len, hex);
	free(buf);
	return 0;
}

char *
generate_problems(const struct resolution *res)
{
	char	*s = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < res->nproblems; i++) {
		t = xasprintf("%s%s%s", s, i == 0 ? "" : "\n",
		    res->problems[i]);
		free(s);
		s = t;
	}
	return s;
}

struct report *
generate_report(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res, enum document doc,
    time_t created, char **cause)
{
	char	fp[65];

	if (res->nproblems > 0) {
		*cause = generate_problems(res);
		return NULL;
	}
	if (generate_fingerprint(a, fp, cause) != 0)
		return NULL;
	switch (doc) {
	case DOC_APPENDIX:
		return appendix_report(cat, a, res, fp, created);
	case DOC_CHECKLIST:
		return checklist_report(cat, a, res, fp, created);
	case DOC_RECORD:
		break;
	}
	return record_report(cat, rules, a, res, fp, created);
}

int
generate_document(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res,
    const struct font *font, enum document doc, enum format format,
    time_t created, void **buf, size_t *len, char **cause)
{
	struct report	*r;
	struct layout	*lay;
	int		 rc;

	*buf = NULL;
	*len = 0;
	if ((r = generate_report(cat, rules, a, res, doc, created,
	    cause)) == NULL)
		return -1;
	/* ODF leaves the typesetting to the program that opens it. */
	if (format == FORMAT_ODT) {
		rc = odt_load_render(r, buf, len, cause);
		report_free(r);
		return rc;
	}
	if (layout_report(r, font, &lay, cause) != 0) {
		report_free(r);
		return -1;
	}
	rc = pdf_render(lay, font, r, buf, len, cause);
	layout_free(lay);
	report_free(r);
	return rc;
}

enum format
generate_format(const char *path)
{
	size_t	n = strlen(path);

	return n >= 4 && strcasecmp(path + n - 4, ".odt") == 0 ? FORMAT_ODT :
	    FORMAT_PDF;
}

/* One document to typeset, on a thread of its own. */
struct generate_job {
	const struct catalogue	*cat;
	const struct rules	*rules;
	const struct answers	*a;
	const struct resolution	*res;
	const struct font	*font;
	enum document		 doc;
	enum format		 format;
	time_t			 created;
	void			*buf;
	size_t			 len;
	char			*cause;
	int			 rc;
	int			 started;	/* on a thread to join */
};

static void *
generate_job_run(void *arg)
{
	struct generate_job	*j = arg;

	j->rc = generate_document(j->cat, j->rules, j->a, j->res, j->font,
	    j->doc, j->format, j->created, &j->buf, &j->len, &j->cause);
	return NULL;
}

/*
 * The second would replace the first, and an officer could attach the
 * checklist as the appendix.
 */
int
generate_same_file(const char *p, const char *q)
{
	struct stat	 sp, sq;
	const char	*bp, *bq;
	char		*dp, *dq;
	int		 same;

	if (strcmp(p, q) == 0)
		return 1;
	if (stat(p, &sp) == 0 && stat(q, &sq) == 0)
		return sp.st_dev == sq.st_dev && sp.st_ino == sq.st_ino;
	/* Not both there yet: the same name in the same folder. */
	bp = strrchr(p, '/') != NULL ? strrchr(p, '/') + 1 : p;
	bq = strrchr(q, '/') != NULL ? strrchr(q, '/') + 1 : q;
	if (strcmp(bp, bq) != 0 || *bp == '\0')
		return 0;
	dp = bp == p ? xstrdup(".") : xstrndup(p, (size_t)(bp - p));
	dq = bq == q ? xstrdup(".") : xstrndup(q, (size_t)(bq - q));
	same = stat(dp, &sp) == 0 && stat(dq, &sq) == 0 &&
	    sp.st_dev == sq.st_dev && sp.st_ino == sq.st_ino;
	free(dp);
	free(dq);
	return same;
}

/*
 * The documents share nothing but read-only input and the font, whose
 * table cache has a lock, so the last PDF asked for (the record, the
 * largest, by default) is typeset on a thread of its own while this one
 * does the others: two at a time, as the two cores of a small workstation
 * allow, and no more memory than two take.  An .odt takes a fraction of
 * a PDF's time and gets no thread.  A thread that cannot start runs here
 * instead.
 */
int
generate_outputs(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res,
    const struct font *font, const struct generate_output *outs,
    size_t nouts, const char *answers_path, time_t created,
    size_t *nwritten, char **cause)
{
	struct generate_job	*jobs;
	pthread_t		 tid;
	size_t			 i, j, n = 0, last = nouts, npdf = 0;
	int			 rc = -1;

	jobs = xcalloc(nouts + 1, sizeof *jobs);
	memset(&tid, 0, sizeof tid);
	for (i = 0; i < nouts; i++) {
		/* The answers are read, or written apart, never written over. */
		if (answers_path != NULL &&
		    generate_same_file(outs[i].path, answers_path)) {
			*cause = xasprintf(_("%s is the answers file; give the "
			    "document a file of its own"), outs[i].path);
			goto out;
		}
		for (j = i + 1; j < nouts; j++) {
			if (!generate_same_file(outs[i].path, outs[j].path))
				continue;
			*cause = xasprintf(_("%s is named for two documents; "
			    "give each document its own file"), outs[j].path);
			goto out;
		}
	}
	if (res->nproblems > 0) {
		*cause = generate_problems(res);
		goto out;
	}
	/* Typeset all before writing any, so an error leaves no file. */
	for (i = 0; i < nouts; i++) {
		jobs[i].cat = cat;
		jobs[i].rules = rules;
		jobs[i].a = a;
		jobs[i].res = res;
		jobs[i].font = font;
		jobs[i].doc = outs[i].doc;
		jobs[i].format = outs[i].format;
		jobs[i].created = created;
		if (outs[i].format == FORMAT_PDF) {
			last = i;
			npdf++;
		}
	}
	if (npdf > 1 && pthread_create(&tid, NULL, generate_job_run,
	    &jobs[last]) == 0)
		jobs[last].started = 1;
	for (i = 0; i < nouts; i++) {
		if (!jobs[i].started)
			generate_job_run(&jobs[i]);
	}
	if (last < nouts && jobs[last].started)
		pthread_join(tid, NULL);
	for (i = 0; i < nouts; i++) {
		if (jobs[i].rc != 0) {
			*cause = jobs[i].cause;
			jobs[i].cause = NULL;
			goto out;
		}
	}
	for (i = 0; i < nouts; i++) {
		if (atomicfile_write(outs[i].path, jobs[i].buf, jobs[i].len,
		    0644, cause) != 0)
			goto out;
		n++;
	}
	rc = 0;
out:
	if (nwritten != NULL)
		*nwritten = n;
	for (i = 0; i < nouts; i++) {
		free(jobs[i].buf);
		free(jobs[i].cause);
	}
	free(jobs);
	return rc;
}

size_t
generate_named_outputs(const char *const paths[DOC_COUNT],
    struct generate_output *out)
{
	size_t	i, n = 0;

	for (i = 0; i < DOC_COUNT; i++) {
		if (paths[i] == NULL)
			continue;
		out[n].doc = (enum document)i;
		out[n].format = generate_format(paths[i]);
		out[n].path = paths[i];
		n++;
	}
	return n;
}

void
generate_default_outputs(const struct answers *a,
    struct generate_output *out, char **names)
{
	static const struct {
		enum document	 doc;
		enum format	 format;
		const char	*suffix;
	} defaults[GENERATE_NDEFAULTS] = {
		{ DOC_APPENDIX, FORMAT_PDF, "appendix.pdf" },
		{ DOC_APPENDIX, FORMAT_ODT, "appendix.odt" },
		{ DOC_CHECKLIST, FORMAT_PDF, "checklist.pdf" },
		{ DOC_CHECKLIST, FORMAT_ODT, "checklist.odt" },
		{ DOC_RECORD, FORMAT_PDF, "record.pdf" },
	};
	size_t	i;

	for (i = 0; i < GENERATE_NDEFAULTS; i++) {
		names[i] = generate_output_name(a, defaults[i].suffix);
		out[i].doc = defaults[i].doc;
		out[i].format = defaults[i].format;
		out[i].path = names[i];
	}
}

/*
 * Whether the character c of a case number goes into a file name as it
 * is: ASCII letters, digits and - _ . +, and any other character but the
 * spaces of Unicode (the ideographic space of a number typed in a CJK
 * input method among them).  The rest, shell and Windows specials
 * included, become '_'.
 */
static int
generate_name_char(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '+';
	return c != 0xa0 && c != 0x1680 && !(c >= 0x2000 && c <= 0x200b) &&
	    c != 0x2028 && c != 0x2029 && c != 0x202f && c != 0x205f &&
	    c != 0x3000 && c != 0xfeff && !(c >= 0x80 && c < 0xa0);
}

/* Longest stem kept of a case number, in bytes, well under NAME_MAX. */
#define GENERATE_STEM_MAX	160

char *
generate_output_name(const struct answers *a, const char *suffix)
{
	const char	*s = a->number != NULL ? a->number : "";
	char		*stem, *name;
	size_t		 len = strlen(s), n = 0, k;
	uint32_t	 c;

	stem = xmalloc(len + 1);
	while (len > 0) {
		if ((k = utf8_decode(s, len, &c)) == 0) {
			k = 1;		/* a stray byte */
			c = 0;
		}
		if (generate_name_char(c)) {
			/* No hidden file, nothing an option: 「.」 「-」 start none. */
			if (n > 0 || (c != '.' && c != '-' && c != '_')) {
				if (n + k > GENERATE_STEM_MAX)
					break;
				memcpy(stem + n, s, k);
				n += k;
			}
		} else if (n > 0 && stem[n - 1] != '_') {
			/* A run of spaces or specials is one '_'. */
			if (n + 1 > GENERATE_STEM_MAX)
				break;
			stem[n++] = '_';
		}
		s += k;
		len -= k;
	}
	while (n > 0 && (stem[n - 1] == '_' || stem[n - 1] == '.'))
		n--;
	stem[n] = '\0';
	name = xasprintf("%s-%s", n > 0 ? stem : PACKAGE, suffix);
	free(stem);
	return name;
}
