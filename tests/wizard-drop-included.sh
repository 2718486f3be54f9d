#!/bin/sh
# wizard-drop-included.sh: Space on a ◎ row that the answers include and a case fact adopts as well drops it at the first press, in tmux: the box asks for the reason at once (Esc leaves the row adopted and still included), and with a reason the row is dropped and saved as an exclusion.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

sed 's/^include: \[dev-03,/include: [dev-03, dev-39,/' \
    "$top_srcdir/tests/answers/app-development-high.yaml" >"$tmp/work/ddos.yaml"
grep -q "dev-39" "$tmp/work/ddos.yaml" || wiz_abort "the fixture lacks dev-39"

wiz_start
wiz_open ddos.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 7/9" Escape
wiz_keys /
wiz_wait "Find rows"
wiz_type "攻防演練"
wiz_keys Enter
wiz_wait "dev-39 ◎ · adopted"
# The first Space asks; Esc leaves it as it was.
wiz_keys Space
wiz_wait "Drop a row"
wiz_keys Escape
wiz_gone "Drop a row"
wiz_expect "dev-39 ◎ · adopted"
# Again, with a reason: dropped.
wiz_keys Space
wiz_wait "Drop a row"
wiz_type "由本署年度演練案辦理"
wiz_keys Enter
wiz_wait "dev-39 ◎ · dropped"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to"
grep -qF "{id: dev-39, reason: 由本署年度演練案辦理}" "$tmp/work/ddos.yaml" ||
    fail "the drop is not saved: $(cat "$tmp/work/ddos.yaml")"
grep "^include:" "$tmp/work/ddos.yaml" | grep -q "dev-39" &&
    fail "dev-39 is still included: $(grep ^include: "$tmp/work/ddos.yaml")"
wiz_keys F10
wiz_exit >/dev/null
finish
