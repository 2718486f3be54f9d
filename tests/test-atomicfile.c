/* test-atomicfile.c: atomicfile_write replaces a file whole, and on every failure, a kill included, leaves it and no temporary behind; later writes clear a dead writer's. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "atomicfile.h"
#include "check.h"

static char	 dir[] = "/tmp/test-atomicfile.XXXXXX";

static char *
path_in(const char *name)
{
	static char	buf[256];

	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

/* Entries of the test directory, so a leftover ".NAME.XXXXXX" is seen. */
static int
count_entries(const char *d)
{
	DIR		*dp;
	struct dirent	*de;
	int		 n = 0;

	if ((dp = opendir(d)) == NULL)
		return -1;
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0)
			n++;
	}
	closedir(dp);
	return n;
}

static int
has_content(const char *path, const char *want)
{
	char	 buf[256];
	FILE	*fp;
	size_t	 n;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	n = fread(buf, 1, sizeof buf - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return strcmp(buf, want) == 0;
}

static void
test_replace(void)
{
	struct stat	 sb;
	char		*cause = NULL;
	char		 cwd[1024];

	CHECK(atomicfile_write(path_in("a.pdf"), "first version", 13, 0640,
	    &cause) == 0);
	CHECK(has_content(path_in("a.pdf"), "first version"));
	CHECK(stat(path_in("a.pdf"), &sb) == 0 && (sb.st_mode & 07777) == 0640);

	/* Shorter content must not keep the old file's tail. */
	CHECK(atomicfile_write(path_in("a.pdf"), "second", 6, 0644,
	    &cause) == 0);
	CHECK(has_content(path_in("a.pdf"), "second"));
	CHECK(stat(path_in("a.pdf"), &sb) == 0 && (sb.st_mode & 07777) == 0644);
	CHECK(count_entries(dir) == 1);

	/* A bare name goes into the current directory. */
	if (getcwd(cwd, sizeof cwd) != NULL && chdir(dir) == 0) {
		CHECK(atomicfile_write("b.pdf", "bare", 4, 0600, &cause) == 0);
		CHECK(has_content("b.pdf", "bare"));
		CHECK(unlink("b.pdf") == 0);
		CHECK(chdir(cwd) == 0);
	}
	CHECK(count_entries(dir) == 1);
}

/*
 * A real failing write, without root or a full disk: a file size limit
 * makes write() fail with EFBIG part way through, after a short write.
 * Done in a child so the limit does not stay on this process.
 */
static void
test_write_fails(void)
{
	static char	 big[65536];
	struct rlimit	 rl = { 4096, 4096 };
	char		*cause = NULL;
	pid_t		 pid;
	int		 status;

	memset(big, 'x', sizeof big);
	pid = fork();
	if (pid == 0) {
		signal(SIGXFSZ, SIG_IGN);
		if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
			_exit(77);
		if (atomicfile_write(path_in("a.pdf"), big, sizeof big, 0644,
		    &cause) != -1)
			_exit(1);
		if (strstr(cause, "a.pdf: cannot write: ") == NULL ||
		    strstr(cause, strerror(EFBIG)) == NULL) {
			fprintf(stderr, "cause: %s\n", cause);
			_exit(1);
		}
		_exit(0);
	}
	if (pid == -1 || waitpid(pid, &status, 0) != pid) {
		perror("fork or waitpid");
		check_failures++;
		return;
	}
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK(has_content(path_in("a.pdf"), "second"));
	CHECK(count_entries(dir) == 1);
}

static void
test_other_failures(void)
{
	struct stat	 sb;
	char		*cause = NULL;

	/* A directory is refused before any temporary file is made. */
	CHECK(mkdir(path_in("d.pdf"), 0755) == 0);
	CHECK(atomicfile_write(path_in("d.pdf/keep"), "k", 1, 0644,
	    &cause) == 0);
	CHECK(atomicfile_write(path_in("d.pdf"), "new", 3, 0644, &cause) == -1);
	CHECK(cause != NULL &&
	    strstr(cause, "d.pdf: cannot replace: Is a directory") != NULL);
	free(cause);
	CHECK(has_content(path_in("d.pdf/keep"), "k"));
	CHECK(count_entries(dir) == 2);
	CHECK(unlink(path_in("d.pdf/keep")) == 0);
	CHECK(rmdir(path_in("d.pdf")) == 0);

	/*
	 * Not a regular file: as root, rename would swap even /dev/full for
	 * a plain file.  A FIFO stands in for the device here.
	 */
	cause = NULL;
	CHECK(mkfifo(path_in("fifo"), 0644) == 0);
	CHECK(atomicfile_write(path_in("fifo"), "x", 1, 0644, &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "fifo: cannot replace: not a "
	    "regular file") != NULL);
	free(cause);
	CHECK(lstat(path_in("fifo"), &sb) == 0 && S_ISFIFO(sb.st_mode));
	CHECK(count_entries(dir) == 2);
	CHECK(unlink(path_in("fifo")) == 0);

	cause = NULL;
	CHECK(atomicfile_write("/nonexistent/dir/x.pdf", "x", 1, 0644,
	    &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "/nonexistent/dir/x.pdf: cannot "
	    "create a file in /nonexistent/dir: ") != NULL);
	free(cause);

	cause = NULL;
	CHECK(atomicfile_write(path_in("sub/"), "x", 1, 0644, &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "not a file name") != NULL);
	free(cause);

	/* Permissions bind only when not root; as root this proves nothing. */
	if (geteuid() != 0) {
		cause = NULL;
		CHECK(chmod(dir, 0555) == 0);
		CHECK(atomicfile_write(path_in("a.pdf"), "ro", 2, 0644,
		    &cause) == -1);
		CHECK(cause != NULL && strstr(cause, strerror(EACCES)) != NULL);
		free(cause);
		CHECK(chmod(dir, 0755) == 0);
		CHECK(has_content(path_in("a.pdf"), "second"));
	} else
		fprintf(stderr, "note: as root, read-only case not run\n");
	CHECK(count_entries(dir) == 1);
}

/* Whether path holds len bytes all equal to c. */
static int
is_filled(const char *path, size_t len, int c)
{
	FILE	*fp;
	size_t	 n = 0;
	int	 ch, ok = 1;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while ((ch = getc(fp)) != EOF) {
		if (ch != c)
			ok = 0;
		n++;
	}
	fclose(fp);
	return ok && n == len;
}

/*
 * A writer killed at any moment leaves the old file or the whole new one,
 * and, where the kernel makes unnamed temporary files (O_TMPFILE), no
 * temporary file either: it only gets a name once it is complete.
 */
static void
test_killed(void)
{
	static const long	 delays[] = { 0, 1, 2, 5, 10, 20, 40, 80 };
	const size_t		 len = 32 << 20;
	struct timespec		 ts;
	char			*big, *cause = NULL;
	size_t			 i;
	pid_t			 pid;
	int			 fd, status, unnamed = 0;
#ifdef O_TMPFILE
	if ((fd = open(dir, O_TMPFILE | O_WRONLY, 0600)) != -1) {
		unnamed = 1;
		close(fd);
	}
#endif
	if (!unnamed)
		fprintf(stderr, "note: no O_TMPFILE here; a kill may leave "
		    "a temporary file\n");
	big = malloc(len);
	CHECK(big != NULL);
	if (big == NULL)
		return;
	memset(big, 'n', len);
	for (i = 0; i < sizeof delays / sizeof delays[0]; i++) {
		CHECK(atomicfile_write(path_in("k.pdf"), "old", 3, 0644,
		    &cause) == 0);
		if ((pid = fork()) == 0) {
			atomicfile_write(path_in("k.pdf"), big, len, 0644,
			    &cause);
			_exit(0);
		}
		ts.tv_sec = 0;
		ts.tv_nsec = delays[i] * 1000000;
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		CHECK(waitpid(pid, &status, 0) == pid);
		CHECK(has_content(path_in("k.pdf"), "old") ||
		    is_filled(path_in("k.pdf"), len, 'n'));
		if (unnamed)
			CHECK(count_entries(dir) == 2);
	}
	free(big);
	CHECK(unlink(path_in("k.pdf")) == 0);
}

/* Make path, a file or a folder, with an mtime age seconds ago. */
static void
make_aged(const char *path, int folder, time_t age)
{
	struct timespec	ts[2];
	FILE		*fp;

	if (folder)
		CHECK(mkdir(path, 0755) == 0);
	else if ((fp = fopen(path, "w")) != NULL)
		fclose(fp);
	ts[0].tv_sec = ts[1].tv_sec = time(NULL) - age;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	CHECK(utimensat(AT_FDCWD, path, ts, 0) == 0);
}

/*
 * What a writer killed between naming its temporary file and the rename
 * leaves, a later write of the same path removes once a minute old; a
 * fresh one may be a live writer's, and other names are not ours.
 */
static void
test_stale(void)
{
	char	*cause = NULL;

	make_aged(path_in(".c.pdf.AbC123"), 0, 120);
	make_aged(path_in(".c.pdf.Fresh1"), 0, 0);
	make_aged(path_in(".c.pdf.keep"), 0, 120);
	make_aged(path_in("c.pdf.Old123"), 0, 120);
	make_aged(path_in(".d.pdf.Old123"), 0, 120);
	make_aged(path_in(".c.pdf.Dir123"), 1, 120);
	CHECK(atomicfile_write(path_in("c.pdf"), "c", 1, 0644, &cause) == 0);
	CHECK(access(path_in(".c.pdf.AbC123"), F_OK) == -1);
	CHECK(unlink(path_in(".c.pdf.Fresh1")) == 0);
	CHECK(unlink(path_in(".c.pdf.keep")) == 0);
	CHECK(unlink(path_in("c.pdf.Old123")) == 0);
	CHECK(unlink(path_in(".d.pdf.Old123")) == 0);
	CHECK(rmdir(path_in(".c.pdf.Dir123")) == 0);
	CHECK(unlink(path_in("c.pdf")) == 0);
	CHECK(count_entries(dir) == 1);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 99;
	}
	test_replace();
	test_write_fails();
	test_other_failures();
	test_killed();
	test_stale();

	unlink(path_in("a.pdf"));
	CHECK(rmdir(dir) == 0);
	return CHECK_DONE();
}
