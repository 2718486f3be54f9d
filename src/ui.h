/* ui.h: the wizard: the state its screens share, the commands keys map to, and the verbs every screen implements. */
#ifndef UI_H
#define UI_H

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
	CMD_RESIZE
};

struct ui_key {
	enum ui_cmd	cmd;
	wchar_t		ch;	/* the character, for CMD_CHAR and plain keys */
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
};

struct ui {
	const struct catalogue	*cat;
	const struct rules	*rules;
	const struct forms	*forms;
	struct answers		*answers;
	struct resolution	*res;		/* of answers, kept current */
	struct answers		*saved;		/* as last written to a named file */
	char			*answers_path;	/* that file, or NULL */
	char			*draft_dir;
	char			*draft_path;	/* this session's draft, or NULL */
	const char		*font_path;	/* --font, or NULL */

	size_t			 step;		/* index into ui_screens */
	size_t			 go;		/* target of UI_GOTO */
	int			 textmode;	/* a text field has the cursor */
	int			 colour;
	char			*message;	/* the status line */
	int			 message_error;
	int			 impacts[4];	/* the tier helper: -1 or a tier */
	int			 finished;	/* the documents were generated */
};

extern const struct ui_screen	*const ui_screens[];
extern const size_t		 ui_nscreens;

/* Run the wizard; returns the exit status. */
int		 ui_main(const struct catalogue *, const struct rules *,
		    const struct forms *, const char *font_path);

/* Shared by the screens (ui.c). */
void		 ui_resolve(struct ui *);
void		 ui_message(struct ui *, int error, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
const struct form_step *ui_step(const struct ui *);
size_t		 ui_step_index(const char *id);
int		 ui_by_level(const struct ui *);
void		 ui_frame(struct ui *, const char *legend);
int		 ui_text(int y, int x, int width, const char *utf8, int attr);
int		 ui_wrap(int y, int x, int width, int skip, int lines,
		    const char *utf8, int attr);
int		 ui_width(const char *utf8);
void		 ui_help(struct ui *, const char *title, const char *text);
int		 ui_confirm(struct ui *, const char *question);
char		*ui_prompt(struct ui *, const char *title, const char *label,
		    const char *initial, int width);
int		 ui_save_draft(struct ui *);
int		 ui_load(struct ui *, const char *path, int is_draft,
		    char **cause);
int		 ui_open(struct ui *);
int		 ui_field_key(const struct ui_key *, size_t *cur, size_t n,
		    enum ui_move *);
void		 ui_read_key(struct ui *, struct ui_key *);
int		 ui_attr(const struct ui *, int which);
char		*ui_today(void);

/* Attributes by role, for ui_attr. */
enum {
	UI_ATTR_TITLE,
	UI_ATTR_SELECT,
	UI_ATTR_ERROR,
	UI_ATTR_DIM,
	UI_ATTR_FIELD,
	UI_ATTR_MARK
};

/* The line editor (ui-edit.c): UTF-8 in and out, wide characters within. */
struct ui_edit {
	wchar_t		*buf;
	size_t		 len, cap;
	size_t		 cur;		/* cursor, in characters */
	size_t		 first;		/* first character shown */
	int		 maxwidth;	/* most display columns of the text */
};

void		 ui_edit_init(struct ui_edit *, const char *utf8, int maxwidth);
void		 ui_edit_free(struct ui_edit *);
/* Apply an editing key; returns 1 when the text changed, 0 when not, -1 refused. */
int		 ui_edit_key(struct ui_edit *, const struct ui_key *);
/* Draw the visible part in cols columns at y, x; with focus, place the cursor. */
void		 ui_edit_draw(struct ui_edit *, int y, int x, int cols,
		    int focus, int attr);
/* The text as UTF-8 (caller frees). */
char		*ui_edit_value(const struct ui_edit *);

/* The screens, one file each. */
extern const struct ui_screen	ui_start_screen;
extern const struct ui_screen	ui_form_case_screen;
extern const struct ui_screen	ui_form_category_screen;
extern const struct ui_screen	ui_form_tier_screen;
extern const struct ui_screen	ui_form_level_screen;
extern const struct ui_screen	ui_form_context_screen;
extern const struct ui_screen	ui_clauses_screen;
extern const struct ui_screen	ui_blanks_screen;
extern const struct ui_screen	ui_review_screen;

/* The first step with something missing, for an opened or resumed draft. */
size_t		 ui_form_first_missing(struct ui *);

#endif /* UI_H */
