#!/bin/sh
# wizard-rules-line.sh: the review's rules line, in tmux at 80x24: answers made under an older version of the rules under which no row decides otherwise get no rules line and no empty list in F1, and the focus starts on the first file name; answers under which a row changes still get it; a note that does not stop generating is pointed at under F1.  The versions come from tests/fixtures/rules-116.yaml, as in wizard-version.sh.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
wiz_data_116 "$tmp/data"

# answers FILE CATEGORY LEVEL: a 公務機關's answers under 115.01.07.
answers() {
	cat >"$1" <<YAML
version: 2
rules_version: "115.01.07"
category: $2
tier: high
agency_type: government
agency_level: $3
route: tender
case: {agency: 規則測試機關, name: 規則測試案, number: RL-1, date: 2026-11-21}
context: {personal_data: false, critical_infrastructure: false, external_service: false, national_security: false, mobile_app: false, core_system: false, large_contract: false}
elsewhere: [{id: dev-27}, {id: dev-28}, {id: dev-46}, {id: dev-49}]
YAML
}


# Level A: GCB is adopted under both versions, so nothing changes.
answers "$work/same.yaml" app-development A
wiz_start
wiz_wait "Step 1/9"
wiz_open "same.yaml"
wiz_wait "Step 9/9"
wiz_expect "No problems: ready to generate."
wiz_expect_not "in force changes"
wiz_wait_line "Appendix PDF" "▶"
# F1 lists no rules change before the dropped rows.
wiz_keys F1
wiz_wait "Dropped and placed elsewhere:"
wiz_expect_not "rows change"
wiz_keys Escape
wiz_gone "Dropped and placed elsewhere:"

# Level C: GCB changes, and the line is there.
answers "$work/change.yaml" app-development C
wiz_open "change.yaml"
wiz_wait "Step 9/9"
wiz_expect "Rules 115.01.07; 116.01.01 in force changes 1 row"

# A note that does not stop generating is pointed at, not hidden: a tier
# below the helper's highest rating.
sed 's/^tier: high$/tier: low\ntier_basis: {confidentiality: high}/' "$work/same.yaml" >"$work/notes.yaml"
wiz_open "notes.yaml"
wiz_wait "Step 9/9"
wiz_wait "No problems: ready to generate; 1 note to read first under F1."
wiz_keys F1
wiz_wait "the tier Low (普) is below the highest impact rating"
wiz_keys Escape
wiz_keys F10
wiz_exit >/dev/null
finish
