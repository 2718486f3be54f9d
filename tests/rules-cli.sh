#!/bin/sh
# rules-cli.sh: the rules through the command line: for every category with ▲ rows, tier, level and agency type, show decides each ▲ row with its 附表 and 令; each case-fact trigger of the table's notes seen in show and in the appendix's text (pdftotext); warnings; the rows that change under the version in force, and migrate, with a third version that is only data: a current file left untouched, the buyer's comments kept or named when dropped.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
f="$tmp/answers.yaml"
CASE='case: {agency: 測試機關, name: 測試案, number: T-1, date: 2026-11-21}'

# --- 1. every category with ▲ rows, tier, level and agency type -------------
n=0
for c in cloud-platform app-development system-extension app-maintenance; do
for t in high medium low; do
for l in A B C D E; do
for a in government ci-provider state-enterprise foundation government-controlled; do
	printf 'version: 2\ncategory: %s\ntier: %s\nagency_type: %s\nagency_level: %s\n%s\ncontext: {personal_data: true, critical_infrastructure: true, external_service: true, core_system: true, large_contract: true, national_security: true, mobile_app: true}\n' \
	    "$c" "$t" "$a" "$l" "$CASE" >"$f"
	tw show --answers "$f"
	[ "$(rc)" = 0 ] || fail "show $c $t $l $a: exit $(rc): $(cat "$tmp/err")"
	# Each ▲ row: decided or asked, and its reason cites a 附表 and the 令.
	awk -v what="$c $t $l $a" '
	    prev != "" { if ($0 !~ /附表/ || $0 !~ /數授資法字第1145000416號令修正/) {
	        print what ": " prev " has no basis: " $0; bad = 1 }
	        prev = "" }
	    /^  \[[a-z-]*\] [a-z]+-[0-9]+ ▲ / {
	        if ($1 != "[adopted]" && $1 != "[not-adopted]" && $1 != "[undecided]") {
	            print what ": " $0; bad = 1 }
	        prev = $2; rows++ }
	    END { if (rows == 0) { print what ": no ▲ row"; bad = 1 } exit bad }' \
	    "$tmp/out" >&2 || fail "show $c $t $l $a: a ▲ row without its decision"
	n=$((n + 1))
done; done; done; done
[ "$n" = 300 ] || fail "ran $n combinations, want 300"

# --- 2. the triggers, in show and in the appendix ---------------------------
# facts CATEGORY TIER LEVEL CONTEXT [MORE]: a complete case of a 公務機關.
facts() {
	printf 'version: 2\ncategory: %s\ntier: %s\nagency_type: government\nagency_level: %s\n%s\ncontext: {%s}\n%s' \
	    "$1" "$2" "$3" "$CASE" "$4" "${5-}" >"$f"
}
# row ID STATE [REASON]: show lists the row in that state, with the reason.
row() {
	tw show --answers "$f"
	grep -q "^  \[$2\] $1 " "$tmp/out" || fail "show: $1 is not $2: $(grep -A1 " $1 " "$tmp/out")"
	[ -z "${3-}" ] || grep -A1 "^  \[[a-z-]*\] $1 " "$tmp/out" | tail -n 1 |
	    grep -qF -- "$3" || fail "show: $1's reason lacks '$3': $(grep -A1 " $1 " "$tmp/out")"
}
# appendix has|lacks TEXT: generate, and look for TEXT in the appendix's
# requirements (not in an annex of the rows left out, if it has one).
appendix() {
	tw generate --answers "$f" --appendix "$tmp/a.pdf"
	[ "$(rc)" = 0 ] || { fail "generate: $(cat "$tmp/err")"; return; }
	if command -v pdftotext >/dev/null 2>&1; then
		pdftotext "$tmp/a.pdf" - | tr -d ' \n' |
		    sed 's/附錄：條款採用情形.*//' >"$tmp/a.flat"
		_t=$(printf '%s' "$2" | tr -d ' ')
		if [ "$1" = has ]; then
			grep -qF -- "$_t" "$tmp/a.flat" || fail "the appendix lacks '$2'"
		else
			grep -qF -- "$_t" "$tmp/a.flat" && fail "the appendix has '$2'"
		fi
	fi
}
NO='personal_data: false, critical_infrastructure: false, external_service: false, national_security: false, mobile_app: false'
DEV_ASK='elsewhere: [{id: dev-27}, {id: dev-28}, {id: dev-46}, {id: dev-49}]
'
EXT_ASK='elsewhere: [{id: ext-14}]
'
T27001="協助系統導入及取得CNS27001"

# 27001 on a core system at levels A to C; not at D, not on contract value.
facts app-development medium B "$NO, core_system: true, large_contract: false" "$DEV_ASK"
row dev-07 adopted "核心資通系統，且機關資通安全責任等級為A級至C級"
appendix has "$T27001"
facts app-development medium D "$NO, core_system: true, large_contract: false" "$DEV_ASK"
row dev-07 not-adopted "標示◎，經機關評估本案無辦理必要，未選用"
appendix lacks "$T27001"
facts system-extension medium C "$NO, core_system: false, large_contract: true" "$EXT_ASK"
row ext-04 not-adopted
appendix lacks "$T27001"

# Source code review (◎ at 中): a core system or a large contract.
row ext-10 adopted "委託金額達新臺幣一千萬元以上"
appendix has "原始碼檢測"
facts system-extension medium C "$NO, core_system: false, large_contract: false" "$EXT_ASK"
row ext-10 not-adopted
appendix lacks "原始碼檢測"
# The cloud platform's host scan (● everywhere) says why, given the facts.
facts cloud-platform medium C "$NO, core_system: true, large_contract: false" \
    'elsewhere: [{id: cld-14}, {id: cld-15}, {id: cld-16}]
'
row cld-23 adopted "委託機關應自行或另行委託第三方進行安全性檢測"
appendix has "主機弱點掃描"

# National security adopts the ◎ 陸資 rows; untouched, they are 未選用.
facts system-extension high C "$NO, core_system: false, large_contract: false" "$EXT_ASK"
row ext-03 not-adopted "標示◎，經機關評估本案無辦理必要，未選用"
appendix lacks "不得為大陸地區廠商或第三地區含陸資成分廠商"
facts system-extension high C "personal_data: false, critical_infrastructure: false, external_service: false, national_security: true, mobile_app: false, core_system: false, large_contract: false" "$EXT_ASK"
row ext-03 adopted "本案採購涉及國家安全事項"
appendix has "不得為大陸地區廠商或第三地區含陸資成分廠商"
facts app-maintenance low C "personal_data: false, critical_infrastructure: false, external_service: false, national_security: true, mobile_app: false, core_system: false, large_contract: false" \
    'elsewhere: [{id: ops-04}, {id: ops-07}]
'
row ops-01 adopted "國家安全"
appendix has "不得為大陸地區廠商或第三地區含陸資成分廠商"

# No mobile app: the App label rows do not apply, with no exclusion written.
facts app-development high C "$NO, core_system: false, large_contract: false" "$DEV_ASK"
row dev-50 not-applicable "本案未提供行動應用程式（App）"
appendix lacks "取得行動應用 App 基本資安標章"
# A ● row whose note limits it to personal data, without personal data.
row dev-08 not-applicable "本案提供服務項目未涉及個人資料"
appendix lacks "廠商協助系統符合機關ISO 27701制度或同級規範"
# An app: the label rows at 普 too.
facts cloud-platform low C "personal_data: false, critical_infrastructure: false, external_service: false, national_security: false, mobile_app: true, core_system: false, large_contract: false" \
    'elsewhere: [{id: cld-15}, {id: cld-19}]
'
row cld-26 adopted "普級亦納入"
appendix has "雲端服務之APP取得行動應用App基本資安標章"
facts app-development low C "personal_data: true, critical_infrastructure: false, external_service: false, national_security: false, mobile_app: true, core_system: false, large_contract: false" "$DEV_ASK"
row dev-50 adopted
appendix has "取得行動應用 App 基本資安標章"
row dev-08 adopted "提供服務項目涉及個資時應納入要求"

# ext-06 on personal data: the reason says it is our inference.
facts system-extension high C "personal_data: true, critical_infrastructure: false, external_service: false, national_security: false, mobile_app: false, core_system: false, large_contract: false" "$EXT_ASK"
row ext-06 adopted "係本工具依同類條款（ISO 27701）推論納入，非一覽表說明所定"
appendix has "機關提供ISO 27701或同級規範要求，廠商符合機關ISO 27701或同級規範"

# Critical infrastructure at 普: a warning that stops nothing.
facts cloud-platform low C "personal_data: false, critical_infrastructure: true, external_service: false, national_security: false, mobile_app: false, core_system: false, large_contract: false" \
    'elsewhere: [{id: cld-15}, {id: cld-19}]
'
tw show --answers "$f"
expect_out "warning: 本案涉及關鍵資訊基礎設施"
tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "validate with a warning: exit $(rc)"
expect_err "warning: 本案涉及關鍵資訊基礎設施"
row cld-21 adopted "涉及關鍵資訊基礎設施之系統建議評估辦理"
appendix has "入侵與攻擊模擬"

# An include of a row the level requires keeps the level's basis.
facts app-development high A "$NO, core_system: true, large_contract: false" \
    "include: [dev-26]
$DEV_ASK"
row dev-26 adopted "公務機關A級應辦"
tw validate --answers "$f"
expect_err "row dev-26 is included, but the rules already require it at this level; the include is redundant"

# --- 3. versions: a third one is only data ----------------------------------
d="$tmp/data"
mkdir "$d"
cp "$top_srcdir/data/catalogue.yaml" "$top_srcdir/data/joint-supply.yaml" "$d/"
sed '0,/^    in_force: true$/{/^    in_force: true$/d}' "$top_srcdir/data/rules.yaml" >"$d/rules.yaml"
sed '/^#/d' "$top_srcdir/tests/fixtures/rules-116.yaml" >>"$d/rules.yaml"
facts app-development high C "$NO, core_system: false, large_contract: false" "$DEV_ASK"
printf 'rules_version: "115.01.07"\n' >>"$f"
cp "$f" "$tmp/before.yaml"
# Under the data in force today, the file is under the version in force.
tw show --answers "$f"
grep -q "is in force" "$tmp/out" && fail "show lists changes under the version in force"
tw --data-dir "$d" show --answers "$f"
[ "$(rc)" = 0 ] || fail "show with a third version: $(cat "$tmp/err")"
grep -q '^  \[not-adopted\] dev-31 ' "$tmp/out" || fail "the file is not resolved under its own version"
expect_out "rules version 115.01.07; 116.01.01 is in force: 1 row changes"
expect_out "dev-31 not-adopted -> adopted"
expect_out "tenderwiz migrate --answers $f"
# At level A the third version decides every row as the second did.
sed 's/^agency_level: C$/agency_level: A/' "$f" >"$tmp/level-a.yaml"
tw --data-dir "$d" show --answers "$tmp/level-a.yaml"
[ "$(rc)" = 0 ] || fail "show at level A: $(cat "$tmp/err")"
expect_out "rules version 115.01.07; 116.01.01 is in force: no row changes"
grep -q ' -> ' "$tmp/out" && fail "show lists a change at level A: $(grep ' -> ' "$tmp/out")"
tw --data-dir "$d" validate --answers "$f"
[ "$(rc)" = 0 ] || fail "validate with a third version: $(cat "$tmp/err")"
expect_err "dev-31 not-adopted -> adopted"
mode0=$(stat -c %a "$f")
tw --data-dir "$d" migrate --answers "$f"
[ "$(rc)" = 0 ] || fail "migrate: exit $(rc): $(cat "$tmp/err")"
expect_out "now answers format 2 under rules version 116.01.01"
grep -qF 'rules_version: "116.01.01"' "$f" || fail "migrate did not record the version: $(cat "$f")"
[ "$(stat -c %a "$f")" = "$mode0" ] || fail "migrate changed the mode from $mode0 to $(stat -c %a "$f")"
ls -a "$tmp" | grep -q '^\.answers\.yaml\.' && fail "migrate left a temporary file"
tw --data-dir "$d" show --answers "$f"
grep -q '^  \[adopted\] dev-31 ' "$tmp/out" || fail "after migrate dev-31 is not adopted"
grep -q "is in force" "$tmp/out" && fail "show lists changes after migrate"
# A file already under the rules and format in force stays as it is,
# byte for byte and its time too, and migrate says so.
touch -d '2026-01-02 03:04:05' "$f"
cp -p "$f" "$tmp/current.yaml"
tw --data-dir "$d" migrate --answers "$f"
[ "$(rc)" = 0 ] || fail "migrate of a current file: exit $(rc): $(cat "$tmp/err")"
expect_out "$f: already answers format 2 under rules version 116.01.01; left as it is"
cmp -s "$f" "$tmp/current.yaml" || fail "migrate rewrote a current file"
[ "$(stat -c %Y "$f")" = "$(stat -c %Y "$tmp/current.yaml")" ] || fail "migrate touched a current file"
grep -q "is in force" "$tmp/out" && fail "migrate of a current file lists changes"
# A file of format 1 moves too; what it could not say stays unanswered.
cp "$top_srcdir/tests/answers/v1-app-development.yaml" "$f"
tw migrate --answers "$f"
[ "$(rc)" = 0 ] || fail "migrate format 1: $(cat "$tmp/err")"
grep -q '^version: 2$' "$f" || fail "migrate kept format 1"
grep -v '^ *#' "$f" | grep -q 'core_system\|large_contract\|agency_type' && fail "migrate guessed what format 1 could not say: $(cat "$f")"
tw validate --answers "$f"
expect_err "the case facts do not say whether: Core system of the agency (context: core_system)"
expect_err "no agency type chosen"
# The buyer's comments stay: on lines of their own above the line of
# YAML they were above, at the end of the line they ended, in and out of
# nested maps and lists (above the line when the line now opens text
# written over several), at the file's end; text that only looks like a
# comment (in quotes, in a block of text) stays text; a comment on a line
# format 2 has no place for goes, and migrate names it.
cat >"$tmp/notes.yaml" <<'EOF'
# 本案答案檔，由資訊室承辦人維護
version: 1
category: app-development   # 應用軟體開發
tier: high
agency_level: A
case:
  # 機關全銜
  agency: "數位發展部 # 資通安全署"  # 引號內不是註解
  name: 政府資安通報平臺功能擴充案
  number: MODA-115-027
  date: 2026-11-21
context:
  personal_data: true
  critical_infrastructure: true
  external_service: true
  core_system: true   # 含核心系統與千萬元以上
  mobile_app: true
include:
  - dev-03
  # dev-04 由資安長決定
  - dev-04
exclude:
  - id: dev-46  # 理由見簽呈
    reason: |
      主機弱點掃描
      # 這行是內容
elsewhere: [{id: dev-27, note: 由本署資安事件應變服務契約辦理}]
# 檔尾註解
EOF
tw migrate --answers "$tmp/notes.yaml"
[ "$(rc)" = 0 ] || fail "migrate with comments: exit $(rc): $(cat "$tmp/err")"
expect_out "$tmp/notes.yaml:16: # 含核心系統與千萬元以上: this comment had no place left and is gone"
[ "$(grep -c 'had no place' "$tmp/out")" = 1 ] || fail "migrate dropped more comments: $(cat "$tmp/out")"
awk 'NR == 1' "$tmp/notes.yaml" | grep -qx '# 本案答案檔，由資訊室承辦人維護' || fail "the first comment moved: $(cat "$tmp/notes.yaml")"
grep -q '^category: app-development  # 應用軟體開發$' "$tmp/notes.yaml" || fail "a line's comment is gone: $(cat "$tmp/notes.yaml")"
grep -A1 '^  # 機關全銜$' "$tmp/notes.yaml" | grep -q '^  agency: .*數位發展部 # 資通安全署.*  # 引號內不是註解$' ||
    fail "the comments of the agency are gone: $(cat "$tmp/notes.yaml")"
grep -A1 '^# dev-04 由資安長決定$' "$tmp/notes.yaml" | grep -q '^include:' || fail "the list's comment is gone: $(cat "$tmp/notes.yaml")"
tail -n 1 "$tmp/notes.yaml" | grep -qx '# 檔尾註解' || fail "the last comment is gone: $(cat "$tmp/notes.yaml")"
# The reason is written over lines now: the comment of its first line
# goes above it.
grep -A1 '^# 理由見簽呈$' "$tmp/notes.yaml" | grep -q '^- {id: dev-46,' || fail "the item's comment is gone: $(cat "$tmp/notes.yaml")"
[ "$(grep -c '#' "$tmp/notes.yaml")" = 8 ] || fail "comments were added or lost: $(cat "$tmp/notes.yaml")"
tw show --answers "$tmp/notes.yaml"
grep -q '^  \[excluded\] dev-46 ' "$tmp/out" || fail "dev-46 lost its exclusion: $(cat "$tmp/out" "$tmp/err")"
tw validate --answers "$tmp/notes.yaml"
grep -q 'do not say whether' "$tmp/err" || fail "migrated comments: validate said $(cat "$tmp/err")"
# A missing file: nothing written.
rm -f "$tmp/none.yaml"
tw migrate --answers "$tmp/none.yaml"
[ "$(rc)" = 1 ] || fail "migrate of a missing file: exit $(rc)"
[ -e "$tmp/none.yaml" ] && fail "migrate created a file"

# Format 1 never asked about national security: a file of it leaves the
# question open (named by validate, kept open by migrate), never "no".
cat >"$tmp/v1ns.yaml" <<EOF
version: 1
category: app-maintenance
tier: medium
agency_level: B
route: tender
case: {agency: 測試機關, name: 維運案, number: T-NS, date: 2026-12-01}
context: {personal_data: false, critical_infrastructure: false, external_service: false, core_system: false, mobile_app: false}
EOF
tw validate --answers "$tmp/v1ns.yaml"
[ "$(rc)" = 1 ] || fail "format 1 without national security: validate exit $(rc)"
expect_err "(context: national_security)"
tw migrate --answers "$tmp/v1ns.yaml"
grep -q 'national_security' "$tmp/v1ns.yaml" && fail "migrate answered national security: $(grep national_security "$tmp/v1ns.yaml")"

# migrate rewrites the file a link points to, keeping its mode.
cp "$top_srcdir/tests/answers/v1-app-development.yaml" "$tmp/v1mode.yaml"
chmod 640 "$tmp/v1mode.yaml"
ln -s v1mode.yaml "$tmp/v1link.yaml"
tw migrate --answers "$tmp/v1link.yaml"
[ "$(rc)" = 0 ] || fail "migrate through a link: exit $(rc): $(cat "$tmp/err")"
[ -L "$tmp/v1link.yaml" ] || fail "migrate replaced the link with a file"
[ "$(stat -c %a "$tmp/v1mode.yaml")" = 640 ] || fail "migrate changed the mode to $(stat -c %a "$tmp/v1mode.yaml")"
grep -q '^version: 2' "$tmp/v1mode.yaml" || fail "migrate did not move the linked file"

finish
