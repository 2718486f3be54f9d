/* SPDX-License-Identifier: MIT */
/*
 * oom.c: the program's malloc.  glibc's own allocator does the work; when
 * it has no memory to give, the program ends as xmalloc ends it (the
 * wizard keeps a draft and gives the terminal back), whoever asked: our
 * code, libyaml, HarfBuzz, libharu or curses.  The libraries are not all
 * safe with a NULL from malloc, and a crash or a wrong file is worse than
 * a clear "out of memory".  glibc supports replacing malloc this way, and
 * uses the replacement for its own allocations too; free stays glibc's.
 * A sanitizer build keeps the sanitizer's allocator instead, and a C
 * library without __libc_malloc its own (configure decides: REPLACE_MALLOC).
 */
#include "config.h"

#ifdef REPLACE_MALLOC

#include <errno.h>
#include <stddef.h>

#include "xmalloc.h"

/* glibc's allocator, under the names it exports for replacements. */
void	*__libc_malloc(size_t);
void	*__libc_calloc(size_t, size_t);
void	*__libc_realloc(void *, size_t);
void	*__libc_memalign(size_t, size_t);

void	*malloc(size_t);
void	*calloc(size_t, size_t);
void	*realloc(void *, size_t);
void	*memalign(size_t, size_t);
void	*aligned_alloc(size_t, size_t);
int	 posix_memalign(void **, size_t, size_t);

void *
malloc(size_t n)
{
	void	*p;

	if ((p = __libc_malloc(n)) == NULL)
		xmalloc_failed();
	return p;
}

void *
calloc(size_t n, size_t size)
{
	void	*p;

	if ((p = __libc_calloc(n, size)) == NULL)
		xmalloc_failed();
	return p;
}

/* realloc(p, 0) frees p and may rightly return NULL. */
void *
realloc(void *old, size_t n)
{
	void	*p;

	if ((p = __libc_realloc(old, n)) == NULL && (n != 0 || old == NULL))
		xmalloc_failed();
	return p;
}

/* A bad alignment is the caller's mistake (EINVAL), not memory running out. */
void *
memalign(size_t align, size_t n)
{
	void	*p;

	if ((p = __libc_memalign(align, n)) == NULL && errno == ENOMEM)
		xmalloc_failed();
	return p;
}

void *
aligned_alloc(size_t align, size_t n)
{
	return memalign(align, n);
}

int
posix_memalign(void **out, size_t align, size_t n)
{
	void	*p;

	if (align == 0 || (align & (align - 1)) != 0 ||
	    align % sizeof(void *) != 0)
		return EINVAL;
	if ((p = memalign(align, n)) == NULL)
		return errno;
	*out = p;
	return 0;
}

#endif /* REPLACE_MALLOC */
