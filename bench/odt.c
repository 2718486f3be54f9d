/* odt.c: how long the generate step takes to make an answers file's appendix as .odt, from resolved answers to its bytes, and to write them. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "answers.h"
#include "catalogue.h"
#include "generate.h"
#include "odt-load.h"
#include "resolve.h"
#include "rules.h"
#include "stats.h"

static double
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/*
 * Usage: odt RUNS MAX_MS MAX_KIB MAX_KB DATADIR ANSWERS OUTPUT
 * Loading the data and the answers is the command line's and the
 * wizard's common start, timed by the other benchmarks; this times what
 * an .odt adds: building the report, its XML and the zip, against the
 * target.  The atomic write that follows waits for the disk (fsync), so
 * its time is printed beside, not held to the target.  Exits 1 when a
 * target is missed.
 */
int
main(int argc, char **argv)
{
	struct catalogue	*cat = NULL;
	struct rules		*rules = NULL;
	struct answers		*a = NULL;
	struct resolution	*res;
	struct generate_output	 out;
	void			*buf;
	size_t			 len;
	struct rusage		 ru;
	struct stat		 st;
	time_t			 created;
	double			*ms, *wms, t0, median, wmedian;
	char			*cause = NULL;
	long			 max_kib, max_kb;
	int			 runs, i, ok = 1;

	if (argc != 8) {
		fprintf(stderr, "usage: odt RUNS MAX_MS MAX_KIB MAX_KB DATADIR "
		    "ANSWERS OUTPUT\n");
		return 2;
	}
	/* The ODF writer built beside this bench, not an installed one. */
	odt_load_set_dir(BUILD_DIR "/src");
	runs = atoi(argv[1]);
	max_kib = atol(argv[3]);
	max_kb = atol(argv[4]);
	if (runs < 1)
		runs = 1;
	if (catalogue_load(argv[5], &cat, &cause) != 0 ||
	    rules_load(argv[5], cat, &rules, &cause) != 0 ||
	    answers_load(argv[6], cat, &a, &cause) != 0) {
		fprintf(stderr, "odt: %s\n", cause);
		return 2;
	}
	if (generate_time(&created, &cause) != 0) {
		fprintf(stderr, "odt: %s\n", cause);
		return 2;
	}
	res = resolve(cat, rules, a);
	out.doc = DOC_APPENDIX;
	out.format = FORMAT_ODT;
	out.path = argv[7];
	ms = calloc((size_t)runs, sizeof *ms);
	wms = calloc((size_t)runs, sizeof *wms);
	if (ms == NULL || wms == NULL) {
		free(ms);
		free(wms);
		return 2;
	}
	for (i = 0; i < runs; i++) {
		t0 = now_ms();
		if (generate_document(cat, rules, a, res, NULL, DOC_APPENDIX,
		    FORMAT_ODT, created, &buf, &len, &cause) != 0) {
			fprintf(stderr, "odt: %s\n", cause);
			free(ms);
			free(wms);
			return 2;
		}
		ms[i] = now_ms() - t0;
		free(buf);
		t0 = now_ms();
		if (generate_outputs(cat, rules, a, res, NULL, &out, 1,
		    NULL, created, NULL, &cause) != 0) {
			fprintf(stderr, "odt: %s\n", cause);
			free(ms);
			free(wms);
			return 2;
		}
		/* The whole step again, less the making: the write. */
		wms[i] = now_ms() - t0 - ms[i];
	}
	median = stats_median(ms, (size_t)runs);
	wmedian = stats_median(wms, (size_t)runs);
	getrusage(RUSAGE_SELF, &ru);
	printf("runs:        %d (the .odt appendix, from resolved answers "
	    "to its bytes)\n", runs);
	printf("median time: %.1f ms (target <= %s ms, fastest %.1f, "
	    "slowest %.1f)\n", median, argv[2], ms[0], ms[runs - 1]);
	printf("atomic write: %.1f ms more (median; the disk's fsync)\n",
	    wmedian > 0 ? wmedian : 0.0);
	if (median > atof(argv[2]))
		ok = 0;
	printf("peak memory: %.1f MiB (target <= %.0f MiB)\n",
	    (double)ru.ru_maxrss / 1024.0, (double)max_kib / 1024.0);
	if (ru.ru_maxrss > max_kib)
		ok = 0;
	if (stat(argv[7], &st) != 0) {
		perror(argv[7]);
		free(ms);
		free(wms);
		return 2;
	}
	printf("file size:   %lld KB (target <= %ld KB)\n",
	    (long long)st.st_size / 1000, max_kb);
	if (st.st_size / 1000 > max_kb)
		ok = 0;
	printf("%s\n", ok ? "all targets met" : "TARGET MISSED");
	free(ms);
	free(wms);
	resolution_free(res);
	answers_free(a);
	rules_free(rules);
	catalogue_free(cat);
	return ok ? 0 : 1;
}
