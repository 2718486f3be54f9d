/*
 * failmalloc.c: preloaded into the wizard by tests/wizard-fatal.sh to run
 * it out of memory on cue.  Once the process gets SIGUSR2, malloc, calloc,
 * realloc and their aligned kin return NULL: FAILMALLOC_COUNT times, or for
 * good when it is unset or 0.  Being armed creates the file
 * FAILMALLOC_ARMED names, so that the test knows when to go on.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* glibc's own allocator, under the names it exports for wrappers. */
void	*__libc_malloc(size_t);
void	*__libc_calloc(size_t, size_t);
void	*__libc_realloc(void *, size_t);
void	*__libc_memalign(size_t, size_t);

void	*malloc(size_t);
void	*calloc(size_t, size_t);
void	*realloc(void *, size_t);
void	*aligned_alloc(size_t, size_t);
void	*memalign(size_t, size_t);
int	 posix_memalign(void **, size_t, size_t);

static volatile sig_atomic_t	armed;
static long			left;	/* failures to come; -1: all */
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
	const char		*n = getenv("FAILMALLOC_COUNT");
	const char		*m = getenv("FAILMALLOC_ARMED");

	left = n != NULL && atol(n) > 0 ? atol(n) : -1;
	if (m != NULL && strlen(m) < sizeof marker)
		memcpy(marker, m, strlen(m) + 1);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = failmalloc_arm;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR2, &sa, NULL);
}

/* Whether this allocation is to fail. */
static int
failmalloc_now(void)
{
	if (!armed || left == 0)
		return 0;
	if (left > 0)
		left--;
	errno = ENOMEM;
	return 1;
}

void *
malloc(size_t n)
{
	return failmalloc_now() ? NULL : __libc_malloc(n);
}

void *
calloc(size_t n, size_t size)
{
	return failmalloc_now() ? NULL : __libc_calloc(n, size);
}

void *
realloc(void *p, size_t n)
{
	return failmalloc_now() ? NULL : __libc_realloc(p, n);
}

void *
memalign(size_t align, size_t n)
{
	return failmalloc_now() ? NULL : __libc_memalign(align, n);
}

void *
aligned_alloc(size_t align, size_t n)
{
	return memalign(align, n);
}

int
posix_memalign(void **p, size_t align, size_t n)
{
	if ((*p = memalign(align, n)) == NULL)
		return ENOMEM;
	return 0;
}
