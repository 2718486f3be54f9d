/* catalogue.h: the official table of clauses, its categories and blanks, and the joint-supply-contract checks. */
/* SPDX-License-Identifier: MIT */
#ifndef CATALOGUE_H
#define CATALOGUE_H

#include <stddef.h>
#include <stdio.h>

enum mark {
	MARK_REQUIRED,		/* ● 建議辦理 */
	MARK_OPTIONAL,		/* ◎ 經機關評估個案有必要辦理時 */
	MARK_BY_LEVEL,		/* ▲ 依委託機關資通安全責任等級辦理 */
	MARK_NONE		/* - */
};
#define MARK_COUNT	4

enum tier {
	TIER_HIGH,		/* 高 */
	TIER_MEDIUM,		/* 中 */
	TIER_LOW		/* 普 */
};
#define TIER_COUNT	3

enum blank_kind {
	BLANK_TIER,		/* filled from the system's protection tier */
	BLANK_TEXT		/* filled by the user, maybe with a default */
};

struct blank_def {
	char		*id;
	enum blank_kind	 kind;
	char		*label;
	char		*def;		/* default value, or NULL */
};

struct clause {
	char		*id;
	char		*group;		/* 項目 */
	char		*text;		/* 子項, verbatim, blanks as underscores */
	enum mark	 marks[TIER_COUNT];
	char		*note;		/* 說明, or NULL */
	size_t		*blanks;	/* indices into catalogue blanks, one per run of underscores in text then note */
	size_t		 nblanks;
};

struct category {
	char		*id;
	char		*name;
	int		 cloud;		/* may be bought through the joint supply contract */
	char		**notes;
	size_t		 nnotes;
	struct clause	*clauses;
	size_t		 nclauses;
};

struct legend {
	char		*symbol;
	char		*text;
};

/* Whose check a joint-supply-contract item is, so documents list them apart. */
enum jsc_party {
	JSC_VENDOR,		/* the vendor's (立約商 or 原廠) to meet and prove */
	JSC_AGENCY,		/* the ordering agency's own duty or confirmation */
	JSC_INFORMATION		/* for information: no one checks it */
};
#define JSC_PARTY_COUNT	3

struct jsc_requirement {
	char		*id;
	char		*kind;		/* listing, eligibility, certificate, test, clause, schedule */
	enum jsc_party	 party;
	char		*effective;	/* since when (and until when) it applies, as the slides date it */
	char		*title;
	char		*text;
	char		**applies_to;	/* category ids */
	size_t		 napplies;
};

struct source {
	char		*title;
	char		*issuer;
	char		*date;		/* ISO 8601 */
	char		*date_roc;	/* 民國 date as printed */
	char		*reference;
	char		*version;	/* the catalogue's own version */
};

struct catalogue {
	struct source		 source;
	struct legend		 legend[MARK_COUNT];	/* indexed by enum mark */
	struct blank_def	*blanks;
	size_t			 nblanks;
	struct category		*categories;
	size_t			 ncategories;

	struct source		 jsc_source;		/* the joint supply contract's */
	struct jsc_requirement	*jsc;
	size_t			 njsc;
};

/*
 * Load catalogue.yaml and joint-supply.yaml from dir.  Returns 0, or -1 with
 * *cause "FILE:LINE:COL: message" (caller frees).  Free with catalogue_free.
 */
int		 catalogue_load(const char *dir, struct catalogue **, char **cause);
/* Load only the clause table from one file; the joint-supply part stays empty. */
int		 catalogue_load_file(const char *path, struct catalogue **,
		    char **cause);
/* The same from memory; name stands for the file in messages. */
int		 catalogue_load_buffer(const char *name, const void *, size_t,
		    struct catalogue **, char **cause);
/*
 * Load the joint-supply checks from memory into cat, whose categories they
 * name, replacing any it had; name stands for the file in messages.
 * Returns 0, or -1 with *cause (caller frees) and cat left with no checks.
 */
int		 catalogue_load_jsc_buffer(const char *name, const void *,
		    size_t, struct catalogue *, char **cause);
void		 catalogue_free(struct catalogue *);

struct category	*catalogue_category(const struct catalogue *, const char *id);
/*
 * The categories' ids, "saas-packaged, saas-office, ...", for a message
 * that names the ids there are (caller frees).
 */
char		*catalogue_category_ids(const struct catalogue *);
struct clause	*catalogue_clause(const struct category *, const char *id);
/* An item of any category, as the rules name rows of many. */
const struct clause *catalogue_find_clause(const struct catalogue *,
		    const char *id);
/* Whether a joint-supply-contract check applies to the category id. */
int		 catalogue_jsc_applies(const struct jsc_requirement *,
		    const char *category);
const struct blank_def *catalogue_blank(const struct catalogue *, const char *id);

struct ydoc;
struct ynode;
/* Read a source: mapping (full: with dates) into src; 0 or -1 with *cause. */
int		 catalogue_load_source(const struct ydoc *, const struct ynode *,
		    struct source *src, int full, char **cause);
/* Free the strings of src, not src itself. */
void		 catalogue_free_source(struct source *src);

/* Names used in files: "required", "high", "tier" and back; -1 if unknown. */
const char	*mark_name(enum mark);
int		 mark_from_name(const char *);
const char	*tier_name(enum tier);
int		 tier_from_name(const char *);	/* also accepts 高, 中, 普 */
const char	*tier_label(enum tier);		/* 高, 中, 普 */
const char	*jsc_party_name(enum jsc_party);	/* "vendor", ... */
int		 jsc_party_from_name(const char *);

/*
 * Emit the catalogue (or only the category with id only, when non-NULL) as
 * YAML that catalogue_load_file reads back into an equal catalogue.
 * Returns 0, or -1 with *cause.
 */
int		 catalogue_emit(const struct catalogue *, const char *only,
		    FILE *, char **cause);

#endif /* CATALOGUE_H */
