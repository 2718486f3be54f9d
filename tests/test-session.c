/* test-session.c: the wizard's session without a screen: dirty after edits, save and generate, drafts kept and resumed at the step they were kept at, every case fact of a new case unanswered until answered, resolution only when asked for after an edit, clause decisions kept across category switches, the tier helper, the first missing step, answers moved to the rules in force, drafts that keep nothing removed from the list, and agency clauses added, changed and removed. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "answers.h"
#include "catalogue.h"
#include "check.h"
#include "draft.h"
#include "rules.h"
#include "session.h"
#include "xmalloc.h"

static struct catalogue	*cat;
static struct rules	*rules;
static char		*dir;

static void
fill_case(struct session *s)
{
	answers_set(&s->answers->agency, "測試機關");
	answers_set(&s->answers->name, "測試案");
	answers_set(&s->answers->number, "T-1");
	answers_set(&s->answers->date, "2026-12-01");
	session_changed(s);
}

static void
test_dirty_and_save(void)
{
	struct session	*s = session_new(cat, rules, dir);
	struct stat	 st;
	char		*path, *cause = NULL;

	CHECK(!session_dirty(s));
	CHECK(!session_has_content(s));
	/* Nothing to keep: no draft. */
	CHECK(session_save_draft(s, &cause) == 0);
	CHECK(s->draft_path == NULL);
	fill_case(s);
	CHECK(session_dirty(s));
	CHECK(session_save_draft(s, &cause) == 1);
	if (s->draft_path == NULL) {
		fprintf(stderr, "no draft was written\n");
		exit(1);
	}
	CHECK(access(s->draft_path, F_OK) == 0);
	CHECK(stat(s->draft_path, &st) == 0 && (st.st_mode & 0777) == 0600);

	/* A new answers file follows the umask; saving makes it clean. */
	path = xasprintf("%s/answers.yaml", dir);
	umask(022);
	CHECK(session_save(s, path, &cause) == 0);
	CHECK(!session_dirty(s));
	CHECK_STR(s->answers_path, path);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0644);
	/* An existing file keeps its mode. */
	chmod(path, 0640);
	answers_set(&s->answers->name, "改名");
	CHECK(session_dirty(s));
	CHECK(session_save(s, path, &cause) == 0);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
	CHECK(!session_dirty(s));
	/* Nothing new: the draft is not written again. */
	CHECK(session_save_draft(s, &cause) == 0);
	/* An empty name is refused with a reason. */
	CHECK(session_save(s, "", &cause) == -1 && cause != NULL);
	free(cause);
	cause = NULL;
	session_drop_draft(s);
	unlink(path);
	free(path);
	session_free(s);
}

static void
test_generate_then_edit(void)
{
	struct session	*s = session_new(cat, rules, dir);
	char		*path, *cause = NULL, *draft;

	fill_case(s);
	CHECK(session_save_draft(s, &cause) == 1);
	draft = xstrdup(s->draft_path);
	path = xasprintf("%s/gen.yaml", dir);
	CHECK(session_save(s, path, &cause) == 0);
	session_generated(s, path);
	CHECK(!session_dirty(s));
	CHECK(s->generated);
	CHECK(s->draft_path == NULL);
	CHECK(access(draft, F_OK) != 0);
	/* An edit after generating is a change like any other. */
	answers_set(&s->answers->agency, "另一機關");
	CHECK(session_dirty(s));
	CHECK(session_save_draft(s, &cause) == 1);
	CHECK(s->draft_path != NULL);
	session_drop_draft(s);
	unlink(path);
	free(path);
	free(draft);
	session_free(s);
}

static void
test_resume(void)
{
	struct session	*s = session_new(cat, rules, dir), *t;
	char		*cause = NULL, *draft, labels[CTX_COUNT][48];
	size_t		 i, n;
	int		 k;

	fill_case(s);
	session_set_category(s, "saas-packaged");
	session_set_tier(s, TIER_HIGH);
	/* A new case answers no fact: each is asked, needed or not. */
	CHECK(s->answers->context[CTX_PERSONAL_DATA] == -1);
	CHECK_STR(session_first_missing(s), "context");
	/* Each fact is named once, by the resolver where a row needs it. */
	for (i = 0, n = 0; i < session_res(s)->nproblems; i++)
		n += session_res(s)->problem_about[i] == ABOUT_CONTEXT;
	CHECK(n == CTX_COUNT);
	CHECK(strstr(session_res(s)->problems[session_res(s)->nproblems - 1],
	    "case fact not answered") != NULL);
	/*
	 * Each names its fact as the UI's form does, not by the rules'
	 * Chinese label: the resolver's and the session's problems alike.
	 */
	for (k = 0; k < CTX_COUNT; k++) {
		snprintf(labels[k], sizeof labels[k], "Form label %d", k);
		s->fact_labels[k] = labels[k];
	}
	session_changed(s);
	for (k = 0; k < CTX_COUNT; k++) {
		for (i = 0, n = 0; i < session_res(s)->nproblems; i++) {
			if (session_res(s)->problem_fact[i] != k)
				continue;
			n++;
			CHECK(strstr(session_res(s)->problems[i], labels[k]) !=
			    NULL);
			CHECK(strstr(session_res(s)->problems[i],
			    rules->context_labels[k]) == NULL);
		}
		CHECK(n == 1);
	}
	memset(s->answers->context, 0, sizeof s->answers->context);
	session_changed(s);
	CHECK(session_res(s)->nproblems == 0);
	/* The draft names the step it was kept at; one that does not, none. */
	s->step = "clauses";
	CHECK(session_save_draft(s, &cause) == 1);
	draft = xstrdup(s->draft_path);
	CHECK_STR(session_draft_step(draft), "clauses");
	s->step = NULL;
	CHECK(session_save_draft(s, &cause) == 1);
	CHECK(session_draft_step(draft) == NULL);
	s->step = "review";
	CHECK(session_save_draft(s, &cause) == 1);

	t = session_new(cat, rules, dir);
	CHECK(session_load(t, "", 1, &cause) == -1 && cause != NULL);
	free(cause);
	cause = NULL;
	CHECK(session_load(t, draft, 1, &cause) == 0);
	CHECK_STR(t->draft_path, draft);
	CHECK(t->answers_path == NULL);
	CHECK(session_answers_name(t) == NULL);
	/* A resumed draft is not in any file the buyer named. */
	CHECK(session_dirty(t));
	CHECK_STR(t->answers->category, "saas-packaged");
	CHECK_STR(session_first_missing(t), "review");
	/* A missing case fact sends the buyer to the first step. */
	answers_set(&t->answers->number, NULL);
	session_changed(t);
	CHECK_STR(session_first_missing(t), "case");
	session_reset(t);
	CHECK(!session_dirty(t) && t->draft_path == NULL);
	CHECK_STR(session_first_missing(t), "case");
	fill_case(t);
	CHECK_STR(session_first_missing(t), "category");
	session_set_category(t, "saas-packaged");
	CHECK_STR(session_first_missing(t), "tier");
	session_free(t);

	/*
	 * A draft of answers from a file names that file, by its full name;
	 * resumed, it is proposed (relative here), but is not the file saved
	 * to, so replacing it is asked.
	 */
	s->answers_path = xstrdup("/nonexistent/case.yaml");
	CHECK(session_save_draft(s, &cause) == 1);
	CHECK_STR(session_draft_step(draft), "review");
	t = session_new(cat, rules, dir);
	CHECK(session_load(t, draft, 1, &cause) == 0);
	CHECK(t->answers_path == NULL);
	CHECK_STR(session_answers_name(t), "/nonexistent/case.yaml");
	free(s->answers_path);
	s->answers_path = xstrdup("case.yaml");
	CHECK(session_save_draft(s, &cause) == 1);
	CHECK(session_load(t, draft, 1, &cause) == 0);
	CHECK_STR(session_answers_name(t), "case.yaml");
	/* Opening a file or starting over forgets it. */
	session_reset(t);
	CHECK(session_answers_name(t) == NULL);
	session_drop_draft(s);
	free(draft);
	session_free(s);
	session_free(t);
}

/* Edits only mark the answers stale; they are resolved when next asked for. */
static void
test_lazy(void)
{
	struct session			*s = session_new(cat, rules, NULL);
	const struct resolution		*res;

	CHECK(s->stale && s->res == NULL);
	fill_case(s);
	CHECK(s->res == NULL);
	res = session_res(s);
	CHECK(res != NULL && !s->stale && res == s->res);
	CHECK(session_res(s) == res);
	answers_set(&s->answers->name, "改過的案名");
	session_changed(s);
	CHECK(s->stale && s->res == res);
	session_set_category(s, "saas-packaged");
	session_set_tier(s, TIER_LOW);
	CHECK(s->stale);
	CHECK(session_res(s)->category != NULL && !s->stale);
	CHECK_STR(session_res(s)->category->id, "saas-packaged");
	session_free(s);
}

static void
test_category_switch(void)
{
	struct session	*s = session_new(cat, rules, dir);
	const char	*text;

	fill_case(s);
	CHECK(session_set_category(s, "saas-packaged") == 0);
	session_set_tier(s, TIER_MEDIUM);
	answers_set_choice(s->answers, "pkg-02", 'i', NULL);
	answers_set_choice(s->answers, "pkg-01", 'x', "另有合約");
	session_set_category(s, "app-development");
	CHECK(answers_choice(s->answers, "pkg-02", &text) == 0);
	CHECK(answers_choice(s->answers, "pkg-01", &text) == 0);
	/* Back again: both decisions, the reason included. */
	CHECK(session_set_category(s, "saas-packaged") == 2);
	CHECK(answers_choice(s->answers, "pkg-02", &text) == 'i');
	CHECK(answers_choice(s->answers, "pkg-01", &text) == 'x');
	CHECK_STR(text, "另有合約");
	/* A decision undone stays undone after another round trip. */
	answers_set_choice(s->answers, "pkg-02", 0, NULL);
	session_set_category(s, "app-development");
	session_set_category(s, "saas-packaged");
	CHECK(answers_choice(s->answers, "pkg-02", &text) == 0);
	CHECK(answers_choice(s->answers, "pkg-01", &text) == 'x');
	CHECK(session_set_aside(s) == 0);
	/* A tier that refuses a row sets its decision aside, not away. */
	answers_set_choice(s->answers, "pkg-08", 'i', NULL);
	session_set_tier(s, TIER_LOW);
	CHECK(answers_choice(s->answers, "pkg-08", &text) == 0);
	CHECK(session_set_aside(s) == 1);
	session_set_tier(s, TIER_HIGH);
	CHECK(answers_choice(s->answers, "pkg-08", &text) == 'i');
	CHECK(session_set_aside(s) == 0);
	session_free(s);
}

static void
test_tier_helper(void)
{
	struct session	*s = session_new(cat, rules, dir);

	CHECK(session_helper_tier(s) == -1);
	/* Until all four are rated, a tier chosen directly stands. */
	session_set_tier(s, TIER_HIGH);
	CHECK(session_set_impact(s, 0, TIER_LOW) == 0);
	CHECK(s->answers->tier == TIER_HIGH);
	CHECK(session_set_impact(s, 2, TIER_MEDIUM) == 0);
	CHECK(session_set_impact(s, 1, TIER_LOW) == 0);
	CHECK(session_helper_tier(s) == TIER_MEDIUM);
	CHECK(s->answers->tier == TIER_HIGH);
	/* The fourth: the tier follows the highest, and says it changed. */
	CHECK(session_set_impact(s, 3, TIER_LOW) == 1);
	CHECK(s->answers->tier == TIER_MEDIUM);
	CHECK(session_set_impact(s, 3, TIER_LOW) == 0);
	CHECK(session_tier_warning(s) == NULL);
	session_set_tier(s, TIER_LOW);
	CHECK(session_tier_warning(s) != NULL);
	session_set_tier(s, TIER_HIGH);
	CHECK(session_tier_warning(s) == NULL);
	session_set_impact(s, 3, -1);
	session_set_impact(s, 2, -1);
	session_set_impact(s, 1, -1);
	session_set_impact(s, 0, -1);
	session_set_tier(s, TIER_LOW);
	s->answers->context[CTX_CRITICAL_INFRASTRUCTURE] = 1;
	CHECK(session_tier_warning(s) != NULL);
	session_free(s);
}

/* The joint supply contract sets the method aside; the tender brings it back. */
static void
test_route_method(void)
{
	struct session	*s;

	s = session_new(cat, rules, NULL);
	CHECK(answers_field_set(s->answers, "method", "open-tender") == 0);
	CHECK(session_set_route(s, "joint-supply-contract") ==
	    SESSION_METHOD_ASIDE);
	CHECK(s->answers->method == -1);
	CHECK(session_set_route(s, "joint-supply-contract") == 0);
	CHECK(session_set_route(s, "tender") == SESSION_METHOD_BACK);
	CHECK(s->answers->method == METHOD_OPEN);
	CHECK(session_set_route(s, "tender") == 0);
	session_free(s);
}

/* Answers under an older version of the rules move to the one in force. */
static void
test_migrate(void)
{
	struct session		*s = session_new(cat, rules, dir);
	struct version_change	*c;
	size_t			 n;

	/* New answers are under the rules in force: nothing to list. */
	CHECK(session_changes(s, &c) == 0);
	CHECK(c == NULL);
	if (rules->nversions < 2) {
		session_free(s);
		return;
	}
	fill_case(s);
	CHECK(answers_field_set(s->answers, "category", "app-development") == 0);
	CHECK(answers_field_set(s->answers, "tier", "high") == 0);
	CHECK(answers_field_set(s->answers, "agency_type", "government") == 0);
	CHECK(answers_field_set(s->answers, "level", "C") == 0);
	s->answers->version = 1;
	answers_set(&s->answers->rules_version, rules->versions[0].id ==
	    rules->in_force->id ? rules->versions[1].id : rules->versions[0].id);
	session_changed(s);
	CHECK(session_res(s)->version != rules->in_force);
	n = session_changes(s, &c);
	version_changes_free(c, n);
	session_migrate(s);
	CHECK(session_res(s)->version == rules->in_force);
	CHECK_STR(s->answers->rules_version, rules->in_force->id);
	CHECK_STR(s->answers->catalogue_version, cat->source.version);
	CHECK(s->answers->version == ANSWERS_VERSION);
	CHECK(session_dirty(s));
	CHECK(session_changes(s, &c) == 0);

	/* The first missing step: the agency type is asked with the level,
	 * an unanswered case fact on its own step, both before the rows. */
	CHECK(answers_field_set(s->answers, "agency_type", NULL) == 0);
	session_changed(s);
	CHECK_STR(session_first_missing(s), "level");
	CHECK(answers_field_set(s->answers, "agency_type", "government") == 0);
	CHECK(answers_field_set(s->answers, "personal_data", NULL) == 0);
	session_changed(s);
	CHECK_STR(session_first_missing(s), "context");
	session_free(s);
}

static void
test_draft_list(void)
{
	struct session	*s = session_new(cat, rules, dir), *t;
	struct draft	*list;
	size_t		 n;
	char		*cause = NULL, *empty, *first;

	fill_case(s);
	CHECK(session_save_draft(s, &cause) == 1);
	first = xstrdup(s->draft_path);
	/* The same answers in a second draft, and an empty one. */
	t = session_new(cat, rules, dir);
	fill_case(t);
	t->draft_path = xasprintf("%s/draft-20000101-000000-1.yaml", dir);
	CHECK(session_save_draft(t, &cause) == 1);
	empty = xasprintf("%s/draft-20000101-000000-2.yaml", dir);
	CHECK(answers_save(s->saved, empty, &cause) == 0);
	draft_list(dir, cat, &list, &n);
	CHECK(n == 1);
	CHECK(access(empty, F_OK) != 0);
	CHECK(access(first, F_OK) == 0 || access(t->draft_path, F_OK) == 0);
	draft_list_free(list, n);
	session_drop_draft(s);
	session_drop_draft(t);
	free(empty);
	free(first);
	session_free(s);
	session_free(t);
}

/* Agency clauses edited as the wizard does: kept loadable, blanks with them. */
static void
test_custom(void)
{
	struct session		*s;
	struct answers		*back;
	const struct category	*cg;
	const char		*id;
	char			*cause = NULL, *buf;
	size_t			 len, i;
	int			 seen = 0;

	s = session_new(cat, rules, NULL);
	fill_case(s);
	session_set_category(s, "app-development");
	session_set_tier(s, TIER_MEDIUM);
	cg = catalogue_category(cat, "app-development");
	CHECK(answers_custom_set(s->answers, cg, NULL, "提供服務商",
	    "廠商應於____日內修補弱點，並於____日內回報", NULL, 1, &id,
	    &cause) == 0 && strcmp(id, "custom-1") == 0);
	answers_set_blank(s->answers, "custom-1.1", "7");
	answers_set_blank(s->answers, "custom-1.2", "3");
	/* The wizard's words: the field at fault, and no internal id. */
	CHECK((buf = session_custom_problem(s, NULL, "提供服務高", NULL,
	    &seen)) != NULL && seen == SESSION_CUSTOM_GROUP &&
	    strstr(buf, "「提供服務商」") != NULL);
	free(buf);
	CHECK(session_custom_problem(s, NULL, "契約終止", NULL, &seen) ==
	    NULL);
	CHECK(session_custom_problem(s, NULL, "新項目甲", NULL, &seen) == NULL);
	CHECK((buf = session_custom_problem(s, NULL, "新項目",
	    "廠商應於____日內修補弱點，並於____日內回報", &seen)) != NULL &&
	    seen == SESSION_CUSTOM_TEXT && strstr(buf, "custom-") == NULL);
	free(buf);
	CHECK(session_custom_problem(s, "custom-1", "新項目",
	    "廠商應於____日內修補弱點，並於____日內回報", &seen) == NULL);
	CHECK((buf = session_custom_problem(s, NULL, "新項目",
	    "具備完善之資通安全管理措施", &seen)) != NULL &&
	    seen == SESSION_CUSTOM_TEXT && strstr(buf, "dev-") == NULL);
	free(buf);
	seen = 0;
	/* A typo of a group, an empty text and a repeated one are refused. */
	CHECK(answers_custom_set(s->answers, cg, NULL, "提供服務高", "某要求",
	    NULL, 1, NULL, &cause) == -1 && cause != NULL &&
	    strstr(cause, "did you mean") != NULL);
	free(cause);
	CHECK(answers_custom_set(s->answers, cg, NULL, "新項目", " 　",
	    NULL, 1, NULL, &cause) == -1);
	free(cause);
	CHECK(answers_custom_set(s->answers, cg, NULL, "新項目",
	    "廠商應於____日內修補弱點，並於____日內回報", NULL, 1, NULL,
	    &cause) == -1);
	free(cause);
	CHECK(s->answers->ncustom == 1);
	/*
	 * A new group, then the first loses a blank: its second goes, and
	 * the caller hears that a value went.
	 */
	CHECK(answers_custom_set(s->answers, cg, NULL, "契約終止",
	    "廠商應刪除機關資料", "", 0, &id, &cause) == 0 &&
	    strcmp(id, "custom-2") == 0 && s->answers->custom[1].note == NULL);
	CHECK(answers_custom_set(s->answers, cg, "custom-1", "提供服務商",
	    "廠商應於____日內修補弱點", "依機關規定", 1, NULL, &cause) == 1);
	CHECK(answers_blank(s->answers, "custom-1.1") != NULL &&
	    answers_blank(s->answers, "custom-1.2") == NULL);
	session_changed(s);
	/* Its one blank is filled: no problem names it. */
	for (i = 0; i < session_res(s)->nproblems; i++)
		CHECK(strstr(session_res(s)->problems[i], "custom-1") == NULL);
	for (i = 0; i < session_res(s)->nrows; i++) {
		if (session_res(s)->rows[i].custom) {
			seen++;
			CHECK(session_res(s)->rows[i].state == ROW_ADOPTED);
		}
	}
	CHECK(seen == 2);
	CHECK(session_res(s)->nrows > 0 && strcmp(session_res(s)->rows[session_res(s)->nrows - 1].clause->id,
	    "custom-2") == 0 && !session_res(s)->rows[session_res(s)->nrows - 1].checklist);
	/* What the wizard would save reads back the same. */
	CHECK(answers_emit_buffer(s->answers, &buf, &len, &cause) == 0);
	CHECK(answers_load_buffer("t.yaml", buf, len, cat, &back,
	    &cause) == 0 && answers_equal(back, s->answers));
	answers_free(back);
	free(buf);
	/* Removing takes its blanks too. */
	answers_custom_remove(s->answers, "custom-1");
	CHECK(s->answers->ncustom == 1 &&
	    answers_blank(s->answers, "custom-1.1") == NULL);
	session_free(s);
}

int
main(void)
{
	const char	*top = getenv("top_srcdir");
	char		*data, *cause = NULL, tmpl[] = "/tmp/test-session.XXXXXX";

	data = xasprintf("%s/data", top != NULL ? top : ".");
	if (catalogue_load(data, &cat, &cause) != 0 ||
	    rules_load(data, cat, &rules, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	free(data);
	if ((dir = mkdtemp(tmpl)) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_dirty_and_save();
	test_generate_then_edit();
	test_resume();
	test_lazy();
	test_category_switch();
	test_tier_helper();
	test_route_method();
	test_migrate();
	test_draft_list();
	test_custom();
	rmdir(dir);
	rules_free(rules);
	catalogue_free(cat);
	return CHECK_DONE();
}
