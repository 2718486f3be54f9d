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
	CMD_NEXT,		/* ^N: the next step */
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
};

extern const struct ui_screen	*const ui_screens[];
extern const size_t		 ui_nscreens;

/* Run the wizard; returns the exit status. */
int		 ui_main(const struct catalogue *, const struct rules *,
		    const struct forms *, const char *font_path);

/* The step loop (ui.c). */
/* Say something on the status line until the next key; NULL clears it. */
void		 ui_message(struct ui *, int error, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
/* The index of the step with the id, or 0. */
size_t		 ui_step_index(const char *id);
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

/* The terminal (ui-term.c). */
/* Start curses and the signal handlers; 0, or -1 when the terminal cannot start. */
int		 ui_term_start(struct ui *);
/* Give the terminal back; safe to call twice. */
void		 ui_term_stop(void);
void		 ui_term_end(void);
/*
 * Wait for a key and say what it means.  A signal keeps the draft and
 * leaves; a terminal below 80x24 shows the enlarge screen first.
 */
void		 ui_term_read(struct ui *, struct ui_key *);

/* The drawing kit (ui-draw.c). */
void		 ui_draw_colours(struct ui *);
/* The attribute of a role (UI_ATTR_*), in colour when the terminal has it. */
int		 ui_draw_attr(const struct ui *, int which);
/* Draw one character with an attribute that may hold a colour pair. */
void		 ui_draw_char(int y, int x, wchar_t, int attr);
/* Display width of a UTF-8 string. */
int		 ui_draw_width(const char *utf8);
/* Draw a UTF-8 string in at most width columns, cut at a character; returns the columns used. */
int		 ui_draw_text(int y, int x, int width, const char *utf8,
		    int attr);
/* The same, ending in … when cut, for names. */
int		 ui_draw_name(int y, int x, int width, const char *utf8,
		    int attr);
/*
 * Wrap a UTF-8 paragraph to width columns by the PDF's line-breaking
 * rules; lines skip to skip + lines - 1 are drawn from y on (lines 0 only
 * counts).  Returns the lines the whole text needs.
 */
int		 ui_draw_wrap(int y, int x, int width, int skip, int lines,
		    const char *utf8, int attr);
/* The title bar with the step and the changed-marker, the status line and the key legend. */
void		 ui_draw_frame(struct ui *, const char *legend);
/* The selection bar across w columns. */
void		 ui_draw_bar(const struct ui *, int y, int x, int w);
/* A centred box of h lines and w columns; *y, *x get its corner. */
void		 ui_draw_box(int h, int w, int *y, int *x, const char *title);

/* Dialogs over the step (ui-dialog.c). */
/* A scrollable box of text; any key but the arrows and pages closes it. */
void		 ui_dialog_help(struct ui *, const char *title,
		    const char *text);
/* A yes/no question; y or Enter says yes, n or Esc says no. */
int		 ui_dialog_confirm(struct ui *, const char *question);
/*
 * A question answered by one of keys (lower-case letters), which answers
 * explains; Enter picks the first, Esc returns 0.
 */
int		 ui_dialog_choose(struct ui *, const char *question,
		    const char *answers, const char *keys);
/*
 * Ask for a line of text in a box, with Tab completing file names when
 * files is set; returns it (caller frees), or NULL when Esc cancels.
 */
char		*ui_dialog_prompt(struct ui *, const char *title,
		    const char *label, const char *initial, int width,
		    int files);

/* Attributes by role, for ui_draw_attr. */
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

#endif /* UI_H */
