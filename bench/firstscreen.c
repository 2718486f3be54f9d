/* firstscreen.c: how long the wizard takes from launch to its first screen, on a pseudo-terminal of 80x24. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "stats.h"

static double
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/*
 * Start the command on a new pty and return the milliseconds until marker
 * has appeared in what it wrote, or -1 when it never does (5 s).
 */
static double
run_once(char **cmd, const char *marker)
{
	struct winsize	 ws = { .ws_row = 24, .ws_col = 80 };
	struct pollfd	 pfd;
	char		 buf[65536];
	size_t		 have = 0;
	ssize_t		 n;
	double		 t0, t = -1;
	pid_t		 pid;
	int		 fd, status;

	t0 = now_ms();
	if ((pid = forkpty(&fd, NULL, NULL, &ws)) == -1) {
		perror("forkpty");
		exit(2);
	}
	if (pid == 0) {
		execvp(cmd[0], cmd);
		perror(cmd[0]);
		_exit(127);
	}
	pfd.fd = fd;
	pfd.events = POLLIN;
	while (now_ms() - t0 < 5000 && poll(&pfd, 1, 100) >= 0) {
		if (!(pfd.revents & (POLLIN | POLLHUP)))
			continue;
		n = read(fd, buf + have, sizeof buf - 1 - have);
		if (n <= 0)
			break;
		have += (size_t)n;
		buf[have] = '\0';
		if (strstr(buf, marker) != NULL) {
			t = now_ms() - t0;
			break;
		}
		if (have >= sizeof buf - 1)
			have = 0;
	}
	kill(pid, SIGTERM);
	/* Drain, so that the child is not stuck writing to a full pty. */
	while (poll(&pfd, 1, 50) > 0 && read(fd, buf, sizeof buf) > 0)
		;
	waitpid(pid, &status, 0);
	close(fd);
	return t;
}

/* Usage: firstscreen RUNS MAX_MS MARKER -- COMMAND...; exits 1 over the target. */
int
main(int argc, char **argv)
{
	double	*times, median;
	int	 runs, i, max_ms;

	if (argc < 6 || strcmp(argv[4], "--") != 0) {
		fprintf(stderr, "usage: firstscreen RUNS MAX_MS MARKER -- "
		    "COMMAND...\n");
		return 2;
	}
	runs = atoi(argv[1]);
	max_ms = atoi(argv[2]);
	if (runs < 1 || (times = calloc((size_t)runs, sizeof *times)) == NULL)
		return 2;
	for (i = 0; i < runs; i++) {
		if ((times[i] = run_once(argv + 5, argv[3])) < 0) {
			fprintf(stderr, "firstscreen: \"%s\" never appeared\n",
			    argv[3]);
			free(times);
			return 1;
		}
	}
	median = stats_median(times, (size_t)runs);
	printf("first screen: median %.1f ms over %d runs (min %.1f, max "
	    "%.1f); target %d ms: %s\n", median, runs, times[0],
	    times[runs - 1], max_ms, median <= max_ms ? "met" : "MISSED");
	free(times);
	return median <= max_ms ? 0 : 1;
}
