#!/bin/sh
# custom-clauses.sh: agency clauses (custom) numbered in place among the table's rows in the appendix, checklist and record, PDF and .odt (and LibreOffice's reading of the .odt), their blanks filled, one left off the checklist without renumbering, 「機關自訂」 in the record only, nothing telling a bidder where a row came from; the procurement method in the case header, the route's wording without it; migrate keeps both.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need pdftotext
need unzip

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
f="$tmp/custom.yaml"
cp "$top_srcdir/tests/answers/app-development-custom.yaml" "$f"
vuln=廠商應於發現高風險弱點後7日內完成修補，中風險弱點於三十日內完成修補。
exit_=契約終止時，廠商應交還機關資料並刪除之，出具切結書。
roster=廠商應提出參與人員名冊及保密切結書。

# flat PDF: the text without spaces or line breaks.
# In the order the text was drawn, so that a cell's lines stay together
# whatever the columns beside them hold.
flat() { pdftotext -raw "$1" - 2>/dev/null | tr -d ' \n\f'; }
# odt ODT: the text of content.xml without markup, spaces or breaks.
odt() { unzip -p "$1" content.xml | sed 's/<[^>]*>//g' | tr -d ' \n'; }

tw validate --answers "$f"
[ "$(rc)" = 0 ] || fail "validate exit $(rc): $(cat "$tmp/err")"
expect_out "agency clause vuln (資安檢測): $vuln"
expect_out "agency clause roster (契約終止), not on the checklist: $roster"

# The numbers the agency clauses take: after the adopted rows before them.
tw show --answers "$f"
[ "$(rc)" = 0 ] || fail "show exit $(rc)"
expect_out "[adopted] vuln (agency) $vuln"
number() {
	grep '^  \[' "$tmp/out" | awk -v id="$1" '/^  \[adopted\]/ { n++ } $2 == id { print n; exit }'
}
nv=$(number vuln)
ne=$(number exit)
nr=$(number roster)
total=$(grep -c '^  \[adopted\]' "$tmp/out")
[ -n "$nv" ] && [ "$ne" = $((total - 1)) ] && [ "$nr" = "$total" ] ||
    fail "agency clauses numbered $nv, $ne, $nr of $total: the new group is not last"
# vuln follows the last row of its group in the table.
last=$(grep -B2 '\] vuln ' "$tmp/out" | sed -n 's/^  \[[a-z-]*\] \(dev-[0-9]*\) .*/\1/p')
grep -q "^  \[[a-z-]*\] $last " "$tmp/out" || fail "vuln follows no row of the table"
awk '/^[^ ]/ { g = $0 } $2 == "vuln" { print g }' "$tmp/out" | grep -qx 資安檢測 ||
    fail "vuln is not listed in its group"

(cd "$tmp" && tw generate --answers "$f" --appendix a.pdf --checklist c.pdf --record r.pdf)
[ "$(rc)" = 0 ] || { fail "generate exit $(rc): $(cat "$tmp/err")"; finish; }
(cd "$tmp" && tw generate --answers "$f" --appendix a.odt --checklist c.odt --record r.odt)
[ "$(rc)" = 0 ] || { fail "generate .odt exit $(rc): $(cat "$tmp/err")"; finish; }
for d in a c r; do
	flat "$tmp/$d.pdf" >"$tmp/$d.pdf.txt"
	odt "$tmp/$d.odt" >"$tmp/$d.odt.txt"
done

for t in a.pdf c.pdf r.pdf a.odt c.odt r.odt; do
	x="$tmp/$t.txt"
	grep -qF 採購方式小額採購 "$x" || fail "$t: the method is not in the case header"
	grep -qF 招標採購 "$x" && fail "$t: the route's wording for a known method"
	grep -qF "$vuln" "$x" || fail "$t: lacks the agency clause vuln with its blanks filled"
	grep -qF "$exit_" "$x" || fail "$t: lacks the agency clause exit"
	grep -qF ____ "$x" && fail "$t: a blank left unfilled"
done
for t in a.pdf a.odt r.pdf r.odt; do
	grep -qF "$roster" "$tmp/$t.txt" || fail "$t: lacks the agency clause roster"
done
# Left off the checklist, and its number with it, not the ones after.
for t in c.pdf c.odt; do
	grep -qF "$roster" "$tmp/$t.txt" && fail "$t: roster is on the checklist"
	grep -qF "$nr廠商應提出" "$tmp/$t.txt" && fail "$t: roster's number on the checklist"
done
# The appendix's note, and nothing for a bidder to tell the rows apart by.
grep -qF 弱點修補期限依機關規定。 "$tmp/a.pdf.txt" || fail "a.pdf: lacks the note"
grep -qF 弱點修補期限依機關規定。 "$tmp/a.odt.txt" || fail "a.odt: lacks the note"
for t in a.pdf c.pdf a.odt c.odt; do
	for w in 自訂 vuln roster; do
		grep -qF "$w" "$tmp/$t.txt" && fail "$t: tells a bidder '$w'"
	done
done
# The numbers in place, in both formats: the new group's on its first row.
grep -qF "${ne}契約終止$exit_" "$tmp/a.odt.txt" || fail "a.odt: exit is not number $ne under 契約終止"
pdftotext -layout "$tmp/a.pdf" - | grep -Eq "^ *$ne +契約終止 +契約終止時" ||
    fail "a.pdf: exit is not number $ne under 契約終止"
grep -qF "${nv}$vuln" "$tmp/a.odt.txt" || fail "a.odt: vuln is not number $nv"
pdftotext -layout "$tmp/a.pdf" - | grep -Eq "^ *$nv +廠商應於發現高風險弱點" ||
    fail "a.pdf: vuln is not number $nv"
pdftotext -layout "$tmp/c.pdf" - | grep -Eq "^ *$ne +【契約終止】契約終止" ||
    fail "c.pdf: exit is not number $ne"
# The record: 機關自訂 in the mark column of each, with its own reason.
n=$(grep -o 機關自訂 "$tmp/r.odt.txt" | wc -l)
[ "$n" = 4 ] || fail "r.odt: 機關自訂 $n times, want 3 rows and the legend's note"
grep -qF "${nr}roster$roster" "$tmp/r.odt.txt" || fail "r.odt: roster not numbered $nr with its id"
# In the PDF the narrow column breaks it in two: count the words under 標示.
n=$(pdftotext -bbox "$tmp/r.pdf" - | awk -F'"' '
    />標示</ { x = $2 } />自訂</ && x != "" && $2 >= x - 2 && $2 < x + 30 { n++ }
    END { print n + 0 }')
[ "$n" = 3 ] || fail "r.pdf: 自訂 $n times under 標示, want 3"
pdftotext -layout "$tmp/r.pdf" - | grep -Eq "^ *$nr +roster +廠商應提出參與人員名冊" ||
    fail "r.pdf: roster not numbered $nr with its id"
for t in r.pdf r.odt; do
	grep -qF 機關依個案需要自訂，非參考一覽表所列 "$tmp/$t.txt" || fail "$t: lacks the reason"
	grep -qF 標示欄記為「機關自訂」 "$tmp/$t.txt" || fail "$t: lacks the legend's note"
done

# With LibreOffice, what it reads of the .odt says the same.
if command -v soffice >/dev/null 2>&1; then
	HOME="$tmp" soffice -env:UserInstallation="file://$tmp/lo" --headless \
	    --norestore --convert-to pdf --outdir "$tmp/lo" "$tmp"/a.odt \
	    "$tmp"/c.odt "$tmp"/r.odt >"$tmp/lo.out" 2>&1 ||
	    fail "soffice failed: $(tail -n 5 "$tmp/lo.out")"
	for d in a c r; do
		flat "$tmp/lo/$d.pdf" >"$tmp/lo.txt"
		grep -qF 小額採購 "$tmp/lo.txt" || fail "LibreOffice $d: lacks the method"
		grep -qF 契約終止時， "$tmp/lo.txt" || fail "LibreOffice $d: lacks exit"
		case $d in
		c) grep -qF 名冊 "$tmp/lo.txt" && fail "LibreOffice c: roster on the checklist" ;;
		*) grep -qF 名冊 "$tmp/lo.txt" || fail "LibreOffice $d: lacks roster" ;;
		esac
	done
	grep -qF 機關自訂 "$tmp/lo.txt" || fail "LibreOffice r: lacks 機關自訂"
else
	echo "note: soffice not installed; LibreOffice's reading not checked" >&2
fi

# Without a method, the route's wording, as before; through the joint
# supply contract, its own.
sed '/^method:/d' "$f" >"$tmp/none.yaml"
(cd "$tmp" && tw generate --answers none.yaml --appendix none.pdf)
[ "$(rc)" = 0 ] || fail "no method: exit $(rc): $(cat "$tmp/err")"
flat "$tmp/none.pdf" | grep -qF 採購方式招標採購 || fail "no method: not the route's wording"
(cd "$tmp" && tw generate --answers "$top_srcdir/tests/answers/cloud-platform-jsc.yaml" --appendix jsc.pdf)
[ "$(rc)" = 0 ] || fail "joint supply: exit $(rc): $(cat "$tmp/err")"
flat "$tmp/jsc.pdf" | grep -qF 採購方式雲端服務共同供應契約訂購 || fail "joint supply: its wording changed"

# Each method its words.
for m in open-tender:公開招標 selective-tender:選擇性招標 limited-tender:限制性招標 public-quotation:公開取得報價或企劃書; do
	sed "s/^method: .*/method: ${m%%:*}/" "$f" >"$tmp/m.yaml"
	(cd "$tmp" && tw generate --answers m.yaml --appendix m.odt)
	odt "$tmp/m.odt" | grep -qF "採購方式${m#*:}" || fail "method ${m%%:*}: not ${m#*:}"
	rm -f "$tmp/m.odt"
done

# An unfilled blank of an agency clause stops generation like the table's.
sed '/vuln.2:/d' "$f" >"$tmp/blank.yaml"
(cd "$tmp" && tw generate --answers blank.yaml --appendix blank.pdf)
[ "$(rc)" = 1 ] || fail "unfilled agency blank: exit $(rc)"
expect_err "agency clause vuln has 1 unfilled blank:"
[ -e "$tmp/blank.pdf" ] && fail "unfilled agency blank: a document was written"

# migrate writes them back, and what it writes reads the same.
cp "$f" "$tmp/m2.yaml"
tw migrate --answers "$tmp/m2.yaml"
[ "$(rc)" = 0 ] || fail "migrate exit $(rc): $(cat "$tmp/err")"
grep -q '^method: small-purchase$' "$tmp/m2.yaml" || fail "migrate dropped the method"
grep -q 'checklist: false' "$tmp/m2.yaml" || fail "migrate dropped checklist: false"
tw show --answers "$f"
cp "$tmp/out" "$tmp/show1"
tw show --answers "$tmp/m2.yaml"
cmp -s "$tmp/out" "$tmp/show1" || fail "migrated answers resolve differently"

# A blank typed in full-width ＿, as an input method types it, is a blank.
sed '/^blanks:/,$d' "$f" >"$tmp/fw.yaml"
cat >>"$tmp/fw.yaml" <<'EOF'
custom:
  - {id: fw, group: 資安檢測, text: 廠商應於上線前____日完成＿＿＿檢測及___報告}
EOF
tw validate --answers "$tmp/fw.yaml"
expect_err "agency clause fw has 3 unfilled blanks:"
printf 'blanks: {fw.1: "7", fw.2: 弱點, fw.3: 書面}\n' >>"$tmp/fw.yaml"
tw generate --answers "$tmp/fw.yaml" --appendix "$tmp/fw.pdf"
[ "$(rc)" = 0 ] || fail "full-width blank: $(cat "$tmp/err")"
flat "$tmp/fw.pdf" | grep -qF "廠商應於上線前7日完成弱點檢測及書面報告" ||
    fail "the full-width blank is not filled"

finish
