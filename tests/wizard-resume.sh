#!/bin/sh
# wizard-resume.sh: a kept draft goes on at the step it was kept at, in tmux: the start screen names that step and Enter opens it, whether kept by F10 or by Ctrl-C; a draft of an older version, which does not say, goes on where something is missing.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

# resume_first: on the start screen, the draft listed first, named with
# STEP (its title), opens on step N.
resume_first() {
	wiz_wait "Step 1/9"
	wiz_wait "$1"
	wiz_keys Down Down Enter
	wiz_wait "Step $2/9"
}

# --- F10 on the clause list, keeping a draft: it goes on there -------------
wiz_start
wiz_new_case "續行測試機關" "續行測試案" "RES-1"
wiz_category 4
wiz_keys Down Down Down Down Left
wiz_wait_line "Protection tier *" "Low (普)"
wiz_keys Enter
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
[ "$(wiz_exit)" = 0 ] || fail "F10 and y: $(cat "$tmp/screen")"
d=$(wiz_drafts)
[ -n "$d" ] || wiz_abort "F10 and y kept no draft"

wiz_start
resume_first "資訊系統規劃服務 → Clauses" 7
wiz_expect "pln-01"
# Back to the case step, then Ctrl-C: the draft goes on at the case step.
wiz_press_until "Step 2/9" Escape
wiz_keys End
wiz_type "改"
wiz_wait_line "Agency" "續行測試機關改"
kill -INT "$(wiz_pid)" || wiz_abort "kill -INT failed"
wiz_exit >/dev/null
wiz_start
resume_first "資訊系統規劃服務 → Case" 2
wiz_wait_line "Agency" "續行測試機關改"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
wiz_exit >/dev/null

# --- A draft that does not say its step: where something is missing -------
d=$(wiz_drafts)
[ "$(echo "$d" | wc -l)" = 1 ] || wiz_abort "not one draft: $d"
grep -q '^# step: case$' "$d" || fail "the draft does not name its step: $(head -n 3 "$d")"
sed -i '/^# step: /d' "$d"
wiz_start
resume_first "資訊系統規劃服務 → Review and generate" 9
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
