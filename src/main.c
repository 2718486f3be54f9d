/* main.c: the command line: options, subcommands, and where the data lives. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "answers.h"
#include "catalogue.h"
#include "font.h"
#include "forms.h"
#include "generate.h"
#include "i18n.h"
#include "odt-load.h"
#include "resolve.h"
#include "rules.h"
#include "ui.h"
#include "xmalloc.h"

static const char *data_dir_opt;
/* Which of the places main_data_dir tries gave the folder, for messages. */
static const char *data_dir_from;

static void __attribute__((noreturn))
usage(int status)
{
	if (status != EXIT_SUCCESS) {
		fprintf(stderr, _("Try '%s --help' for more information.\n"),
		    PACKAGE);
		exit(status);
	}
	printf(_("Usage: %s [OPTION]... [COMMAND [ARG]...]\n"), PACKAGE);
	fputs(_("Draft the cybersecurity clauses of a Taiwanese government IT "
	    "tender\n(資安採購條款精靈) from the PCC table of common "
	    "cybersecurity requirements.\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Commands:\n"), stdout);
	fputs(_("  catalog [--category ID]   print the clause catalogue as YAML\n"),
	    stdout);
	fputs(_("  generate --answers FILE [--appendix OUT] [--checklist OUT]\n"
	    "           [--record OUT] [--font FILE]\n"
	    "                            write the appendix, checklist and record,\n"
	    "                            as PDF or, for a name ending in .odt, as\n"
	    "                            ODF text; by default the appendix and\n"
	    "                            checklist in both formats, the record as PDF\n"),
	    stdout);
	fputs(_("  validate --answers FILE   check an answers file: problems, or OK\n"),
	    stdout);
	fputs(_("  show --answers FILE       list the resolved clauses with reasons\n"),
	    stdout);
	fputs(_("  verify --answers FILE OUT.pdf|OUT.odt\n"
	    "                            say whether OUT is what FILE generates\n"),
	    stdout);
	fputs(_("  migrate --answers FILE    move FILE to the rules in force and answers\n"
	    "                            format 2, rewriting it in place\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Options:\n"), stdout);
	fputs(_("      --data-dir DIR   read the catalogue from DIR\n"), stdout);
	fputs(_("  -h, --help           display this help and exit\n"), stdout);
	fputs(_("  -V, --version        output version information and exit\n"),
	    stdout);
	fputs("\n", stdout);
	fputs(_("The data folder is, in order: --data-dir, $TENDERWIZ_DATADIR, "
	    "the\nbuild tree's data/ when run from it, the installed one.\n"),
	    stdout);
	printf(_("Installed data: %s\n"), PKGDATADIR);
	exit(EXIT_SUCCESS);
}

static void __attribute__((noreturn))
version(void)
{
	printf("%s (%s) %s\n", PACKAGE, PACKAGE_NAME, PACKAGE_VERSION);
	/* The licence's own words, in English like COPYING. */
	fputs("Copyright (C) 2026 The tenderwiz authors.\n"
	    "License MIT: <https://spdx.org/licenses/MIT.html>.\n", stdout);
	fputs(_("Catalogue: PCC 112年9月25日 工程企字第1120022701號.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\nThere is NO WARRANTY, to the extent permitted by law.\n"),
	    stdout);
	exit(EXIT_SUCCESS);
}

/*
 * Whether this binary runs from its build tree, which build_tree then
 * names; never when installed.  make writes src/tenderwiz-build-tree
 * beside the program, holding the source tree's path, and install never
 * copies it; so the binary holds no path of the folder it was built in,
 * and runs from its build tree before "make install" with the source
 * tree's data/ and forms/ and the build tree's po/locale/.  Only the
 * first call looks.
 */
static struct {
	int	 looked;
	char	*srcdir;
	char	*builddir;
} build_tree;

static int
main_in_build_tree(void)
{
	char	 exe[PATH_MAX], line[PATH_MAX], *slash, *marker;
	FILE	*f;
	ssize_t	 n;

	if (build_tree.looked)
		return build_tree.srcdir != NULL;
	build_tree.looked = 1;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return 0;
	*slash = '\0';
	marker = xasprintf("%s/%s-build-tree", exe, PACKAGE);
	f = fopen(marker, "r");
	free(marker);
	if (f == NULL)
		return 0;
	if (fgets(line, sizeof line, f) != NULL && line[0] == '/') {
		line[strcspn(line, "\n")] = '\0';
		build_tree.srcdir = xstrdup(line);
		/* The program is src/tenderwiz of the build tree. */
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		build_tree.builddir = xstrdup(exe);
	}
	fclose(f);
	return build_tree.srcdir != NULL;
}

static const char *
main_data_dir(void)
{
	static char	*build_tree_data;
	const char	*env;

	data_dir_from = "--data-dir";
	if (data_dir_opt != NULL)
		return data_dir_opt;
	data_dir_from = "TENDERWIZ_DATADIR";
	if ((env = getenv("TENDERWIZ_DATADIR")) != NULL && *env != '\0')
		return env;
	if (main_in_build_tree()) {
		data_dir_from = _("the build tree");
		if (build_tree_data == NULL)
			build_tree_data = xasprintf("%s/data", build_tree.srcdir);
		return build_tree_data;
	}
	data_dir_from = _("the installation");
	return PKGDATADIR;
}

/* The wizard's forms: like the data, from the build tree or installed. */
static char *
main_forms_path(void)
{
	const char	*env;

	if ((env = getenv("TENDERWIZ_FORMSDIR")) != NULL && *env != '\0')
		return xasprintf("%s/wizard.yaml", env);
	if (main_in_build_tree())
		return xasprintf("%s/forms/wizard.yaml", build_tree.srcdir);
	return xstrdup(PKGDATADIR "/forms/wizard.yaml");
}

static void __attribute__((noreturn))
main_fail(char *cause)
{
	fprintf(stderr, "%s: %s\n", PACKAGE, cause);
	free(cause);
	exit(EXIT_FAILURE);
}

/*
 * A missing data folder is named with where its name came from, before
 * the loader would only say that catalogue.yaml is missing.
 */
static struct catalogue *
main_catalogue(void)
{
	struct catalogue	*cat;
	struct stat		 sb;
	const char		*dir = main_data_dir();
	char			*cause = NULL;
	int			 error = 0;

	if (stat(dir, &sb) != 0)
		error = errno;
	else if (!S_ISDIR(sb.st_mode))
		error = ENOTDIR;
	if (error != 0) {
		/* TRANSLATORS: "data folder DIR (from --data-dir): reason". */
		main_fail(xasprintf(_("data folder %s (from %s): %s"), dir,
		    data_dir_from, strerror(error)));
	}
	if (catalogue_load(dir, &cat, &cause) != 0)
		main_fail(cause);
	return cat;
}

static int
cmd_catalog(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "category",	required_argument,	NULL, 'c' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 }
	};
	struct catalogue	*cat;
	const char		*only = NULL;
	char			*cause = NULL;
	int			 ch;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "c:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			only = optarg;
			break;
		case 'h':
			printf(_("Usage: %s catalog [--category ID]\n"), PACKAGE);
			fputs(_("Print the clause catalogue, or one category of "
			    "it, as YAML.\n"), stdout);
			return EXIT_SUCCESS;
		default:
			usage(EXIT_FAILURE);
		}
	}
	if (optind != argc) {
		fprintf(stderr, _("%s: unexpected argument '%s'\n"), PACKAGE,
		    argv[optind]);
		usage(EXIT_FAILURE);
	}
	cat = main_catalogue();
	if (catalogue_emit(cat, only, stdout, &cause) != 0) {
		catalogue_free(cat);
		main_fail(cause);
	}
	catalogue_free(cat);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, _("%s: cannot write output: %s\n"), PACKAGE,
		    strerror(errno));
		return EXIT_FAILURE;
	}
	return EXIT_SUCCESS;
}

/* Everything a generation needs, loaded in the order data flows. */
struct job {
	struct catalogue	*cat;
	struct rules		*rules;
	struct answers		*answers;
	struct resolution	*res;
	const char		*answers_path;
};

/*
 * A problem that names an unanswered case fact names it as the wizard's
 * form does, in the UI's language.  The forms are read only then; without
 * them the rules' label stays.
 */
static void
job_name_facts(struct job *job)
{
	const char	*labels[CTX_COUNT];
	struct forms	*forms;
	char		*path, *cause = NULL;
	size_t		 i;
	int		 k;

	for (i = 0; i < job->res->nproblems; i++) {
		if (job->res->problem_fact[i] != -1)
			break;
	}
	if (i == job->res->nproblems)
		return;
	path = main_forms_path();
	if (forms_load(path, &forms, &cause) != 0) {
		free(cause);
		free(path);
		return;
	}
	free(path);
	for (k = 0; k < CTX_COUNT; k++)
		labels[k] = forms_label(forms, context_name((enum context_key)k));
	resolution_name_facts(job->res, job->rules, labels);
	forms_free(forms);
}

static void
job_load(struct job *job, const char *answers_path)
{
	struct rules_reading	*rd;
	char			*cause = NULL;

	memset(job, 0, sizeof *job);
	job->answers_path = answers_path;
	rd = rules_read_start(main_data_dir());
	job->cat = main_catalogue();
	if (rules_read_finish(rd, job->cat, &job->rules, &cause) != 0) {
		catalogue_free(job->cat);
		main_fail(cause);
	}
	answers_set_versions(job->cat->source.version,
	    job->rules->in_force->id, job->rules->answers_v1 != NULL ?
	    job->rules->answers_v1->id : NULL);
	if (answers_load(answers_path, job->cat, &job->answers, &cause) != 0) {
		rules_free(job->rules);
		catalogue_free(job->cat);
		answers_set_versions(NULL, NULL, NULL);
		main_fail(cause);
	}
	job->res = resolve(job->cat, job->rules, job->answers);
	job_name_facts(job);
}

static void
job_free(struct job *job)
{
	resolution_free(job->res);
	answers_free(job->answers);
	rules_free(job->rules);
	catalogue_free(job->cat);
	answers_set_versions(NULL, NULL, NULL);
}

/* The warnings of a resolution, which stop nothing, one per line. */
static void
job_warnings(const struct job *job, FILE *f)
{
	size_t	i;

	for (i = 0; i < job->res->nwarnings; i++)
		fprintf(f, _("%s: warning: %s\n"), job->answers_path,
		    job->res->warnings[i]);
}

/*
 * The rows whose decision changes under the rules in force, as kconfig's
 * listnewconfig lists new options: nothing when the answers are under them.
 */
static void
job_changes(const struct job *job, FILE *f)
{
	struct version_change	*c;
	size_t			 n, i;

	if (job->res->version == job->rules->in_force)
		return;
	n = resolve_changes(job->cat, job->rules, job->answers, job->res, &c);
	if (n == 0)
		/* TRANSLATORS: "FILE: rules version 110.08.23; 115.01.07 is in force: no row changes". */
		fprintf(f, _("%s: rules version %s; %s is in force: no row "
		    "changes\n"), job->answers_path, job->res->version->id,
		    job->rules->in_force->id);
	else
		/* TRANSLATORS: "FILE: rules version 110.08.23; 115.01.07 is in force: 2 rows change". */
		fprintf(f, ngettext("%s: rules version %s; %s is in force: "
		    "%zu row changes\n", "%s: rules version %s; %s is in "
		    "force: %zu rows change\n", n), job->answers_path,
		    job->res->version->id, job->rules->in_force->id, n);
	for (i = 0; i < n; i++)
		fprintf(f, "  %s: %s %s -> %s: %s\n", job->answers_path,
		    c[i].clause->id, row_state_name(c[i].from),
		    row_state_name(c[i].to), c[i].why);
	fprintf(f, _("%s: 'tenderwiz migrate --answers %s' moves it to %s\n"),
	    job->answers_path, job->answers_path, job->rules->in_force->id);
	version_changes_free(c, n);
}

/* Print the problems that stop generation, one per line under the file name. */
static void
job_problems(const struct job *job)
{
	size_t	i;

	fprintf(stderr, _("%s: %s: cannot generate yet:\n"), PACKAGE,
	    job->answers_path);
	for (i = 0; i < job->res->nproblems; i++)
		fprintf(stderr, "  %s: %s\n", job->answers_path,
		    job->res->problems[i]);
}

/* Options shared by the commands that read an answers file. */
struct cmd_opts {
	const char	*answers;
	const char	*appendix;
	const char	*checklist;
	const char	*record;
	const char	*font;
};

static int
cmd_parse(int argc, char **argv, const char *usage_line, int outputs,
    struct cmd_opts *o)
{
	static const struct option longopts[] = {
		{ "answers",	required_argument,	NULL, 'a' },
		{ "appendix",	required_argument,	NULL, 'p' },
		{ "checklist",	required_argument,	NULL, 'c' },
		{ "record",	required_argument,	NULL, 'r' },
		{ "font",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 }
	};
	int	ch;

	memset(o, 0, sizeof *o);
	optind = 1;
	while ((ch = getopt_long(argc, argv, "a:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			o->answers = optarg;
			break;
		case 'p':
		case 'c':
		case 'r':
		case 'f':
			if (!outputs) {
				fprintf(stderr, _("%s: %s takes no option "
				    "'%s'\n"), PACKAGE, argv[0],
				    argv[optind - 1]);
				usage(EXIT_FAILURE);
			}
			if (ch == 'p')
				o->appendix = optarg;
			else if (ch == 'c')
				o->checklist = optarg;
			else if (ch == 'r')
				o->record = optarg;
			else
				o->font = optarg;
			break;
		case 'h':
			printf(_("Usage: %s %s\n"), PACKAGE, usage_line);
			exit(EXIT_SUCCESS);
		default:
			usage(EXIT_FAILURE);
		}
	}
	if (o->answers == NULL) {
		fprintf(stderr, _("%s: %s needs --answers FILE\n"), PACKAGE,
		    argv[0]);
		usage(EXIT_FAILURE);
	}
	return optind;
}

static struct font *
main_font(const char *path)
{
	struct font	*font;
	char		*cause = NULL, *s;

	if (font_open(path, &font, &cause) != 0) {
		if (path != NULL) {
			s = xasprintf(_("font given with --font: %s"), cause);
			free(cause);
			cause = s;
		}
		main_fail(cause);
	}
	return font;
}

/* Whether any output is a PDF, which needs the font. */
static int
main_needs_font(const struct generate_output *outs, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (outs[i].format == FORMAT_PDF)
			return 1;
	}
	return 0;
}

static int
cmd_generate(int argc, char **argv)
{
	struct cmd_opts		 o;
	struct job		 job;
	struct font		*font = NULL;
	struct generate_output	 outs[GENERATE_NDEFAULTS];
	char			*cause = NULL, *names[GENERATE_NDEFAULTS];
	const char		*named[DOC_COUNT];
	size_t			 i, n = 0;
	time_t			 created;
	int			 rc = EXIT_FAILURE;

	if (cmd_parse(argc, argv, "generate --answers FILE "
	    "[--appendix OUT.pdf|OUT.odt] [--checklist OUT.pdf|OUT.odt] "
	    "[--record OUT.pdf|OUT.odt] [--font FILE]", 1, &o) != argc)
		usage(EXIT_FAILURE);
	if (generate_time(&created, &cause) != 0)
		main_fail(cause);
	job_load(&job, o.answers);
	if (job.res->nproblems > 0) {
		job_problems(&job);
		job_free(&job);
		return EXIT_FAILURE;
	}
	memset(names, 0, sizeof names);
	named[DOC_APPENDIX] = o.appendix;
	named[DOC_CHECKLIST] = o.checklist;
	named[DOC_RECORD] = o.record;
	if (o.appendix == NULL && o.checklist == NULL && o.record == NULL) {
		/* No output named: the defaults, after the case number, here. */
		generate_default_outputs(job.answers, outs, names);
		n = GENERATE_NDEFAULTS;
	} else
		n = generate_named_outputs(named, outs);
	/* An .odt needs no font; one named with --font is opened all the same. */
	if (main_needs_font(outs, n) || o.font != NULL)
		font = main_font(o.font);
	if (generate_outputs(job.cat, job.rules, job.answers, job.res, font,
	    outs, n, o.answers, created, NULL, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", PACKAGE, cause);
		free(cause);
	} else {
		for (i = 0; i < n; i++)
			printf(outs[i].doc == DOC_APPENDIX ? _("appendix: %s\n") :
			    outs[i].doc == DOC_CHECKLIST ? _("checklist: %s\n") :
			    _("record: %s\n"), outs[i].path);
		rc = EXIT_SUCCESS;
	}
	for (i = 0; i < GENERATE_NDEFAULTS; i++)
		free(names[i]);
	font_free(font);
	job_free(&job);
	return rc;
}

/* The agency clauses, as validate lists them under its verdict. */
static void
job_custom(const struct job *job)
{
	size_t	i;

	for (i = 0; i < job->res->nrows; i++) {
		const struct resolved_row *row = &job->res->rows[i];

		if (!row->custom)
			continue;
		/* TRANSLATORS: "agency clause ac-1 (資料安全): 廠商應…". */
		printf(_("agency clause %s (%s)%s: %s\n"), row->clause->id,
		    row->clause->group, row->checklist ? "" :
		    _(", not on the checklist"), row->text);
	}
}

static int
cmd_validate(int argc, char **argv)
{
	struct cmd_opts	o;
	struct job	job;
	int		rc;

	if (cmd_parse(argc, argv, "validate --answers FILE", 0, &o) != argc)
		usage(EXIT_FAILURE);
	job_load(&job, o.answers);
	job_warnings(&job, stderr);
	job_changes(&job, stderr);
	if ((rc = job.res->nproblems > 0))
		job_problems(&job);
	else
		printf(ngettext("%s: OK (%zu row adopted)\n",
		    "%s: OK (%zu rows adopted)\n", resolution_count(job.res,
		    ROW_ADOPTED)), o.answers, resolution_count(job.res,
		    ROW_ADOPTED));
	job_custom(&job);
	job_free(&job);
	return rc ? EXIT_FAILURE : EXIT_SUCCESS;
}

static int
cmd_show(int argc, char **argv)
{
	static const char *const symbols[] = { "●", "◎", "▲", "-" };
	struct cmd_opts	 o;
	struct job	 job;
	const char	*group = NULL;
	char		*why;
	size_t		 i;

	if (cmd_parse(argc, argv, "show --answers FILE", 0, &o) != argc)
		usage(EXIT_FAILURE);
	job_load(&job, o.answers);
	for (i = 0; i < job.res->nrows; i++) {
		const struct resolved_row *row = &job.res->rows[i];

		if (group == NULL || strcmp(group, row->clause->group) != 0) {
			printf("%s%s\n", group == NULL ? "" : "\n",
			    row->clause->group);
			group = row->clause->group;
		}
		/* The reason with the law it rests on, in one line. */
		why = resolved_row_why(row);
		/* TRANSLATORS: in place of the mark of an agency clause. */
		printf("  [%s] %s %s %s\n      %s\n",
		    row_state_name(row->state), row->clause->id,
		    row->custom ? _("(agency)") : symbols[row->mark],
		    row->text, why);
		free(why);
	}
	if (job.res->nrows > 0)
		printf(_("\n%zu adopted, %zu not adopted, %zu excluded, "
		    "%zu elsewhere, %zu not applicable, %zu undecided\n"),
		    resolution_count(job.res, ROW_ADOPTED),
		    resolution_count(job.res, ROW_NOT_ADOPTED),
		    resolution_count(job.res, ROW_EXCLUDED),
		    resolution_count(job.res, ROW_ELSEWHERE),
		    resolution_count(job.res, ROW_NOT_APPLICABLE),
		    resolution_count(job.res, ROW_UNDECIDED));
	printf(_("Rules: %s (%s)\n"), job.res->version->id,
	    job.res->version->source.reference);
	job_warnings(&job, stdout);
	job_changes(&job, stdout);
	fflush(stdout);
	if (job.res->nproblems > 0)
		job_problems(&job);
	job_free(&job);
	return EXIT_SUCCESS;
}

/*
 * Move an answers file to the rules in force and format 2, atomically.
 * What format 1 could not say stays unanswered, for validate to name.
 */
static int
cmd_migrate(int argc, char **argv)
{
	struct cmd_opts	 o;
	struct job	 job;
	struct answers	*a;
	char		*cause = NULL, **dropped = NULL;
	size_t		 ndropped = 0, i;
	int		 rc = EXIT_SUCCESS;

	if (cmd_parse(argc, argv, "migrate --answers FILE", 0, &o) != argc)
		usage(EXIT_FAILURE);
	job_load(&job, o.answers);
	a = job.answers;
	/* A file already current stays as it is, to the byte and its time. */
	if (a->version == ANSWERS_VERSION && a->rules_version != NULL &&
	    strcmp(a->rules_version, job.rules->in_force->id) == 0 &&
	    a->catalogue_version != NULL &&
	    strcmp(a->catalogue_version, job.cat->source.version) == 0) {
		printf(_("%s: already answers format %d under rules version "
		    "%s; left as it is\n"), o.answers, ANSWERS_VERSION,
		    job.rules->in_force->id);
		job_free(&job);
		return EXIT_SUCCESS;
	}
	job_changes(&job, stdout);
	answers_set(&a->rules_version, job.rules->in_force->id);
	answers_set(&a->catalogue_version, job.cat->source.version);
	/*
	 * The officer's file stays where and as it was shared, with the
	 * comments the new text has a place for.
	 */
	if (answers_write_keeping(a, o.answers, 0600, &dropped, &ndropped,
	    &cause) != 0) {
		fprintf(stderr, "%s: %s\n", PACKAGE, cause);
		free(cause);
		rc = EXIT_FAILURE;
	} else {
		printf(_("%s: now answers format %d under rules version %s\n"),
		    o.answers, ANSWERS_VERSION, job.rules->in_force->id);
		for (i = 0; i < ndropped; i++)
			/* TRANSLATORS: "FILE:LINE: # comment": a comment migrate could not keep. */
			printf(_("%s:%s: this comment had no place left and "
			    "is gone\n"), o.answers, dropped[i]);
	}
	for (i = 0; i < ndropped; i++)
		free(dropped[i]);
	free(dropped);
	job_free(&job);
	return rc;
}

/* The CreationDate a generated PDF carries, to regenerate it exactly. */
static int
main_pdf_time(const char *buf, size_t len, time_t *out)
{
	static const char	 key[] = "/CreationDate (D:";
	const char		*p;
	struct tm		 tm;
	char			 digits[15];

	p = memmem(buf, len, key, sizeof key - 1);
	if (p == NULL || (size_t)(buf + len - p) < sizeof key - 1 + 14)
		return -1;
	memcpy(digits, p + sizeof key - 1, 14);
	digits[14] = '\0';
	memset(&tm, 0, sizeof tm);
	if (sscanf(digits, "%4d%2d%2d%2d%2d%2d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	*out = timegm(&tm);
	return 0;
}

static int
cmd_verify(int argc, char **argv)
{
	struct cmd_opts	 o;
	struct job	 job;
	struct font	*font = NULL;
	FILE		*f;
	struct stat	 st;
	char		*have, *cause = NULL;
	void		*want;
	size_t		 nhave, nwant, i;
	time_t		 created;
	enum format	 format;
	int		 first, match = 0;

	first = cmd_parse(argc, argv, "verify --answers FILE OUT.pdf|OUT.odt",
	    1, &o);
	if (argc - first != 1)
		usage(EXIT_FAILURE);
	/* One byte more than the size, so that a file still growing shows. */
	if ((f = fopen(argv[first], "rb")) == NULL ||
	    fstat(fileno(f), &st) != 0) {
		fprintf(stderr, "%s: %s: %s\n", PACKAGE, argv[first],
		    strerror(errno));
		if (f != NULL)
			fclose(f);
		return EXIT_FAILURE;
	}
	have = xmalloc((size_t)st.st_size + 1);
	nhave = fread(have, 1, (size_t)st.st_size + 1, f);
	fclose(f);
	/* Whatever its name, a zip package is compared with the .odt. */
	format = odt_load_is_package(have, nhave) ? FORMAT_ODT : FORMAT_PDF;
	if ((format == FORMAT_ODT ? odt_load_created(have, nhave, &created) :
	    main_pdf_time(have, nhave, &created)) != 0 &&
	    generate_time(&created, &cause) != 0)
		main_fail(cause);
	job_load(&job, o.answers);
	if (job.res->nproblems > 0) {
		job_problems(&job);
		job_free(&job);
		free(have);
		return EXIT_FAILURE;
	}
	if (format == FORMAT_PDF || o.font != NULL)
		font = main_font(o.font);
	for (i = 0; i < DOC_COUNT && !match; i++) {
		if (generate_document(job.cat, job.rules, job.answers, job.res,
		    font, (enum document)i, format, created, &want, &nwant,
		    &cause) != 0) {
			font_free(font);
			job_free(&job);
			free(have);
			main_fail(cause);
		}
		if (nwant == nhave && memcmp(want, have, nhave) == 0) {
			printf(i == DOC_APPENDIX ?
			    _("%s: matches the appendix of %s\n") :
			    i == DOC_CHECKLIST ?
			    _("%s: matches the checklist of %s\n") :
			    _("%s: matches the record of %s\n"),
			    argv[first], o.answers);
			match = 1;
		}
		free(want);
	}
	if (!match)
		printf(_("%s: does NOT match what %s generates\n"),
		    argv[first], o.answers);
	font_free(font);
	job_free(&job);
	free(have);
	return match ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* No command: the interactive wizard, with everything loaded first. */
static int
cmd_wizard(void)
{
	struct catalogue	*cat;
	struct rules		*rules = NULL;
	struct forms		*forms = NULL;
	char			*cause = NULL, *path;
	int			 rc;

	cat = main_catalogue();
	path = main_forms_path();
	if (rules_load(main_data_dir(), cat, &rules, &cause) != 0 ||
	    forms_load(path, &forms, &cause) != 0) {
		free(path);
		rules_free(rules);
		catalogue_free(cat);
		main_fail(cause);
	}
	free(path);
	/* New answers record the data they are made under. */
	answers_set_versions(cat->source.version, rules->in_force->id,
	    rules->answers_v1 != NULL ? rules->answers_v1->id : NULL);
	rc = ui_main(cat, rules, forms, NULL);
	answers_set_versions(NULL, NULL, NULL);
	forms_free(forms);
	rules_free(rules);
	catalogue_free(cat);
	return rc;
}

/*
 * The message catalogue: $TENDERWIZ_LOCALEDIR (the tests point it at
 * catalogues they compile themselves), the build tree's po/locale/ when
 * run from there, else the installed one.
 */
static void
main_bind_catalogue(void)
{
	const char	*env;
	char		*dir;

	if ((env = getenv("TENDERWIZ_LOCALEDIR")) != NULL && *env != '\0')
		bindtextdomain(PACKAGE, env);
	else if (main_in_build_tree()) {
		dir = xasprintf("%s/po/locale", build_tree.builddir);
		bindtextdomain(PACKAGE, dir);
		free(dir);
	} else
		bindtextdomain(PACKAGE, LOCALEDIR);
	textdomain(PACKAGE);
}

/* Run from the build tree, the ODF writer is the one built beside it. */
static void
main_find_modules(void)
{
	char	*dir;

	if (!main_in_build_tree())
		return;
	dir = xasprintf("%s/src", build_tree.builddir);
	odt_load_set_dir(dir);
	free(dir);
}

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
} commands[] = {
	{ "catalog",	cmd_catalog },
	{ "generate",	cmd_generate },
	{ "migrate",	cmd_migrate },
	{ "show",	cmd_show },
	{ "validate",	cmd_validate },
	{ "verify",	cmd_verify },
};

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "data-dir",	required_argument,	NULL, 'd' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL,		0,			NULL, 0 }
	};
	size_t	i;
	int	ch;

	/*
	 * Documents are typeset and deflated on several threads, and glibc
	 * would give each an arena of its own that keeps what it freed: one
	 * shared arena holds three documents' peak memory to 15 MB, not 18.
	 */
#ifdef M_ARENA_MAX
	mallopt(M_ARENA_MAX, 1);
#endif
	setlocale(LC_ALL, "");
	main_bind_catalogue();
	main_find_modules();

	/* "+" stops at the command, whose own options come after it. */
	while ((ch = getopt_long(argc, argv, "+hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			data_dir_opt = optarg;
			break;
		case 'h':
			usage(EXIT_SUCCESS);
		case 'V':
			version();
		default:
			usage(EXIT_FAILURE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return cmd_wizard();
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(argv[0], commands[i].name) == 0)
			return commands[i].fn(argc, argv);
	}
	fprintf(stderr, _("%s: unknown command '%s'\n"), PACKAGE, argv[0]);
	usage(EXIT_FAILURE);
}
