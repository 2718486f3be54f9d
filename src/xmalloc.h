/* xmalloc.h: allocation wrappers that never return NULL. */
/* SPDX-License-Identifier: MIT */
#ifndef XMALLOC_H
#define XMALLOC_H

#include <stddef.h>

/*
 * Each wrapper ends the program with a message when memory runs out, after
 * calling the function given to xmalloc_on_failure once.
 */
void	 xmalloc_on_failure(void (*)(void));
/* The same end, for a library that says it ran out of memory. */
void	 xmalloc_failed(void) __attribute__((noreturn));
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif /* XMALLOC_H */
