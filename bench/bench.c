/* bench.c: run a command many times and print its median wall time, peak memory and output size against targets. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "stats.h"

/*
 * Usage: bench RUNS MAX_MS MAX_KIB OUTPUT MAX_KB -- COMMAND...
 * OUTPUT is a file the command writes (or - for none); exits 1 when a
 * target is missed, so "make bench" fails loudly.
 */
int
main(int argc, char **argv)
{
	struct timespec	 t0, t1;
	struct rusage	 ru;
	struct stat	 st;
	double		*ms, max_ms, median;
	long		 max_kib, max_kb, peak = 0;
	int		 runs, i, status, ok = 1;
	pid_t		 pid;

	if (argc < 8 || strcmp(argv[6], "--") != 0) {
		fprintf(stderr, "usage: bench RUNS MAX_MS MAX_KIB OUTPUT MAX_KB "
		    "-- COMMAND...\n");
		return 2;
	}
	runs = atoi(argv[1]);
	max_ms = atof(argv[2]);
	max_kib = atol(argv[3]);
	max_kb = atol(argv[5]);
	if (runs < 1)
		runs = 1;
	ms = calloc((size_t)runs, sizeof *ms);
	for (i = 0; i < runs; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if ((pid = fork()) == 0) {
			if (freopen("/dev/null", "w", stdout) == NULL)
				_exit(127);
			execvp(argv[7], argv + 7);
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
	if (strcmp(argv[4], "-") != 0) {
		if (stat(argv[4], &st) != 0) {
			perror(argv[4]);
			return 2;
		}
		printf("file size:   %lld KB (target <= %ld KB)\n",
		    (long long)st.st_size / 1000, max_kb);
		if (st.st_size / 1000 > max_kb)
			ok = 0;
	}
	printf("%s\n", ok ? "all targets met" : "TARGET MISSED");
	free(ms);
	return ok ? 0 : 1;
}
