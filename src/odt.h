/* odt.h: a report as an OpenDocument text package (.odt) that Writer and Word can edit; built as a module that the program loads (odt-load.h). */
/* SPDX-License-Identifier: MIT */
#ifndef ODT_H
#define ODT_H

#include <stddef.h>
#include <time.h>

struct report;

/*
 * Write the report as the bytes of an .odt file into *buf (caller frees)
 * of *len bytes: mimetype first and stored, the manifest listing every
 * part, and content.xml, styles.xml and meta.xml.  Every timestamp comes
 * from the report's created time, so the same report gives the same bytes.
 * Returns 0, or -1 with *cause (caller frees) and *buf NULL.
 */
int		 odt_render(const struct report *, void **buf, size_t *len,
		    char **cause);

/*
 * The creation time recorded in the meta.xml of an .odt that odt_render
 * wrote, so that it can be written again exactly.  Returns 0, or -1 when
 * buf is not such a package or records none.
 */
int		 odt_created(const void *buf, size_t len, time_t *out);

#endif /* ODT_H */
