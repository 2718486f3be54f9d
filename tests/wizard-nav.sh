#!/bin/sh
# wizard-nav.sh: moving about the wizard in tmux: Esc back from the clause list to the case step keeps every answer on screen and going forward again keeps them too; F1 help and closing it; q types into a text field but asks to quit elsewhere; F2 saves the answers, F3 (the start screen's open) reads them back; F10 with unsaved changes asks first and keeps a draft.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"

# check_answers_shown: every step from the case facts to the level shows
# what was entered, walking back with Esc from the clause list.
check_back() {
	wiz_keys Escape
	wiz_wait "Step 6/9"
	wiz_wait_line "Involves personal data" "[x]"
	wiz_wait_line "Involves critical infrastructure" "[ ]"
	wiz_wait_line "Important external service" "[x]"
	wiz_wait_line "Core system" "[ ]"
	wiz_wait_line "Provides a mobile app" "[x]"
	wiz_keys Escape
	wiz_wait "Step 5/9"
	wiz_wait_line "Agency type" "公務機關"
	wiz_wait_line "Responsibility level" "D"
	wiz_keys Escape
	wiz_wait "Step 4/9"
	wiz_wait_line "Protection tier *" "High (高)"
	wiz_keys Escape
	wiz_wait "Step 3/9"
	wiz_wait "● 應用軟體或系統維運服務"
	wiz_keys Escape
	wiz_wait "Step 2/9"
	wiz_wait_line "Agency" "新北市政府資訊中心"
	wiz_wait_line "Case name" "市民卡系統維運案"
	wiz_wait_line "Case number" "NTPC-115-01"
	wiz_wait_line "Date" "2026-05-04"
}

# --- Enter everything, go back, go forward again ----------------------------
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "新北市政府資訊中心"
wiz_keys Enter
wiz_type "市民卡系統維運案"
wiz_keys Enter
wiz_type "NTPC-115-01"
wiz_keys Enter C-u
wiz_type "2026-05-04"
wiz_keys Enter Enter
wiz_wait "Step 3/9"
wiz_category 8
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 5/9"
wiz_keys Right Down Right Right Right Right Enter
wiz_wait "Step 6/9"
wiz_keys y Down n Down y Down n Down n Down n Down y
wiz_wait_line "Provides a mobile app" "[x]"
wiz_keys Enter
wiz_wait "Step 7/9"
check_back

# F1 on a step shows its help with the keys; any other key closes it.
wiz_keys F1
wiz_wait "Keys:"
wiz_keys Escape
wiz_gone "Keys:"
wiz_expect "Step 2/9"

# Forward again: the values stay.
wiz_keys Enter Enter Enter Enter Enter
wiz_wait "Step 3/9"
wiz_wait "● 應用軟體或系統維運服務"
wiz_keys Enter
wiz_wait "Step 4/9"
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter Enter Enter Enter Enter
wiz_wait "Step 5/9"
wiz_wait_line "Responsibility level" "D"
wiz_keys Enter Enter
wiz_wait "Step 6/9"
wiz_wait_line "Involves personal data" "[x]"
wiz_wait_line "Provides a mobile app" "[x]"
wiz_keys Enter Enter Enter Enter Enter Enter Enter
wiz_wait "Step 7/9"
wiz_expect "ops-01"

# q outside a text field asks to quit; n stays.
wiz_keys q
wiz_wait "Quit the wizard?"
wiz_keys n
wiz_gone "Quit the wizard?"
wiz_expect "Step 7/9"

# F2 saves under the case number by default.
wiz_keys F2
wiz_wait "Save answers"
wiz_expect "NTPC-115-01-answers.yaml"
wiz_keys Enter
wiz_wait "Saved to NTPC-115-01-answers.yaml"
a="$work/NTPC-115-01-answers.yaml"
[ -f "$a" ] || wiz_abort "F2 wrote no file: $(ls "$work")"
for s in "category: app-maintenance" "tier: high" "agency_level: D" \
    "agency: 新北市政府資訊中心" "name: 市民卡系統維運案" "number: NTPC-115-01" \
    "personal_data: true" "critical_infrastructure: false" \
    "external_service: true" "core_system: false" "mobile_app: true"; do
	grep -qF -- "$s" "$a" || fail "the saved answers lack '$s': $(cat "$a")"
done
# Saved: F10 leaves without asking.
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 after saving: $(cat "$tmp/screen")"
wiz_expect_not "Quit the wizard?"
wiz_expect "TTY=restored"

# --- Open the saved answers from the start screen ---------------------------
wiz_start
wiz_wait "Step 1/9"
wiz_keys Down Enter
wiz_wait "Open answers"
wiz_type "NTPC-115-01-answers.yaml"
wiz_keys Enter
wiz_wait "Step 7/9"
wiz_expect "Opened NTPC-115-01-answers.yaml"
check_back
# Esc on the case step goes back to the start.
wiz_keys Escape
wiz_wait "Step 1/9"
# F3 opens too; the file last opened is offered.
wiz_keys F3
wiz_wait "Open answers"
wiz_expect "NTPC-115-01-answers.yaml"
wiz_keys Enter
wiz_wait "Opened NTPC-115-01-answers.yaml"
wiz_expect "Step 7/9"
wiz_keys C-x
[ "$(wiz_exit)" = 0 ] || fail "C-x with nothing changed: $(cat "$tmp/screen")"

# --- Quit with unsaved changes: asked, and a draft is kept ------------------
rm -f "$tmp/state/tenderwiz"/draft-*.yaml
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
# q in a text field is a letter.
wiz_type "qa"
wiz_wait_line "Agency" "qa"
wiz_expect_not "Quit the wizard?"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
[ "$(wiz_exit)" = 0 ] || fail "F10 then y: $(cat "$tmp/screen")"
wiz_expect "The draft is kept in $tmp/state/tenderwiz/draft-"
wiz_expect "TTY=restored"
d=$(wiz_drafts)
[ -n "$d" ] && grep -qF "agency: qa" $d || fail "the draft after quitting lacks the agency: $(cat $d)"

finish
