/* stats.h: the one statistic both bench programs report, the median of their timings. */
/* SPDX-License-Identifier: MIT */
#ifndef STATS_H
#define STATS_H

#include <stddef.h>

/*
 * Sort the n (at least 1) values ascending in place, so that v[0] and
 * v[n - 1] are the least and the greatest, and return their median: the
 * middle value, or the mean of the middle two when n is even.
 */
double	stats_median(double *v, size_t n);

#endif /* STATS_H */
