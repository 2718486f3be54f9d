/* generate.c: the steps from resolved answers to the PDF bytes of the three documents that the CLI and the wizard share. */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appendix.h"
#include "atomicfile.h"
#include "font.h"
#include "generate.h"
#include "i18n.h"
#include "layout.h"
#include "pdf.h"
#include "report.h"
#include "sha256.h"
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
generate_pdf(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res,
    const struct font *font, enum document doc, time_t created, void **buf,
    size_t *len, char **cause)
{
	struct report	*r;
	struct layout	*lay;
	int		 rc;

	*buf = NULL;
	*len = 0;
	if ((r = generate_report(cat, rules, a, res, doc, created,
	    cause)) == NULL)
		return -1;
	if (layout_report(r, font, &lay, cause) != 0) {
		report_free(r);
		return -1;
	}
	rc = pdf_render(lay, font, r, buf, len, cause);
	layout_free(lay);
	report_free(r);
	return rc;
}

/* One document to typeset, on a thread of its own. */
struct generate_job {
	const struct catalogue	*cat;
	const struct rules	*rules;
	const struct answers	*a;
	const struct resolution	*res;
	const struct font	*font;
	enum document		 doc;
	time_t			 created;
	void			*buf;
	size_t			 len;
	char			*cause;
	int			 rc;
};

static void *
generate_job_run(void *arg)
{
	struct generate_job	*j = arg;

	j->rc = generate_pdf(j->cat, j->rules, j->a, j->res, j->font, j->doc,
	    j->created, &j->buf, &j->len, &j->cause);
	return NULL;
}

/*
 * The documents share nothing but read-only input and the font, whose
 * table cache has a lock, so the last one asked for (the record, the
 * largest) is typeset on a thread of its own while this one does the
 * others: two at a time, as the two cores of a small workstation allow,
 * and no more memory than two take.  A thread that cannot start runs
 * here instead.
 */
int
generate_documents(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a, const struct resolution *res,
    const struct font *font, const char *const paths[DOC_COUNT],
    time_t created, size_t *nwritten, char **cause)
{
	struct generate_job	 jobs[DOC_COUNT];
	pthread_t		 tid;
	size_t			 i, n = 0, last = DOC_COUNT, count = 0;
	size_t			 threaded = DOC_COUNT;	/* the job on a thread */
	int			 rc = -1;

	memset(jobs, 0, sizeof jobs);
	memset(&tid, 0, sizeof tid);
	if (res->nproblems > 0) {
		*cause = generate_problems(res);
		goto out;
	}
	/* Typeset all before writing any, so an error leaves no file. */
	for (i = 0; i < DOC_COUNT; i++) {
		jobs[i].cat = cat;
		jobs[i].rules = rules;
		jobs[i].a = a;
		jobs[i].res = res;
		jobs[i].font = font;
		jobs[i].doc = (enum document)i;
		jobs[i].created = created;
		if (paths[i] != NULL) {
			last = i;
			count++;
		}
	}
	if (count > 1 && pthread_create(&tid, NULL, generate_job_run,
	    &jobs[last]) == 0)
		threaded = last;
	for (i = 0; i < DOC_COUNT; i++) {
		if (paths[i] != NULL && i != threaded)
			generate_job_run(&jobs[i]);
	}
	if (threaded < DOC_COUNT)
		pthread_join(tid, NULL);
	for (i = 0; i < DOC_COUNT; i++) {
		if (paths[i] != NULL && jobs[i].rc != 0) {
			*cause = jobs[i].cause;
			jobs[i].cause = NULL;
			goto out;
		}
	}
	for (i = 0; i < DOC_COUNT; i++) {
		if (paths[i] == NULL)
			continue;
		if (atomicfile_write(paths[i], jobs[i].buf, jobs[i].len, 0644,
		    cause) != 0)
			goto out;
		n++;
	}
	rc = 0;
out:
	if (nwritten != NULL)
		*nwritten = n;
	for (i = 0; i < DOC_COUNT; i++) {
		free(jobs[i].buf);
		free(jobs[i].cause);
	}
	return rc;
}

int
generate_files(const struct catalogue *cat, const struct answers *a,
    const struct resolution *res, const struct font *font,
    const char *const paths[2], time_t created, size_t *nwritten,
    char **cause)
{
	const char	*all[DOC_COUNT];

	all[DOC_APPENDIX] = paths[0];
	all[DOC_CHECKLIST] = paths[1];
	all[DOC_RECORD] = NULL;
	return generate_documents(cat, NULL, a, res, font, all, created,
	    nwritten, cause);
}

char *
generate_output_name(const struct answers *a, const char *suffix)
{
	char	*s, *p;

	s = xasprintf("%s-%s", a->number != NULL ? a->number : "tenderwiz",
	    suffix);
	for (p = s; *p != '\0'; p++) {
		if (*p == '/' || *p == '\\' || (unsigned char)*p < 0x20)
			*p = '_';
	}
	return s;
}
