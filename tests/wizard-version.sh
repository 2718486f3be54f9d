#!/bin/sh
# wizard-version.sh: answers made under an older version of the rules, opened in the wizard at 80x24 in English and under zh_TW.UTF-8: the clause list says how many rows change and why a row the case facts leave out does not apply under the version in force, the review lists them (as kconfig's listnewconfig does) and moves the answers to it on request, and the answers file saved records that version; answers under rules the program does not have are moved from the review's problem; a file of format 1 opens on the agency type, shows the case facts it could not state as not answered and goes on only once they are answered, after which no row changes and the review offers no rules line.  The versions come from tests/fixtures/rules-116.yaml, a third version that is data only.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
wiz_data_116 "$tmp/data"

# old FILE: answers of a level C 公務機關 under 115.01.07, which 116.01.01
# changes in one row (dev-31, GCB, adopted at level C).
old() { wiz_answers_115 "$1" 版本測試機關 版本測試案 VER-1; }


# --- English -----------------------------------------------------------------
old "$work/old.yaml"
tw show --answers "$work/old.yaml"
expect_out "115.01.07; 116.01.01 is in force: 1 row changes"
wiz_start
wiz_wait "Step 1/9"
wiz_open "old.yaml"
wiz_wait "Step 9/9"
wiz_expect "Rules 115.01.07; 116.01.01 in force changes 1 row"
# The clause list says so too.
wiz_press_until "Step 7/9" Escape
wiz_keys Escape
wiz_wait "Step 6/9"
wiz_keys PageDown
wiz_wait "Step 7/9"
wiz_wait "Made under rules 115.01.07; under 116.01.01, in force, 1 row changes:"
# A row the case facts leave out says why, not that the tier marks it -.
wiz_keys /
wiz_wait "Find rows whose"
wiz_type "資安標章"
wiz_keys Enter
wiz_wait "dev-50 ● · does not apply to this case"
wiz_expect "本案未提供行動應用程式"
wiz_keys Space
wiz_wait "Does not apply to this case, so it cannot be adopted: 標示●，本案未提供"
wiz_expect_not "Marked - at this tier"
wiz_press_until "Step 9/9" Enter
# The review starts on a file name; the rules line is above it.
wiz_wait_line "Appendix PDF" "▶"
wiz_keys Up Enter
wiz_wait "Under rules 116.01.01, in force, 1 row changes:"
wiz_expect "(dev-31):"
wiz_expect "not adopted → adopted"
wiz_keys Escape
wiz_wait "Move the answers to rules 116.01.01?"
wiz_keys y
wiz_wait "The answers follow rules 116.01.01 now; 1 row changed."
wiz_expect_not "in force changes"
wiz_expect "[changed]"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to"
grep -qF 'rules_version: "116.01.01"' "$work/old.yaml" ||
    fail "the saved answers are not under 116.01.01: $(cat "$work/old.yaml")"
tw show --answers "$work/old.yaml"
grep -q '^  \[adopted\] dev-31 ' "$tmp/out" || fail "after moving, dev-31 is not adopted: $(grep -A1 dev-31 "$tmp/out")"
grep -q "is in force" "$tmp/out" && fail "show still lists changes after moving"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 after saving: $(cat "$tmp/screen")"

# Declining keeps the answers where they were; F1 on the review lists the
# warnings and the changes.
old "$work/keep.yaml"
printf 'catalogue_version: "0.0"\n' >>"$work/keep.yaml"
wiz_start
wiz_wait "Step 1/9"
wiz_open "keep.yaml"
wiz_wait "Step 9/9"
wiz_keys Up Enter
wiz_wait "Under rules 116.01.01"
wiz_keys Escape
wiz_wait "Move the answers to rules 116.01.01?"
wiz_keys n
wiz_wait "Rules 115.01.07; 116.01.01 in force changes 1 row"
wiz_expect_not "[changed]"
# F1 names the rules' warnings and the rows that would change.
wiz_keys F1
wiz_wait "Worth noting:"
wiz_expect "catalogue version 0.0"
wiz_expect "Under rules 116.01.01, in force, 1 row changes:"
wiz_keys Escape
wiz_gone "Worth noting:"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 without changes: $(cat "$tmp/screen")"

# Rules this program does not have: the review's problem says so, and Enter
# on it moves the answers to the rules in force.
old "$work/future.yaml"
sed -i 's/^rules_version: .*/rules_version: "999.01.01"/' "$work/future.yaml"
wiz_start
wiz_wait "Step 1/9"
wiz_open "future.yaml"
wiz_wait "Step 9/9"
wiz_expect "rules version 999.01.01, which this program"
wiz_keys Up Enter
wiz_wait "Under rules 116.01.01, in force"
wiz_keys Escape
wiz_wait "Move the answers to rules 116.01.01?"
wiz_keys y
wiz_wait "No problems: ready to generate."
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to"
grep -qF 'rules_version: "116.01.01"' "$work/future.yaml" ||
    fail "the answers did not move to 116.01.01: $(cat "$work/future.yaml")"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 after saving: $(cat "$tmp/screen")"

# A file of format 1 opens on the level step, since it says no agency type;
# the case facts it could not state show as not answered, and the step
# goes on only once they are answered.
cp "$top_srcdir/tests/answers/v1-app-development.yaml" "$work/v1.yaml"
chmod u+w "$work/v1.yaml"
export TENDERWIZ_DATADIR="$top_srcdir/data"
wiz_start
wiz_wait "Step 1/9"
wiz_open "v1.yaml"
wiz_wait "Step 5/9"
wiz_wait_line "Agency type *" "—"
wiz_keys Right
wiz_wait_line "Agency type *" "Government agency (公務機關)"
wiz_keys PageDown
wiz_wait "Step 6/9"
wiz_wait_line "Core system of the agency" "[?] Not answered"
wiz_wait_line "Contract of NT\$10 million or more" "[?] Not answered"
wiz_wait_line "Involves national security" "[?] Not answered"
wiz_keys PageDown
wiz_wait "Core system of the agency is not answered"
wiz_expect "Step 6/9"
wiz_keys y Down n Down n PageDown
wiz_wait "Step 7/9"
wiz_decide_rows ""
wiz_press_until "Step 9/9" Enter
# Answered, the facts leave no row that 115.01.07 decides otherwise: no
# rules line to offer.
wiz_expect "No problems: ready to generate."
wiz_expect_not "in force changes"
wiz_expect_not "says core_system: true"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
[ "$(wiz_exit)" = 0 ] || fail "F10 and d: $(cat "$tmp/screen")"
export TENDERWIZ_DATADIR="$tmp/data"

# --- zh_TW.UTF-8 -------------------------------------------------------------
wiz_zh_ready || { echo "note: $wiz_zh_missing; zh_TW walk not run" >&2; finish; }
old "$work/zh.yaml"
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
wiz_open "zh.yaml" "$(zh 'Open answers')"
wiz_wait "$(step 9)"
line=$(zhf "Rules %s; %s in force changes %zu row: Enter lists it" 115.01.07 116.01.01 1)
[ "$line" != "Rules 115.01.07; 116.01.01 in force changes 1 row: Enter lists it" ] ||
    fail "the rules line is not translated"
wiz_expect "$line"
wiz_keys Up Enter
wiz_wait "$(zhf "Under rules %s, in force, %zu row changes:" 116.01.01 1)"
wiz_expect "$(zh 'not adopted') → $(zh 'adopted')"
wiz_keys Escape
wiz_wait "$(zhf "Move the answers to rules %s? Each row then follows them." 116.01.01)"
wiz_keys y
wiz_wait "$(zhf "The answers follow rules %s now; %zu row changed." 116.01.01 1)"
wiz_keys F10
wiz_wait "$(zh "Quit the wizard?")"
wiz_keys d
wiz_exit >/dev/null
finish
