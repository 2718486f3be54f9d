#!/bin/sh
# wizard-resume-file.sh: a draft of answers opened from a file remembers that file, in tmux: resumed, even from another folder, the review and F2 propose it rather than a name made from the case number; replacing it is still asked once, and generating again in the same sitting does not ask.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
mkdir -p "$work/cases" "$work/elsewhere"
cp "$top_srcdir/tests/answers/app-development-high.yaml" "$work/cases/mine.yaml"

# Open the file, change the agency, quit keeping a draft.
wiz_start
wiz_open cases/mine.yaml
wiz_wait "Step 9/9"
wiz_wait_line "Answers file" "cases/mine.yaml"
wiz_press_until "Step 2/9" Escape
wiz_keys End
wiz_type "改"
wiz_wait "[changed]"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
wiz_exit >/dev/null
d=$(wiz_drafts)
[ -n "$d" ] || wiz_abort "F10 and y kept no draft"
grep -q "^# answers: $work/cases/mine.yaml\$" "$d" ||
    fail "the draft does not name its answers file: $(head -n 3 "$d")"

# Resumed: the review proposes the file, and asks before replacing it.
wiz_start
wiz_wait "MODA-115-027"
wiz_keys Down Down Enter
wiz_wait "Step 2/9"
wiz_press_until "Step 9/9" C-n
wiz_wait_line "Answers file" "cases/mine.yaml"
wiz_expect_not "MODA-115-027-answers.yaml"
wiz_generate
wiz_wait "exist already"
wiz_expect "cases/mine.yaml"
wiz_keys y
wiz_wait "Done." 20
grep -q '數位發展部資通安全署改' "$work/cases/mine.yaml" ||
    fail "the answers file was not replaced"
[ -f "$work/MODA-115-027-answers.yaml" ] && fail "a new answers file was written"
[ -z "$(wiz_drafts)" ] || fail "the draft stayed after generating"
# Again in the same sitting: this sitting's own files, not asked about.
wiz_press_until "Step 2/9" Escape
wiz_keys End
wiz_type "再"
wiz_press_until "Step 9/9" C-n
wiz_generate
wiz_wait "Done." 20
wiz_expect_not "exist already"
wiz_keys F10
wiz_exit >/dev/null

# Kept again and resumed from another folder: the same file, by its full name.
wiz_start
wiz_open cases/mine.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 2/9" Escape
wiz_keys End
wiz_type "三"
wiz_wait "[changed]"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
wiz_exit >/dev/null
wiz_cwd="$work/elsewhere" wiz_start
wiz_wait "MODA-115-027"
wiz_keys Down Down Enter
wiz_wait "Step 2/9"
# F2 proposes it too; saving there asks first, as for any file not this
# sitting's own.
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Replace it with the answers?"
wiz_keys r
wiz_wait "Saved to"
wiz_expect "cases/mine.yaml"
grep -q '數位發展部資通安全署改再三' "$work/cases/mine.yaml" ||
    fail "F2 did not write the file the draft came from"
[ -z "$(ls "$work/elsewhere")" ] || fail "F2 wrote here: $(ls "$work/elsewhere")"
wiz_keys F10
wiz_exit >/dev/null
finish
