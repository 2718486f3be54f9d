#!/bin/sh
# answers-errors.sh: every bad answers file gets FILE:LINE:COL and exit 1 from validate and generate, and generate writes nothing.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

f="$tmp/answers.yaml"
good='version: 2
category: app-development
tier: medium
agency_level: B
case: {agency: 測試機關, name: 測試案, number: T-1, date: 2026-11-21}
elsewhere: [{id: dev-27}, {id: dev-28}, {id: dev-46}, {id: dev-49}]
agency_type: government
context: {personal_data: false, critical_infrastructure: false, external_service: false, core_system: false, large_contract: false, national_security: false, mobile_app: false}
'

# bad NAME EXPECTED: the answers in $f fail validate and generate with EXPECTED.
bad() {
	tw validate --answers "$f"
	[ "$(rc)" = 1 ] || fail "$1: validate exit $(rc), want 1"
	grep -qF -- "$2" "$tmp/err" || fail "$1: validate said '$(cat "$tmp/err")', want '$2'"
	(cd "$tmp" && tw generate --answers "$f" --appendix "$tmp/a.pdf" --checklist "$tmp/c.pdf")
	[ "$(rc)" = 1 ] || fail "$1: generate exit $(rc), want 1"
	[ -e "$tmp/a.pdf" ] || [ -e "$tmp/c.pdf" ] && fail "$1: generate left a file"
	ls -a "$tmp" | grep -q '^\.a\.pdf\.' && fail "$1: generate left a temporary file"
}
# put TEXT: write the answers file.
put() { printf '%s' "$1" >"$f"; }

put "$good"
tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "good answers: exit $(rc): $(cat "$tmp/err")"
# Many rows adopted, counted in the plural.
grep -qE 'answers\.yaml: OK \(([02-9]|[0-9]{2,}) rows adopted\)$' "$tmp/out" ||
    fail "good answers said '$(cat "$tmp/out")'"

put "${good}colour: red
"
bad "unknown key" "answers.yaml:9:1: unknown key 'colour' in answers"

# The tier helper's ratings (附表九): known aspects, tiers as ratings.
put "${good}tier_basis: {confidentiality: high, secrecy: low}
"
bad "tier_basis key" "answers.yaml:9:37: unknown key 'secrecy' in tier_basis"
put "${good}tier_basis: {integrity: huge}
"
bad "tier_basis rating" "answers.yaml:9:25: unknown rating 'huge' (want high, medium or low; 高, 中 or 普)"
put "${good}tier_basis: {integrity: medium, availability: low}
"
tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "tier_basis: exit $(rc): $(cat "$tmp/err")"
grep -q 'tier_basis' "$tmp/err" && fail "tier_basis at the tier warned: $(cat "$tmp/err")"
put "${good}tier_basis: {confidentiality: high}
"
tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "tier below tier_basis: exit $(rc): $(cat "$tmp/err")"
expect_err "warning: the tier Medium (中) is below the highest impact rating in tier_basis, High (高)"

# A quote left open is named where it starts, not where libyaml stops:
# two lines on, where a later quote closes it, or at the end of the file.
printf 'version: 2\ncategory: app-development\ncase:\n  agency: 測試機關\n  name: "校務 系統 維運案\n  number: T-1\n  date: "2026-12-01"\n' >"$f"
bad "quote left open" "answers.yaml:5:9: the quoted text that starts here is not closed: its closing quote is missing (libyaml, at 7:10:"
printf "version: 2\ncase:\n  name: '校務系統\n  number: T-1\n" >"$f"
bad "quote open to the end" "answers.yaml:3:9: the quoted text that starts here is not closed"
# A quoted text over several lines, closed, is no error.
put "${good}custom: [{id: e, group: 新項目, text: \"廠商應於
  七日內回報\"}]
"
tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "a quoted text over two lines: $(cat "$tmp/err")"

put "$(echo "$good" | sed 's/^version: 2$/version: 3/')"
bad "version" "answers.yaml:1:10: unsupported answers version '3' (this program reads versions 1 and 2)"

# Format 2 keys in a format 1 file: the file says which version it is.
put "$(echo "$good" | sed 's/^version: 2$/version: 1/')"
bad "v2 key in v1" "answers.yaml:7:1: 'agency_type' is a key of answers version 2; make the version 2"

put "$(echo "$good" | sed 's/^agency_type: .*/agency_type: ministry/')"
bad "unknown agency type" "answers.yaml:7:14: unknown agency type 'ministry' (want government, ci-provider, state-enterprise, foundation or government-controlled)"

put "$(echo "$good" | sed 's/national_security: false/national_security: maybe/')"
bad "national_security not a bool" "national_security must be true or false, not 'maybe'"

put "${good}rules_version: \"109.01.01\"
"
bad "unknown rules version" "the answers were made under rules version 109.01.01, which this program does not have"


put "$(echo "$good" | sed '/^version/d')"
bad "no version" "answers lacks the key 'version'"

put "$(echo "$good" | sed 's/^category: .*/category: web-shop/')"
bad "unknown category" "answers.yaml:2:11: unknown category 'web-shop' (want one of saas-packaged, saas-office, saas-customization, cloud-platform, system-planning, security-planning, app-development, system-extension, app-maintenance)"

put "$(echo "$good" | sed 's/^tier: .*/tier: extreme/')"
bad "unknown tier" "answers.yaml:3:7: unknown tier 'extreme' (want high, medium or low; 高, 中 or 普)"

put "$(echo "$good" | sed 's/^agency_level: .*/agency_level: F/')"
bad "unknown level" "answers.yaml:4:15: unknown agency level 'F' (want A, B, C, D or E)"

put "${good}route: joint-supply-contract
"
bad "jsc for non-cloud" "answers.yaml:9:8: the joint supply contract route is only for cloud categories, not app-development"

put "${good}route: airmail
"
bad "unknown route" "unknown route 'airmail' (want tender or joint-supply-contract)"

put "${good}include: [dev-99]
"
bad "unknown id" "answers.yaml:9:11: unknown item 'dev-99' in category app-development"

put "${good}include: [pkg-01]
"
bad "id of another category" "unknown item 'pkg-01' in category app-development"

put "${good}include: [dev-01]
exclude: [{id: dev-01, reason: x}]
"
bad "named twice" "answers.yaml:10:16: item 'dev-01' is named more than once in include, exclude and elsewhere"

put "${good}exclude: [{id: dev-01}]
"
bad "exclusion without reason" "answers.yaml:9:11: exclude lacks the key 'reason'"

put "${good}exclude: [{id: dev-01, reason: \"\"}]
"
bad "empty reason" "reason must not be empty"
put "${good}exclude: [{id: dev-01, reason: \"　 \"}]
"
bad "reason of spaces" "answers.yaml:9:32: reason must not be empty"

put "${good}include: [dev-01, dev-02]
elsewhere2: []
"
bad "unknown list" "unknown key 'elsewhere2' in answers"

put "$(echo "$good" | sed 's/^elsewhere: \[{id: dev-27}/elsewhere: [{id: dev-01}/')"
bad "elsewhere for a ● row" "only a ▲ row can be placed elsewhere; 'dev-01' is required at tier medium"

put 'version: 1
category: saas-office
tier: low
case: {agency: 機關, name: 案, number: T-2, date: 2026-11-21}
include: [off-07]
'
grep -q "id: off-07" "$top_srcdir/data/catalogue.yaml" || fail "fixture assumption"
n=$(awk '/id: off-07/{f=1} f&&/marks/{print; exit}' "$top_srcdir/data/catalogue.yaml")
case "$n" in *"low: none"*) bad "none row included" "does not apply (-) at tier low and cannot be included" ;;
*) fail "off-07 is not '-' at low: $n" ;; esac

put "$(echo "$good" | sed 's/date: 2026-11-21/date: 2026-02-30/')"
bad "bad date" "date '2026-02-30' is not a valid date YYYY-MM-DD"

put "$(echo "$good" | sed 's/^case: .*/case: {agency: 機關}/; s/personal_data: false/personal_data: yes/')"
bad "not a bool" "personal_data must be true or false, not 'yes'"

put "${good}blanks: {system-tier: 高}
"
bad "tier blank set" "blank 'system-tier' fills itself from the tier; set tier instead"

put "${good}blanks: {colour: 高}
"
bad "unknown blank" "unknown blank 'colour'"

put "$good"
printf 'tier: high\n' >>"$f"
bad "duplicate key" "answers.yaml:9:1: duplicate key 'tier' (first at line 3)"

put "version: 1
category: &c app-development
"
bad "anchor" "anchors are not allowed"

put "version: 1
--- 
version: 1
"
bad "two documents" "more than one document in file"

printf 'version: 1\ncase: {name: \377}\n' >"$f"
bad "invalid UTF-8" "answers.yaml:2:14: invalid UTF-8 byte sequence (byte 0xff)"

# Problems that are not errors of the file itself are listed together.
put 'version: 2
category: app-development
tier: high
agency_type: government
agency_level: A
context: {personal_data: true, critical_infrastructure: true, external_service: true, core_system: true, large_contract: true, national_security: true, mobile_app: true}
'
bad "incomplete answers" "cannot generate yet"
expect_err "the case lacks the agency"
expect_err "row dev-46"
n=$(grep -c "do not decide" "$tmp/err")
[ "$n" = 4 ] || fail "listed $n undecided ▲ rows, want 4"

# A case fact left unanswered is named, never guessed.
put "$(echo "$good" | sed 's/ core_system: false,//')"
bad "unanswered fact" "answers.yaml: the case facts do not say whether: Core system of the agency (context: core_system)"
# In Chinese the fact keeps its Chinese name.
if command -v msgfmt >/dev/null 2>&1 &&
    locale -a 2>/dev/null | grep -qi '^zh_TW\.utf-\{0,1\}8$'; then
	mkdir -p "$tmp/locale/zh_TW/LC_MESSAGES"
	msgfmt -o "$tmp/locale/zh_TW/LC_MESSAGES/tenderwiz.mo" \
	    "$top_srcdir/po/zh_TW.po" || fail "msgfmt failed"
	LC_ALL=zh_TW.UTF-8 LANGUAGE= TENDERWIZ_LOCALEDIR="$tmp/locale" \
	    tw validate --answers "$f"
	expect_err "案件事實未回答是否：屬委託機關之核心資通系統（context：core_system）"
	grep -q "Core system" "$tmp/err" && fail "zh_TW names the fact in English: $(cat "$tmp/err")"
else
	echo "note: no msgfmt or zh_TW.UTF-8 locale; the Chinese fact not checked" >&2
fi
put "$(echo "$good" | sed '/^agency_type/d')"
bad "no agency type" "no agency type chosen (agency_type: government, ci-provider, state-enterprise, foundation or government-controlled)"

# Format 1 still loads; what it cannot say is named.
cp "$top_srcdir/tests/answers/v1-app-development.yaml" "$f"
bad "format 1" "this answers file (format 1) does not say the agency type"
tw validate --answers "$f"
expect_err "this answers file (format 1) says core_system: true, which meant a core system or a contract of NT\$10 million or more"
expect_err "rules version 110.08.23; 115.01.07 is in force"
# A format 1 core_system: false says both facts: no problem of it.
sed 's/core_system: true/core_system: false/' "$top_srcdir/tests/answers/v1-app-development.yaml" >"$f"
bad "format 1, no core" "does not say the agency type"
grep -q "core_system: true" "$tmp/err" && fail "format 1 core_system: false named as a problem"

# Agency clauses (custom): each error names the entry's line and column.
c='custom:
  - id: vuln
    group: 資安檢測
    text: 高風險弱點應於____日內修補'
put "${good}${c}
blanks: {vuln.1: \"7\"}
"
tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "good agency clause: exit $(rc): $(cat "$tmp/err")"
expect_out "agency clause vuln (資安檢測): 高風險弱點應於7日內修補"
put "${good}${c}
"
bad "agency blank unfilled" "agency clause vuln has 1 unfilled blank: 高風險弱點應於____日內修補"
# Spaces (ASCII or U+3000) or the blank's line again fill nothing.
for v in '"　 "' '"   "' '"＿＿＿"' '____'; do
	put "${good}${c}
blanks: {vuln.1: $v}
"
	bad "agency blank $v" "answers.yaml:13:18: blank 'vuln.1' is not filled in: spaces and blank lines (____) are no value"
done
put "${good}blanks: {risk-level: ____}
"
bad "table blank of underscores" "answers.yaml:9:22: blank 'risk-level' is not filled in"
put "${good}blanks: {risk-level: \"　\"}
"
bad "table blank of a space" "answers.yaml:9:22: blank 'risk-level' is not filled in"
put "${good}${c}
blanks: {vuln.2: \"7\"}
"
bad "agency blank too far" "answers.yaml:13:10: agency clause 'vuln' has 1 blank; there is no blank 'vuln.2'"
put "${good}${c}
blanks: {nda.1: \"7\"}
"
bad "blank of no clause" "answers.yaml:13:10: unknown blank 'nda.1'"
put "${good}${c}
  - id: vuln
    group: 新項目
    text: 其他要求
"
bad "id twice" "answers.yaml:13:9: agency clause 'vuln' is named more than once"
put "${good}${c}
  - id: again
    group: 新項目
    text: 高風險弱點應於____日內修補
"
bad "text twice" "answers.yaml:15:11: the text repeats agency clause vuln"
t=$(awk '/id: dev-01$/{f=1} f&&/text:/{sub(/^ *text: */,""); print; exit}' "$top_srcdir/data/catalogue.yaml")
[ -n "$t" ] || fail "fixture assumption: dev-01 has a text"
put "${good}custom: [{id: mine, group: 新項目, text: \"$t\"}]
"
bad "text of a row" "answers.yaml:9:39: the text repeats row dev-01 of the table"
put "$(echo "$good$c" | sed 's/group: 資安檢測/group: 資安檢側/')
"
bad "group typo" "answers.yaml:11:12: unknown group '資安檢側' in category app-development: did you mean '資安檢測'?"
put "$(echo "$good$c" | sed 's/group: 資安檢測/group: 資安檢/')
"
bad "group a character short" "unknown group '資安檢' in category app-development: did you mean '資安檢測'?"
put "${good}custom: [{id: e, group: 新項目, text: \"　 \"}]
"
bad "blank text" "answers.yaml:9:36: the text of an agency clause is empty"
put "${good}custom: [{id: e, group: \"　\", text: 某要求}]
"
bad "blank group" "answers.yaml:9:25: the group of an agency clause is empty"
put "${good}custom: [{id: e, group: \"新\\n項目\", text: 某要求}]
"
bad "group of two lines" "answers.yaml:9:25: the group of an agency clause must be one line of text"
put "${good}custom: [{id: e, group: 新項目, text: 某要求, note: \" \"}]
"
bad "blank note" "answers.yaml:9:47: the note of an agency clause is empty"
put "${good}custom: [{id: e, group: 新項目, text: \"\"}]
"
bad "empty text" "text must not be empty"
put "${good}custom: [{id: e, group: 新項目}]
"
bad "no text" "answers.yaml:9:10: custom lacks the key 'text'"
put "${good}custom: [{id: dev-01, group: 新項目, text: 某要求}]
"
bad "a row's id" "answers.yaml:9:15: agency clause id 'dev-01' is an id of the table; choose another"
put "${good}custom: [{id: a.b, group: 新項目, text: 某要求}]
"
bad "id with a dot" "agency clause id 'a.b' must be letters, digits, '-' and '_'"
put "${good}custom: [{id: e, group: 新項目, text: 某要求, checklist: maybe}]
"
bad "checklist not a bool" "checklist must be true or false, not 'maybe'"
put "${good}custom: [{id: e, group: 新項目, text: 某要求, colour: red}]
"
bad "unknown key in an entry" "unknown key 'colour' in custom"
put "version: 2
custom: [{id: e, group: 新項目, text: 某要求}]
"
bad "no category" "answers.yaml:2:9: agency clauses need a category, to place them among its rows"

# The procurement method: one of five, and none through the joint supply contract.
put "${good}method: auction
"
bad "unknown method" "answers.yaml:9:9: unknown procurement method 'auction' (want open-tender, selective-tender, limited-tender, public-quotation or small-purchase)"
put "version: 2
category: saas-office
route: joint-supply-contract
method: open-tender
"
bad "method on the joint supply route" "answers.yaml:4:9: an order through the joint supply contract has no procurement method; drop method or make the route tender"
put "$(echo "$good" | sed 's/^version: 2$/version: 1/; /^agency_type/d')
method: small-purchase
"
bad "method in format 1" "answers.yaml:8:1: 'method' is a key of answers version 2; make the version 2"
put "$(echo "$good" | sed 's/^version: 2$/version: 1/; /^agency_type/d')
${c}
"
bad "custom in format 1" "answers.yaml:8:1: 'custom' is a key of answers version 2; make the version 2"

rm -f "$f"
bad "missing file" "answers.yaml: No such file or directory"

mkdir "$f"
bad "a folder" "answers.yaml: not a regular file"
rmdir "$f"

finish
