/* main.c: the command line: options, subcommands, and where the data lives. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "i18n.h"
#include "xmalloc.h"

static const char *data_dir_opt;

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
	fputs(_("Catalogue: PCC 112年9月25日 工程企字第1120022701號.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\nThere is NO WARRANTY, to the extent permitted by law.\n"),
	    stdout);
	exit(EXIT_SUCCESS);
}

/*
 * A binary run from its build tree reads the source tree's data/, so that
 * it works before "make install"; an installed one never looks there.
 */
static const char *
main_data_dir(void)
{
	static char	 exe[PATH_MAX];
	const char	*env;
	ssize_t		 n;

	if (data_dir_opt != NULL)
		return data_dir_opt;
	if ((env = getenv("TENDERWIZ_DATADIR")) != NULL && *env != '\0')
		return env;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if (strcmp(exe, BUILD_BUILDDIR "/src/" PACKAGE) == 0 ||
		    strcmp(exe, BUILD_BUILDDIR "/src/.libs/" PACKAGE) == 0)
			return BUILD_SRCDIR "/data";
	}
	return PKGDATADIR;
}

static void __attribute__((noreturn))
main_fail(char *cause)
{
	fprintf(stderr, "%s: %s\n", PACKAGE, cause);
	free(cause);
	exit(EXIT_FAILURE);
}

static struct catalogue *
main_catalogue(void)
{
	struct catalogue	*cat;
	char			*cause = NULL;

	if (catalogue_load(main_data_dir(), &cat, &cause) != 0)
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

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
} commands[] = {
	{ "catalog",	cmd_catalog },
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

	setlocale(LC_ALL, "");
	bindtextdomain(PACKAGE, LOCALEDIR);
	textdomain(PACKAGE);

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
	if (argc == 0) {
		puts(_("The interactive wizard is not available yet; "
		    "see 'tenderwiz --help' for the commands."));
		return EXIT_SUCCESS;
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(argv[0], commands[i].name) == 0)
			return commands[i].fn(argc, argv);
	}
	fprintf(stderr, _("%s: unknown command '%s'\n"), PACKAGE, argv[0]);
	usage(EXIT_FAILURE);
}
