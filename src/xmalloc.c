/* xmalloc.c: allocation wrappers that never return NULL. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

static void	(*xmalloc_failure)(void);

/*
 * What to do first when memory runs out: the wizard keeps a draft and gives
 * the terminal back.  It may end the program itself.
 */
void
xmalloc_on_failure(void (*fn)(void))
{
	xmalloc_failure = fn;
}

/*
 * Memory ran out, here or in a library.  The failure function runs once
 * only: a failure inside it ends here.  exit, not abort, so that atexit
 * handlers still run.
 */
static pthread_once_t	xmalloc_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t	xmalloc_lock;

static void
xmalloc_lock_init(void)
{
	pthread_mutexattr_t	attr;

	pthread_mutexattr_init(&attr);
	pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&xmalloc_lock, &attr);
	pthread_mutexattr_destroy(&attr);
}

void
xmalloc_failed(void)
{
	void	(*fn)(void);

	/*
	 * One thread says it and ends the program; another that runs out
	 * too waits here for the end.  Recursive, for a hook that fails.
	 */
	pthread_once(&xmalloc_once, xmalloc_lock_init);
	pthread_mutex_lock(&xmalloc_lock);
	fn = xmalloc_failure;

	xmalloc_failure = NULL;
	if (fn != NULL)
		fn();
	fputs("tenderwiz: out of memory\n", stderr);
	exit(EXIT_FAILURE);
}

void *
xmalloc(size_t size)
{
	void	*p;

	if ((p = malloc(size == 0 ? 1 : size)) == NULL)
		xmalloc_failed();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		xmalloc_failed();
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void	*p;

	if (size != 0 && n > ((size_t)-1) / size)
		xmalloc_failed();
	if ((p = realloc(old, n * size == 0 ? 1 : n * size)) == NULL)
		xmalloc_failed();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;
	size_t	 len;

	for (len = 0; len < n && s[len] != '\0'; len++)
		;
	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) == -1)
		xmalloc_failed();
	va_end(ap);
	return s;
}
