/* rules.h: the data that decides optional rows from case facts and ▲ rows from the agency's level, type and system, by version of the regulation. */
/* SPDX-License-Identifier: MIT */
#ifndef RULES_H
#define RULES_H

#include <stddef.h>

#include "catalogue.h"

/* The case facts an answers file states, as yes or no. */
enum context_key {
	CTX_PERSONAL_DATA,
	CTX_CRITICAL_INFRASTRUCTURE,
	CTX_EXTERNAL_SERVICE,
	CTX_CORE_SYSTEM,	/* 屬委託機關之核心資通系統 */
	CTX_LARGE_CONTRACT,	/* 委託金額達新臺幣一千萬元以上 */
	CTX_NATIONAL_SECURITY,	/* 採購涉及國家安全事項 */
	CTX_MOBILE_APP
};
#define CTX_COUNT	7

/* The agencies the 資通安全管理法 binds, as the 114 act names them. */
enum agency_type {
	AGENCY_GOVERNMENT,		/* 公務機關 */
	AGENCY_CI_PROVIDER,		/* 關鍵基礎設施提供者 */
	AGENCY_STATE_ENTERPRISE,	/* 公營事業 */
	AGENCY_FOUNDATION,		/* 特定財團法人 */
	AGENCY_GOVERNMENT_CONTROLLED	/* 受政府控制之事業、團體或機構 */
};
#define AGENCY_TYPES	5

enum level_decision {
	LEVEL_REQUIRED,
	LEVEL_NOT_REQUIRED,
	LEVEL_ASK		/* the regulation is not sure: the answers must say */
};

#define AGENCY_LEVELS	5	/* A to E */

/* Bits of the facts a condition needed and the answers did not give. */
#define MISSING_CONTEXT(k)	(1u << (k))
#define MISSING_AGENCY		(1u << 12)
#define MISSING_LEVEL		(1u << 13)
#define MISSING_TIER		(1u << 14)

/* What a condition is tested against; -1 everywhere means not answered. */
struct rule_facts {
	int		 agency;		/* enum agency_type */
	int		 level;			/* 0..4 for A..E */
	int		 tier;			/* enum tier */
	int		 context[CTX_COUNT];	/* 0 or 1 */
};

/* One alternative of a condition: every part of it must hold. */
struct rule_when {
	unsigned	 agencies;		/* bit per agency type; 0: any */
	unsigned	 levels;		/* bit per level; 0: any */
	unsigned	 tiers;			/* bit per tier; 0: any */
	signed char	 context[CTX_COUNT];	/* -1 any, else must be 0 or 1 */
};

/* A condition holds when one of its alternatives does (none: always). */
struct rule_cond {
	struct rule_when *alts;
	size_t		  nalts;
};

struct rule_decision {
	struct rule_cond	 when;
	enum level_decision	 decision;
	char			*basis;		/* the 附表 and what it says */
	char			*why;		/* for ask: the one-line reason */
	char			*quote;		/* words of the regulation notes it rests on */
};

struct rule_level {
	char			*id;
	char			*title;
	char			**items;
	size_t			 nitems;
	struct rule_decision	*decisions_by;	/* the first that holds decides */
	size_t			 ndecisions;
	/*
	 * What the level alone decides, for callers that know only the
	 * level: LEVEL_ASK where the type of agency or the system matters.
	 */
	enum level_decision	 decisions[AGENCY_LEVELS];
};

/* One text of the regulation: its 令, and the level table it makes. */
struct rule_version {
	char			*id;		/* "115.01.07" */
	int			 in_force;
	int			 answers_v1;	/* answers files of format 1 were made under it */
	struct source		 source;	/* title, issuer, date, the 令 as reference */
	struct rule_level	*levels;
	size_t			 nlevels;
};

/*
 * A row the table's note (說明) ties to a case fact: a ◎ row is adopted
 * when the condition holds; when it fails and leave_out is set, the row
 * (● included) does not apply to the case.
 */
struct rule_trigger {
	char			*id;
	char			**items;
	size_t			 nitems;
	struct rule_cond	 when;
	char			*adopt;		/* the reason when it holds */
	char			*leave_out;	/* the reason when it fails, or NULL */
	char			*quote;
	/*
	 * The regulation's words that put the duty the note states on the
	 * agency itself, or NULL: given, the record lists the duty among the
	 * agency's when the condition holds.
	 */
	char			*duty_quote;
};

/* Something to tell the buyer when a condition holds; it stops nothing. */
struct rule_warning {
	char			*id;
	struct rule_cond	 when;
	char			*text;
	char			*quote;
};

struct rules {
	char			*context_labels[CTX_COUNT];
	struct rule_trigger	*triggers;
	size_t			 ntriggers;
	struct rule_warning	*warnings;
	size_t			 nwarnings;
	struct rule_version	*versions;
	size_t			 nversions;
	const struct rule_version *in_force;
	const struct rule_version *answers_v1;	/* or NULL */
};

/*
 * Load rules.yaml from dir, checking every item id against the catalogue:
 * each version's level rules give every ▲ row one rule that decides it
 * for every agency, level and case fact.  Returns 0, or -1 with *cause
 * "FILE:LINE:COL: message" (caller frees).  Free with rules_free.
 */
int		 rules_load(const char *dir, const struct catalogue *,
		    struct rules **, char **cause);
/* The same from memory; name stands for the file in messages. */
int		 rules_load_buffer(const char *name, const void *, size_t,
		    const struct catalogue *, struct rules **, char **cause);
void		 rules_free(struct rules *);

/*
 * rules_load in two steps, so that rules.yaml is parsed on a thread of its
 * own while the catalogue it is checked against loads: rules_read_start
 * begins reading (in place when no thread starts) and cannot fail;
 * rules_read_finish waits, checks against the catalogue and frees the
 * reading, with rules_load's result.  rules_read_finish(rd, NULL, ...)
 * only waits and frees.
 */
struct rules_reading;
struct rules_reading *rules_read_start(const char *dir);
int		 rules_read_finish(struct rules_reading *,
		    const struct catalogue *, struct rules **, char **cause);

/* The version with the id, or NULL. */
const struct rule_version *rules_version(const struct rules *, const char *id);
/* The level rule of the version in force covering an item, or NULL. */
const struct rule_level *rules_level(const struct rules *, const char *item);
/* The same in a given version. */
const struct rule_level *rules_version_level(const struct rule_version *,
		    const char *item);

/*
 * Whether the condition holds for the facts: 1, 0, or -1 when it depends
 * on facts not answered, whose MISSING_ bits are added to *missing.
 */
int		 rules_cond_eval(const struct rule_cond *,
		    const struct rule_facts *, unsigned *missing);
/*
 * The decision of a level rule for the facts, or NULL when a fact it
 * needs is not answered (its bits added to *missing).
 */
const struct rule_decision *rules_decide(const struct rule_level *,
		    const struct rule_facts *, unsigned *missing);

/* "personal_data" and back (-1 when unknown). */
const char	*context_name(enum context_key);
int		 context_from_name(const char *);
/* "government" and back (-1 when unknown); the 114 act's name in Chinese. */
const char	*agency_type_name(enum agency_type);
int		 agency_type_from_name(const char *);
const char	*agency_type_label(enum agency_type);

#endif /* RULES_H */
