/* driver.c: replays fuzz inputs through a harness without libFuzzer, so that make check runs each corpus with any compiler. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "xmalloc.h"

static size_t	ninputs;

/* Read the whole file at path and run it; exits on a read error. */
static void
driver_file(const char *path)
{
	FILE	*f;
	char	*buf = NULL;
	size_t	 len = 0, n;
	char	 chunk[65536];

	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		exit(1);
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		buf = xreallocarray(buf, len + n, 1);
		memcpy(buf + len, chunk, n);
		len += n;
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		exit(1);
	}
	fclose(f);
	/* An empty file is a valid input: hand over a pointer all the same. */
	if (buf == NULL)
		buf = xmalloc(1);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	ninputs++;
}

static int
driver_namecmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every file of a directory, in name order so that runs compare. */
static void
driver_dir(const char *dir)
{
	DIR		 *d;
	struct dirent	 *de;
	char		**names = NULL;
	size_t		  n = 0, i;

	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		exit(1);
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, driver_namecmp);
	for (i = 0; i < n; i++) {
		driver_file(names[i]);
		free(names[i]);
	}
	free(names);
}

static void
driver_path(const char *path)
{
	struct stat	sb;

	if (stat(path, &sb) != 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		exit(1);
	}
	if (S_ISDIR(sb.st_mode))
		driver_dir(path);
	else
		driver_file(path);
}

/*
 * Run each file or directory named, or with none the harness's corpus in
 * the source tree ($top_srcdir/tests/fuzz/NAME).  Exits 0 when every input
 * ran; a bug aborts before that.
 */
int
main(int argc, char **argv)
{
	const char	*top;
	char		*dir;
	int		 i;

	if (argc > 1) {
		for (i = 1; i < argc; i++)
			driver_path(argv[i]);
	} else {
		if ((top = getenv("top_srcdir")) == NULL)
			top = BUILD_SRCDIR;
		dir = xasprintf("%s/tests/fuzz/%s", top, FUZZ_NAME);
		driver_path(dir);
		free(dir);
	}
	printf("%s: %zu inputs ran\n", FUZZ_NAME, ninputs);
	return 0;
}
