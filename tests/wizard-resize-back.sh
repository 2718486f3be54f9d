#!/bin/sh
# wizard-resize-back.sh: shrinking the window below 80x24 and growing it back leaves nothing scrolled out of view, in tmux: a focused text field shows its whole value from its first character again, and the clause list at its last row fills the screen as before the shrink instead of a few rows over empty lines.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

resize_to() {
	tmux -L "$wsock" resize-window -t "$wsess" -x "$1" -y "$2" ||
	    wiz_abort "resize-window to $1x$2 failed"
}
# shrink_and_back: to 40x10, where the wizard asks for more room, and back.
shrink_and_back() {
	resize_to 40 10
	wiz_wait "Please enlarge the window to at least"
	resize_to 80 24
	wiz_gone "Please enlarge the window to at least"
}

wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "臺北市立測試國民小學"; wiz_keys Enter
wiz_type "校務 系統 維運案（第二期）"
wiz_keys Up
wiz_wait "▶ Agency"
shrink_and_back
wiz_wait_line "▶ Agency" "臺北市立測試國民小學"
wiz_keys Down
wiz_wait_line "▶ Case name" "校務 系統 維運案（第二期）"
wiz_type "（第三期）"
wiz_wait_line "▶ Case name" "（第二期）（第三期）"
shrink_and_back
wiz_wait_line "▶ Case name" "校務 系統 維運案（第二期）（第三期）"
wiz_keys Down
wiz_type "RS-1"; wiz_keys Enter Enter Enter
wiz_wait "Step 3/9"
wiz_development_to_clauses

# The clause list at its end: the same screen after the round trip
# (trailing blanks aside).
wiz_keys End
sleep 0.3
wiz_screen | sed 's/ *$//' >"$tmp/before-shrink"
shrink_and_back
sleep 0.3
wiz_screen | sed 's/ *$//' >"$tmp/after-grow"
cmp -s "$tmp/before-shrink" "$tmp/after-grow" ||
    fail "the clause list differs after the round trip: $(diff "$tmp/before-shrink" "$tmp/after-grow")"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
