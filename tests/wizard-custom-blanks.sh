#!/bin/sh
# wizard-custom-blanks.sh: changing an agency clause's text so that a blank comes in front of its others, in tmux: each value follows the words around its blank, the new blank is empty, and the clause list says that the blanks moved.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
cp "$top_srcdir/tests/answers/app-development-custom.yaml" "$work/c.yaml"
wiz_start
wiz_open c.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 7/9" Escape
wiz_keys /
wiz_wait "Search"
wiz_type "中風險弱點"
wiz_keys Enter
wiz_wait "Match 1 of 1"
wiz_keys c
wiz_wait "Change an agency clause"
wiz_keys Enter
wiz_wait "Requirement (要求內容)"
wiz_keys C-u
wiz_type "廠商應於____小時內通報，並於發現高風險弱點後____日內完成修補，中風險弱點於____日內完成修補。"
wiz_clause_rest "" y "its blanks moved"
wiz_keys Enter
wiz_wait "Step 8/9"
wiz_wait_line "Agency clause vuln, blank 2:" "7"
wiz_wait_line "Agency clause vuln, blank 3:" "三十"
wiz_line "Agency clause vuln, blank 1:" | sed 's/.*blank 1://' | grep -q '[^ ]' &&
    fail "the new first blank holds a value: $(wiz_line "Agency clause vuln, blank 1:")"
finish
