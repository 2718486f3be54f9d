/* stats.c: the median of a bench program's timings. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>

#include "stats.h"

static int
stats_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

double
stats_median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, stats_cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
