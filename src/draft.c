/* draft.c: where the wizard keeps drafts, and finding them again. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "draft.h"
#include "i18n.h"
#include "xmalloc.h"

static int
draft_mkdir(const char *s, char **cause)
{
	if (mkdir(s, 0700) != 0 && errno != EEXIST) {
		*cause = xasprintf(_("cannot create folder %s: %s"), s,
		    strerror(errno));
		return -1;
	}
	return 0;
}

/* mkdir -p, with mode 0700 for every folder it makes. */
static int
draft_mkdirs(const char *path, char **cause)
{
	char	*p, *s;
	int	 rc = 0;

	s = xstrdup(path);
	for (p = s + 1; *p != '\0' && rc == 0; p++) {
		if (*p == '/') {
			*p = '\0';
			rc = draft_mkdir(s, cause);
			*p = '/';
		}
	}
	if (rc == 0)
		rc = draft_mkdir(s, cause);
	free(s);
	return rc;
}

char *
draft_dir(char **cause)
{
	const char	*state, *home;
	char		*dir;
	struct stat	 st;

	if ((state = getenv("XDG_STATE_HOME")) != NULL && state[0] == '/')
		dir = xasprintf("%s/%s", state, PACKAGE);
	else if ((home = getenv("HOME")) != NULL && home[0] == '/')
		dir = xasprintf("%s/.local/state/%s", home, PACKAGE);
	else {
		*cause = xstrdup(_("neither XDG_STATE_HOME nor HOME is set to "
		    "an absolute path; drafts cannot be kept"));
		return NULL;
	}
	if (draft_mkdirs(dir, cause) != 0) {
		free(dir);
		return NULL;
	}
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*cause = xasprintf(_("%s is not a folder"), dir);
		free(dir);
		return NULL;
	}
	return dir;
}

char *
draft_new_path(const char *dir)
{
	struct tm	tm;
	time_t		now = time(NULL);
	char		stamp[32];

	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	return xasprintf("%s/draft-%s-%ld.yaml", dir, stamp, (long)getpid());
}

static int
draft_cmp(const void *a, const void *b)
{
	const struct draft	*x = a, *y = b;

	if (x->mtime != y->mtime)
		return x->mtime < y->mtime ? 1 : -1;
	return strcmp(y->path, x->path);
}

/*
 * Remove the drafts that keep nothing: empty ones, and those equal to a
 * newer one (list is newest first).  Returns how many are left in list.
 */
static size_t
draft_prune(struct draft *list, size_t n)
{
	struct answers	*empty = answers_new();
	size_t		 i, j, kept = 0;
	int		 useless;

	for (i = 0; i < n; i++) {
		useless = 0;
		if (list[i].answers != NULL) {
			useless = answers_equal(list[i].answers, empty);
			for (j = 0; j < kept && !useless; j++) {
				if (list[j].answers != NULL &&
				    answers_equal(list[i].answers,
				    list[j].answers))
					useless = 1;
			}
		}
		if (useless && unlink(list[i].path) == 0) {
			free(list[i].path);
			answers_free(list[i].answers);
			free(list[i].error);
			continue;
		}
		list[kept++] = list[i];
	}
	answers_free(empty);
	return kept;
}

void
draft_list(const char *dir, const struct catalogue *cat, struct draft **out,
    size_t *nout)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 st;
	struct draft	*list = NULL, *dr;
	size_t		 n = 0, len;
	char		*path;

	*out = NULL;
	*nout = 0;
	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (strncmp(de->d_name, "draft-", 6) != 0 || len < 11 ||
		    strcmp(de->d_name + len - 5, ".yaml") != 0)
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
			free(path);
			continue;
		}
		list = xreallocarray(list, n + 1, sizeof *list);
		dr = &list[n++];
		memset(dr, 0, sizeof *dr);
		dr->path = path;
		dr->mtime = st.st_mtime;
		if (answers_load(path, cat, &dr->answers, &dr->error) != 0)
			dr->answers = NULL;
	}
	closedir(d);
	if (n > 0)
		qsort(list, n, sizeof *list, draft_cmp);
	n = draft_prune(list, n);
	*out = list;
	*nout = n;
}

void
draft_list_free(struct draft *list, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(list[i].path);
		answers_free(list[i].answers);
		free(list[i].error);
	}
	free(list);
}
