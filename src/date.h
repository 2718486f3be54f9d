/* date.h: calendar dates as the answers file keeps them (ISO) and as Taiwanese documents print and officers type them (ROC). */
/* SPDX-License-Identifier: MIT */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>

/* Whether s is a calendar date YYYY-MM-DD that exists. */
int	 date_valid_iso(const char *s);

/*
 * Read a date as an officer types it: ISO 2026-12-01 (or 2026/12/01), or
 * ROC 115/12/01, 115.12.01, 115-12-01, 115年12月1日, 民國115年12月1日,
 * 中華民国 forms included, with ASCII or full-width digits.  Writes the ISO
 * form into iso (11 bytes) and returns 0, or returns -1 when s is no date
 * that exists.
 */
int	 date_parse(const char *s, char iso[11]);

/*
 * The ROC form of an ISO date: 中華民國115年12月1日.  Returns 0, or -1 when
 * iso is not a valid date (out is then empty).  out must hold at least
 * DATE_ROC_MAX bytes.
 */
#define DATE_ROC_MAX	64
int	 date_roc(const char *iso, char *out, size_t size);

#endif /* DATE_H */
