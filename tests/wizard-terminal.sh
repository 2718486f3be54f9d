#!/bin/sh
# wizard-terminal.sh: the wizard's terminal manners in tmux: below 80x24 it asks to enlarge the window, naming the size it has, and enlarged again (or larger) it redraws the step with the typed input intact (in a field and in a prompt), F10 there leaves keeping the draft; colours by default, none under NO_COLOR (set and not empty); a non-UTF-8 locale and a stdin that is not a terminal are refused with a clear message and exit 1, the terminal left as it was.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

esc=$(printf '\033')
# Foreground or background colours: 30-38, 40-48, 90-97, 100-107 (39 and 49,
# the defaults, are what tmux sends to reset).
colour_re="$esc\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]"

# resize_to W H: give the wizard's window W columns and H lines.
resize_to() {
	tmux -L "$wsock" resize-window -t "$wsess" -x "$1" -y "$2" ||
	    wiz_abort "resize-window to $1x$2 failed"
}

# too_small W H: shrink the window to W x H, below 80x24; the wizard asks
# for a larger one and says what size it has now.
too_small() {
	resize_to "$1" "$2"
	wiz_wait "Please enlarge the window to at least 80x24"
	wiz_expect "now $1x$2"
}

# resize_round W H MARKER [W2 H2]: too small at W x H, where MARKER (what
# the screen was showing) is gone; then W2 x H2, 80x24 unless given, and
# MARKER is redrawn.
resize_round() {
	too_small "$1" "$2"
	wiz_expect_not "$3"
	resize_to "${4:-80}" "${5:-24}"
	wiz_wait "$3"
}

# --- Too small, then enlarged --------------------------------------------
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "數位發展部"
wiz_keys Enter
wiz_type "縮放測試"
wiz_wait_line "Case name" "縮放測試"
resize_round 70 20 "Step 2/9"
wiz_wait_line "Agency" "數位發展部"
wiz_wait_line "Case name" "縮放測試"
# The cursor is still at the end of the field being typed in.
wiz_type "二"
wiz_wait_line "Case name" "縮放測試二"
# One column short is too small too; larger than 80x24 is fine.
resize_round 79 24 "Step 2/9" 100 30
wiz_wait_line "Case name" "縮放測試二"
wiz_expect "Agency"
# On to the clause list at 100x30, down to 80x24 there: no input lost.
wiz_keys Enter
wiz_type "SZ-1"
wiz_keys Enter Enter Enter
wiz_wait "Step 3/9"
wiz_category 6
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 5/9"
wiz_keys Right Down Right Enter
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
wiz_keys Down Down
wiz_wait "dev-03 ◎ · not adopted"
resize_round 60 24 "Step 7/9"
wiz_wait "dev-03 ◎ · not adopted"
# A prompt keeps what was typed in it across a resize.
wiz_keys Home
wiz_wait "dev-01 ● · adopted"
wiz_keys Space
wiz_wait "Drop a row"
wiz_type "縮放理由"
wiz_wait "縮放理由"
resize_round 70 20 "Drop a row"
wiz_wait "縮放理由"
wiz_keys Enter
wiz_wait "dev-01 ● · dropped"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
[ "$(wiz_exit)" = 0 ] || fail "quitting after resizes: $(cat "$tmp/screen")"
wiz_expect "TTY=restored"
rm -f "$tmp/state/tenderwiz"/draft-*.yaml

# F10 leaves from the enlarge screen too, keeping the draft.
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "小視窗機關"
wiz_wait_line "Agency" "小視窗機關"
too_small 70 20
wiz_keys F10
st=$(wiz_exit)
[ "$st" = 0 ] || fail "F10 on the enlarge screen: exit status $st"
wiz_expect "TTY=restored"
wiz_expect "The draft is kept in"
grep -qF "agency: 小視窗機關" $(wiz_drafts | head -n 1) /dev/null ||
    fail "F10 on the enlarge screen kept no draft with the agency"

# --- Colours, and NO_COLOR ---------------------------------------------------
# The title bar is white on blue, the fields black on white.
wiz_start
wiz_wait "Step 1/9"
wiz_screen -e | head -n 1 | grep -q "$esc\[44m" || fail "the title bar is not on blue: $(wiz_screen -e | head -n 1 | od -c | head -n 3)"
wiz_screen -e | grep -qE "$colour_re" || fail "no colour without NO_COLOR"
wiz_keys F10
wiz_exit >/dev/null
# NO_COLOR set but empty does not count.
wiz_start NO_COLOR=
wiz_wait "Step 1/9"
wiz_screen -e | grep -qE "$colour_re" || fail "no colour with NO_COLOR empty"
wiz_keys F10
wiz_exit >/dev/null

# no_colour WHERE: the screen uses attributes (reverse for the title bar)
# and no colour.
no_colour() {
	wiz_screen -e >"$tmp/attrs"
	grep -qE "$colour_re" "$tmp/attrs" && fail "NO_COLOR: colour on the $1: $(grep -E "$colour_re" "$tmp/attrs" | od -c | head -n 4)"
	head -n 1 "$tmp/attrs" | grep -q "$esc\[7m" || fail "NO_COLOR: the title bar on the $1 is not in reverse"
}
wiz_start NO_COLOR=1
wiz_wait "Step 1/9"
no_colour "start screen"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "無色機關"
wiz_wait "無色機關"
no_colour "case step"
wiz_keys Enter
wiz_type "無色案"
wiz_keys Enter
wiz_type "NC-1"
wiz_keys Enter Enter Enter
wiz_wait "Step 3/9"
no_colour "category list"
wiz_category 6
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
no_colour "tier step"
wiz_keys Enter
wiz_wait "Step 5/9"
wiz_keys Right Down Right Enter
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
# [?] rows and an error message, the loudest things on any screen.
wiz_keys Enter
wiz_wait "Decide the rows marked [?]"
no_colour "clause list"
wiz_keys F10
wiz_wait "Quit the wizard?"
no_colour "quit question"
wiz_keys y
wiz_exit >/dev/null
rm -f "$tmp/state/tenderwiz"/draft-*.yaml

# --- Refusals ----------------------------------------------------------------
# A non-UTF-8 locale, on a real terminal.
wiz_start LC_ALL=C
st=$(wiz_exit)
[ "$st" = 1 ] || fail "LC_ALL=C: exit status $st, want 1"
wiz_expect "needs a UTF-8 locale"
wiz_expect "TTY=restored"
[ "$(wiz_pane '#{alternate_on}')" = 0 ] || fail "LC_ALL=C: the alternate screen is on"
# A stdin that is not a terminal, on a terminal's stdout.
wiz_redir='</dev/null'
wiz_start
st=$(wiz_exit)
[ "$st" = 1 ] || fail "stdin /dev/null: exit status $st, want 1"
wiz_expect "needs a terminal"
wiz_expect "TTY=restored"
wiz_redir=
# And without any terminal at all, or with LANG=C and LC_ALL unset.
tw </dev/null
[ "$(rc)" = 1 ] || fail "no terminal: exit status $(rc)"
expect_err "needs a terminal"
LC_ALL=C tw </dev/null
[ "$(rc)" = 1 ] || fail "LC_ALL=C without a terminal: exit status $(rc)"
expect_err "needs a UTF-8 locale"
(unset LC_ALL; LANG=C "$TENDERWIZ" </dev/null >"$tmp/out" 2>"$tmp/err")
[ $? = 1 ] || fail "LANG=C: exit status not 1"
expect_err "needs a UTF-8 locale"
[ -z "$(wiz_drafts)" ] || fail "a refused start left a draft"

finish
