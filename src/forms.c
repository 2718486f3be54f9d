/* forms.c: loading forms/wizard.yaml, the declarative description of the wizard's screens. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "forms.h"
#include "i18n.h"
#include "xmalloc.h"
#include "yamldoc.h"

/* The screens the wizard has, in the order they are usually walked. */
static const char *const forms_step_ids[] = {
	"start", "case", "category", "tier", "level", "context", "clauses",
	"blanks", "review", NULL
};
/* What fields may edit: the answers' facts and the tier helper's ratings. */
static const char *const forms_field_ids[] = {
	"agency", "name", "number", "date", "method", "category", "route",
	"tier",
	"level", "agency_type", "impact-confidentiality", "impact-integrity",
	"impact-availability", "impact-legal", "personal_data",
	"critical_infrastructure", "external_service", "core_system",
	"large_contract", "national_security", "mobile_app", NULL
};
static const char *const forms_kinds[] = {
	"text", "date", "choice", "yesno", NULL
};
static const char *const forms_whens[] = {
	"always", "cloud", "by-level", NULL
};
/* The fixed sets some fields take, spelt as answers files spell them. */
static const char *const forms_tiers[] = { "high", "medium", "low", NULL };
static const char *const forms_levels[] = { "A", "B", "C", "D", "E", NULL };
static const char *const forms_routes[] = {
	"tender", "joint-supply-contract", NULL
};
static const char *const forms_methods[] = {
	"open-tender", "selective-tender", "limited-tender", "public-quotation",
	"small-purchase", NULL
};
static const char *const forms_agency_types[] = {
	"government", "ci-provider", "state-enterprise", "foundation",
	"government-controlled", NULL
};

int
forms_index(const char *const *names, const char *s)
{
	int	i;

	for (i = 0; names[i] != NULL; i++) {
		if (strcmp(names[i], s) == 0)
			return i;
	}
	return -1;
}

/* The set of values a field takes, or NULL when it takes any. */
static const char *const *
forms_fixed(const char *id)
{
	if (strcmp(id, "tier") == 0 || strncmp(id, "impact-", 7) == 0)
		return forms_tiers;
	if (strcmp(id, "level") == 0)
		return forms_levels;
	if (strcmp(id, "route") == 0)
		return forms_routes;
	if (strcmp(id, "method") == 0)
		return forms_methods;
	if (strcmp(id, "agency_type") == 0)
		return forms_agency_types;
	return NULL;
}

static void
forms_free_choices(struct form_choice *c, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(c[i].value);
		free(c[i].label);
		free(c[i].help);
	}
	free(c);
}

void
forms_free(struct forms *f)
{
	size_t	i, j;

	if (f == NULL)
		return;
	for (i = 0; i < f->nsteps; i++) {
		for (j = 0; j < f->steps[i].nfields; j++) {
			free(f->steps[i].fields[j].id);
			free(f->steps[i].fields[j].label);
			free(f->steps[i].fields[j].help);
			free(f->steps[i].fields[j].feeds);
		}
		free(f->steps[i].fields);
		free(f->steps[i].id);
		free(f->steps[i].title);
		free(f->steps[i].help);
	}
	free(f->steps);
	for (i = 0; i < f->nsets; i++) {
		free(f->sets[i].name);
		forms_free_choices(f->sets[i].choices, f->sets[i].nchoices);
	}
	free(f->sets);
	free(f);
}

/* An optional string under key, copied into *out. */
static int
forms_opt(const struct ydoc *doc, const struct ynode *m, const char *key,
    char **out, char **cause)
{
	const struct ynode	*v;
	const char		*s;

	if ((v = ynode_get(m, key)) == NULL)
		return 0;
	if (ydoc_string(doc, v, key, &s, cause) != 0)
		return -1;
	*out = xstrdup(s);
	return 0;
}

/* A list of choices into a new set named name. */
static int
forms_load_set(const struct ydoc *doc, const struct ynode *n,
    const char *name, struct forms *f, char **cause)
{
	static const char *const keys[] = { "value", "label", "help", NULL };
	static const char *const req[] = { "value", "help", NULL };
	struct form_set		*set;
	const struct ynode	*e;
	size_t			 i, j;

	if (ydoc_check_type(doc, n, YNODE_SEQUENCE, "choices", cause) != 0)
		return -1;
	if (n->nitems == 0) {
		*cause = ydoc_error(doc, n, _("a choice field needs at least "
		    "one choice"));
		return -1;
	}
	f->sets = xreallocarray(f->sets, f->nsets + 1, sizeof *f->sets);
	set = &f->sets[f->nsets++];
	set->name = xstrdup(name);
	set->choices = xcalloc(n->nitems, sizeof *set->choices);
	set->nchoices = 0;
	for (i = 0; i < n->nitems; i++) {
		e = n->items[i];
		if (ydoc_check_map(doc, e, "choice", keys, req, cause) != 0)
			return -1;
		if (forms_opt(doc, e, "value", &set->choices[i].value,
		    cause) != 0)
			return -1;
		set->nchoices++;
		if (forms_opt(doc, e, "label", &set->choices[i].label,
		    cause) != 0 ||
		    forms_opt(doc, e, "help", &set->choices[i].help,
		    cause) != 0)
			return -1;
		for (j = 0; j < i; j++) {
			if (strcmp(set->choices[j].value,
			    set->choices[i].value) == 0) {
				*cause = ydoc_error(doc, ynode_get(e, "value"),
				    _("choice '%s' is listed twice"),
				    set->choices[i].value);
				return -1;
			}
		}
	}
	return 0;
}

static const struct form_set *
forms_set(const struct forms *f, const char *name)
{
	size_t	i;

	for (i = 0; i < f->nsets; i++) {
		if (strcmp(f->sets[i].name, name) == 0)
			return &f->sets[i];
	}
	return NULL;
}

/*
 * The wizard stores a choice in the answers as it stands (a level as its
 * letter's distance from A), so a field of a fixed set offers no other
 * value; v is the field's choices, a list or a set's name.
 */
static int
forms_check_fixed(const struct ydoc *doc, const struct ynode *v,
    const struct form_field *fl, char **cause)
{
	const char *const	*values = forms_fixed(fl->id);
	const struct ynode	*n;
	const char		*s;
	size_t			 c;

	for (c = 0; values != NULL && c < fl->nchoices; c++) {
		s = fl->choices[c].value;
		if (forms_index(values, s) != -1)
			continue;
		n = v->type == YNODE_SEQUENCE ? ynode_get(v->items[c], "value") :
		    v;
		if (values == forms_tiers)
			*cause = ydoc_error(doc, n, _("choice '%s' is not a tier "
			    "(want high, medium or low)"), s);
		else if (values == forms_levels)
			*cause = ydoc_error(doc, n, _("choice '%s' is not an "
			    "agency level (want A, B, C, D or E)"), s);
		else if (values == forms_agency_types)
			*cause = ydoc_error(doc, n, _("choice '%s' is not an "
			    "agency type (want government, ci-provider, "
			    "state-enterprise, foundation or "
			    "government-controlled)"), s);
		else
			*cause = ydoc_error(doc, n, _("choice '%s' is not a "
			    "route (want tender or joint-supply-contract)"), s);
		return -1;
	}
	return 0;
}

static int
forms_load_field(const struct ydoc *doc, const struct ynode *e,
    struct forms *f, struct form_step *step, char **cause)
{
	static const char *const keys[] = {
		"id", "kind", "label", "help", "width", "required", "when",
		"feeds", "choices", NULL
	};
	static const char *const req[] = { "id", "kind", "label", "help", NULL };
	struct form_field	*fl = &step->fields[step->nfields];
	const struct form_set	*set;
	const struct ynode	*v;
	const char		*s;
	char			*end, *setname;
	long			 w;
	int			 k;

	if (ydoc_check_map(doc, e, "field", keys, req, cause) != 0)
		return -1;
	v = ynode_get(e, "id");
	if (ydoc_string(doc, v, "id", &s, cause) != 0)
		return -1;
	if (forms_index(forms_field_ids, s) == -1) {
		*cause = ydoc_error(doc, v, _("unknown field '%s'"), s);
		return -1;
	}
	fl->id = xstrdup(s);
	step->nfields++;
	v = ynode_get(e, "kind");
	if (ydoc_string(doc, v, "kind", &s, cause) != 0)
		return -1;
	if ((k = forms_index(forms_kinds, s)) == -1) {
		*cause = ydoc_error(doc, v, _("unknown field kind '%s' (want "
		    "text, date, choice or yesno)"), s);
		return -1;
	}
	fl->kind = (enum form_kind)k;
	if (forms_fixed(fl->id) != NULL && fl->kind != FORM_CHOICE) {
		*cause = ydoc_error(doc, v, _("field '%s' takes one of a fixed "
		    "set of values, so its kind is choice"), fl->id);
		return -1;
	}
	if (forms_opt(doc, e, "label", &fl->label, cause) != 0 ||
	    forms_opt(doc, e, "help", &fl->help, cause) != 0 ||
	    forms_opt(doc, e, "feeds", &fl->feeds, cause) != 0)
		return -1;
	fl->width = 60;
	if ((v = ynode_get(e, "width")) != NULL) {
		if (ydoc_string(doc, v, "width", &s, cause) != 0)
			return -1;
		w = strtol(s, &end, 10);
		if (*end != '\0' || w < 1 || w > 200) {
			*cause = ydoc_error(doc, v, _("width '%s' is not a "
			    "number from 1 to 200"), s);
			return -1;
		}
		fl->width = (int)w;
	}
	/* The wizard takes no case fact that an answers file refuses. */
	if (fl->kind == FORM_TEXT && answers_case_width(fl->id) > 0) {
		if (v == NULL)
			fl->width = answers_case_width(fl->id);
		else if (fl->width > answers_case_width(fl->id)) {
			*cause = ydoc_error(doc, v, _("width of '%s' is more "
			    "than the %d columns an answers file holds"),
			    fl->id, answers_case_width(fl->id));
			return -1;
		}
	}
	if ((v = ynode_get(e, "required")) != NULL &&
	    ydoc_bool(doc, v, "required", &fl->required, cause) != 0)
		return -1;
	if ((v = ynode_get(e, "when")) != NULL) {
		if (ydoc_string(doc, v, "when", &s, cause) != 0)
			return -1;
		if ((k = forms_index(forms_whens, s)) == -1) {
			*cause = ydoc_error(doc, v, _("unknown condition '%s' "
			    "(want always, cloud or by-level)"), s);
			return -1;
		}
		fl->when = (enum form_when)k;
	}
	v = ynode_get(e, "choices");
	if (fl->kind != FORM_CHOICE) {
		if (v != NULL) {
			*cause = ydoc_error(doc, v, _("only a choice field has "
			    "choices"));
			return -1;
		}
		return 0;
	}
	if (v == NULL) {
		*cause = ydoc_error(doc, e, _("choice field '%s' has no "
		    "choices"), fl->id);
		return -1;
	}
	if (v->type == YNODE_SCALAR) {
		if ((set = forms_set(f, v->value)) == NULL) {
			*cause = ydoc_error(doc, v, _("unknown choice set "
			    "'%s'"), v->value);
			return -1;
		}
	} else {
		setname = xasprintf("%s/%s", step->id, fl->id);
		k = forms_load_set(doc, v, setname, f, cause);
		free(setname);
		if (k != 0)
			return -1;
		set = &f->sets[f->nsets - 1];
	}
	fl->choices = set->choices;
	fl->nchoices = set->nchoices;
	return forms_check_fixed(doc, v, fl, cause);
}

/* The sets are read first and never move after, as fields point into them. */
static int
forms_load_sets(const struct ydoc *doc, const struct ynode *root,
    struct forms *f, char **cause)
{
	const struct ynode	*sets, *steps, *st, *fields, *v;
	size_t			 n = 0, i, j;

	sets = ynode_get(root, "choice-sets");
	if (sets != NULL && ydoc_check_type(doc, sets, YNODE_MAPPING,
	    "choice-sets", cause) != 0)
		return -1;
	/* Reserve room for every list, named or inline, so none moves. */
	if (sets != NULL)
		n += sets->nitems / 2;
	steps = ynode_get(root, "steps");
	for (i = 0; steps->type == YNODE_SEQUENCE && i < steps->nitems; i++) {
		st = steps->items[i];
		if (st->type != YNODE_MAPPING ||
		    (fields = ynode_get(st, "fields")) == NULL ||
		    fields->type != YNODE_SEQUENCE)
			continue;
		for (j = 0; j < fields->nitems; j++) {
			if (fields->items[j]->type == YNODE_MAPPING &&
			    (v = ynode_get(fields->items[j], "choices")) !=
			    NULL && v->type == YNODE_SEQUENCE)
				n++;
		}
	}
	f->sets = xcalloc(n + 1, sizeof *f->sets);
	for (i = 0; sets != NULL && i + 1 < sets->nitems; i += 2) {
		if (forms_load_set(doc, sets->items[i + 1],
		    sets->items[i]->value, f, cause) != 0)
			return -1;
	}
	return 0;
}

static int
forms_load_doc(const struct ydoc *doc, struct forms *f, char **cause)
{
	static const char *const keys[] = {
		"version", "choice-sets", "steps", NULL
	};
	static const char *const req[] = { "version", "steps", NULL };
	static const char *const skeys[] = {
		"id", "title", "help", "fields", NULL
	};
	static const char *const sreq[] = { "id", "title", "help", NULL };
	const struct ynode	*root = doc->root, *steps, *st, *v, *fields;
	struct form_step	*step;
	const char		*s;
	size_t			 i, j;

	if (ydoc_check_map(doc, root, "forms", keys, req, cause) != 0)
		return -1;
	v = ynode_get(root, "version");
	if (ydoc_string(doc, v, "version", &s, cause) != 0)
		return -1;
	if (strcmp(s, "1") != 0) {
		*cause = ydoc_error(doc, v, _("unsupported forms version "
		    "'%s'"), s);
		return -1;
	}
	steps = ynode_get(root, "steps");
	if (ydoc_check_type(doc, steps, YNODE_SEQUENCE, "steps", cause) != 0 ||
	    forms_load_sets(doc, root, f, cause) != 0)
		return -1;
	f->steps = xcalloc(steps->nitems + 1, sizeof *f->steps);
	for (i = 0; i < steps->nitems; i++) {
		st = steps->items[i];
		if (ydoc_check_map(doc, st, "step", skeys, sreq, cause) != 0)
			return -1;
		v = ynode_get(st, "id");
		if (ydoc_string(doc, v, "id", &s, cause) != 0)
			return -1;
		if (forms_index(forms_step_ids, s) == -1) {
			*cause = ydoc_error(doc, v, _("unknown step '%s'"), s);
			return -1;
		}
		if (forms_step(f, s) != NULL) {
			*cause = ydoc_error(doc, v, _("step '%s' is listed "
			    "twice"), s);
			return -1;
		}
		step = &f->steps[f->nsteps++];
		step->id = xstrdup(s);
		if (forms_opt(doc, st, "title", &step->title, cause) != 0 ||
		    forms_opt(doc, st, "help", &step->help, cause) != 0)
			return -1;
		if ((fields = ynode_get(st, "fields")) == NULL)
			continue;
		if (ydoc_check_type(doc, fields, YNODE_SEQUENCE, "fields",
		    cause) != 0)
			return -1;
		step->fields = xcalloc(fields->nitems + 1,
		    sizeof *step->fields);
		for (j = 0; j < fields->nitems; j++) {
			if (forms_load_field(doc, fields->items[j], f, step,
			    cause) != 0)
				return -1;
			if (forms_field(step, step->fields[j].id) !=
			    &step->fields[j]) {
				*cause = ydoc_error(doc, fields->items[j],
				    _("field '%s' is listed twice"),
				    step->fields[j].id);
				return -1;
			}
		}
	}
	for (i = 0; forms_step_ids[i] != NULL; i++) {
		if (forms_step(f, forms_step_ids[i]) == NULL) {
			*cause = ydoc_error(doc, steps, _("step '%s' is "
			    "missing"), forms_step_ids[i]);
			return -1;
		}
	}
	return 0;
}

/* Read the forms from a loaded document; the document is freed. */
static int
forms_from_doc(struct ydoc *doc, struct forms **out, char **cause)
{
	struct forms	*f;

	f = xcalloc(1, sizeof *f);
	if (forms_load_doc(doc, f, cause) != 0) {
		forms_free(f);
		ydoc_free(doc);
		return -1;
	}
	ydoc_free(doc);
	*out = f;
	return 0;
}

int
forms_load(const char *path, struct forms **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load(path, &doc, cause) != 0)
		return -1;
	return forms_from_doc(doc, out, cause);
}

int
forms_load_buffer(const char *name, const void *buf, size_t len,
    struct forms **out, char **cause)
{
	struct ydoc	*doc;

	*out = NULL;
	*cause = NULL;
	if (ydoc_load_buffer(name, buf, len, &doc, cause) != 0)
		return -1;
	return forms_from_doc(doc, out, cause);
}

const struct form_step *
forms_step(const struct forms *f, const char *id)
{
	size_t	i;

	for (i = 0; i < f->nsteps; i++) {
		if (strcmp(f->steps[i].id, id) == 0)
			return &f->steps[i];
	}
	return NULL;
}

const struct form_field *
forms_field(const struct form_step *st, const char *id)
{
	size_t	i;

	for (i = 0; i < st->nfields; i++) {
		if (strcmp(st->fields[i].id, id) == 0)
			return &st->fields[i];
	}
	return NULL;
}

const char *
forms_label(const struct forms *f, const char *id)
{
	const struct form_field	*fl;
	size_t			 i;

	for (i = 0; i < f->nsteps; i++) {
		if ((fl = forms_field(&f->steps[i], id)) != NULL &&
		    fl->label != NULL)
			return _(fl->label);
	}
	return NULL;
}

const struct form_choice *
forms_choice(const struct form_field *fl, const char *value)
{
	size_t	i;

	for (i = 0; value != NULL && i < fl->nchoices; i++) {
		if (strcmp(fl->choices[i].value, value) == 0)
			return &fl->choices[i];
	}
	return NULL;
}

void
forms_strings(const struct forms *f, void (*fn)(const char *, void *),
    void *arg)
{
	const struct form_step	*st;
	size_t			 i, j;

	for (i = 0; i < f->nsteps; i++) {
		st = &f->steps[i];
		fn(st->title, arg);
		fn(st->help, arg);
		for (j = 0; j < st->nfields; j++) {
			fn(st->fields[j].label, arg);
			fn(st->fields[j].help, arg);
		}
	}
	for (i = 0; i < f->nsets; i++) {
		for (j = 0; j < f->sets[i].nchoices; j++) {
			if (f->sets[i].choices[j].label != NULL)
				fn(f->sets[i].choices[j].label, arg);
			fn(f->sets[i].choices[j].help, arg);
		}
	}
}
