/* yamldoc.h: a YAML file read strictly into a small tree whose nodes know their line and column. */
/* SPDX-License-Identifier: MIT */
#ifndef YAMLDOC_H
#define YAMLDOC_H

#include <stddef.h>

enum ynode_type {
	YNODE_SCALAR,
	YNODE_SEQUENCE,
	YNODE_MAPPING
};

struct ynode {
	enum ynode_type	  type;
	char		 *value;	/* scalar text, NUL-terminated */
	int		  plain;	/* scalar was unquoted */
	struct ynode	**items;	/* sequence items; mapping keys and values alternate */
	size_t		  nitems;
	size_t		  room;		/* items allocated, while reading */
	size_t		  line, col;	/* 1-based position in the file */
};

struct ydoc {
	char		*file;		/* name used in messages */
	struct ynode	*root;
};

/* Limits beyond which a file is refused rather than read. */
#define YDOC_MAX_BYTES		(4 * 1024 * 1024)
#define YDOC_MAX_DEPTH		32
#define YDOC_MAX_SCALAR		(64 * 1024)
#define YDOC_MAX_NODES		262144

/*
 * Read one YAML document from path.  Refuses anchors, aliases, tags, more
 * than one document, duplicate or non-scalar keys, NUL bytes, invalid UTF-8
 * and anything over the limits above.  Returns 0, or -1 with *cause
 * "FILE:LINE:COL: message" (caller frees).  Free the result with ydoc_free.
 */
int		 ydoc_load(const char *path, struct ydoc **, char **cause);
/* The same from memory; name stands for the file in messages. */
int		 ydoc_load_buffer(const char *name, const void *, size_t,
		    struct ydoc **, char **cause);
void		 ydoc_free(struct ydoc *);

/* A message "FILE:LINE:COL: ..." about node n, for the caller to free. */
char		*ydoc_error(const struct ydoc *, const struct ynode *,
		    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The value of key in mapping m, or NULL. */
struct ynode	*ynode_get(const struct ynode *m, const char *key);
/* The key node of key in mapping m (for messages), or NULL. */
struct ynode	*ynode_key(const struct ynode *m, const char *key);

/*
 * Check that n is a mapping whose keys are all in allowed (NULL-terminated)
 * and that every key in required is present.  Returns 0 or -1 with *cause.
 */
int		 ydoc_check_map(const struct ydoc *, const struct ynode *n,
		    const char *what, const char *const *allowed,
		    const char *const *required, char **cause);
/* Check that n is a scalar (or a sequence) and say what was expected. */
int		 ydoc_check_type(const struct ydoc *, const struct ynode *n,
		    enum ynode_type, const char *what, char **cause);
/* A scalar that must not be empty; *out points into the tree. */
int		 ydoc_string(const struct ydoc *, const struct ynode *n,
		    const char *what, const char **out, char **cause);
/* A plain scalar true or false. */
int		 ydoc_bool(const struct ydoc *, const struct ynode *n,
		    const char *what, int *out, char **cause);

#endif /* YAMLDOC_H */
