#!/bin/sh
# wizard-clauses.sh: the clause list in tmux: dropping a ● row demands a reason (empty refused, Esc cancels, with a reason the row shows [-] and the answers file holds the exclusion); Space on a ◎ row adopts and drops it without asking; e only for ▲ rows; ? and F1 show the row's text; / searches text case-blind, offering the last term selected (typing replaces it), and n finds the next; Enter is refused while [?] rows remain.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

reason="已由本署年度資安健診案涵蓋"

wiz_start
wiz_new_case "數位發展部" "條款測試案" "CL-1"
# A 公務機關 of level B.
wiz_development_to_clauses

# Enter with rows left to decide stays, and goes to the first of them.
wiz_keys Enter
wiz_wait "Decide the rows marked [?]"
wiz_wait "▲ · to be decided"
wiz_expect "Step 7/9"
wiz_keys Home
wiz_wait "dev-01 ● · adopted"

# Dropping a ● row: an empty reason is refused, and so is one of spaces.
wiz_keys Space
wiz_wait "Drop a row"
wiz_expect "reason"
wiz_keys Enter
wiz_wait "needs a reason"
wiz_gone "Drop a row"
wiz_expect "dev-01 ● · adopted"
wiz_keys Space
wiz_wait "Drop a row"
wiz_keys Space Space Enter
wiz_wait "needs a reason"
wiz_gone "Drop a row"
wiz_expect "dev-01 ● · adopted"
wiz_expect "[x] ●  具備完善之資通安全管理措施"
# Esc cancels.
wiz_keys Space
wiz_wait "Drop a row"
wiz_keys Escape
wiz_gone "Drop a row"
wiz_expect "dev-01 ● · adopted"
# With a reason it is dropped; Space takes it back; dropped again.
wiz_keys Space
wiz_wait "Drop a row"
wiz_type "$reason"
wiz_wait "$reason"
wiz_keys Enter
wiz_wait "dev-01 ● · dropped"
wiz_expect "[-] ●  具備完善之資通安全管理措施"
wiz_keys Space
wiz_wait "dev-01 ● · adopted"
wiz_keys Space
wiz_wait "Drop a row"
wiz_type "$reason"
wiz_keys Enter
wiz_wait "dev-01 ● · dropped"

# A ◎ row: Space adopts it and drops it again, no question asked.
wiz_keys Down Down
wiz_wait "dev-03 ◎ · not adopted"
wiz_keys Space
wiz_wait "dev-03 ◎ · adopted"
wiz_keys Space
wiz_wait "dev-03 ◎ · not adopted"
wiz_expect_not "Drop a row"
# e is for ▲ rows only.
wiz_keys e
wiz_wait "Only a ▲ row"
wiz_expect_not "Another procurement"

# ? and F1: the row's full text, and its group.
wiz_keys '?'
wiz_wait "key closes"
wiz_expect "須具備IEC 62443"
wiz_expect "提供服務商"
wiz_keys Escape
wiz_gone "key closes"
wiz_expect "Step 7/9"
wiz_keys F1
wiz_wait "key closes"
wiz_expect "須具備IEC 62443"
wiz_keys Escape
wiz_gone "key closes"

# Search: case-blind, the next match with n, a term found nowhere.
wiz_keys /
wiz_wait "Search"
wiz_type "sbom"
wiz_keys Enter
wiz_wait 'Match 1 of 1 for "sbom"'
wiz_expect "dev-11 "
wiz_keys /
wiz_wait "Search"
wiz_keys C-u
wiz_type "掃描"
wiz_keys Enter
wiz_wait 'Match 1 of 6 for "掃描"'
wiz_expect "dev-43 "
wiz_keys n
wiz_wait 'Match 2 of 6 for "掃描"'
wiz_expect "dev-44 "
wiz_keys /
wiz_wait "Search"
wiz_keys C-u
wiz_type "zzzz"
wiz_keys Enter
wiz_wait 'No row contains "zzzz"'
# The last term is offered selected: typing replaces it, rather than
# searching for 「zzzz掃描」; End keeps it to edit.
wiz_keys /
wiz_wait "typing replaces"
wiz_expect "zzzz"
wiz_type "掃描"
wiz_keys Enter
wiz_wait 'of 6 for "掃描"'
wiz_keys /
wiz_wait "typing replaces"
wiz_keys End BSpace
wiz_type "瞄"
wiz_keys Enter
wiz_wait 'No row contains "掃瞄"'

# On to the review; the drop is counted and saved with its reason.
wiz_decide_rows ""
wiz_press_until "Step 9/9" Enter
wiz_screen | tr -d ' \n' | grep -qF "1dropped" || fail "the review does not count the drop: $(wiz_screen)"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to CL-1-answers.yaml"
a="$tmp/work/CL-1-answers.yaml"
grep -q "^exclude:" "$a" || fail "the answers have no exclude list: $(cat "$a")"
grep -qF "{id: dev-01, reason: $reason}" "$a" || fail "the exclusion of dev-01 is not saved: $(cat "$a")"
grep -qF "dev-03" "$a" && fail "dev-03, adopted and dropped again, is in the answers: $(cat "$a")"
tw validate --answers "$a"
[ "$(rc)" = 0 ] || fail "validate: $(cat "$tmp/out" "$tmp/err")"
"$TENDERWIZ" show --answers "$a" | grep -A1 '^  \[excluded\] dev-01 ' | grep -qF "$reason" ||
    fail "show does not list dev-01 as dropped: $("$TENDERWIZ" show --answers "$a" | grep -A1 dev-01)"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 after saving: $(cat "$tmp/screen")"

finish
