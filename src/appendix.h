/* appendix.h: the tender appendix and the clause checklist as reports to typeset. */
#ifndef APPENDIX_H
#define APPENDIX_H

#include <time.h>

#include "answers.h"
#include "catalogue.h"
#include "report.h"
#include "resolve.h"

/*
 * The appendix 「附件：資通安全要求」: case header, source citation, legend,
 * the adopted clauses as a numbered table, the joint-supply-contract checks
 * where that is the route, and the annex of reasons.  The resolution must
 * have no problems.  fingerprint is printed in every footer.  Free the
 * result with report_free.
 */
struct report	*appendix_report(const struct catalogue *, const struct answers *,
		    const struct resolution *, const char *fingerprint,
		    time_t created);

/* The checklist 「檢核表」 of the same rows, with boxes and sign-off lines. */
struct report	*checklist_report(const struct catalogue *,
		    const struct answers *, const struct resolution *,
		    const char *fingerprint, time_t created);

/* The checklist table's columns; the line-breaking fuzz harness uses them too. */
#define CHECKLIST_NCOLUMNS	6
extern const struct report_column checklist_columns[CHECKLIST_NCOLUMNS];

/*
 * A report titled title, with the subject 「案名（採購類型）what」, the
 * footer (catalogue version and short fingerprint) and the case facts that
 * both documents open with.  Free with report_free.
 */
struct report	*appendix_open(const struct catalogue *,
		    const struct answers *, const struct category *,
		    const char *title, const char *what,
		    const char *fingerprint, time_t created);

#endif /* APPENDIX_H */
