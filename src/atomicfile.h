/* atomicfile.h: replacing a file all at once or not at all. */
/* SPDX-License-Identifier: MIT */
#ifndef ATOMICFILE_H
#define ATOMICFILE_H

#include <stddef.h>
#include <sys/types.h>

/*
 * Write len bytes to a temporary file beside path, flush it to disk and
 * rename it over path.  Returns 0, or -1 with *cause naming path and the
 * reason; then path is untouched and no temporary file is left.  The
 * temporary file is unnamed until complete where the kernel allows
 * (O_TMPFILE), so a killed writer leaves at most a hidden ".NAME.XXXXXX",
 * which a later write of the same path removes once a minute old.
 */
int		 atomicfile_write(const char *path, const void *buf, size_t len,
		    mode_t mode, char **cause);

#endif /* ATOMICFILE_H */
