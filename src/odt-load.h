/* odt-load.h: the ODF writer, a module loaded the first time a document is wanted as .odt. */
/* SPDX-License-Identifier: MIT */
#ifndef ODT_LOAD_H
#define ODT_LOAD_H

#include <stddef.h>
#include <time.h>

struct report;

/*
 * Load the writer from dir instead of the installation (the build tree's
 * src/); call before any other odt_load_ function.  dir is copied.
 */
void	odt_load_set_dir(const char *dir);

/* odt_render of the module; -1 with *cause also when it cannot be loaded. */
int	odt_load_render(const struct report *, void **buf, size_t *len,
	    char **cause);

/* odt_created of the module; -1 also when it cannot be loaded. */
int	odt_load_created(const void *buf, size_t len, time_t *out);

/* Whether buf starts as a zip package does (an .odt rather than a PDF). */
int	odt_load_is_package(const void *buf, size_t len);

#endif /* ODT_LOAD_H */
