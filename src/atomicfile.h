/* atomicfile.h: replacing a file all at once or not at all. */
#ifndef ATOMICFILE_H
#define ATOMICFILE_H

#include <stddef.h>
#include <sys/types.h>

/*
 * Write len bytes to a temporary file beside path, flush it to disk and
 * rename it over path.  Returns 0, or -1 with *cause naming path and the
 * reason; then path is untouched and no temporary file is left.
 */
int		 atomicfile_write(const char *path, const void *buf, size_t len,
		    mode_t mode, char **cause);

#endif /* ATOMICFILE_H */
