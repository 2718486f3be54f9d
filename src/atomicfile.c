/* atomicfile.c: replacing a file all at once through a synced temporary file and rename. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomicfile.h"
#include "i18n.h"
#include "xmalloc.h"

/* What mkstemp fills its six X's with; atomicfile_name uses the same. */
#define ATOMICFILE_CHARS \
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
/* Seconds after which a temporary file is a dead writer's, not a live one's. */
#define ATOMICFILE_STALE	60

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
 * An unnamed file in dir, which a process killed before the rename leaves
 * nowhere: the kernel frees it with the last descriptor.  -1 where the
 * kernel or the file system cannot.
 */
static int
atomicfile_unnamed(const char *dir)
{
#ifdef O_TMPFILE
	return open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
#else
	(void)dir;
	errno = EOPNOTSUPP;
	return -1;
#endif
}

/*
 * Give the unnamed file fd a name from the template tmp, as mkstemp would,
 * so that rename can put it in place; only between this and the rename
 * can a kill leave it behind.  Returns 0, or -1 with the template intact.
 */
static int
atomicfile_name(int fd, char *tmp)
{
	static const char	 chars[] = ATOMICFILE_CHARS;
	char			 proc[64], *x = tmp + strlen(tmp) - 6;
	unsigned long		 r;
	int			 tries, i;

	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	r = (unsigned long)getpid() ^ (unsigned long)time(NULL);
	for (tries = 0; tries < 100; tries++) {
		r = r * 6364136223846793005UL + 1442695040888963407UL;
		for (i = 0; i < 6; i++)
			x[i] = chars[(r >> (8 * i + 16)) % (sizeof chars - 1)];
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp,
		    AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno != EEXIST)
			break;
	}
	memset(x, 'X', 6);
	return -1;
}

/* Fill the temporary file; on failure *what names the step. */
static int
atomicfile_fill(int fd, const void *buf, size_t len, mode_t mode,
    const char **what)
{
	/*
	 * ENOSPC and EIO on network or quota-limited file systems may only
	 * show at fsync or close, so each step is checked before the rename
	 * makes the new content visible.
	 */
	*what = "write";
	if (atomicfile_write_all(fd, buf, len) != 0)
		return -1;
	*what = "set the mode";
	if (fchmod(fd, mode) != 0)
		return -1;
	*what = "write";
	return fsync(fd);
}

/*
 * Remove what writers of the same target killed before their rename left:
 * files named like tmp (the name just used), regular, ours, and untouched
 * for longer than any writer takes from naming its file to renaming it.
 * Best effort, like the directory sync.
 */
static void
atomicfile_clean(const char *dir, const char *tmp)
{
	const char	*base;
	size_t		 plen;
	DIR		*dp;
	struct dirent	*de;
	struct stat	 sb;
	time_t		 now = time(NULL);

	base = strrchr(tmp, '/') == NULL ? tmp : strrchr(tmp, '/') + 1;
	plen = strlen(base) - 6;
	if ((dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		if (strlen(de->d_name) != plen + 6 ||
		    strncmp(de->d_name, base, plen) != 0 ||
		    strspn(de->d_name + plen, ATOMICFILE_CHARS) != 6)
			continue;
		if (fstatat(dirfd(dp), de->d_name, &sb,
		    AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(sb.st_mode) ||
		    sb.st_uid != geteuid() ||
		    now - sb.st_mtime < ATOMICFILE_STALE)
			continue;
		unlinkat(dirfd(dp), de->d_name, 0);
	}
	closedir(dp);
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
	int		 fd, saved, named = 0;

	if (*path == '\0' || path[strlen(path) - 1] == '/') {
		*cause = xasprintf(_("%s: not a file name"), path);
		return -1;
	}
	/*
	 * rename would put a regular file in place of a device, a FIFO or a
	 * socket (as root even /dev/full), so only regular files are
	 * replaced.  A symbolic link is followed for this check; the link
	 * itself is what rename then replaces.
	 */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		*cause = xasprintf(_("%s: cannot replace: %s"), path,
		    S_ISDIR(sb.st_mode) ? strerror(EISDIR) :
		    "not a regular file");
		return -1;
	}
	tmp = atomicfile_temp(path, &dir);

	/*
	 * First an unnamed file, named only once it is complete; where that
	 * cannot be (no O_TMPFILE, no /proc), a named one from the start.
	 */
	if ((fd = atomicfile_unnamed(dir)) != -1) {
		if (atomicfile_fill(fd, buf, len, mode, &what) != 0)
			goto fail;
		if (atomicfile_name(fd, tmp) == 0)
			named = 1;
		else {
			close(fd);
			fd = -1;
		}
	}
	if (!named) {
		if ((fd = mkstemp(tmp)) == -1) {
			saved = errno;
			*cause = xasprintf(_("%s: cannot create a file in %s: %s"),
			    path, dir, strerror(saved));
			free(tmp);
			free(dir);
			return -1;
		}
		named = 1;
		if (atomicfile_fill(fd, buf, len, mode, &what) != 0)
			goto fail;
	}
	what = "write";
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	what = "replace";
	if (rename(tmp, path) != 0)
		goto fail;

	atomicfile_sync_dir(dir);
	atomicfile_clean(dir, tmp);
	free(tmp);
	free(dir);
	return 0;

fail:
	saved = errno;
	if (fd != -1)
		close(fd);
	if (named)
		unlink(tmp);
	/* Whole sentences, for the translators. */
	if (strcmp(what, "replace") == 0)
		*cause = xasprintf(_("%s: cannot replace: %s"), path,
		    strerror(saved));
	else if (strcmp(what, "set the mode") == 0)
		*cause = xasprintf(_("%s: cannot set the mode: %s"), path,
		    strerror(saved));
	else
		*cause = xasprintf(_("%s: cannot write: %s"), path,
		    strerror(saved));
	free(tmp);
	free(dir);
	return -1;
}
