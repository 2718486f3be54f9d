#!/bin/sh
# wizard-rules.sh: the questions the rules depend on, walked in tmux at 80x24 in English and under zh_TW.UTF-8: the agency type on the level step (its help saying what it adopts), core system, large contract and national security as separate case facts, each with its help on screen (the external-service help naming the DDoS drill rows), their effect on the clause list, a [?] row's panel giving the rules' reason, the review naming the agency type and the case facts, and the answers file of format 2 the wizard saves.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"

# --- English -----------------------------------------------------------------
wiz_start
wiz_new_case "臺中市政府資訊中心" "智慧路燈系統擴充案" "TC-115-9"
wiz_category 7
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 5/9"
wiz_wait_line "Agency type *" "—"
wiz_keys Right Right
wiz_wait_line "Agency type *" "CI provider (關鍵基礎設施提供者)"
wiz_expect "VANS is adopted at levels A and B"
wiz_keys Down Right
wiz_wait_line "Responsibility level" "‹ A ›"
wiz_keys Enter
wiz_wait "Step 6/9"
wiz_expect "Core system of the agency"
wiz_expect "Contract of NT\$10 million or more"
wiz_expect "Involves national security"
wiz_keys n Down n Down
wiz_wait "DDoS attack and defence drill"
wiz_keys n Down
wiz_wait "ISO 27001 rows at levels A to C"
wiz_keys n Down
wiz_wait "source code review"
wiz_keys n Down y
wiz_wait_line "Involves national security" "[x]"
wiz_expect "with its capital"
# The last question's help has room too, below the seven at 80x24.
wiz_keys Down
wiz_wait "mobile app security label"
wiz_expect "Provides a mobile app"
wiz_keys n Enter
wiz_wait "Step 7/9"
# National security adopts the ◎ 陸資 row; the web scan of a 特定非公務機關 is asked.
wiz_wait "ext-01 ● · adopted"
wiz_keys Down Down
wiz_wait "ext-03 ◎ · adopted"
wiz_expect "本案採購涉及國家安全事項"
wiz_expect "3 to decide"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to TC-115-9-answers.yaml"
a="$work/TC-115-9-answers.yaml"
for s in "version: 2" "rules_version: \"115.01.07\"" "agency_type: ci-provider" \
    "agency_level: A" "core_system: false" "large_contract: false" \
    "national_security: true" "external_service: false"; do
	grep -qF -- "$s" "$a" || fail "the saved answers lack '$s': $(cat "$a")"
done
tw show --answers "$a"
grep -A1 'ext-03' "$tmp/out" | grep -qF "採購涉及國家安全事項" ||
    fail "show does not give national security as ext-03's reason: $(grep -A1 ext-03 "$tmp/out")"
# Enter with rows to decide lands on the first [?] row, whose panel gives
# the reason the rules leave it to the agency, as show does.
q=$(sed -n '/^  \[undecided\] /{n;p;q}' "$tmp/out" | sed 's/^ *//')
[ -n "$q" ] || fail "show lists no undecided row: $(cat "$tmp/out")"
wiz_keys Enter
wiz_wait "Decide the rows marked [?]"
wiz_expect "to be decided"
wiz_expect "$(printf '%s' "$q" | cut -c1-60)"
# The review names the agency type with the level, and F1 the case facts.
wiz_decide_rows "另案辦理"
wiz_press_until "Step 9/9" Enter
wiz_expect_text "level A · CI provider (關鍵基礎設施提供者)"
wiz_keys F1
wiz_wait "Case facts:"
wiz_expect "• Involves national security: Yes"
wiz_expect "• Contract of NT\$10 million or more: No"
wiz_keys Escape
wiz_gone "Case facts:"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
[ "$(wiz_exit)" = 0 ] || fail "F10 after saving: $(cat "$tmp/screen")"

# --- zh_TW.UTF-8 -------------------------------------------------------------
wiz_zh_ready || { echo "note: $wiz_zh_missing; zh_TW walk not run" >&2; finish; }
for m in "Agency type" "Core system of the agency" "Contract of NT\$10 million or more" \
    "Involves national security"; do
	[ "$(zh "$m")" != "$m" ] || fail "'$m' is not translated"
done
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
wiz_keys Enter
wiz_wait "$(step 2)"
wiz_type "高雄市政府資訊中心"; wiz_keys Enter
wiz_type "公車動態系統維運案"; wiz_keys Enter
wiz_type "KH-115-2"; wiz_keys Enter Enter Enter
wiz_wait "$(step 3)"
wiz_keys Down Down Down Down Down Down Down Down Enter
wiz_wait "$(step 4)"
wiz_keys Down Down Down Down Right
wiz_wait "$(zh 'High (高)')"
wiz_keys Enter
wiz_wait "$(step 5)"
wiz_wait "$(zh 'Agency type')"
wiz_keys Right
wiz_wait_line "$(zh 'Agency type') *" "‹ 公務機關 ›"
wiz_expect "附表一、三、五、七、八）決定"
wiz_keys Down Right Right Right
wiz_wait_line "$(zh 'Responsibility level') *  ‹" "‹ C ›"
wiz_keys Enter
wiz_wait "$(step 6)"
wiz_expect "$(zh 'Core system of the agency')"
wiz_expect "$(zh 'Contract of NT$10 million or more')"
wiz_keys n Down n Down
wiz_wait "DDoS 攻防演練"
wiz_keys n Down y
wiz_wait_line "$(zh 'Core system of the agency')" "[x]"
wiz_keys Down n Down n
wiz_wait "$(zh 'Involves national security')"
wiz_keys Down n Enter
wiz_wait "$(step 7)"
# A core system of a level C 公務機關: the web scan and penetration test are its duty.
wiz_wait "$(zh 'Clauses')"
wiz_keys F2
wiz_wait "KH-115-2-answers.yaml"
wiz_keys Enter
wiz_wait "KH-115-2-answers.yaml"
_n=100
while [ ! -f "$work/KH-115-2-answers.yaml" ] && [ "$_n" -gt 0 ]; do sleep 0.05; _n=$((_n - 1)); done
a="$work/KH-115-2-answers.yaml"
for s in "agency_type: government" "agency_level: C" "core_system: true" \
    "large_contract: false" "national_security: false" "category: app-maintenance"; do
	grep -qF -- "$s" "$a" || fail "the zh_TW answers lack '$s': $(cat "$a" 2>&1)"
done
tw show --answers "$a"
grep -q '^  \[adopted\] ops-05' "$tmp/out" || fail "ops-05 not adopted for a core system: $(grep ops-05 "$tmp/out")"
wiz_keys F10
wiz_exit >/dev/null
finish
