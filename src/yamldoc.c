/* yamldoc.c: reading a YAML file strictly into a tree of ynodes with positions. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <yaml.h>

#include "i18n.h"
#include "utf8.h"
#include "xmalloc.h"
#include "yamldoc.h"

struct ydoc_reader {
	struct ydoc	 *doc;
	struct ynode	**stack;	/* open sequences and mappings */
	size_t		  depth;
	size_t		  nodes;
	char		**cause;
};

static void
ynode_free(struct ynode *n)
{
	size_t	i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nitems; i++)
		ynode_free(n->items[i]);
	free(n->items);
	free(n->value);
	free(n);
}

void
ydoc_free(struct ydoc *doc)
{
	if (doc == NULL)
		return;
	ynode_free(doc->root);
	free(doc->file);
	free(doc);
}

static char * __attribute__((format(printf, 4, 0)))
ydoc_verror(const char *file, size_t line, size_t col, const char *fmt,
    va_list ap)
{
	char	*msg, *s;

	if (vasprintf(&msg, fmt, ap) == -1)
		msg = NULL;
	s = xasprintf("%s:%zu:%zu: %s", file, line, col,
	    msg == NULL ? "error" : msg);
	free(msg);
	return s;
}

static char * __attribute__((format(printf, 4, 5)))
ydoc_error_at(const char *file, size_t line, size_t col, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = ydoc_verror(file, line, col, fmt, ap);
	va_end(ap);
	return s;
}

char *
ydoc_error(const struct ydoc *doc, const struct ynode *n, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = ydoc_verror(doc->file, n->line, n->col, fmt, ap);
	va_end(ap);
	return s;
}

/*
 * libyaml reports bad UTF-8 as a byte offset and lets overlong forms and
 * surrogates through, so check the bytes first and name line and column.
 */
static int
ydoc_check_utf8(const char *name, const unsigned char *p, size_t len,
    char **cause)
{
	size_t		 i = 0, line = 1, col = 1, n;
	uint32_t	 cp;

	while (i < len) {
		if (p[i] == 0) {
			*cause = ydoc_error_at(name, line, col,
			    _("NUL byte in file"));
			return -1;
		}
		if ((n = utf8_decode((const char *)p + i, len - i, &cp)) == 0) {
			*cause = ydoc_error_at(name, line, col,
			    _("invalid UTF-8 byte sequence (byte 0x%02x)"),
			    p[i]);
			return -1;
		}
		if (cp == '\n') {
			line++;
			col = 1;
		} else
			col++;
		i += n;
	}
	return 0;
}

static int
ydoc_keycmp(const void *a, const void *b)
{
	const struct ynode	*ka = *(struct ynode *const *)a;
	const struct ynode	*kb = *(struct ynode *const *)b;
	int			 c;

	if ((c = strcmp(ka->value, kb->value)) != 0)
		return c;
	if (ka->line != kb->line)
		return ka->line < kb->line ? -1 : 1;
	return ka->col < kb->col ? -1 : ka->col > kb->col;
}

/* Sorting the keys keeps a mapping with many keys from taking quadratic time. */
static int
ydoc_check_duplicates(struct ydoc_reader *r, const struct ynode *m)
{
	struct ynode	**keys;
	size_t		  nkeys = m->nitems / 2, i;
	int		  rc = 0;

	if (nkeys < 2)
		return 0;
	keys = xcalloc(nkeys, sizeof *keys);
	for (i = 0; i < nkeys; i++)
		keys[i] = m->items[2 * i];
	qsort(keys, nkeys, sizeof *keys, ydoc_keycmp);
	for (i = 1; i < nkeys; i++) {
		if (strcmp(keys[i - 1]->value, keys[i]->value) == 0) {
			*r->cause = ydoc_error(r->doc, keys[i],
			    _("duplicate key '%s' (first at line %zu)"),
			    keys[i]->value, keys[i - 1]->line);
			rc = -1;
			break;
		}
	}
	free(keys);
	return rc;
}

/* Attach a finished node to the open container, or make it the root. */
static int
ydoc_attach(struct ydoc_reader *r, struct ynode *n)
{
	struct ynode	*parent;

	if (++r->nodes > YDOC_MAX_NODES) {
		*r->cause = ydoc_error(r->doc, n,
		    _("too many nodes (more than %d)"), YDOC_MAX_NODES);
		ynode_free(n);
		return -1;
	}
	if (r->depth == 0) {
		r->doc->root = n;
		return 0;
	}
	parent = r->stack[r->depth - 1];
	if (parent->type == YNODE_MAPPING && parent->nitems % 2 == 0 &&
	    n->type != YNODE_SCALAR) {
		*r->cause = ydoc_error(r->doc, n,
		    _("a mapping key must be a plain value"));
		ynode_free(n);
		return -1;
	}
	/* Doubling keeps a list of many items from taking quadratic time. */
	if (parent->nitems == parent->room) {
		parent->room = parent->room == 0 ? 4 : parent->room * 2;
		parent->items = xreallocarray(parent->items, parent->room,
		    sizeof *parent->items);
	}
	parent->items[parent->nitems++] = n;
	return 0;
}

static struct ynode *
ydoc_node(enum ynode_type type, const yaml_mark_t *mark)
{
	struct ynode	*n;

	n = xcalloc(1, sizeof *n);
	n->type = type;
	n->line = mark->line + 1;
	n->col = mark->column + 1;
	return n;
}

static int
ydoc_event(struct ydoc_reader *r, yaml_event_t *ev, int *ndocs)
{
	const yaml_mark_t	*mark = &ev->start_mark;
	struct ynode		*n;
	const char		*file = r->doc->file;
	yaml_char_t		*anchor = NULL, *tag = NULL;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++*ndocs > 1) {
			*r->cause = ydoc_error_at(file, mark->line + 1,
			    mark->column + 1,
			    _("more than one document in file"));
			return -1;
		}
		return 0;
	case YAML_ALIAS_EVENT:
		*r->cause = ydoc_error_at(file, mark->line + 1,
		    mark->column + 1, _("aliases are not allowed"));
		return -1;
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		break;
	default:
		break;
	}
	if (anchor != NULL) {
		*r->cause = ydoc_error_at(file, mark->line + 1,
		    mark->column + 1, _("anchors are not allowed"));
		return -1;
	}
	if (tag != NULL) {
		*r->cause = ydoc_error_at(file, mark->line + 1,
		    mark->column + 1, _("tags are not allowed"));
		return -1;
	}

	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		if (ev->data.scalar.length > YDOC_MAX_SCALAR) {
			*r->cause = ydoc_error_at(file, mark->line + 1,
			    mark->column + 1,
			    _("value too long (%zu bytes, at most %d)"),
			    ev->data.scalar.length, YDOC_MAX_SCALAR);
			return -1;
		}
		n = ydoc_node(YNODE_SCALAR, mark);
		n->value = xstrndup((const char *)ev->data.scalar.value,
		    ev->data.scalar.length);
		if (strlen(n->value) != ev->data.scalar.length) {
			*r->cause = ydoc_error(r->doc, n,
			    _("NUL character in value"));
			ynode_free(n);
			return -1;
		}
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		return ydoc_attach(r, n);
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (r->depth >= YDOC_MAX_DEPTH) {
			*r->cause = ydoc_error_at(file, mark->line + 1,
			    mark->column + 1,
			    _("nesting deeper than %d levels"), YDOC_MAX_DEPTH);
			return -1;
		}
		n = ydoc_node(ev->type == YAML_SEQUENCE_START_EVENT ?
		    YNODE_SEQUENCE : YNODE_MAPPING, mark);
		if (ydoc_attach(r, n) != 0)
			return -1;
		r->stack[r->depth++] = n;
		return 0;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		/* libyaml pairs them with starts; the stack does not rely on it. */
		if (r->depth == 0) {
			*r->cause = ydoc_error_at(file, mark->line + 1,
			    mark->column + 1, _("syntax error"));
			return -1;
		}
		n = r->stack[--r->depth];
		if (ev->type == YAML_MAPPING_END_EVENT)
			return ydoc_check_duplicates(r, n);
		return 0;
	default:
		return 0;
	}
}

/*
 * The cause of libyaml's error.  A quote left open is the slip a hand
 * edit makes most, and libyaml finds it late: at the end of the file
 * (the scanner, with the quote's start as its context mark), or, when a
 * later quote closes it, lines further on, where the text after it makes
 * no sense.  So the message names where the quoted text began, the
 * quote the buyer must close; open is that start when the last event was
 * a quoted text over several lines, else NULL.
 */
static char *
ydoc_parse_error(const char *name, const yaml_parser_t *p,
    const yaml_mark_t *open)
{
	if (p->problem == NULL)
		return ydoc_error_at(name, p->problem_mark.line + 1,
		    p->problem_mark.column + 1, "%s", _("syntax error"));
	if (p->error == YAML_SCANNER_ERROR && p->context != NULL &&
	    strstr(p->context, "quoted scalar") != NULL)
		open = &p->context_mark;
	if (open != NULL)
		return ydoc_error_at(name, open->line + 1, open->column + 1,
		    /* TRANSLATORS: %zu:%zu is a line and a column; %s%s%s is libyaml's description of the error, in English. */
		    _("the quoted text that starts here is not closed: its "
		    "closing quote is missing (libyaml, at %zu:%zu: %s%s%s)"),
		    p->problem_mark.line + 1, p->problem_mark.column + 1,
		    p->problem, p->context != NULL ? " " : "",
		    p->context != NULL ? p->context : "");
	return ydoc_error_at(name, p->problem_mark.line + 1,
	    p->problem_mark.column + 1,
	    /* TRANSLATORS: %s%s%s is libyaml's description of the error, in English. */
	    _("not well-formed YAML (libyaml: %s%s%s)"), p->problem,
	    p->context != NULL ? " " : "", p->context != NULL ?
	    p->context : "");
}

int
ydoc_load_buffer(const char *name, const void *buf, size_t len,
    struct ydoc **out, char **cause)
{
	yaml_parser_t		 parser;
	yaml_event_t		 ev;
	yaml_mark_t		 open;
	struct ydoc_reader	 r;
	struct ynode		*stack[YDOC_MAX_DEPTH];
	int			 ndocs = 0, done = 0, rc = -1, quoted = 0;

	*out = NULL;
	if (len > YDOC_MAX_BYTES) {
		*cause = xasprintf(_("%s: file too large (%zu bytes, at most %d)"),
		    name, len, YDOC_MAX_BYTES);
		return -1;
	}
	if (ydoc_check_utf8(name, buf, len, cause) != 0)
		return -1;

	memset(&r, 0, sizeof r);
	r.doc = xcalloc(1, sizeof *r.doc);
	r.doc->file = xstrdup(name);
	r.stack = stack;
	r.cause = cause;

	if (!yaml_parser_initialize(&parser))
		xmalloc_failed();
	yaml_parser_set_input_string(&parser, buf, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			if (parser.error == YAML_MEMORY_ERROR)
				xmalloc_failed();
			/*
			 * libyaml's own words are English: they go inside
			 * a sentence of ours, which the buyer reads in
			 * the interface's language.
			 */
			*cause = ydoc_parse_error(name, &parser, quoted ?
			    &open : NULL);
			goto out;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		quoted = ev.type == YAML_SCALAR_EVENT &&
		    (ev.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
		    ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) &&
		    ev.end_mark.line > ev.start_mark.line;
		open = ev.start_mark;
		if (ydoc_event(&r, &ev, &ndocs) != 0) {
			yaml_event_delete(&ev);
			goto out;
		}
		yaml_event_delete(&ev);
	}
	if (r.doc->root == NULL) {
		*cause = ydoc_error_at(name, 1, 1, _("file is empty"));
		goto out;
	}
	*out = r.doc;
	r.doc = NULL;
	rc = 0;
out:
	/* On error, nodes still open on the stack are owned by the tree. */
	ydoc_free(r.doc);
	yaml_parser_delete(&parser);
	return rc;
}

int
ydoc_load(const char *path, struct ydoc **out, char **cause)
{
	FILE		*f;
	struct stat	 st;
	char		*buf;
	size_t		 len;
	int		 rc;

	*out = NULL;
	if ((f = fopen(path, "rb")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		*cause = xasprintf("%s: %s", path, _("not a regular file"));
		fclose(f);
		return -1;
	}
	if (st.st_size > YDOC_MAX_BYTES) {
		*cause = xasprintf(_("%s: file too large (%lld bytes, at most %d)"),
		    path, (long long)st.st_size, YDOC_MAX_BYTES);
		fclose(f);
		return -1;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	len = fread(buf, 1, (size_t)st.st_size + 1, f);
	if (ferror(f)) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		fclose(f);
		free(buf);
		return -1;
	}
	fclose(f);
	rc = ydoc_load_buffer(path, buf, len, out, cause);
	free(buf);
	return rc;
}

struct ynode *
ynode_key(const struct ynode *m, const char *key)
{
	size_t	i;

	if (m == NULL || m->type != YNODE_MAPPING)
		return NULL;
	for (i = 0; i + 1 < m->nitems; i += 2) {
		if (strcmp(m->items[i]->value, key) == 0)
			return m->items[i];
	}
	return NULL;
}

struct ynode *
ynode_get(const struct ynode *m, const char *key)
{
	size_t	i;

	if (m == NULL || m->type != YNODE_MAPPING)
		return NULL;
	for (i = 0; i + 1 < m->nitems; i += 2) {
		if (strcmp(m->items[i]->value, key) == 0)
			return m->items[i + 1];
	}
	return NULL;
}

static const char *
ydoc_type_name(enum ynode_type t)
{
	switch (t) {
	case YNODE_SCALAR:
		return _("a value");
	case YNODE_SEQUENCE:
		return _("a list");
	case YNODE_MAPPING:
		return _("a mapping");
	}
	return "?";
}

int
ydoc_check_type(const struct ydoc *doc, const struct ynode *n,
    enum ynode_type type, const char *what, char **cause)
{
	if (n->type == type)
		return 0;
	/* TRANSLATORS: "<what> must be <a list>, not <a value>". */
	*cause = ydoc_error(doc, n, _("%s must be %s, not %s"), what,
	    ydoc_type_name(type), ydoc_type_name(n->type));
	return -1;
}

int
ydoc_check_map(const struct ydoc *doc, const struct ynode *n,
    const char *what, const char *const *allowed, const char *const *required,
    char **cause)
{
	size_t			 i;
	const char *const	*a;

	if (ydoc_check_type(doc, n, YNODE_MAPPING, what, cause) != 0)
		return -1;
	for (i = 0; i + 1 < n->nitems; i += 2) {
		for (a = allowed; *a != NULL; a++) {
			if (strcmp(*a, n->items[i]->value) == 0)
				break;
		}
		if (*a == NULL) {
			*cause = ydoc_error(doc, n->items[i],
			    _("unknown key '%s' in %s"), n->items[i]->value,
			    what);
			return -1;
		}
	}
	for (a = required; a != NULL && *a != NULL; a++) {
		if (ynode_get(n, *a) == NULL) {
			*cause = ydoc_error(doc, n, _("%s lacks the key '%s'"),
			    what, *a);
			return -1;
		}
	}
	return 0;
}

int
ydoc_string(const struct ydoc *doc, const struct ynode *n, const char *what,
    const char **out, char **cause)
{
	if (ydoc_check_type(doc, n, YNODE_SCALAR, what, cause) != 0)
		return -1;
	if (*n->value == '\0' || (n->plain && strcmp(n->value, "~") == 0) ||
	    (n->plain && strcmp(n->value, "null") == 0)) {
		*cause = ydoc_error(doc, n, _("%s must not be empty"), what);
		return -1;
	}
	*out = n->value;
	return 0;
}

int
ydoc_bool(const struct ydoc *doc, const struct ynode *n, const char *what,
    int *out, char **cause)
{
	if (ydoc_check_type(doc, n, YNODE_SCALAR, what, cause) != 0)
		return -1;
	if (n->plain && strcmp(n->value, "true") == 0)
		*out = 1;
	else if (n->plain && strcmp(n->value, "false") == 0)
		*out = 0;
	else {
		*cause = ydoc_error(doc, n,
		    _("%s must be true or false, not '%s'"), what, n->value);
		return -1;
	}
	return 0;
}
