#!/bin/sh
# documents.sh: every category and route gives the appendix, checklist and record as a tender needs them: no legend or ids for bidders, every row with its reason in the record, the checklist's six columns under the appendix's numbers without agency-side rows, ROC dates, the running header on every page, 12-point text (pdftotext -bbox), an Ext-B agency name, ids and case numbers never broken at a hyphen, and, at every tier of every category, rows split across pages with three lines at least on each side, no page holding only the end of a row that fits on it whole, and the row's 項目 shown again on the page it goes on to.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need pdftotext
need pdfinfo
need pdffonts

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH

# flat PDF: the text without spaces or line breaks.
flat() { pdftotext "$1" - 2>/dev/null | tr -d ' \n'; }

# numbers PDF XMAX: the words of digits only left of XMAX points, in order:
# the 項次 column of the tables.
numbers() {
	pdftotext -bbox "$1" - 2>/dev/null |
	    sed -n 's/.*<page .*/page/p
	    s/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="\([0-9.]*\)".*>\([0-9][0-9]*\)<\/word>/\1 \2 \3 \4/p' |
	    awk -v max="$2" '$1 == "page" { p++; next } $3 < max { print p, $2, $4 }' |
	    sort -n -k1,1 -k2,2 | awk '{ print $3 }'
}

# sizes PDF: every word of the body (between running header and footer)
# whose box is lower than 12-point text; Kai's box is 0.999 em, Liberation
# Serif's 1.107 em, so 12-point text is never under 11.9.
small_words() {
	pdftotext -bbox "$1" - 2>/dev/null |
	    sed -n 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)">\(.*\)<\/word>/\1 \2 \3/p' |
	    awk '$1 > 62 && $2 < 780 && $2 - $1 < 11.9 { print }'
}

# pages PDF NUMBER: check the running header and the folio on every page.
pages() {
	n=$(pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p')
	p=1
	while [ "$p" -le "$n" ]; do
		t=$(pdftotext -f "$p" -l "$p" "$1" - 2>/dev/null | tr -d ' \n')
		case $t in
		*"案號：$2"*) ;;
		*) fail "$1 page $p lacks 案號 in its running header" ;;
		esac
		case $t in
		*"案名：校務系統建置案"*) ;;
		*) fail "$1 page $p lacks 案名 in its running header" ;;
		esac
		case $t in
		*"第${p}頁，共${n}頁"*) ;;
		*) fail "$1 page $p lacks its folio" ;;
		esac
		p=$((p + 1))
	done
}

# A case for each category, at tier high, the ▲ rows the level leaves
# open placed in another procurement.
mkcase() {
	cat >"$tmp/$1.yaml" <<EOF
version: 2
category: $2
tier: high
agency_type: government
agency_level: E
route: $3
case: {agency: 臺北市立𡘙𥚃國民小學, name: 校務系統建置案, number: TPE-115-$1, date: 2026-12-01}
context: {personal_data: true, critical_infrastructure: false, external_service: false, core_system: false, large_contract: false, national_security: false, mobile_app: false}
EOF
	"$TENDERWIZ" validate --answers "$tmp/$1.yaml" 2>&1 |
	    sed -n 's/.*: row \([a-z]*-[0-9]*\) (.*/  - {id: \1, note: 另案辦理}/p' >"$tmp/else"
	if [ -s "$tmp/else" ]; then
		echo "elsewhere:" >>"$tmp/$1.yaml"
		cat "$tmp/else" >>"$tmp/$1.yaml"
	fi
}

# stubs PDF XMAX NAME: a row split across pages leaves at least three
# lines on each side (the whole row when shorter), and a page never holds
# only the end of a row that would have fit on it whole.  From the words
# of pdftotext -bbox between the running header and the footer: on a page
# under a 「（續）」 caption, the lines after the table's header up to the
# first line with something left of XMAX (項次, or the record's 編號: a row
# starts, or text after the table); on the page before, the lines of its
# last row.  A row going on to the page after is taller than a page.
stubs() {
	pdftotext -bbox "$1" - 2>/dev/null |
	    sed -n 's/.*<page .*/page/p
	    s/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="[0-9.]*" yMax="[0-9.]*">\(.*\)<\/word>/\1 \2 \3/p' |
	    awk -v max="$2" -v name="$3" -v least=3 '
	    function flush(   i, j, n, t, k, hdr, allhead, first, y0, lh) {
		n = 0
		for (i = 1; i <= nw; i++) {
			if (wy[i] <= cap || wy[i] < 62 || wy[i] > 780)
				continue
			t = int(wy[i] + 0.5)
			if (!(t in seen)) { seen[t] = 1; ys[++n] = t }
		}
		for (i = 1; i <= n; i++)
			for (j = i + 1; j <= n; j++)
				if (ys[j] < ys[i]) { t = ys[i]; ys[i] = ys[j]; ys[j] = t }
		hdr = 1; lines[p] = 0; start[p] = 0; tail[p] = 0; lh = 0
		for (k = 1; k <= n; k++) {
			allhead = 1; first = 0
			for (i = 1; i <= nw; i++) {
				if (wy[i] <= cap || int(wy[i] + 0.5) != ys[k])
					continue
				if (!(wt[i] in head)) allhead = 0
				if (wx[i] < max && !(wt[i] in head)) first = 1
			}
			if (hdr && allhead)
				continue
			if (hdr) y0 = ys[k]
			hdr = 0
			if (first) { start[p] = 1; tail[p] = 0 }
			if (!start[p]) {
				lines[p]++
				if (k > 1 && (lh == 0 || ys[k] - ys[k - 1] < lh))
					lh = ys[k] - ys[k - 1]
			}
			tail[p]++
		}
		cont[p] = cap >= 0
		room[p] = lh > 0 ? int((780 - y0) / lh) + 1 : 0
		split("", seen); split("", ys); nw = 0
	    }
	    BEGIN {
		split("項次 項目 要求內容 說明 編號 標示 決定 理由及依據 事項 內容 廠商自評 機關審查 備註 佐證資料（文件名稱 ／頁次）", h, " ")
		for (i in h) head[h[i]] = 1
	    }
	    $1 == "page" { if (p > 0) flush(); p++; cap = -1; next }
	    {
		t = $0; sub(/^[^ ]* [^ ]* /, "", t)
		nw++; wx[nw] = $1; wy[nw] = $2; wt[nw] = t
		if (cap < 0 && t ~ /（續）$/) cap = $2
	    }
	    END {
		if (p > 0) flush()
		for (q = 2; q <= p; q++) {
			if (!cont[q])
				continue
			if (lines[q] < least)
				printf "%s: page %d holds %d line(s) of a row split from the page before\n", name, q, lines[q]
			if (tail[q - 1] < least)
				printf "%s: page %d ends with %d line(s) of a row going on\n", name, q - 1, tail[q - 1]
			if (!start[q] && !cont[q + 1] && tail[q - 1] + lines[q] <= room[q])
				printf "%s: page %d holds only the end of a row of %d lines that fits on it whole\n", name, q, tail[q - 1] + lines[q]
		}
	    }' >"$tmp/stubs"
	[ -s "$tmp/stubs" ] && fail "$(cat "$tmp/stubs")"
}
"$TENDERWIZ" catalog | sed -n 's/^- id: //p' >"$tmp/categories"
[ "$(wc -l <"$tmp/categories")" = 9 ] || fail "catalog lists $(wc -l <"$tmp/categories") categories"
"$TENDERWIZ" catalog | sed -n 's/^- id: //p; s/^  cloud: //p' | paste - - >"$tmp/cloud"

i=0
while read -r cat cloud; do
	for route in tender joint-supply-contract; do
		[ "$route" = joint-supply-contract ] && [ "$cloud" != true ] && continue
		i=$((i + 1))
		c=$i
		mkcase "$c" "$cat" "$route"
		tw generate --answers "$tmp/$c.yaml" --appendix "$tmp/$c-a.pdf" \
		    --checklist "$tmp/$c-c.pdf" --record "$tmp/$c-r.pdf"
		if [ "$(rc)" != 0 ]; then
			fail "$cat $route: generate: $(cat "$tmp/err")"
			continue
		fi
		flat "$tmp/$c-a.pdf" >"$tmp/a"
		flat "$tmp/$c-c.pdf" >"$tmp/c"
		flat "$tmp/$c-r.pdf" >"$tmp/r"
		stubs "$tmp/$c-a.pdf" 90 "$cat $route appendix"
		stubs "$tmp/$c-c.pdf" 92 "$cat $route checklist"
		stubs "$tmp/$c-r.pdf" 155 "$cat $route record"

		# The appendix: no legend, marks or internal ids; the ROC date.
		for s in "建議辦理" "經機關評估" "●" "◎" "▲" "2026-12-01" "答案指紋"; do
			grep -qF -- "$s" "$tmp/a" && fail "$cat $route: appendix has '$s'"
		done
		grep -qE '(pkg|off|cus|cld|pln|sec|dev|ext|ops)-[0-9]' "$tmp/a" &&
		    fail "$cat $route: appendix has an internal id"
		for f in a c r; do
			grep -qF "中華民國115年12月1日" "$tmp/$f" || fail "$cat $route: $f lacks the ROC date"
			grep -qF "臺北市立𡘙𥚃國民小學" "$tmp/$f" || fail "$cat $route: $f lacks the Ext-B agency name"
			pages "$tmp/$c-$f.pdf" "TPE-115-$c"
			small_words "$tmp/$c-$f.pdf" >"$tmp/small"
			[ -s "$tmp/small" ] && fail "$cat $route: $f has text under 12 pt: $(head -n 3 "$tmp/small")"
		done
		pdfinfo "$tmp/$c-a.pdf" 2>/dev/null | grep -q '^Author: *臺北市立𡘙𥚃國民小學$' ||
		    fail "$cat $route: Author lost the Ext-B characters"
		pdffonts "$tmp/$c-a.pdf" 2>/dev/null | grep -q 'TW-Kai-Ext-B' ||
		    fail "$cat $route: TW-Kai-Ext-B is not embedded"

		# Numbered items the catalogue runs on start their own lines.
		if [ "$cat" = system-planning ]; then
			pdftotext "$tmp/$c-a.pdf" - 2>/dev/null >"$tmp/lines"
			for s in '^1\. *政府機關' '^2\. *關鍵基礎設施提供者' '^5\. *醫療院所'; do
				grep -q "$s" "$tmp/lines" || fail "$cat: no line starts with $s"
			done
		fi

		# The record: every row of the category with its decision and reason.
		"$TENDERWIZ" show --answers "$tmp/$c.yaml" >"$tmp/show"
		n=$(grep -c '^  \[' "$tmp/show")
		[ "$n" -gt 0 ] || fail "$cat: show lists no rows"
		grep '^  \[' "$tmp/show" | while read -r _ id _; do
			grep -qF -- "$id" "$tmp/r" || echo "$id"
		done >"$tmp/missing"
		[ -s "$tmp/missing" ] && fail "$cat $route: record lacks rows $(tr '\n' ' ' <"$tmp/missing")"
		grep -A1 '^  \[' "$tmp/show" | sed -n 's/^      //p' | while read -r why; do
			w=$(printf '%s' "$why" | tr -d ' ' | cut -c1-24)
			grep -qF -- "$w" "$tmp/r" || echo "$w"
		done >"$tmp/missing"
		[ -s "$tmp/missing" ] && fail "$cat $route: record lacks reasons: $(head -n 2 "$tmp/missing")"
		for s in "資通安全條款擬定紀錄" "文件識別碼" "承辦人（簽章）" "審核人（簽章）" "版本"; do
			grep -qF -- "$s" "$tmp/r" || fail "$cat $route: record lacks '$s'"
		done

		# The checklist: six columns, the appendix's numbers, the vendor's rows only.
		for s in "項次" "要求內容" "廠商自評" "佐證資料" "機關審查" "備註" "不適用" \
		    "廠商名稱" "統一編號" "負責人" "廠商印章（公司章）" "負責人印章"; do
			grep -qF -- "$s" "$tmp/c" || fail "$cat $route: checklist lacks '$s'"
		done
		numbers "$tmp/$c-a.pdf" 90 >"$tmp/an"
		numbers "$tmp/$c-c.pdf" 92 >"$tmp/cn"
		adopted=$(grep -c '^  \[adopted\]' "$tmp/show")
		[ "$(wc -l <"$tmp/an")" -ge "$adopted" ] || fail "$cat $route: appendix numbers $(wc -l <"$tmp/an") rows, want $adopted or more"
		seq 1 "$(wc -l <"$tmp/an")" | cmp -s - "$tmp/an" || fail "$cat $route: appendix numbers are not 1..N"
		cmp -s "$tmp/an" "$tmp/cn" || fail "$cat $route: checklist numbers differ from the appendix's"
		if [ "$route" = joint-supply-contract ] && [ "$cat" = saas-customization ]; then
			# The slides name no check for this category.
			grep -qF "共同供應契約廠商應辦事項" "$tmp/a" && fail "$cat: appendix has checks of other categories"
		elif [ "$route" = joint-supply-contract ]; then
			for s in "資料儲存所在地" "CS-002" "CS-003" "分階段實施時程"; do
				grep -qF -- "$s" "$tmp/c" && fail "$cat: checklist has the agency's '$s'"
				grep -qF -- "$s" "$tmp/r" || fail "$cat: record lacks the agency's '$s'"
			done
			grep -qF "ISO/IEC27001" "$tmp/c" || fail "$cat: checklist lacks the vendor's certificates"
		fi
	done
done <"$tmp/cloud"
[ "$i" = 13 ] || fail "$i cases, want 13 (nine categories, four by the joint supply contract)"

# The checklist's sign-off stays with its last rows, and a page never holds
# a table header without a row under it, at every tier of every category:
# a row too tall to share a page with the sign-off goes on under 「（續）」.
# signoff PDF NAME: the check on one checklist.
signoff() {
	pdftotext -layout "$1" - 2>/dev/null | awk -v name="$2" '
	    BEGIN { RS = "\f" }
	    NF == 0 { next }
	    {
		rows = ($0 ~ /\n *[0-9]+ +【/) || ($0 ~ /（續）/)
		if ($0 ~ /要求內容/ && !rows)
			printf "%s: page %d has the table header and no row\n", name, NR
		if ($0 ~ /廠商印章/ && !rows)
			printf "%s: page %d has the sign-off and no row\n", name, NR
	    }' >"$tmp/signoff"
	[ -s "$tmp/signoff" ] && fail "$(cat "$tmp/signoff")"
}
while read -r cat cloud; do
	for tier in high medium low; do
		mkcase t "$cat" tender
		sed -i "s/^tier: high$/tier: $tier/" "$tmp/t.yaml"
		tw generate --answers "$tmp/t.yaml" --checklist "$tmp/t-c.pdf" \
		    --appendix "$tmp/t-a.pdf" --record "$tmp/t-r.pdf"
		if [ "$(rc)" != 0 ]; then
			fail "$cat $tier: generate: $(cat "$tmp/err")"
			continue
		fi
		signoff "$tmp/t-c.pdf" "$cat $tier checklist"
		stubs "$tmp/t-a.pdf" 90 "$cat $tier appendix"
		stubs "$tmp/t-c.pdf" 92 "$cat $tier checklist"
		stubs "$tmp/t-r.pdf" 155 "$cat $tier record"
		# A page that a row goes on to shows the row's 項目 again.
		"$TENDERWIZ" show --answers "$tmp/t.yaml" | awk '
		    /^[^ ]/ && NF { g = $0 }
		    /^  \[adopted\]/ { gsub(/ /, "", g); print ++n, g }' >"$tmp/groups"
		n=$(pdfinfo "$tmp/t-a.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		p=1
		while [ "$p" -le "$n" ]; do
			pdftotext -f "$p" -l "$p" "$tmp/t-a.pdf" - 2>/dev/null | tr -d ' \n' >"$tmp/page"
			r=$(sed -n 's/.*項次\([0-9]*\)（續）.*/\1/p' "$tmp/page")
			if [ -n "$r" ]; then
				g=$(awk -v r="$r" '$1 == r { print $2 }' "$tmp/groups")
				grep -qF -- "$g" "$tmp/page" ||
				    fail "$cat $tier appendix: page $p goes on with row $r without its 項目 $g"
				echo "$cat $tier $r" >>"$tmp/goes-on"
			fi
			p=$((p + 1))
		done
		# The sign-off's date to fill in is an ROC one.
		[ "$(pdftotext -layout "$tmp/t-c.pdf" - | grep -c '（簽章）.*中華民國 *年 *月 *日')" = 2 ] ||
		    fail "$cat $tier checklist: the sign-off lacks 中華民國　年　月　日"
	done
done <"$tmp/cloud"

[ -s "$tmp/goes-on" ] || fail "no appendix row goes on to a page: the check of its 項目 is moot"

# The 共契 heading and its sentence stay on the page where their table's
# header and first row start, at every tier of every cloud category, and
# in the case that once left them alone at the foot of page 2.
# jschead PDF NAME: the check on one appendix.
jschead() {
	pdftotext -layout "$1" - 2>/dev/null | tr -d ' ' | awk -v name="$2" '
	    BEGIN { RS = "\f" }
	    /雲端服務共同供應契約廠商應辦事項/ {
		seen = 1
		if ($0 !~ /項次檢核項目要求內容\n+[0-9]+/)
			printf "%s: page %d has the 共契 heading without its table\n", name, NR
	    }
	    END { if (!seen) printf "%s: no 共契 heading\n", name }' >"$tmp/jschead"
	[ -s "$tmp/jschead" ] && fail "$(cat "$tmp/jschead")"
}
while read -r cat cloud; do
	[ "$cloud" = true ] && [ "$cat" != saas-customization ] || continue
	for tier in high medium low; do
		mkcase t "$cat" joint-supply-contract
		sed -i "s/^tier: high$/tier: $tier/" "$tmp/t.yaml"
		tw generate --answers "$tmp/t.yaml" --appendix "$tmp/t-a.pdf"
		if [ "$(rc)" != 0 ]; then
			fail "$cat $tier joint supply: generate: $(cat "$tmp/err")"
			continue
		fi
		jschead "$tmp/t-a.pdf" "$cat $tier joint supply appendix"
	done
done <"$tmp/cloud"
cat >"$tmp/f3.yaml" <<'EOF'
version: 2
category: saas-packaged
tier: high
agency_type: government
agency_level: C
route: joint-supply-contract
case: {agency: 臺北市立𡘙𥚃國民小學, name: 校務系統建置案, number: TPE-115-001, date: 2026-12-01}
context: {personal_data: true, critical_infrastructure: false, external_service: true, core_system: true, large_contract: false, national_security: false, mobile_app: false}
custom:
  - id: custom-1
    group: 資安檢測
    text: 高風險弱點應於___日內修補，中風險弱點於____日內修補，並通知承辦人___。
    note: 依機關弱點管理規定。
blanks: {custom-1.1: "7", custom-1.2: 三十, custom-1.3: 資訊組 王小明}
EOF
tw generate --answers "$tmp/f3.yaml" --appendix "$tmp/f3-a.pdf"
[ "$(rc)" = 0 ] || fail "the 共契 case of three pages: $(cat "$tmp/err")"
jschead "$tmp/f3-a.pdf" "the 共契 case of three pages"

# The attachment label: settable, 附件 by default.
sed 's/^route: tender$/route: tender\nattachment: 附件三/' "$tmp/1.yaml" >"$tmp/label.yaml"
tw generate --answers "$tmp/label.yaml" --appendix "$tmp/label.pdf"
[ "$(rc)" = 0 ] || fail "attachment: $(cat "$tmp/err")"
flat "$tmp/label.pdf" | grep -qF "附件三資通安全要求" || fail "the label 附件三 is not printed"
pdfinfo "$tmp/label.pdf" 2>/dev/null | grep -q '^Title: *附件三：資通安全要求$' || fail "Title lacks 附件三"
# The vendor's 共契 checks have their own heading in the checklist, as in
# the appendix.
for f in "$tmp"/[0-9]*.yaml; do
	grep -q '^route: joint-supply-contract' "$f" || continue
	c=${f%.yaml}
	if flat "$c-a.pdf" | grep -qF "雲端服務共同供應契約廠商應辦事項"; then
		flat "$c-c.pdf" | grep -qF "雲端服務共同供應契約廠商應辦事項" ||
		    fail "$(basename "$f"): the checklist lacks the 共契 heading"
	fi
done

# The checklist points at the appendix by its label; an order under the
# joint supply contract has no tender documents.
tw generate --answers "$tmp/label.yaml" --checklist "$tmp/label-c.pdf"
flat "$tmp/label-c.pdf" | grep -qF "項次與招標文件「資通安全要求」附件三之項次相同" ||
    fail "the checklist does not name the appendix 附件三"
jsc=$(grep -l '^route: joint-supply-contract' "$tmp"/[0-9]*.yaml | head -n 1)
tw generate --answers "$jsc" --checklist "$tmp/jsc-c.pdf"
flat "$tmp/jsc-c.pdf" | grep -qF "項次與訂購文件「資通安全要求」附件之項次相同" ||
    fail "the joint supply checklist speaks of a tender"
# The table's note that repeats the legend is not printed under it again.
jsc=$(grep -l '^category: cloud-platform' $(grep -l '^route: joint-supply-contract' "$tmp"/[0-9]*.yaml))
tw generate --answers "$jsc" --record "$tmp/jsc-r.pdf"
flat "$tmp/jsc-r.pdf" | grep -qF "一覽表說明3" || fail "the cloud platform record lacks the table's notes"
flat "$tmp/jsc-r.pdf" | grep -qF "圖示：●-建議辦理" &&
    fail "the joint supply record prints the legend twice"
tw generate --answers "$tmp/1.yaml" --appendix "$tmp/nolabel.pdf"
pdfinfo "$tmp/nolabel.pdf" 2>/dev/null | grep -q '^Title: *附件：資通安全要求$' || fail "default label is not 附件"
printf 'attachment: ""\n' >>"$tmp/1.yaml"
tw generate --answers "$tmp/1.yaml" --appendix "$tmp/empty.pdf"
[ "$(rc)" = 1 ] || fail "an empty attachment label exit $(rc)"
expect_err "attachment"
[ -e "$tmp/empty.pdf" ] && fail "an empty label left a file"

# The tier helper's ratings reach the record, not the bidders' documents.
sed 's/^route: tender$/route: tender\ntier_basis: {confidentiality: high, integrity: medium, legal: low}/' \
    "$tmp/label.yaml" >"$tmp/basis.yaml"
tw generate --answers "$tmp/basis.yaml" --appendix "$tmp/basis-a.pdf" \
    --record "$tmp/basis-r.pdf"
[ "$(rc)" = 0 ] || fail "tier_basis: $(cat "$tmp/err")"
# Three of four rated: no 附表九 result, the tier as chosen.
flat "$tmp/basis-r.pdf" | grep -qF "防護需求等級評估依附表九評定未完成：機密性高、完整性中、法律遵循性普（可用性未評定），未據以定級；本案定為「" ||
    fail "the record lacks the tier's basis: $(flat "$tmp/basis-r.pdf" | head -c 600)"
flat "$tmp/basis-r.pdf" | grep -qF "取其最高者" &&
    fail "the record calls three ratings of four the 附表九 result"
sed 's/^route: tender$/route: tender\ntier_basis: {confidentiality: high, integrity: medium, availability: low, legal: low}/' \
    "$tmp/label.yaml" >"$tmp/basis4.yaml"
tw generate --answers "$tmp/basis4.yaml" --record "$tmp/basis4-r.pdf"
flat "$tmp/basis4-r.pdf" | grep -qF "防護需求等級評估依附表九：機密性高、完整性中、可用性普、法律遵循性普；取其最高者為「高」級" ||
    fail "the record lacks the four ratings' basis: $(flat "$tmp/basis4-r.pdf" | head -c 600)"
flat "$tmp/basis-a.pdf" | grep -qF "附表九" && fail "the appendix shows the tier's basis"
tw generate --answers "$tmp/label.yaml" --record "$tmp/nobasis-r.pdf"
flat "$tmp/nobasis-r.pdf" | grep -qF "機關資通安全責任等級" || fail "no record without ratings"
flat "$tmp/nobasis-r.pdf" | grep -qF "防護需求等級評估" && fail "a record without ratings shows a basis"

# Ids and case numbers are never broken at a hyphen: custom-1 in the
# record's 編號 column came out as "custom" over "-1".  Every id show
# lists, and the case number, stand whole on one line of every document.
sed 's/vuln/custom-1/; s/exit$/custom-12/; s/number: T-CUSTOM/number: MODA-115-099/' \
    "$top_srcdir/tests/answers/app-development-custom.yaml" >"$tmp/ids.yaml"
tw generate --answers "$tmp/ids.yaml" --appendix "$tmp/ids-a.pdf" \
    --checklist "$tmp/ids-c.pdf" --record "$tmp/ids-r.pdf"
[ "$(rc)" = 0 ] || fail "ids: $(cat "$tmp/err")"
"$TENDERWIZ" show --answers "$tmp/ids.yaml" | sed -n 's/^  \[[a-z ]*\] \([^ ]*\) .*/\1/p' >"$tmp/ids"
grep -qx custom-12 "$tmp/ids" || fail "ids: show lacks custom-12"
pdftotext "$tmp/ids-r.pdf" - 2>/dev/null >"$tmp/ids-r"
while read -r id; do
	grep -qF -- "$id" "$tmp/ids-r" || echo "$id"
done <"$tmp/ids" >"$tmp/broken"
[ -s "$tmp/broken" ] && fail "the record breaks ids: $(tr '\n' ' ' <"$tmp/broken")"
for f in a c r; do
	n=$(pdfinfo "$tmp/ids-$f.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
	[ "$(pdftotext "$tmp/ids-$f.pdf" - 2>/dev/null | grep -c 'MODA-115-099')" -ge "$n" ] ||
	    fail "ids: $f breaks the case number MODA-115-099"
done

# A note that puts a duty on the agency itself (third-party testing of a
# core system or a contract of NT$10 million or more) is among the
# agency's duties in the record, with the note's words, whatever becomes
# of the row; a case without those facts has no such duty.
sed 's/^\(  - {id: dev-46, reason: .*\)/\1\n  - {id: dev-42, reason: 另有檢測}/' \
    "$top_srcdir/tests/answers/app-development-high.yaml" >"$tmp/duty.yaml"
tw generate --answers "$tmp/duty.yaml" --record "$tmp/duty-r.pdf"
[ "$(rc)" = 0 ] || fail "duty: $(cat "$tmp/err")"
pdftotext "$tmp/duty-r.pdf" - 2>/dev/null | sed -n '/^機關應辦事項$/,$p' | tr -d ' \n' >"$tmp/duties"
for s in "依說明辦理：資安檢測（dev-42）" \
    "核心資通系統或委託金額達新臺幣一千萬元以上者，委託機關應自行或另行委託第三方進行安全性檢測。"; do
	grep -qF -- "$s" "$tmp/duties" || fail "the record's duties lack '$s': $(head -c 300 "$tmp/duties")"
done
for f in "$tmp"/[0-9]*-r.pdf; do
	pdftotext "$f" - 2>/dev/null | sed -n '/^機關應辦事項$/,$p' | grep -qF "依說明辦理" &&
	    fail "$(basename "$f"): a duty by a note without its facts"
done

# The document language.
grep -aq '/Lang (zh-TW)' "$tmp/label.pdf" || fail "no /Lang zh-TW"

finish
