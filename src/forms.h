/* forms.h: the wizard's steps and input fields, as declared in forms/wizard.yaml. */
/* SPDX-License-Identifier: MIT */
#ifndef FORMS_H
#define FORMS_H

#include <stddef.h>

enum form_kind {
	FORM_TEXT,
	FORM_DATE,
	FORM_CHOICE,
	FORM_YESNO
};

enum form_when {
	WHEN_ALWAYS,
	WHEN_CLOUD,		/* the category may use the joint supply contract */
	WHEN_BY_LEVEL		/* the category has ▲ rows at the chosen tier */
};

/* Strings are English messages, translated when drawn. */
struct form_choice {
	char		*value;
	char		*label;		/* or NULL: the wizard names it */
	char		*help;
};

struct form_field {
	char			*id;	/* what of the answers it edits */
	enum form_kind		 kind;
	char			*label;
	char			*help;
	int			 width;	/* most display columns of a text */
	int			 required;
	enum form_when		 when;
	char			*feeds;	/* id of the field it feeds, or NULL */
	const struct form_choice *choices;	/* owned by the forms */
	size_t			 nchoices;
};

struct form_step {
	char			*id;
	char			*title;
	char			*help;
	struct form_field	*fields;
	size_t			 nfields;
};

struct form_set {
	char			*name;
	struct form_choice	*choices;
	size_t			 nchoices;
};

struct forms {
	struct form_step	*steps;
	size_t			 nsteps;
	struct form_set		*sets;	/* named sets and each inline list */
	size_t			 nsets;
};

/*
 * Load the wizard's forms from path.  Step ids and field ids must be ones
 * the wizard knows (see forms.c), each once; the tier, the impact ratings,
 * the level and the route are choice fields offering only values an answers
 * file may hold.  Returns 0, or -1 with *cause "FILE:LINE:COL: message"
 * (caller frees).  Free with forms_free.
 */
int		 forms_load(const char *path, struct forms **, char **cause);
/* The same from memory; name stands for the file in messages. */
int		 forms_load_buffer(const char *name, const void *, size_t,
		    struct forms **, char **cause);
void		 forms_free(struct forms *);

/* The position of s in names, a list that ends with NULL, or -1. */
int		 forms_index(const char *const *names, const char *s);

/* The step or field with the id, or NULL. */
const struct form_step	*forms_step(const struct forms *, const char *id);
const struct form_field	*forms_field(const struct form_step *, const char *id);
/*
 * The label of the first field with the id, of any step, in the UI's
 * language; NULL when no field has it.
 */
const char	*forms_label(const struct forms *, const char *id);
/* The choice with the value, or NULL. */
const struct form_choice *forms_choice(const struct form_field *,
		    const char *value);

/*
 * Call fn with every translatable string of the forms, so that a test can
 * check that each has a translation.
 */
void		 forms_strings(const struct forms *,
		    void (*fn)(const char *, void *), void *arg);

#endif /* FORMS_H */
