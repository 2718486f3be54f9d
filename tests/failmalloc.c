/* SPDX-License-Identifier: MIT */
/*
 * failmalloc.c: preloaded into the wizard by tests/wizard-fatal.sh to run
 * it out of memory on cue.  Once the process gets SIGUSR2, allocations
 * fail: FAILMALLOC_COUNT times, or for good when it is unset or 0.  Being
 * armed creates the file
 * FAILMALLOC_ARMED names, so that the test knows when to go on.  With
 * FAILMALLOC_SKIP=N it is armed from the start, and the first N
 * allocations succeed.  At exit, the number of allocations asked for is
 * written to the file FAILMALLOC_TALLY names.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * The program replaces malloc and the rest, and hands the work to glibc's
 * __libc_malloc and kin (src/oom.c): those are what fail here, so that
 * the program's own handling of a failure is what runs.  The real ones
 * are found on first use, which can come before this library's
 * constructor; what is asked for while finding them comes from a static
 * buffer.
 */
void	*__libc_malloc(size_t);
void	*__libc_calloc(size_t, size_t);
void	*__libc_realloc(void *, size_t);
void	*__libc_memalign(size_t, size_t);

static void	*(*real_malloc)(size_t);
static void	*(*real_calloc)(size_t, size_t);
static void	*(*real_realloc)(void *, size_t);
static void	*(*real_memalign)(size_t, size_t);

static char			boot[65536];
static size_t			bootused;
static int			resolving;

static void
failmalloc_resolve(void)
{
	if (real_malloc != NULL || resolving)
		return;
	resolving = 1;
	real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "__libc_malloc");
	real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT,
	    "__libc_calloc");
	real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT,
	    "__libc_realloc");
	real_memalign = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT,
	    "__libc_memalign");
	resolving = 0;
}

/* Memory for dlsym while the real allocator is being found; never freed. */
static void *
failmalloc_boot(size_t n)
{
	void	*p;

	n = (n + 15) & ~(size_t)15;
	if (n > sizeof boot - bootused)
		return NULL;
	p = boot + bootused;
	bootused += n;
	return p;
}

static volatile sig_atomic_t	armed;
static long			left;	/* failures to come; -1: all */
static long			skip;	/* successes to come first */
static unsigned long		tally;	/* allocations asked for */
static char			tallyfile[4096];
static char			marker[4096];

static void
failmalloc_arm(int sig)
{
	int	fd;

	(void)sig;
	armed = 1;
	if (marker[0] != '\0' &&
	    (fd = open(marker, O_WRONLY | O_CREAT | O_TRUNC, 0600)) != -1)
		close(fd);
}

__attribute__((constructor)) static void
failmalloc_init(void)
{
	struct sigaction	 sa;
	const char		*n, *m, *k, *t;

	failmalloc_resolve();
	n = getenv("FAILMALLOC_COUNT");
	m = getenv("FAILMALLOC_ARMED");
	k = getenv("FAILMALLOC_SKIP");
	t = getenv("FAILMALLOC_TALLY");

	left = n != NULL && atol(n) > 0 ? atol(n) : -1;
	if (m != NULL && strlen(m) < sizeof marker)
		memcpy(marker, m, strlen(m) + 1);
	if (t != NULL && strlen(t) < sizeof tallyfile)
		memcpy(tallyfile, t, strlen(t) + 1);
	if (k != NULL) {
		skip = atol(k);
		armed = 1;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = failmalloc_arm;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR2, &sa, NULL);
}

__attribute__((destructor)) static void
failmalloc_fini(void)
{
	char		 buf[32];
	size_t		 i = sizeof buf;
	unsigned long	 n = tally;
	int		 fd;

	if (tallyfile[0] == '\0')
		return;
	buf[--i] = '\n';
	do {
		buf[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	if ((fd = open(tallyfile, O_WRONLY | O_CREAT | O_TRUNC, 0600)) != -1) {
		if (write(fd, buf + i, sizeof buf - i) == -1)
			tallyfile[0] = '\0';
		close(fd);
	}
}

/* Whether this allocation is to fail. */
static int
failmalloc_now(void)
{
	tally++;
	if (!armed || left == 0)
		return 0;
	if (skip > 0) {
		skip--;
		return 0;
	}
	if (left > 0)
		left--;
	errno = ENOMEM;
	return 1;
}

void *
__libc_malloc(size_t n)
{
	failmalloc_resolve();
	if (real_malloc == NULL)
		return failmalloc_boot(n);
	return failmalloc_now() ? NULL : real_malloc(n);
}

void *
__libc_calloc(size_t n, size_t size)
{
	failmalloc_resolve();
	if (real_calloc == NULL)
		return n != 0 && size > sizeof boot / n ? NULL :
		    failmalloc_boot(n * size);
	return failmalloc_now() ? NULL : real_calloc(n, size);
}

void *
__libc_realloc(void *p, size_t n)
{
	failmalloc_resolve();
	return failmalloc_now() ? NULL : real_realloc(p, n);
}

void *
__libc_memalign(size_t align, size_t n)
{
	failmalloc_resolve();
	return failmalloc_now() ? NULL : real_memalign(align, n);
}
