/* odt-load.c: the ODF writer, a module loaded the first time a document is wanted as .odt. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "odt-load.h"
#include "odt.h"
#include "xmalloc.h"

/*
 * libxml2 and libzip, with ICU and OpenSSL behind them, are half of what
 * the program would load at start and 4 MB of its memory, yet only an
 * .odt needs them.  So odt.c is built as a module of its own, which the
 * program loads the first time it writes or reads an .odt.  The module
 * calls back into the program (xmalloc, the report), which exports its
 * symbols for it.
 */
static struct {
	pthread_once_t	 once;
	char		*dir;
	void		*handle;
	char		*error;
	int		(*render)(const struct report *, void **, size_t *,
			    char **);
	int		(*created)(const void *, size_t, time_t *);
} odt_load_module = { PTHREAD_ONCE_INIT, NULL, NULL, NULL, NULL, NULL };

void
odt_load_set_dir(const char *dir)
{
	free(odt_load_module.dir);
	odt_load_module.dir = xstrdup(dir);
}

static void
odt_load_open(void)
{
	char		*path;
	const char	*why;
	void		*h;

	path = xasprintf("%s/odt.so", odt_load_module.dir != NULL ?
	    odt_load_module.dir : PKGLIBDIR);
	if ((h = dlopen(path, RTLD_NOW | RTLD_LOCAL)) != NULL) {
		*(void **)&odt_load_module.render = dlsym(h, "odt_render");
		*(void **)&odt_load_module.created = dlsym(h, "odt_created");
		if (odt_load_module.render != NULL &&
		    odt_load_module.created != NULL) {
			odt_load_module.handle = h;
			free(path);
			return;
		}
	}
	/* dlerror names the file. */
	if ((why = dlerror()) != NULL)
		odt_load_module.error = xasprintf(_("cannot load the ODF "
		    "writer: %s"), why);
	else
		odt_load_module.error = xasprintf(_("cannot load the ODF "
		    "writer: %s is not the writer it should be"), path);
	if (h != NULL)
		dlclose(h);
	odt_load_module.render = NULL;
	odt_load_module.created = NULL;
	free(path);
}

int
odt_load_render(const struct report *r, void **buf, size_t *len,
    char **cause)
{
	*buf = NULL;
	*len = 0;
	pthread_once(&odt_load_module.once, odt_load_open);
	if (odt_load_module.handle == NULL) {
		*cause = xstrdup(odt_load_module.error);
		return -1;
	}
	return odt_load_module.render(r, buf, len, cause);
}

int
odt_load_created(const void *buf, size_t len, time_t *out)
{
	pthread_once(&odt_load_module.once, odt_load_open);
	if (odt_load_module.handle == NULL)
		return -1;
	return odt_load_module.created(buf, len, out);
}

int
odt_load_is_package(const void *buf, size_t len)
{
	return len >= 4 && memcmp(buf, "PK\003\004", 4) == 0;
}
