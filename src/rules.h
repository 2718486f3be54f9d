/* rules.h: the data that decides optional rows from context answers and ▲ rows from the agency's level. */
#ifndef RULES_H
#define RULES_H

#include <stddef.h>

#include "catalogue.h"

enum context_key {
	CTX_PERSONAL_DATA,
	CTX_CRITICAL_INFRASTRUCTURE,
	CTX_EXTERNAL_SERVICE,
	CTX_CORE_SYSTEM,
	CTX_MOBILE_APP
};
#define CTX_COUNT	5

enum level_decision {
	LEVEL_REQUIRED,
	LEVEL_NOT_REQUIRED,
	LEVEL_ASK		/* the table cannot say: the answers must */
};

#define AGENCY_LEVELS	5	/* A to E */

struct rule_context {
	char		*label;
	char		**items;
	size_t		 nitems;
};

struct rule_level {
	char			*id;
	char			*title;
	char			*basis;		/* the regulation's words */
	char			**items;
	size_t			 nitems;
	enum level_decision	 decisions[AGENCY_LEVELS];
};

struct rules {
	struct source		 source;
	struct rule_context	 context[CTX_COUNT];
	struct rule_level	*levels;
	size_t			 nlevels;
};

/*
 * Load rules.yaml from dir, checking every item id against the catalogue
 * (level rows must be ▲ rows).  Returns 0, or -1 with *cause
 * "FILE:LINE:COL: message" (caller frees).  Free with rules_free.
 */
int		 rules_load(const char *dir, const struct catalogue *,
		    struct rules **, char **cause);
/* The same from memory; name stands for the file in messages. */
int		 rules_load_buffer(const char *name, const void *, size_t,
		    const struct catalogue *, struct rules **, char **cause);
void		 rules_free(struct rules *);

/* The level rule covering an item, or NULL. */
const struct rule_level *rules_level(const struct rules *, const char *item);
/* Whether a yes to the context question adopts the item. */
int		 rules_context_adopts(const struct rules *, enum context_key,
		    const char *item);

/* "personal_data" and back (-1 when unknown). */
const char	*context_name(enum context_key);
int		 context_from_name(const char *);

#endif /* RULES_H */
