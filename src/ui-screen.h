/* ui-screen.h: what every screen of the wizard shares: the state of a sitting, the commands keys map to, the verbs a step implements, and the steps themselves. */
/* SPDX-License-Identifier: MIT */
#ifndef UI_SCREEN_H
#define UI_SCREEN_H

#include <stddef.h>
#include <wchar.h>

#include "answers.h"
#include "catalogue.h"
#include "forms.h"
#include "resolve.h"
#include "rules.h"

/* What a key means, decided before any screen sees it. */
enum ui_cmd {
	CMD_NONE,
	CMD_CHAR,		/* a printable character for a text field */
	CMD_ENTER,
	CMD_BACK,		/* Esc */
	CMD_HELP,		/* F1, ^G; ? outside text fields */
	CMD_SAVE,		/* F2, ^O */
	CMD_OPEN,		/* F3, ^R */
	CMD_QUIT,		/* F10, ^X; q outside text fields */
	CMD_UP,
	CMD_DOWN,
	CMD_LEFT,
	CMD_RIGHT,
	CMD_PGUP,
	CMD_PGDN,
	CMD_HOME,
	CMD_END,
	CMD_TAB,
	CMD_BTAB,
	CMD_BACKSPACE,
	CMD_DELETE,
	CMD_KILL,		/* ^U: clear the field */
	CMD_TOGGLE,		/* space outside text fields */
	CMD_SEARCH,		/* / outside text fields */
	CMD_NEXT,		/* ^N: the next step */
	CMD_RESIZE
};

struct ui_key {
	enum ui_cmd	cmd;
	wchar_t		ch;	/* the character, for CMD_CHAR and plain keys */
	int		burst;	/* was waiting already: pasted or typed ahead */
};

/* What a screen's key verb asks the step loop to do. */
enum ui_move {
	UI_STAY,
	UI_NEXT,
	UI_BACK,
	UI_GOTO			/* to the step in ui->go */
};

struct ui;

/*
 * A step's screen: the same verbs for each, walked by the step loop.  The
 * loop itself handles help, save, open, quit and back; key sees the rest.
 */
struct ui_screen {
	const char	*id;			/* the step's id in the forms */
	/* Called on arrival; returns 0, or 1 when the step does not apply. */
	int		(*enter)(struct ui *);
	void		(*draw)(struct ui *);
	enum ui_move	(*key)(struct ui *, const struct ui_key *);
	/* Called when going forward; returns 0, or -1 to stay (with a message). */
	int		(*leave)(struct ui *);
	/* F1 when the screen has more to say than its step's help, or NULL. */
	void		(*help)(struct ui *);
	/*
	 * Before F2 saves, or NULL: 0, or -1 not to save, with a message,
	 * when what is typed would be lost (a date that is none).
	 */
	int		(*save)(struct ui *);
};

struct session;

struct ui {
	const struct catalogue	*cat;
	const struct rules	*rules;
	const struct forms	*forms;
	struct session		*s;		/* the answers and their files */
	const char		*font_path;	/* --font, or NULL */

	size_t			 step;		/* index into ui_screens */
	size_t			 nsteps;
	const struct ui_screen	*screen;	/* of the step */
	const struct form_step	*form;		/* of the step */
	size_t			 go;		/* target of UI_GOTO */
	size_t			 furthest;	/* step reached with these answers */
	int			 textmode;	/* a text field has the cursor */
	int			 colour;
	char			*message;	/* the status line */
	int			 message_error;
	/*
	 * The key is a character that came with the one before it, also a
	 * character: the middle of a paste (or of text typed ahead).
	 */
	int			 pasting;
	int			 last_char;	/* the key before was a character */
};

/* Attributes by role, for ui_draw_attr. */
enum {
	UI_ATTR_TITLE,
	UI_ATTR_SELECT,
	UI_ATTR_ERROR,
	UI_ATTR_DIM,
	UI_ATTR_FIELD,
	UI_ATTR_MARK
};

/* The screens, one file each. */
extern const struct ui_screen	ui_start_screen;
extern const struct ui_screen	ui_form_case_screen;
extern const struct ui_screen	ui_form_category_screen;
extern const struct ui_screen	ui_form_tier_screen;
extern const struct ui_screen	ui_form_level_screen;
extern const struct ui_screen	ui_form_context_screen;
extern const struct ui_screen	ui_clauses_screen;
/* A row state as the clause list names it, translated. */
const char	*ui_clauses_state(enum row_state);
extern const struct ui_screen	ui_blanks_screen;
extern const struct ui_screen	ui_review_screen;

#endif /* UI_SCREEN_H */
