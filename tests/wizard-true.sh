#!/bin/sh
# wizard-true.sh: what the wizard shows is visible and true, in tmux: after End the selected row is on screen above the panel, and in colour its highlight covers its text; n and N search forward and back, and a message goes with the next key; dropping a row quotes its text, not its id; a cleared blank previews as empty; the review's focused button is highlighted; PgDn leaves a step from any field.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_new_case "真實測試機關" "真實測試案" "TRUE-1"
wiz_category 0
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 6/9"
# PgDn goes on from the first field, the route, once each fact is answered.
wiz_keys Down n Down n Down n Down n Down n Down n Down n
wiz_wait_line "Provides a mobile app" "[ ] No"
wiz_keys Up Up Up Up Up Up Up
wiz_wait_line "▶ Procurement route" "Own tender"
wiz_keys PageDown
wiz_wait "Step 7/9"

# --- End: the last row is selected and shown above the panel's rule -------
wiz_keys End
wiz_wait "↑"
wiz_screen -e >"$tmp/colour"
rule=$(grep -n '────────' "$tmp/colour" | head -n 1 | cut -d: -f1)
sel=$(grep -n '46m' "$tmp/colour" | head -n 1 | cut -d: -f1)
[ -n "$sel" ] && [ -n "$rule" ] && [ "$sel" -lt "$rule" ] ||
    fail "after End the selected row is not above the panel (row line '$sel', rule '$rule'): $(wiz_screen)"
# The highlight's colour reaches the text, not only the padding around it.
tail=$(sed -n "${sel}p" "$tmp/colour" | sed 's/.*46m//')
case $tail in
*[!\ ]*) ;;
*) fail "the highlight covers only the padding: $(sed -n "${sel}p" "$tmp/colour" | cat -v)" ;;
esac
wiz_keys Home

# --- n and N; a message lasts until the next key ----------------------
wiz_keys /
wiz_wait "Search"
wiz_type "廠商"
wiz_keys Enter
wiz_wait "Match 1 of"
wiz_keys n
wiz_wait "Match 2 of"
wiz_keys N
wiz_wait "Match 1 of"
wiz_keys Down
wiz_gone "Match 1 of"

# --- Dropping an adopted row quotes the row ---------------------------
wiz_keys Home
wiz_wait "● · adopted"
row=$(sed -n 's/^ *\([a-z]*-[0-9]*\) ● · adopted.*/\1/p' "$tmp/screen")
[ -n "$row" ] || wiz_abort "the first row is not adopted"
wiz_keys Space
wiz_wait "Drop a row"
wiz_expect "「"
wiz_expect_not "Row $row"
wiz_keys Enter
wiz_wait "Stays adopted"
wiz_expect "「"
wiz_keys Down
wiz_gone "Stays adopted"

# --- A cleared blank previews as empty ---------------------------------
wiz_press_until "Step 8/9" Enter
wiz_press_until "弱點掃描報告不得含有之風險等級" Down
wiz_wait "【中、高】"
wiz_keys C-u
wiz_wait "【＿＿＿】"
wiz_expect_not "【中、高】"
wiz_expect "40 of 40 columns left"
wiz_wait "must not be empty"
wiz_type "高"
wiz_wait "【高】"
wiz_gone "must not be empty"
# The focused button of the review is highlighted, in colour too.
wiz_keys PageDown
wiz_wait "Step 9/9"
wiz_keys Down Down Down Down Down Down
sleep 0.3
wiz_screen -e | grep -F "Generate the files" | grep -q '46m' ||
    fail "the focused button has no highlight: $(wiz_screen -e | grep -F 'Generate the files' | cat -v)"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
