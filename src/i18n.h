/* i18n.h: the one place that defines _() and N_(). */
/* SPDX-License-Identifier: MIT */
#ifndef I18N_H
#define I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)

#endif /* I18N_H */
