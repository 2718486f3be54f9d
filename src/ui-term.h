/* ui-term.h: the terminal under the wizard: curses started and ended, keys read as commands. */
/* SPDX-License-Identifier: MIT */
#ifndef UI_TERM_H
#define UI_TERM_H

#include "ui-screen.h"

/* Start curses and the signal handlers; 0, or -1 when the terminal cannot start. */
int		 ui_term_start(struct ui *);
/* Give the terminal back; safe to call twice. */
void		 ui_term_stop(void);
/*
 * Wait for a key and say what it means.  A signal keeps the draft and
 * leaves; a terminal below 80x24 shows the enlarge screen first.
 */
void		 ui_term_read(struct ui *, struct ui_key *);

#endif /* UI_TERM_H */
