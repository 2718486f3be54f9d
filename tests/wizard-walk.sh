#!/bin/sh
# wizard-walk.sh: full walks through the wizard in tmux, start screen to generated files: app-development (tier high from the impact helper, whose ratings the answers and the record keep, level B, personal data) and cloud-platform (joint supply contract, level C); required and date checks on the case step, the category list, the default output names; the answers file the wizard writes validates and regenerates byte-identical PDFs; and, once po/zh_TW.po translates the wizard, a walk under zh_TW.UTF-8 (level step skipped) shows 步驟.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
work="$tmp/work"

# The files the wizard writes by default: generate's five, then the answers.
docs="appendix.pdf appendix.odt checklist.pdf checklist.odt record.pdf"

# check_outputs NUMBER: the wizard's six files are there, the answers
# validate, generate makes the same bytes from them, and verify accepts
# each document.
check_outputs() {
	for f in $docs answers.yaml; do
		[ -s "$work/$1-$f" ] || fail "the wizard did not write $1-$f: $(ls "$work")"
	done
	# A new answers file follows the umask (022 in the pane's shell).
	[ "$(stat -c %a "$work/$1-answers.yaml")" = 644 ] ||
	    fail "$1-answers.yaml has mode $(stat -c %a "$work/$1-answers.yaml")"
	tw validate --answers "$work/$1-answers.yaml"
	[ "$(rc)" = 0 ] || fail "validate exit $(rc): $(cat "$tmp/out" "$tmp/err")"
	expect_out ": OK"
	# generate with no output named, as the README says to run it again.
	rm -rf "$tmp/gen"
	mkdir "$tmp/gen"
	(cd "$tmp/gen" && "$TENDERWIZ" generate --answers "$work/$1-answers.yaml") \
	    >"$tmp/out" 2>"$tmp/err" || fail "generate: $(cat "$tmp/err")"
	for f in $docs; do
		cmp -s "$work/$1-$f" "$tmp/gen/$1-$f" ||
		    fail "$1: the wizard's $f differs from generate's"
		tw verify --answers "$work/$1-answers.yaml" "$work/$1-$f"
		[ "$(rc)" = 0 ] || fail "verify $f: $(cat "$tmp/out" "$tmp/err")"
	done
}

# Generate on the review step, leave with F10, and see the shell again.
generate_and_quit() {
	wiz_wait "Step 9/9"
	wiz_expect "No problems"
	for f in $docs answers.yaml; do
		wiz_expect "$1-$f"
	done
	wiz_generate
	wiz_wait "Done." 20
	wiz_expect "Written:"
	wiz_keys F10
	[ "$(wiz_exit)" = 0 ] || fail "the wizard's exit status after generating: $(cat "$tmp/screen")"
	wiz_expect "The answers are in $1-answers.yaml"
	wiz_expect "TTY=restored"
	[ -z "$(wiz_drafts)" ] || fail "a finished walk left a draft: $(wiz_drafts)"
}

# --- 1. app-development, tier high, level B, personal data -----------------
wiz_start SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH
wiz_wait "Step 1/9"
wiz_expect "New appendix"
wiz_expect "Open an answers file..."
wiz_expect_not "Drafts to resume:"
d0=$(date +%Y-%m-%d)
wiz_keys Enter
wiz_wait "Step 2/9"
d1=$(date +%Y-%m-%d)
wiz_screen | grep -F 'Date' | grep -qF -e "$d0" -e "$d1" || fail "the date is not today: $(wiz_line Date)"

# Required fields: Enter through them empty stops on the case step.
wiz_keys Enter Enter Enter Enter Enter
wiz_wait "Agency is required"
wiz_expect "Step 2/9"
wiz_type "數位發展部資通安全署"
wiz_keys Enter
wiz_type "政府資安通報平臺功能擴充案"
wiz_keys Enter
wiz_type "MODA-115-027"
wiz_keys Enter C-u
wiz_type "2026-13-45"
wiz_keys Enter Enter
wiz_wait "is not a date"
wiz_expect "Step 2/9"
wiz_keys C-u
wiz_type "2026-11-21"
wiz_keys Enter Enter
wiz_wait "Step 3/9"

# The nine categories, in the table's order (long names are cut).
set -- "雲端微服務（SaaS）套裝型" "雲端微服務（SaaS）辦公室生產力工具" \
    "既有雲端微服務（SaaS）客製化需求更版" "雲端平台(PaaS或IaaS)" \
    "資訊系統規劃服務" "資訊安全類規劃服務" "應用軟體或系統開發服務" \
    "既有系統功能後續擴充" "應用軟體或系統維運服務"
wiz_expect "$9"
wiz_screen | sed -n 's/^ *[○●] //p' | sed 's/ *│.*//; s/ *$//' >"$tmp/cats"
[ "$(wc -l <"$tmp/cats")" = 9 ] || fail "the category list has $(wc -l <"$tmp/cats") rows: $(cat "$tmp/cats")"
while read -r got; do
	got=${got%…}
	[ -n "$got" ] && case "$1" in "$got"*) ;; *) case "$got" in "$1"*) ;; *) false ;; esac ;; esac ||
	    fail "category list: '$got' where '$1' was expected"
	shift
done <"$tmp/cats"
wiz_keys Down Down Down Down Down Down
wiz_wait "Developing new application"
wiz_category 0

# Tier: once all four impacts are rated, the highest fills the tier;
# lowering it lowers the tier.  Ratings run high to low like the tier:
# Left climbs from low.
wiz_keys Left
wiz_wait_line "Impact on confidentiality" "Low (普)"
wiz_keys Down Left Left
wiz_wait_line "Impact on integrity" "Medium (中)"
wiz_keys Down Left Left Left
wiz_wait_line "Impact on availability" "High (高)"
wiz_line "Protection tier *" | grep -qF "‹ — ›" ||
    fail "three ratings of four set the tier: $(wiz_line "Protection tier *")"
wiz_keys Down Left
wiz_wait_line "Impact on legal compliance" "Low (普)"
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Up Right
wiz_wait_line "Protection tier *" "Medium (中)"
wiz_keys Left
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter Enter Enter
wiz_wait "Step 5/9"
# A 公務機關 of level B.
wiz_keys Right Down Right Right Enter
wiz_wait "Step 6/9"
wiz_expect_not "Procurement route"
wiz_keys y
wiz_wait_line "Involves personal data" "[x]"
wiz_keys Enter n Enter n Enter n Enter n Enter n Enter n Enter
wiz_wait "Step 7/9"
wiz_decide_rows "由本署資安事件應變服務契約辦理"
wiz_press_until "Step 9/9" Enter
generate_and_quit MODA-115-027

a="$work/MODA-115-027-answers.yaml"
for s in "category: app-development" "tier: high" "agency_level: B" \
    "route: tender" "agency: 數位發展部資通安全署" \
    "name: 政府資安通報平臺功能擴充案" "number: MODA-115-027" \
    "personal_data: true" "mobile_app: false" "note: 由本署資安事件應變服務契約辦理"; do
	grep -qF -- "$s" "$a" || fail "the answers lack '$s': $(cat "$a")"
done
grep -qE '^  date: "?2026-11-21"?$' "$a" || fail "the answers lack the date: $(cat "$a")"
# The helper's ratings are kept with the answers, and the record says them.
for s in "tier_basis:" "  confidentiality: low" "  integrity: medium" \
    "  availability: high" "  legal: low"; do
	grep -qxF -- "$s" "$a" || fail "the answers lack '$s': $(cat "$a")"
done
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$work/MODA-115-027-record.pdf" - | tr -d ' \n' |
	    grep -qF "依附表九：機密性普、完整性中、可用性高、法律遵循性普；取其最高者為「高」級" ||
	    fail "the record lacks the helper's ratings"
fi
check_outputs MODA-115-027
# Personal data adopts the ISO 27701 row.
"$TENDERWIZ" show --answers "$a" | grep '^  \[adopted\]' | grep -q 27701 ||
    fail "personal data did not adopt the 27701 row"

# --- 2. cloud-platform through the joint supply contract, tier medium -----
wiz_start SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH
wiz_wait "Step 1/9"
wiz_expect_not "Drafts to resume:"
wiz_new_case "臺北市政府資訊局" "市民服務平臺雲端主機租用" "TPE-IT-115-08"
# The tier chosen directly, without the helper.
wiz_cloud_to_contract
wiz_keys Enter Space
wiz_wait_line "Involves personal data" "[x]"
wiz_keys Enter n Enter y
wiz_wait_line "Important external service" "[x]"
wiz_keys Enter n Enter n Enter n Enter n Enter
wiz_wait "Step 7/9"
wiz_decide_rows "另案辦理"
wiz_press_until "Step 9/9" Enter
generate_and_quit TPE-IT-115-08

a="$work/TPE-IT-115-08-answers.yaml"
for s in "category: cloud-platform" "tier: medium" "agency_level: C" \
    "route: joint-supply-contract" "external_service: true" "personal_data: true"; do
	grep -qF -- "$s" "$a" || fail "the answers lack '$s': $(cat "$a")"
done
check_outputs TPE-IT-115-08
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$work/TPE-IT-115-08-appendix.pdf" - | tr -d ' \n' |
	    grep -qF "雲端服務共同供應契約廠商應辦事項" || fail "the JSC checks are not in the appendix"
fi

# --- 3. the same kind of walk in Chinese, once the wizard is translated ---
po="$top_srcdir/po/zh_TW.po"
if ! grep -q '步驟' "$po"; then
	echo "note: po/zh_TW.po does not translate the wizard yet; zh_TW walk not run" >&2
elif ! wiz_zh_ready; then
	echo "note: $wiz_zh_missing; zh_TW walk not run" >&2
else
	case "$(step 1)" in *步驟*) ;; *) fail "the step indicator is translated as '$(step 1)'" ;; esac
	wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale" SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH
	wiz_wait "$(step 1)"
	wiz_expect "步驟"
	wiz_keys Enter
	wiz_wait "$(step 2)"
	wiz_type "數位發展部資訊處"; wiz_keys Enter
	wiz_type "資訊系統委外規劃案"; wiz_keys Enter
	wiz_type "MODA-IT-115-3"; wiz_keys Enter Enter Enter
	wiz_wait "$(step 3)"
	wiz_keys Down Down Down Down Enter
	wiz_wait "$(step 4)"
	# Tier low (普), chosen directly; no ▲ rows, so no level step.
	wiz_keys Down Down Down Down Left
	wiz_wait "普"
	wiz_keys Enter
	wiz_wait "$(step 6)"
	wiz_facts_no
	wiz_wait "$(step 7)"
	wiz_expect "pln-01"
	wiz_press_until "$(step 9)" Enter
	wiz_expect "MODA-IT-115-3-appendix.pdf"
	wiz_generate
	wiz_wait "$(zh 'Done.')" 20
	wiz_expect "步驟"
	wiz_keys F10
	[ "$(wiz_exit)" = 0 ] || fail "zh_TW walk exit: $(cat "$tmp/screen")"
	grep -qF "category: system-planning" "$work/MODA-IT-115-3-answers.yaml" ||
	    fail "zh_TW walk answers: $(cat "$work/MODA-IT-115-3-answers.yaml")"
	grep -qF "tier: low" "$work/MODA-IT-115-3-answers.yaml" || fail "zh_TW walk: tier not low"
	check_outputs MODA-IT-115-3
fi

finish
