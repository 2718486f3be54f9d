/* bench.c: run a command many times and print its median wall time, peak memory and output sizes against targets. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "maxdeflate.h"
#include "stats.h"

/*
 * Usage: bench RUNS MAX_MS MAX_KIB MAX_PCT OUTPUT... -- COMMAND...
 * Each OUTPUT is a PDF the command writes, which may be at most MAX_PCT
 * per cent larger than the same PDF with its font programs deflated at
 * libdeflate's maximum level (its size with every stream so is printed
 * too); exits 1 when a target is missed, so "make bench" fails loudly.
 */
int
main(int argc, char **argv)
{
	struct timespec	 t0, t1;
	struct rusage	 ru;
	double		*ms, max_ms, median, max_pct, pct;
	long		 max_kib, peak = 0;
	size_t		 size, fontmax, maxsize;
	int		 runs, i, cmd, status, ok = 1;
	pid_t		 pid;

	for (cmd = 5; cmd < argc && strcmp(argv[cmd], "--") != 0; cmd++)
		continue;
	if (argc < 6 || cmd + 1 >= argc) {
		fprintf(stderr, "usage: bench RUNS MAX_MS MAX_KIB MAX_PCT "
		    "OUTPUT... -- COMMAND...\n");
		return 2;
	}
	runs = atoi(argv[1]);
	max_ms = atof(argv[2]);
	max_kib = atol(argv[3]);
	max_pct = atof(argv[4]);
	if (runs < 1)
		runs = 1;
	ms = calloc((size_t)runs, sizeof *ms);
	for (i = 0; i < runs; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if ((pid = fork()) == 0) {
			if (freopen("/dev/null", "w", stdout) == NULL)
				_exit(127);
			execvp(argv[cmd + 1], argv + cmd + 1);
			_exit(127);
		}
		if (pid == -1 || wait4(pid, &status, 0, &ru) == -1) {
			perror("bench");
			free(ms);
			return 2;
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "bench: the command failed\n");
			free(ms);
			return 2;
		}
		ms[i] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
		if (ru.ru_maxrss > peak)
			peak = ru.ru_maxrss;
	}
	median = stats_median(ms, (size_t)runs);
	printf("runs:        %d\n", runs);
	printf("median time: %.1f ms (target <= %.0f ms, fastest %.1f, "
	    "slowest %.1f)\n", median, max_ms, ms[0], ms[runs - 1]);
	if (median > max_ms)
		ok = 0;
	printf("peak memory: %.1f MiB (target <= %.0f MiB)\n",
	    (double)peak / 1024.0, (double)max_kib / 1024.0);
	if (peak > max_kib)
		ok = 0;
	for (i = 5; i < cmd; i++) {
		if (maxdeflate_size(argv[i], &size, &fontmax, &maxsize) != 0) {
			free(ms);
			return 2;
		}
		pct = fontmax > 0 ? 100.0 * ((double)size - (double)fontmax) /
		    (double)fontmax : 0;
		printf("%s: %zu bytes; %zu with the font programs at "
		    "libdeflate's maximum level: %+.1f%% (target <= %.0f%%)\n",
		    argv[i], size, fontmax, pct, max_pct);
		if (pct > max_pct)
			ok = 0;
		pct = maxsize > 0 ? 100.0 * ((double)size - (double)maxsize) /
		    (double)maxsize : 0;
		printf("%*s  %zu with every stream so: %+.1f%%\n",
		    (int)strlen(argv[i]), "", maxsize, pct);
	}
	printf("%s\n", ok ? "all targets met" : "TARGET MISSED");
	free(ms);
	return ok ? 0 : 1;
}
