/* appendix.h: the three documents of a procurement (appendix, checklist, record) as reports to typeset. */
/* SPDX-License-Identifier: MIT */
#ifndef APPENDIX_H
#define APPENDIX_H

#include <stddef.h>
#include <time.h>

#include "answers.h"
#include "catalogue.h"
#include "report.h"
#include "resolve.h"
#include "rules.h"

/*
 * The appendix for bidders, 「附件：資通安全要求」 (the label from the
 * answers' attachment, 附件 by default): case header, a sentence that the
 * items are this procurement's requirements, the adopted clauses as a
 * numbered table, and for the joint supply contract the vendor's checks,
 * numbered on.  No legend, marks or ids.  The resolution must have no
 * problems.  fingerprint is the 文件識別碼 of the metadata.  Free the
 * result with report_free.
 */
struct report	*appendix_report(const struct catalogue *, const struct answers *,
		    const struct resolution *, const char *fingerprint,
		    time_t created);

/*
 * The checklist 「資通安全要求檢核表」 for the vendor's self-assessment and
 * the agency's review: the appendix's items under the same numbers, each
 * with boxes, room for evidence and remarks, the vendor's particulars,
 * seal boxes and sign-off.  Free with report_free.
 */
struct report	*checklist_report(const struct catalogue *,
		    const struct answers *, const struct resolution *,
		    const char *fingerprint, time_t created);

/*
 * The record 「資通安全條款擬定紀錄」 for the agency's file: every row of
 * the category at the tier with its mark, decision, reason and basis, the
 * legend and notes, the agency's own duties, the versions of the
 * catalogue and of the rules the answers were resolved under (and the
 * version of rules in force where that differs; rules may be NULL), the
 * 文件識別碼 and sign-off.  Free with report_free.
 */
struct report	*record_report(const struct catalogue *, const struct rules *,
		    const struct answers *, const struct resolution *,
		    const char *fingerprint, time_t created);

/* The checklist table's columns; the line-breaking fuzz harness uses them too. */
#define CHECKLIST_NCOLUMNS	6
extern const struct report_column checklist_columns[CHECKLIST_NCOLUMNS];

/*
 * A report titled title with the label (or NULL), the subject
 * 「案名（採購類型）title」, the running header 「案號　案名」, the
 * identifier, and the case facts that every document opens with (dates
 * as ROC dates).  Free with report_free.
 */
struct report	*appendix_open(const struct answers *, const struct category *,
		    const char *label, const char *title,
		    const char *fingerprint, time_t created);

/*
 * The numbers the appendix gives: *n adopted rows, then the vendor's
 * joint-supply checks.  Returns the adopted rows' number for row i of
 * the resolution, or 0 when it is not adopted.
 */
size_t		 appendix_number(const struct resolution *, size_t i);

/* The ROC form of the answers' date, or the text as given (caller frees). */
char		*appendix_date(const struct answers *);

#endif /* APPENDIX_H */
