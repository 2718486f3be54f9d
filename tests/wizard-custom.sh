#!/bin/sh
# wizard-custom.sh: agency clauses and the procurement method in tmux: the method chosen on the case step; on the clause list a adds a clause to the group under the cursor (or, with the group typed, a new one; a typo of a group refused, Esc cancels), it shows + and cannot be dropped with Space, / finds it, c changes it, d asks before removing it and refuses a row of the table; its blank is asked on the blanks step, where spaces or ____ are refused; the saved answers hold all of it and the documents generated from the wizard print it.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"
need pdftotext

work="$tmp/work"
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "數位發展部"; wiz_keys Enter
wiz_type "自訂條款測試案"; wiz_keys Enter
wiz_type "CU-1"; wiz_keys Enter Enter
# The method: unset at first, then chosen with the arrows.
wiz_wait "▶ Procurement method"
wiz_keys Right
wiz_wait_line "Procurement method" "Open tender (公開招標)"
wiz_keys Right Right Right Right
wiz_wait_line "Procurement method" "Small purchase (小額採購)"
wiz_keys Enter
wiz_wait "Step 3/9"
# A 公務機關 of level B.
wiz_development_to_clauses

# a on dev-01: the group offered is its own.
wiz_clause_add "" "廠商應於____日內修補高風險弱點" "" y "提供服務商"
wiz_expect "custom-1 + · agency clause"
wiz_expect "[x] +  廠商應於____日內修補高風險弱點"
# Adopted by being there: Space does not drop it.
wiz_keys Space
wiz_wait "An agency clause is always adopted"
wiz_expect "custom-1 + · agency clause"

# A group one character off the table's is refused; Esc then adds nothing.
wiz_keys a
wiz_wait "Add an agency clause"
wiz_keys C-u
wiz_type "提供服務高"
wiz_keys Enter
wiz_wait "one character off the table's group"
wiz_keys Escape
wiz_gone "Add an agency clause"
wiz_expect_not "提供服務高"

# A new group, off the checklist.
wiz_clause_add "契約終止" "契約終止時廠商應刪除機關資料" "依個人資料保護法" n
wiz_expect "custom-2 + · agency clause, not on the checklist"
wiz_expect "契約終止"

# Searchable like the table's rows: from the top, / finds it.
wiz_keys Home
wiz_wait "dev-01 ● · adopted"
wiz_keys /
wiz_wait "Search"
wiz_type "刪除機關資料"
wiz_keys Enter
wiz_wait "Match 1 of 1"
wiz_expect "custom-2 + · agency clause"

# c changes it, with the old text in the editor.
wiz_keys c
wiz_wait "Change an agency clause"
wiz_expect "契約終止"
wiz_keys Enter
wiz_wait "Requirement (要求內容)"
wiz_expect "契約終止時廠商應刪除機關資料"
wiz_keys End
wiz_type "並出具切結書"
wiz_clause_rest "" y "The agency clause was changed"
wiz_expect "契約終止時廠商應刪除機關資料並出具切結書"
wiz_expect_not "not on the checklist"

# d asks first: n keeps it, y removes it.
wiz_keys d
wiz_wait "Remove the agency clause"
wiz_keys n
wiz_gone "Remove the agency clause"
wiz_expect "custom-2 + · agency clause"
wiz_keys d
wiz_wait "Remove the agency clause"
wiz_keys y
wiz_wait "The agency clause was removed"
wiz_expect_not "出具切結書"
# A row of the table is not removed.
wiz_keys Home
wiz_wait "dev-01 ● · adopted"
wiz_keys d
wiz_wait "Only an agency clause can be removed"
# Put the new group back, for the documents.
wiz_clause_add "契約終止" "廠商應提出參與人員名冊" "" n

# The blank is asked with the table's.
wiz_decide_rows ""
wiz_wait "Step 8/9"
wiz_press_until "▶ Agency clause custom-1, blank 1" Down
# The label whole: the value column makes room for it.
wiz_expect "▶ Agency clause custom-1, blank 1:"
# Spaces, ASCII or full-width, or the blank's line again, fill nothing:
# the step says so and stays.
for v in "   " "　" "＿＿＿" "____"; do
	wiz_type "$v"
	wiz_wait "Agency clause custom-1, blank 1: is not filled in"
	wiz_keys PageDown
	wiz_wait "Agency clause custom-1, blank 1: is not filled in"
	wiz_expect "Step 8/9"
	wiz_keys C-u
	wiz_wait "must not be empty"
done
wiz_type "7"
wiz_wait "廠商應於【7】日內修補高風險弱點"
wiz_keys PageDown
wiz_wait "Step 9/9"
# The review names the method chosen, as the case step words it.
wiz_expect "Small purchase (小額採購):"
wiz_generate
wiz_wait "Done." 20
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "exit status after generating: $(cat "$tmp/screen")"

a="$work/CU-1-answers.yaml"
[ -f "$a" ] || wiz_abort "no answers file: $(ls "$work")"
for s in "method: small-purchase" "id: custom-1" "group: 提供服務商" \
    "text: 廠商應於____日內修補高風險弱點" "group: 契約終止" \
    "text: 廠商應提出參與人員名冊" "checklist: false"; do
	grep -qF -- "$s" "$a" || fail "the answers lack '$s': $(cat "$a")"
done
grep -q 'custom-1\.1: .*7' "$a" || fail "the answers lack the blank custom-1.1: $(cat "$a")"
grep -qF 出具切結書 "$a" && fail "the removed clause is in the answers"
"$TENDERWIZ" validate --answers "$a" >"$tmp/out" 2>&1 || fail "the saved answers do not validate: $(cat "$tmp/out")"
flat() { pdftotext "$1" - 2>/dev/null | tr -d ' \n\f'; }
flat "$work/CU-1-appendix.pdf" >"$tmp/a.txt"
grep -qF 採購方式小額採購 "$tmp/a.txt" || fail "the appendix lacks the method"
grep -qF 廠商應於7日內修補高風險弱點 "$tmp/a.txt" || fail "the appendix lacks custom-1 filled"
grep -qF 廠商應提出參與人員名冊 "$tmp/a.txt" || fail "the appendix lacks the clause of the new group"
flat "$work/CU-1-checklist.pdf" | grep -qF 參與人員名冊 && fail "the checklist has the clause left off it"
# What the wizard generated is what the saved answers generate.
"$TENDERWIZ" verify --answers "$a" "$work/CU-1-appendix.pdf" >"$tmp/out" 2>&1 ||
    fail "the wizard's appendix is not what its answers generate: $(cat "$tmp/out")"
finish
