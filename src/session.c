/* session.c: one sitting of the wizard without the screen: the answers, the copy last saved, the files, the draft and whether anything changed. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomicfile.h"
#include "draft.h"
#include "i18n.h"
#include "session.h"
#include "utf8.h"
#include "xmalloc.h"

struct session *
session_new(const struct catalogue *cat, const struct rules *rules,
    const char *draft_dir)
{
	struct session	*s = xcalloc(1, sizeof *s);

	s->cat = cat;
	s->rules = rules;
	s->answers = answers_new();
	s->saved = answers_new();
	s->draft_dir = draft_dir != NULL ? xstrdup(draft_dir) : NULL;
	s->method_aside = -1;
	session_changed(s);
	return s;
}

static void
session_stash_clear(struct session *s)
{
	size_t	i;

	for (i = 0; i < s->nstash; i++) {
		free(s->stash[i].category);
		answers_free(s->stash[i].choices);
	}
	free(s->stash);
	s->stash = NULL;
	s->nstash = 0;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	resolution_free(s->res);
	answers_free(s->answers);
	answers_free(s->saved);
	free(s->answers_path);
	free(s->origin);
	free(s->draft_dir);
	free(s->draft_path);
	session_stash_clear(s);
	free(s);
}

/*
 * A case fact left unanswered is a problem in the wizard even where no
 * row depends on it yet: the buyer answers each one, and generating waits.
 * The resolver already names the facts a row needs.
 */
static void
session_unanswered(struct session *s)
{
	struct resolution	*res = s->res;
	const char		*label;
	size_t			 i;
	int			 k, named;

	for (k = 0; k < CTX_COUNT; k++) {
		if (s->answers->context[k] != -1)
			continue;
		named = 0;
		for (i = 0; i < res->nproblems && !named; i++)
			named = res->problem_about[i] == ABOUT_CONTEXT &&
			    res->problem_fact[i] == k;
		if (named)
			continue;
		if ((label = s->fact_labels[k]) == NULL &&
		    (label = s->rules->context_labels[k]) == NULL)
			label = context_name((enum context_key)k);
		/* TRANSLATORS: %s is a case fact as the wizard's form asks it. */
		resolution_problem(res, ABOUT_CONTEXT, k, xasprintf(_("case "
		    "fact not answered: %s"), label));
	}
}

void
session_changed(struct session *s)
{
	s->stale = 1;
}

const struct resolution *
session_res(struct session *s)
{
	if (s->stale || s->res == NULL) {
		resolution_free(s->res);
		s->res = resolve(s->cat, s->rules, s->answers);
		resolution_name_facts(s->res, s->rules, s->fact_labels);
		session_unanswered(s);
		s->stale = 0;
	}
	return s->res;
}

size_t
session_changes(struct session *s, struct version_change **out)
{
	const struct resolution	*res = session_res(s);

	*out = NULL;
	if (res->version == s->rules->in_force)
		return 0;
	return resolve_changes(s->cat, s->rules, s->answers, res, out);
}

void
session_migrate(struct session *s)
{
	s->answers->version = ANSWERS_VERSION;
	answers_set(&s->answers->rules_version, s->rules->in_force->id);
	answers_set(&s->answers->catalogue_version, s->cat->source.version);
	session_changed(s);
}

int
session_dirty(const struct session *s)
{
	return !answers_equal(s->answers, s->saved);
}

void
session_set_default(struct session *s, const char *id, const char *value)
{
	int	clean = !session_dirty(s);

	answers_field_set(s->answers, id, value);
	if (clean)
		answers_field_set(s->saved, id, value);
	session_changed(s);
}

int
session_has_content(const struct session *s)
{
	struct answers	*empty = answers_new();
	int		 eq;

	eq = answers_equal(s->answers, empty);
	answers_free(empty);
	return !eq;
}

/* The mode a new file gets from the umask. */
static mode_t
session_umask_mode(void)
{
	mode_t	m = umask(022);

	umask(m);
	return 0666 & ~m;
}

int
session_save_replaces(const struct session *s, const char *path)
{
	struct stat	 st, own;

	if (path == NULL || stat(path, &st) != 0)
		return 0;
	if (s->answers_path == NULL)
		return 1;
	if (strcmp(path, s->answers_path) == 0)
		return 0;
	return stat(s->answers_path, &own) != 0 || own.st_dev != st.st_dev ||
	    own.st_ino != st.st_ino;
}

int
session_save(struct session *s, const char *path, char **cause)
{
	char	**dropped = NULL;
	size_t	  ndropped = 0, i;

	if (path == NULL || *path == '\0') {
		*cause = xstrdup(_("No file name given."));
		return -1;
	}
	/* A buyer's notes in a file edited by hand stay, as migrate keeps them. */
	if (answers_write_keeping(s->answers, path, session_umask_mode(),
	    &dropped, &ndropped, cause) != 0)
		return -1;
	for (i = 0; i < ndropped; i++)
		free(dropped[i]);
	free(dropped);
	s->comments_dropped = ndropped;
	if (s->answers_path != path) {
		free(s->answers_path);
		s->answers_path = xstrdup(path);
	}
	answers_free(s->saved);
	s->saved = answers_copy(s->answers);
	s->generated = 0;
	return 0;
}

/* The steps a draft may go on at; the first line of a draft names one. */
static const char *const session_draft_steps[] = {
	"case", "category", "tier", "level", "context", "clauses", "blanks",
	"review", NULL
};
#define SESSION_DRAFT_STEP	"# step: "
/* The next line names the answers file the draft's answers came from. */
#define SESSION_DRAFT_FROM	"# answers: "
/*
 * Then one line for each decision kept for a category left, or refused by
 * the tier: "# kept: CATEGORY LIST ID [TEXT]", LIST i, x or e, the text
 * with backslash, newline and carriage return escaped.  Without them a
 * killed sitting would lose what choosing the category again brings back.
 */
#define SESSION_DRAFT_KEPT	"# kept: "

const char *
session_answers_name(const struct session *s)
{
	return s->answers_path != NULL ? s->answers_path : s->origin;
}

/*
 * The answers file as a draft records it: absolute, since the draft may be
 * resumed from another folder; NULL when it cannot be said on one line
 * (caller frees).
 */
static char *
session_draft_from(const struct session *s)
{
	const char	*name = session_answers_name(s);
	char		*cwd, *abs;

	if (name == NULL || *name == '\0' || strchr(name, '\n') != NULL)
		return NULL;
	if (*name == '/')
		return xstrdup(name);
	if ((cwd = getcwd(NULL, 0)) == NULL)
		return NULL;
	abs = xasprintf("%s/%s", strcmp(cwd, "/") == 0 ? "" : cwd, name);
	free(cwd);
	return abs;
}

/* Append n bytes of add to the text at *out, *len long. */
static void
session_cat(char **out, size_t *len, const char *add, size_t n)
{
	*out = xreallocarray(*out, *len + n + 1, 1);
	memcpy(*out + *len, add, n);
	*len += n;
	(*out)[*len] = '\0';
}

/* The kept decisions as the draft's head lines (caller frees). */
static char *
session_draft_kept(const struct session *s)
{
	const struct answer_choice	*lists[3];
	static const char		 kinds[3] = { 'i', 'x', 'e' };
	const struct answers		*c;
	const char			*p;
	char				*out = xstrdup(""), *line;
	size_t				 len = 0, ns[3], i, j;
	int				 k;

	for (i = 0; i < s->nstash; i++) {
		c = s->stash[i].choices;
		lists[0] = c->include; ns[0] = c->ninclude;
		lists[1] = c->exclude; ns[1] = c->nexclude;
		lists[2] = c->elsewhere; ns[2] = c->nelsewhere;
		for (k = 0; k < 3; k++) {
			for (j = 0; j < ns[k]; j++) {
				line = xasprintf("%s%s %c %s", SESSION_DRAFT_KEPT,
				    s->stash[i].category, kinds[k],
				    lists[k][j].id);
				session_cat(&out, &len, line, strlen(line));
				free(line);
				if ((p = lists[k][j].text) != NULL)
					session_cat(&out, &len, " ", 1);
				for (; p != NULL && *p != '\0'; p++) {
					if (*p == '\\')
						session_cat(&out, &len, "\\\\", 2);
					else if (*p == '\n')
						session_cat(&out, &len, "\\n", 2);
					else if (*p == '\r')
						session_cat(&out, &len, "\\r", 2);
					else
						session_cat(&out, &len, p, 1);
				}
				session_cat(&out, &len, "\n", 1);
			}
		}
	}
	return out;
}

int
session_save_draft(struct session *s, char **cause)
{
	char	*buf, *out, *from, *kept;
	size_t	 len, n;
	int	 rc;

	if (s->draft_dir == NULL || !session_has_content(s) ||
	    !session_dirty(s))
		return 0;
	if (s->draft_path == NULL)
		s->draft_path = draft_new_path(s->draft_dir);
	if (answers_emit_buffer(s->answers, &buf, &len, cause) != 0)
		return -1;
	/*
	 * The step and the answers file go in comments, which the answers
	 * format does not read: a draft stays an answers file, and older
	 * drafts load.
	 */
	from = session_draft_from(s);
	kept = session_draft_kept(s);
	if (s->step != NULL || from != NULL || *kept != '\0') {
		out = xasprintf("%s%s%s%s%s%s%s", s->step != NULL ?
		    SESSION_DRAFT_STEP : "", s->step != NULL ? s->step : "",
		    s->step != NULL ? "\n" : "", from != NULL ?
		    SESSION_DRAFT_FROM : "", from != NULL ? from : "",
		    from != NULL ? "\n" : "", kept);
		n = strlen(out);
		out = xreallocarray(out, n + len, 1);
		memcpy(out + n, buf, len);
		free(buf);
		buf = out;
		len += n;
	}
	free(from);
	free(kept);
	rc = atomicfile_write(s->draft_path, buf, len, 0600, cause);
	free(buf);
	return rc == 0 ? 1 : -1;
}

/*
 * The value of the comment line of a draft's head that starts with key, or
 * NULL (caller frees).  The head is the comment lines before the answers.
 */
static char *
session_draft_head(const char *path, const char *key)
{
	FILE	*f;
	char	*line = NULL, *v = NULL;
	size_t	 size = 0, n = strlen(key);
	ssize_t	 len;

	if ((f = fopen(path, "r")) == NULL)
		return NULL;
	while (v == NULL && (len = getline(&line, &size, f)) > 0 &&
	    line[0] == '#') {
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (strncmp(line, key, n) == 0)
			v = xstrdup(line + n);
	}
	free(line);
	fclose(f);
	return v;
}

const char *
session_draft_step(const char *path)
{
	char	*step = session_draft_head(path, SESSION_DRAFT_STEP);
	size_t	 i;

	for (i = 0; step != NULL && session_draft_steps[i] != NULL; i++) {
		if (strcmp(step, session_draft_steps[i]) == 0) {
			free(step);
			return session_draft_steps[i];
		}
	}
	free(step);
	return NULL;
}

/*
 * The answers file a draft came from, as the buyer would type it here:
 * relative when in this folder or below (caller frees), or NULL.
 */
static char *
session_draft_origin(const char *path)
{
	char	*from = session_draft_head(path, SESSION_DRAFT_FROM);
	char	*cwd, *rel = NULL;
	size_t	 n;

	if (from == NULL || *from != '/') {
		free(from);
		return NULL;
	}
	if ((cwd = getcwd(NULL, 0)) != NULL) {
		n = strlen(cwd);
		if (n > 1 && strncmp(from, cwd, n) == 0 && from[n] == '/' &&
		    from[n + 1] != '\0')
			rel = xstrdup(from + n + 1);
		free(cwd);
	}
	if (rel != NULL) {
		free(from);
		return rel;
	}
	return from;
}

static struct session_stash *session_stash_find(struct session *,
		    const char *);

/*
 * Bring back the decisions a draft kept for other categories, and those
 * the tier refused.  A line that does not name a category and one of its
 * rows is passed over: the draft's answers are what matter.
 */
static void
session_draft_unkeep(struct session *s, const char *path)
{
	const struct category	*cg;
	struct session_stash	*st;
	FILE			*f;
	char			*line = NULL, *p, *q, *cat, *id;
	size_t			 size = 0, n = strlen(SESSION_DRAFT_KEPT);
	ssize_t			 len;
	int			 list;

	if ((f = fopen(path, "r")) == NULL)
		return;
	while ((len = getline(&line, &size, f)) > 0 && line[0] == '#') {
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (strncmp(line, SESSION_DRAFT_KEPT, n) != 0)
			continue;
		cat = line + n;
		if ((p = strchr(cat, ' ')) == NULL)
			continue;
		*p++ = '\0';
		list = *p;
		if ((list != 'i' && list != 'x' && list != 'e') || p[1] != ' ')
			continue;
		id = p + 2;
		if ((p = strchr(id, ' ')) != NULL)
			*p++ = '\0';
		if ((cg = catalogue_category(s->cat, cat)) == NULL ||
		    catalogue_clause(cg, id) == NULL ||
		    (list != 'i' && (p == NULL || *p == '\0')))
			continue;
		/* Unescape in place. */
		for (q = p; p != NULL && *p != '\0'; p++) {
			if (*p == '\\' && p[1] != '\0') {
				p++;
				*q++ = *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p;
			} else
				*q++ = *p;
		}
		if (q != NULL)
			*q = '\0';
		if ((st = session_stash_find(s, cat)) == NULL) {
			s->stash = xreallocarray(s->stash, s->nstash + 1,
			    sizeof *s->stash);
			st = &s->stash[s->nstash++];
			st->category = xstrdup(cat);
			st->choices = answers_new();
		}
		answers_set_choice(st->choices, id, list, list == 'i' ? NULL :
		    id + strlen(id) + 1);
	}
	free(line);
	fclose(f);
}

void
session_drop_draft(struct session *s)
{
	if (s->draft_path == NULL)
		return;
	unlink(s->draft_path);
	free(s->draft_path);
	s->draft_path = NULL;
}

static void
session_forget(struct session *s)
{
	s->method_aside = -1;
	session_stash_clear(s);
	s->generated = 0;
	s->draft_resumed = 0;
	free(s->origin);
	s->origin = NULL;
}

int
session_load(struct session *s, const char *path, int is_draft, char **cause)
{
	struct answers	*a, *saved;
	char		*answers_path = NULL, *draft_path = NULL, *origin = NULL;

	if (path == NULL || *path == '\0') {
		*cause = xstrdup(_("No file name given."));
		return -1;
	}
	if (answers_load(path, s->cat, &a, cause) != 0)
		return -1;
	/* Everything new first: out of memory leaves the old answers whole. */
	if (is_draft) {
		draft_path = xstrdup(path);
		origin = session_draft_origin(path);
		saved = answers_new();
	} else {
		answers_path = xstrdup(path);
		saved = answers_copy(a);
	}
	answers_free(s->answers);
	s->answers = a;
	answers_free(s->saved);
	s->saved = saved;
	free(s->answers_path);
	s->answers_path = answers_path;
	free(s->draft_path);
	s->draft_path = draft_path;
	session_forget(s);
	s->draft_resumed = is_draft;
	s->origin = origin;
	if (is_draft)
		session_draft_unkeep(s, path);
	session_changed(s);
	return 0;
}

void
session_reset(struct session *s)
{
	answers_free(s->answers);
	s->answers = answers_new();
	answers_free(s->saved);
	s->saved = answers_new();
	free(s->answers_path);
	s->answers_path = NULL;
	free(s->draft_path);
	s->draft_path = NULL;
	session_forget(s);
	session_changed(s);
}

void
session_generated(struct session *s, const char *path)
{
	if (s->answers_path != path) {
		free(s->answers_path);
		s->answers_path = xstrdup(path);
	}
	answers_free(s->saved);
	s->saved = answers_copy(s->answers);
	s->generated = 1;
	/* The answers file now holds everything the draft did. */
	session_drop_draft(s);
}

static struct session_stash *
session_stash_find(struct session *s, const char *category)
{
	size_t	i;

	for (i = 0; i < s->nstash; i++) {
		if (strcmp(s->stash[i].category, category) == 0)
			return &s->stash[i];
	}
	return NULL;
}

/* Copy one list of the answers into the stash. */
static void
session_stash_list(struct answers *to, const struct answer_choice *c,
    size_t n, int list)
{
	size_t	i;

	for (i = 0; i < n; i++)
		answers_set_choice(to, c[i].id, list, c[i].text);
}

/*
 * Keep the current category's decisions.  A decision the stash holds but
 * the answers do not stays only when the tier refuses its row, that is
 * when the answers lost it to pruning rather than to the buyer.
 */
static void
session_stash_keep(struct session *s)
{
	const struct answers	*a = s->answers;
	const struct category	*cg;
	const struct clause	*cl;
	struct session_stash	*st;
	struct answers		*old;
	const char		*text;
	size_t			 i;
	int			 refused;
	const struct answer_choice *lists[3];
	size_t			 ns[3];
	static const int	 kinds[3] = { 'i', 'x', 'e' };
	int			 k;

	if (a->category == NULL ||
	    (cg = catalogue_category(s->cat, a->category)) == NULL)
		return;
	if ((st = session_stash_find(s, a->category)) == NULL) {
		s->stash = xreallocarray(s->stash, s->nstash + 1,
		    sizeof *s->stash);
		st = &s->stash[s->nstash++];
		st->category = xstrdup(a->category);
		st->choices = answers_new();
	}
	old = st->choices;
	st->choices = answers_new();
	lists[0] = old->include; ns[0] = old->ninclude;
	lists[1] = old->exclude; ns[1] = old->nexclude;
	lists[2] = old->elsewhere; ns[2] = old->nelsewhere;
	for (k = 0; k < 3; k++) {
		for (i = 0; i < ns[k]; i++) {
			if (answers_choice(a, lists[k][i].id, &text) != 0)
				continue;
			cl = catalogue_clause(cg, lists[k][i].id);
			refused = cl != NULL && a->tier != -1 &&
			    (cl->marks[a->tier] == MARK_NONE ||
			    (kinds[k] == 'e' &&
			    cl->marks[a->tier] != MARK_BY_LEVEL));
			if (refused)
				answers_set_choice(st->choices, lists[k][i].id,
				    kinds[k], lists[k][i].text);
		}
	}
	answers_free(old);
	session_stash_list(st->choices, a->include, a->ninclude, 'i');
	session_stash_list(st->choices, a->exclude, a->nexclude, 'x');
	session_stash_list(st->choices, a->elsewhere, a->nelsewhere, 'e');
}

/* Bring back the kept decisions of the current category; how many came. */
static size_t
session_stash_restore(struct session *s)
{
	struct answers		*a = s->answers;
	struct session_stash	*st;
	const char		*text;
	size_t			 before, i;

	if (a->category == NULL ||
	    (st = session_stash_find(s, a->category)) == NULL)
		return 0;
	before = a->ninclude + a->nexclude + a->nelsewhere;
	for (i = 0; i < st->choices->ninclude; i++) {
		if (answers_choice(a, st->choices->include[i].id, &text) == 0)
			answers_set_choice(a, st->choices->include[i].id, 'i',
			    NULL);
	}
	for (i = 0; i < st->choices->nexclude; i++) {
		if (answers_choice(a, st->choices->exclude[i].id, &text) == 0)
			answers_set_choice(a, st->choices->exclude[i].id, 'x',
			    st->choices->exclude[i].text);
	}
	for (i = 0; i < st->choices->nelsewhere; i++) {
		if (answers_choice(a, st->choices->elsewhere[i].id, &text) == 0)
			answers_set_choice(a, st->choices->elsewhere[i].id,
			    'e', st->choices->elsewhere[i].text);
	}
	answers_prune(a, s->cat);
	i = a->ninclude + a->nexclude + a->nelsewhere;
	return i > before ? i - before : 0;
}

size_t
session_set_category(struct session *s, const char *id)
{
	size_t	n;

	if (id != NULL && s->answers->category != NULL &&
	    strcmp(id, s->answers->category) == 0)
		return 0;
	session_stash_keep(s);
	answers_set(&s->answers->category, id);
	answers_prune(s->answers, s->cat);
	n = session_stash_restore(s);
	session_changed(s);
	return n;
}

/* After the tier changed: what it refuses goes, what it allows comes back. */
static void
session_tier_changed(struct session *s, int tier)
{
	session_stash_keep(s);
	s->answers->tier = tier;
	answers_prune(s->answers, s->cat);
	session_stash_restore(s);
	session_changed(s);
}

int
session_helper_tier(const struct session *s)
{
	return answers_impact_tier(s->answers);
}

int
session_set_impact(struct session *s, int i, int tier)
{
	int	best, k;

	if (i < 0 || i >= ANSWERS_IMPACTS)
		return 0;
	s->answers->impacts[i] = tier;
	session_changed(s);
	/*
	 * 附表九 takes the highest of the four: until each is rated the
	 * highest is not known, and a tier chosen directly stands.
	 */
	for (k = 0; k < ANSWERS_IMPACTS; k++) {
		if (s->answers->impacts[k] == -1)
			return 0;
	}
	if ((best = session_helper_tier(s)) == s->answers->tier)
		return 0;
	session_tier_changed(s, best);
	return 1;
}

int
session_by_level(const struct session *s)
{
	const struct category	*cg;
	size_t			 i;
	int			 t;

	if (s->answers->category == NULL ||
	    (cg = catalogue_category(s->cat, s->answers->category)) == NULL)
		return 0;
	for (i = 0; i < cg->nclauses; i++) {
		for (t = 0; t < TIER_COUNT; t++) {
			if ((s->answers->tier == -1 || s->answers->tier == t) &&
			    cg->clauses[i].marks[t] == MARK_BY_LEVEL)
				return 1;
		}
	}
	return 0;
}

const char *
session_tier_warning(const struct session *s)
{
	int	best = session_helper_tier(s);

	if (s->answers->tier == -1)
		return NULL;
	if (best != -1 && s->answers->tier > best)
		return N_("The tier is below what the helper's ratings call "
		    "for (the highest decides).");
	return session_cii_warning(s);
}

const char *
session_cii_warning(const struct session *s)
{
	if (s->answers->context[CTX_CRITICAL_INFRASTRUCTURE] == 1 &&
	    s->answers->tier == TIER_LOW)
		return N_("The system involves critical infrastructure: the "
		    "table's note recommends a tier of at least medium (中).");
	return NULL;
}

const char *
session_blank_value(const struct session *s, const struct blank_def *b)
{
	const char	*v;

	if (b->kind == BLANK_TIER)
		return s->answers->tier == -1 ? NULL :
		    tier_label((enum tier)s->answers->tier);
	if ((v = answers_blank(s->answers, b->id)) != NULL)
		return v;
	return b->def;
}

static const char *session_step_in(const struct answers *,
		    const struct resolution *);

/* The step that fixes each kind of problem, in the order of the steps. */
static const struct {
	enum problem_about	 about;
	const char		*step;
} session_steps[] = {
	{ ABOUT_CASE, "case" }, { ABOUT_CATEGORY, "category" },
	{ ABOUT_TIER, "tier" }, { ABOUT_AGENCY_TYPE, "level" },
	{ ABOUT_LEVEL, "level" }, { ABOUT_CONTEXT, "context" },
	{ ABOUT_ROW, "clauses" }, { ABOUT_BLANK, "blanks" },
	{ ABOUT_VERSION, "review" }
};

const char *
session_step_about(enum problem_about about)
{
	size_t	i;

	for (i = 0; i < sizeof session_steps / sizeof session_steps[0]; i++) {
		if (session_steps[i].about == about)
			return session_steps[i].step;
	}
	return "blanks";
}

const char *
session_first_missing(struct session *s)
{
	return session_step_in(s->answers, session_res(s));
}

/* The step for answers whose resolution is res. */
static const char *
session_step_in(const struct answers *a, const struct resolution *res)
{
	size_t	i, j;

	/* The resolver stops at a missing category before the case facts. */
	if (a->agency == NULL || a->name == NULL || a->number == NULL ||
	    a->date == NULL)
		return "case";
	for (j = 0; j < sizeof session_steps / sizeof session_steps[0]; j++) {
		for (i = 0; i < res->nproblems; i++) {
			if (res->problem_about[i] == session_steps[j].about)
				return session_steps[j].step;
		}
		/* Every case fact is answered before the rows, needed or not. */
		for (i = 0; session_steps[j].about == ABOUT_CONTEXT &&
		    i < CTX_COUNT; i++) {
			if (a->context[i] == -1)
				return session_steps[j].step;
		}
	}
	return "review";
}

int
session_set_route(struct session *s, const char *route)
{
	struct answers	*a = s->answers;
	int		 method = a->method, rc = 0;

	(void)answers_field_set(a, "route", route);
	if (a->route == ROUTE_JOINT_SUPPLY && method != -1) {
		s->method_aside = method;
		rc = SESSION_METHOD_ASIDE;
	} else if (a->route == ROUTE_TENDER && a->method == -1 &&
	    s->method_aside != -1) {
		a->method = s->method_aside;
		s->method_aside = -1;
		rc = SESSION_METHOD_BACK;
	}
	session_changed(s);
	return rc;
}

void
session_set_tier(struct session *s, int tier)
{
	if (tier == s->answers->tier)
		return;
	session_tier_changed(s, tier);
}

const char *
session_step_of(const struct catalogue *cat, const struct rules *rules,
    const struct answers *a)
{
	struct resolution	*res = resolve(cat, rules, a);
	const char		*step = session_step_in(a, res);

	resolution_free(res);
	return step;
}

size_t
session_set_aside(struct session *s)
{
	const struct session_stash	*st;
	const struct answers		*kept;
	const char			*text;
	size_t				 i, n = 0;

	if (s->answers->category == NULL ||
	    (st = session_stash_find(s, s->answers->category)) == NULL)
		return 0;
	kept = st->choices;
	for (i = 0; i < kept->ninclude; i++)
		n += answers_choice(s->answers, kept->include[i].id, &text) == 0;
	for (i = 0; i < kept->nexclude; i++)
		n += answers_choice(s->answers, kept->exclude[i].id, &text) == 0;
	for (i = 0; i < kept->nelsewhere; i++)
		n += answers_choice(s->answers, kept->elsewhere[i].id,
		    &text) == 0;
	return n;
}

/* The characters of s, at most max; -1 when it has more or is not UTF-8. */
static int
session_chars(const char *s, uint32_t *out, int max)
{
	size_t	len = strlen(s), n;
	int	i = 0;

	while (len > 0) {
		if (i == max || (n = utf8_decode(s, len, &out[i])) == 0)
			return -1;
		s += n;
		len -= n;
		i++;
	}
	return i;
}

/* Whether a and b differ by one character changed, added or left out. */
static int
session_one_apart(const char *a, const char *b)
{
	uint32_t	x[64], y[64];
	int		nx, ny, i = 0, j, k;

	if ((nx = session_chars(a, x, 64)) < 0 ||
	    (ny = session_chars(b, y, 64)) < 0 || nx - ny > 1 || ny - nx > 1)
		return 0;
	while (i < nx && i < ny && x[i] == y[i])
		i++;
	if (i == nx && i == ny)
		return 0;
	/* Past the first difference the rest match, one character skipped. */
	j = i + (nx >= ny);
	k = i + (ny >= nx);
	while (j < nx && k < ny && x[j] == y[k]) {
		j++;
		k++;
	}
	return j == nx && k == ny;
}

/* At most about n columns of s, ending in … when cut (caller frees). */
static char *
session_quote(const char *s, size_t n)
{
	uint32_t	cp;
	size_t		len = strlen(s), at = 0, k, chars = 0;

	while (at < len && chars < n &&
	    (k = utf8_decode(s + at, len - at, &cp)) > 0) {
		at += k;
		chars++;
	}
	return at < len ? xasprintf("%.*s…", (int)at, s) : xstrdup(s);
}

char *
session_custom_problem(struct session *s, const char *id,
    const char *group, const char *text, int *field)
{
	const struct category	*c = session_res(s)->category;
	const struct answers	*a = s->answers;
	char			*q, *g, *why;
	size_t			 i;
	int			 known = 0;

	*field = SESSION_CUSTOM_GROUP;
	if (answers_blank_text(group))
		return xstrdup(_("Type a group: one of the table's, or a new "
		    "one."));
	for (i = 0; c != NULL && i < c->nclauses; i++)
		known |= strcmp(c->clauses[i].group, group) == 0;
	for (i = 0; !known && c != NULL && i < c->nclauses; i++) {
		if (session_one_apart(group, c->clauses[i].group))
			return xasprintf(_("「%s」 is one character off the "
			    "table's group 「%s」: type that group exactly, or "
			    "a name of its own for a new one."), group,
			    c->clauses[i].group);
	}
	if (text == NULL)
		return NULL;	/* only the group is typed so far */
	*field = SESSION_CUSTOM_TEXT;
	if (answers_blank_text(text))
		return xstrdup(_("Type the requirement: it is what bidders "
		    "read."));
	for (i = 0; i < a->ncustom; i++) {
		if ((id == NULL || strcmp(a->custom[i].id, id) != 0) &&
		    strcmp(a->custom[i].text, text) == 0)
			return xasprintf(_("The agency's clause in 「%s」 says "
			    "the same already."), a->custom[i].group);
	}
	for (i = 0; c != NULL && i < c->nclauses; i++) {
		if (strcmp(c->clauses[i].text, text) != 0)
			continue;
		q = session_quote(c->clauses[i].text, 20);
		g = session_quote(c->clauses[i].group, 20);
		why = xasprintf(_("The table's row 「%s」 in 「%s」 says the "
		    "same already: adopt that row instead."), q, g);
		free(q);
		free(g);
		return why;
	}
	/* Anything else the model refuses, in its own words. */
	return answers_custom_check(a, c, id, group, text);
}
