#!/bin/sh
# wizard-new-untouched.sh: a new appendix left untouched is no change, in tmux: New, then Esc at once (only today's date filled in by the wizard) leaves the title without [changed], F10 quits without asking and no draft is kept; a name typed afterwards still counts as a change.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_wait_line "Date" "20"
wiz_keys Escape
wiz_wait "Step 1/9"
wiz_expect_not "[changed]"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "quitting an untouched new appendix: $(cat "$tmp/screen")"
wiz_expect_not "Quit the wizard?"
[ -z "$(wiz_drafts)" ] || fail "an untouched new appendix left a draft: $(cat $(wiz_drafts))"

# Typed into, it is a change.
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "機關"
wiz_wait "[changed]"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
