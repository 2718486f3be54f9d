#!/bin/sh
# wizard-habits.sh: the wizard follows the buyer's habits, in tmux: ROC dates are read and shown in both forms, a date that is none is named (and F2 does not save it away) and the message goes once it is mended; a required field of spaces is refused; a tier below the helper's ratings is warned of; step 1 continues the current answers; F2 asks before replacing a file and keeps its mode; the open dialog names an empty path, keeps a wrong one and completes with Tab, and offers the name last opened selected, so that a name typed replaces it; a draft is listed with its case number and step, and Del deletes it after asking.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"

wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "   "
wiz_keys Enter
wiz_type "習慣測試案"; wiz_keys Enter
wiz_type "HAB-1"; wiz_keys Enter
wiz_keys Enter Enter
wiz_wait "Agency is required"
wiz_expect "Step 2/9"
wiz_keys C-u
wiz_type "習慣測試機關"
# A date that is none says so, and the message goes once it is mended.
wiz_keys Down Down Down C-u
wiz_type "115/13/01"
wiz_keys PageDown
wiz_wait "Date is not a date"
# F2 does not drop it without a word: nothing is saved until it is mended.
wiz_keys F2
wiz_wait "Not saved: Date is not a date"
wiz_expect_not "Save answers"
wiz_keys C-u
wiz_gone "Date is not a date"
wiz_type "115/12/01"
wiz_wait "中華民國115年12月1日"
wiz_keys PageDown
wiz_wait "Step 3/9"
wiz_category 4
# A rating of high, then the tier set below it: Right moves both kinds of
# choice field the same way, from high down.  One rating of four leaves
# the tier to the buyer.
wiz_keys Right
wiz_wait_line "Impact on confidentiality" "High (高)"
wiz_expect_not "below what the helper's ratings"
wiz_keys Down Down Down Down Right Right
wiz_wait_line "Protection tier *" "Medium (中)"
wiz_wait "below what the helper's ratings"
wiz_keys Escape
wiz_wait "Step 3/9"
wiz_keys Escape
wiz_wait "Step 2/9"
wiz_wait_line "Date" "2026-12-01"
wiz_keys Escape
wiz_wait "Step 1/9"
wiz_wait "Continue the current answers (習慣測試案"
wiz_keys Enter
wiz_wait "Step 4/9"

# F2 to a file that exists asks first, and Enter keeps it; replacing it
# keeps its mode.
echo old >"$work/HAB-1-answers.yaml"
chmod 640 "$work/HAB-1-answers.yaml"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "exists already"
wiz_keys Enter
wiz_wait "was kept"
[ "$(cat "$work/HAB-1-answers.yaml")" = old ] ||
    fail "F2 replaced an existing file without a yes"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "exists already"
wiz_keys r
wiz_wait "Saved to"
[ "$(stat -c %a "$work/HAB-1-answers.yaml")" = 640 ] ||
    fail "F2 changed the mode to $(stat -c %a "$work/HAB-1-answers.yaml")"
grep -qE 'date: "?2026-12-01' "$work/HAB-1-answers.yaml" ||
    fail "the ROC date was not kept as ISO: $(cat "$work/HAB-1-answers.yaml")"

# The open dialog: an empty path is named, a wrong one stays to be mended,
# Tab completes.
wiz_keys F3
wiz_wait "Open answers"
wiz_keys C-u Enter
wiz_wait "No file name given."
wiz_keys Escape
wiz_wait "Open answers"
wiz_type "HAB-1-ans"
wiz_keys Enter
wiz_wait "Cannot open"
wiz_keys Escape
wiz_wait "Open answers"
wiz_wait "HAB-1-ans"
wiz_keys Tab
wiz_wait "HAB-1-answers.yaml"
wiz_keys Enter
wiz_wait "Opened HAB-1-answers.yaml"
# F3 again offers that name, selected: a name typed replaces it.
wiz_keys F3
wiz_wait "Open answers"
wiz_wait "typing replaces"
wiz_expect "HAB-1-answers.yaml"
wiz_type "other.yaml"
wiz_keys Enter
wiz_wait "Cannot open"
wiz_expect "other.yaml"
wiz_expect_not "yamlother"
wiz_keys Escape
wiz_wait "Open answers"
wiz_keys Escape
wiz_gone "Open answers"

# Changed and left as a draft; the next start lists it, and Del deletes it.
wiz_press_until "Step 3/9" Escape
wiz_keys Down Space
wiz_wait "[changed]"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
wiz_exit >/dev/null
[ -n "$(wiz_drafts)" ] || fail "no draft was kept"
wiz_start
wiz_wait "Drafts to resume:"
wiz_expect "HAB-1  習慣測試案"
# It goes on at the step it was kept at.
wiz_wait "資訊安全類規劃服務 → Category"
wiz_keys Down Down
wiz_keys DC
wiz_wait "Delete the draft"
wiz_keys y
wiz_wait "The draft was deleted."
wiz_expect_not "Drafts to resume:"
[ -z "$(wiz_drafts)" ] || fail "Del left the draft: $(wiz_drafts)"
wiz_keys F10
wiz_exit >/dev/null
finish
