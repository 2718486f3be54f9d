/* yamlout.c: writing YAML with libyaml's emitter, one call per node. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "i18n.h"
#include "xmalloc.h"
#include "yamlout.h"

struct yamlout {
	yaml_emitter_t	 emitter;
	int		 failed;
};

static void
yamlout_emit(struct yamlout *y, yaml_event_t *ev, int ok)
{
	if (y->failed)
		return;
	/* An event that cannot be made is out of memory. */
	if (!ok)
		xmalloc_failed();
	if (!yaml_emitter_emit(&y->emitter, ev)) {
		if (y->emitter.error == YAML_MEMORY_ERROR)
			xmalloc_failed();
		y->failed = 1;
	}
}

struct yamlout *
yamlout_new(FILE *f)
{
	struct yamlout	*y;
	yaml_event_t	 ev;

	y = xcalloc(1, sizeof *y);
	if (!yaml_emitter_initialize(&y->emitter))
		xmalloc_failed();
	yaml_emitter_set_output_file(&y->emitter, f);
	yaml_emitter_set_unicode(&y->emitter, 1);
	yaml_emitter_set_width(&y->emitter, -1);
	yaml_emitter_set_indent(&y->emitter, 2);
	yamlout_emit(y, &ev,
	    yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	yamlout_emit(y, &ev,
	    yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
	return y;
}

int
yamlout_end(struct yamlout *y, char **cause)
{
	yaml_event_t	ev;
	int		rc = 0;

	yamlout_emit(y, &ev, yaml_document_end_event_initialize(&ev, 1));
	yamlout_emit(y, &ev, yaml_stream_end_event_initialize(&ev));
	if (!y->failed && !yaml_emitter_flush(&y->emitter)) {
		if (y->emitter.error == YAML_MEMORY_ERROR)
			xmalloc_failed();
		y->failed = 1;
	}
	if (y->failed) {
		/* TRANSLATORS: %s is libyaml's description of the error, in English. */
		*cause = y->emitter.problem != NULL ? xasprintf(_("cannot "
		    "write YAML (libyaml: %s)"), y->emitter.problem) :
		    xstrdup(_("cannot write YAML"));
		rc = -1;
	}
	yaml_emitter_delete(&y->emitter);
	free(y);
	return rc;
}

void
yamlout_map(struct yamlout *y, int flow)
{
	yaml_event_t	ev;

	yamlout_emit(y, &ev, yaml_mapping_start_event_initialize(&ev, NULL,
	    NULL, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE));
}

void
yamlout_seq(struct yamlout *y, int flow)
{
	yaml_event_t	ev;

	yamlout_emit(y, &ev, yaml_sequence_start_event_initialize(&ev, NULL,
	    NULL, 1, flow ? YAML_FLOW_SEQUENCE_STYLE :
	    YAML_BLOCK_SEQUENCE_STYLE));
}

void
yamlout_close_map(struct yamlout *y)
{
	yaml_event_t	ev;

	yamlout_emit(y, &ev, yaml_mapping_end_event_initialize(&ev));
}

void
yamlout_close_seq(struct yamlout *y)
{
	yaml_event_t	ev;

	yamlout_emit(y, &ev, yaml_sequence_end_event_initialize(&ev));
}

/* Plain text that a YAML 1.1 reader would take for a number, bool or null. */
static int
yamlout_ambiguous(const char *s)
{
	static const char *const words[] = {
		"true", "false", "yes", "no", "on", "off", "null", "~", "y",
		"n", NULL
	};
	const char *const	*w;
	const char		*p;

	if (*s == '\0')
		return 1;
	for (w = words; *w != NULL; w++) {
		if (strcasecmp(s, *w) == 0)
			return 1;
	}
	for (p = s; *p != '\0'; p++) {
		if (strchr("0123456789+-.:_eE", *p) == NULL)
			return 0;
	}
	return 1;
}

static void
yamlout_scalar(struct yamlout *y, const char *s, int plain)
{
	yaml_event_t		ev;
	yaml_scalar_style_t	style = YAML_ANY_SCALAR_STYLE;

	if (!plain && yamlout_ambiguous(s))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	yamlout_emit(y, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (const yaml_char_t *)s, (int)strlen(s), style == YAML_ANY_SCALAR_STYLE, 1,
	    style));
}

void
yamlout_str(struct yamlout *y, const char *s)
{
	yamlout_scalar(y, s, 0);
}

void
yamlout_plain(struct yamlout *y, const char *s)
{
	yamlout_scalar(y, s, 1);
}

void
yamlout_pair(struct yamlout *y, const char *key, const char *value)
{
	yamlout_str(y, key);
	yamlout_str(y, value);
}
