/* atomicfile.c: replacing a file all at once through a synced temporary file and rename. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomicfile.h"
#include "xmalloc.h"

/*
 * The temporary file goes beside path, so that rename stays within one
 * file system, and hides behind a dot: "dir/.name.XXXXXX".  *dir is the
 * directory to sync afterwards.
 */
static char *
atomicfile_temp(const char *path, char **dir)
{
	const char	*slash;

	if ((slash = strrchr(path, '/')) == NULL) {
		*dir = xstrdup(".");
		return xasprintf(".%s.XXXXXX", path);
	}
	if (slash == path)
		*dir = xstrdup("/");
	else
		*dir = xstrndup(path, (size_t)(slash - path));
	return xasprintf("%.*s.%s.XXXXXX", (int)(slash + 1 - path), path,
	    slash + 1);
}

static int
atomicfile_write_all(int fd, const void *buf, size_t len)
{
	const char	*p = buf;
	ssize_t		 n;

	while (len > 0) {
		if ((n = write(fd, p, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			/* Should not happen for a regular file; do not spin. */
			errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Make the rename itself durable.  Best effort: some file systems refuse
 * to open or sync a directory, and the data is already safe by then.
 */
static void
atomicfile_sync_dir(const char *dir)
{
	int	fd;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return;
	fsync(fd);
	close(fd);
}

/* Returns 0, or -1 with *cause (caller frees) and path as it was. */
int
atomicfile_write(const char *path, const void *buf, size_t len, mode_t mode,
    char **cause)
{
	struct stat	 sb;
	char		*dir, *tmp;
	const char	*what;
	int		 fd, saved;

	if (*path == '\0' || path[strlen(path) - 1] == '/') {
		*cause = xasprintf("%s: not a file name", path);
		return -1;
	}
	/*
	 * rename would put a regular file in place of a device, a FIFO or a
	 * socket (as root even /dev/full), so only regular files are
	 * replaced.  A symbolic link is followed for this check; the link
	 * itself is what rename then replaces.
	 */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		*cause = xasprintf("%s: cannot replace: %s", path,
		    S_ISDIR(sb.st_mode) ? strerror(EISDIR) :
		    "not a regular file");
		return -1;
	}
	tmp = atomicfile_temp(path, &dir);

	if ((fd = mkstemp(tmp)) == -1) {
		saved = errno;
		*cause = xasprintf("%s: cannot create a file in %s: %s", path,
		    dir, strerror(saved));
		free(tmp);
		free(dir);
		return -1;
	}

	/*
	 * ENOSPC and EIO on network or quota-limited file systems may only
	 * show at fsync or close, so each step is checked before the rename
	 * makes the new content visible.
	 */
	what = "write";
	if (atomicfile_write_all(fd, buf, len) != 0)
		goto fail;
	what = "set the mode";
	if (fchmod(fd, mode) != 0)
		goto fail;
	what = "write";
	if (fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	what = "replace";
	if (rename(tmp, path) != 0)
		goto fail;

	atomicfile_sync_dir(dir);
	free(tmp);
	free(dir);
	return 0;

fail:
	saved = errno;
	if (fd != -1)
		close(fd);
	unlink(tmp);
	*cause = xasprintf("%s: cannot %s: %s", path, what, strerror(saved));
	free(tmp);
	free(dir);
	return -1;
}
