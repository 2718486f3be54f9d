#!/bin/sh
# wizard-facts.sh: a new case's facts in tmux at 80x24: each starts unanswered and shows so, marked required; the step goes on only once every one is answered, naming the first left; the level field shows its required mark as the agency type does; a draft kept on the review with facts unanswered lists each as a problem there, named as its field asks it (in English, and in Chinese under zh_TW), refuses to generate and leads to the case facts.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_new_case "事實測試機關" "事實測試案" "FACT-1"
# System maintenance at tier high has ▲ rows: the level step is asked.
wiz_category 8
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 5/9"
wiz_wait_line "Agency type *" "—"
wiz_wait_line "Responsibility level *" "—"
wiz_keys Right Down Right Enter
wiz_wait "Step 6/9"

# Every fact starts unanswered, none as no.
for f in "Involves personal data" "Involves critical infrastructure" \
    "Important external service" "Core system of the agency" \
    "Contract of NT\$10 million or more" "Involves national security" \
    "Provides a mobile app"; do
	wiz_wait_line "$f *" "[?] Not answered"
done
wiz_expect_not "[ ] No"

# PgDn is refused, naming the first fact left; the cursor goes to it.
wiz_keys PageDown
wiz_wait "Involves personal data is not answered: y for yes, n for no"
wiz_expect "Step 6/9"
wiz_wait_line "▶ Involves personal data" "[?] Not answered"
# Some answered: Enter past the last field names the next one left.
wiz_keys y Down n Down Down Down Down Down Enter
wiz_wait "Important external service is not answered"
wiz_wait_line "▶ Important external service" "[?] Not answered"
wiz_expect "Step 6/9"
wiz_keys n Down y Down n Down n Down n Enter
wiz_wait "Step 7/9"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to"
for s in "personal_data: true" "critical_infrastructure: false" \
    "external_service: false" "core_system: true" "large_contract: false" \
    "national_security: false" "mobile_app: false"; do
	grep -qF -- "$s" "$tmp/work/FACT-1-answers.yaml" ||
	    fail "the saved answers lack '$s': $(cat "$tmp/work/FACT-1-answers.yaml")"
done
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 after saving: $(cat "$tmp/screen")"

# --- A draft kept on the review with facts unanswered ---------------------
# The review lists each as a problem, refuses to generate and sends the
# buyer to the case facts.
mkdir -p "$tmp/state/tenderwiz"
cat >"$tmp/state/tenderwiz/draft-20261201-120000-1.yaml" <<'YAML'
# step: review
version: 2
category: system-planning
tier: low
case: {agency: 事實測試機關, name: 未答事實案, number: FACT-2, date: 2026-11-21}
context: {personal_data: false, critical_infrastructure: false, external_service: false, core_system: false, large_contract: false}
YAML
chmod 600 "$tmp/state/tenderwiz/draft-20261201-120000-1.yaml"
cp "$tmp/state/tenderwiz/draft-20261201-120000-1.yaml" "$tmp/fact-2-draft.yaml"
wiz_start
wiz_wait "Drafts to resume:"
wiz_expect "資訊系統規劃服務 → Review and generate"
wiz_keys Down Down Enter
wiz_wait "Step 9/9"
wiz_expect "2 problems to fix first"
# Named as the form asks them, in English like the rest of the screen.
wiz_expect "case fact not answered: Involves national security"
wiz_expect "case fact not answered: Provides a mobile app"
wiz_expect_not "採購涉及國家安全事項"
wiz_expect_not "No problems"
# The button refuses.
wiz_keys Down Down Down Down Down Down Down Down Down
wiz_keys Enter
wiz_wait "Fix the problems listed first."
[ -f "$tmp/work/FACT-2-appendix.pdf" ] && fail "generated with facts unanswered"
# Enter on the problem goes to the case facts.
wiz_keys Up Up Up Up Up Up Up Up Up Up
wiz_keys Enter
wiz_wait "Step 6/9"
wiz_wait_line "Involves national security *" "[?] Not answered"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null

# --- In Chinese the review names the same facts in Chinese ----------------
wiz_zh_ready || { echo "note: $wiz_zh_missing; zh_TW review not run" >&2; finish; }
rm -f "$tmp/state/tenderwiz/"draft-*
cp "$tmp/fact-2-draft.yaml" "$tmp/state/tenderwiz/draft-20261201-120000-1.yaml"
chmod 600 "$tmp/state/tenderwiz/draft-20261201-120000-1.yaml"
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
wiz_keys Down Down Enter
wiz_wait "$(step 9)"
wiz_expect "$(zhf 'case fact not answered: %s' "$(zh 'Involves national security')")"
wiz_expect "$(zhf 'case fact not answered: %s' "$(zh 'Provides a mobile app')")"
wiz_expect_not "Involves national security"
finish
