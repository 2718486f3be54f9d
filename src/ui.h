/* ui.h: the wizard: running it, and the step loop's services to the screens (messages, leaving changed answers, opening files, moving between fields). */
/* SPDX-License-Identifier: MIT */
#ifndef UI_H
#define UI_H

#include "ui-screen.h"


/* Run the wizard; returns the exit status. */
int		 ui_main(const struct catalogue *, const struct rules *,
		    const struct forms *, const char *font_path);

/* The step loop (ui.c). */
/* Say something on the status line until the next key; NULL clears it. */
void		 ui_message(struct ui *, int error, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
/*
 * The label the wizard's forms give the value of a choice field (field
 * id, value as answers spell it), translated; fallback when they give none.
 */
const char	*ui_choice_label(const struct ui *, const char *field,
		    const char *value, const char *fallback);
/* The index of the step with the id, or 0. */
size_t		 ui_step_index(const char *id);
/* The id of step i. */
const char	*ui_step_id(size_t i);
/*
 * Before doing what would replace or leave the answers, ask the question
 * and whether to keep their changes in a draft, save them to a file or
 * discard them; 0 to go on, -1 when the buyer says no.
 */
int		 ui_settle(struct ui *, const char *question);
/* Replace the answers by a file's; 0 with ui->go the step to show, or -1 with *cause. */
int		 ui_load(struct ui *, const char *path, int is_draft,
		    char **cause);
/* F3: ask for an answers file and read it; 0 with ui->go set, -1 when cancelled. */
int		 ui_open(struct ui *);
/*
 * The keys that move between fields: returns 1 when k was one, with *m
 * what the step loop should do; 0 leaves k to the field.
 */
int		 ui_field_key(const struct ui_key *, size_t *cur, size_t n,
		    enum ui_move *);

#endif /* UI_H */
