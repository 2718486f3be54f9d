/* fuzz-data.c: what the harnesses that use the program's data share: where the data folder is, and setting both documents of a case in type. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "appendix.h"
#include "catalogue.h"
#include "font.h"
#include "fuzz.h"
#include "layout.h"
#include "report.h"
#include "resolve.h"
#include "xmalloc.h"

const char *
fuzz_datadir(void)
{
	const char	*dir;

	if ((dir = getenv("TENDERWIZ_DATADIR")) == NULL || *dir == '\0')
		dir = BUILD_SRCDIR "/data";
	return dir;
}

struct catalogue *
fuzz_catalogue(const char *who)
{
	struct catalogue	*cat;
	char			*path, *cause = NULL;

	path = xasprintf("%s/catalogue.yaml", fuzz_datadir());
	if (catalogue_load_file(path, &cat, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", who, cause);
		exit(1);
	}
	free(path);
	return cat;
}

void
fuzz_typeset(const struct catalogue *cat, const struct answers *a,
    const struct resolution *res, const struct font *font, const char *fp)
{
	struct report	*r;
	struct layout	*lay;
	char		*cause = NULL;
	int		 doc;

	for (doc = 0; doc < 3; doc++) {
		if (doc == 0)
			r = appendix_report(cat, a, res, fp, 0);
		else if (doc == 1)
			r = checklist_report(cat, a, res, fp, 0);
		else
			r = record_report(cat, NULL, a, res, fp, 0);
		FUZZ_ASSERT(r != NULL);
		if (font != NULL &&
		    layout_report(r, font, &lay, &cause) == 0)
			layout_free(lay);
		else if (font != NULL) {
			/* Only a character the font lacks may stop it. */
			FUZZ_ASSERT(strstr(cause, "is not in font") != NULL);
			free(cause);
			cause = NULL;
		}
		report_free(r);
	}
}
