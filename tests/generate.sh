#!/bin/sh
# generate.sh: answers → appendix, checklist and record PDFs, read back with poppler: text, fonts, page numbers, bookmarks, determinism, verify, atomic writes; default output names safe whatever the case number.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need pdftotext
need pdffonts
need pdfinfo

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
big="$top_srcdir/tests/answers/app-development-high.yaml"
jsc="$top_srcdir/tests/answers/cloud-platform-jsc.yaml"

# poppler TOOL ARGS...: run a poppler tool; any warning on stderr fails.
poppler() {
	"$@" 2>"$tmp/poppler.err" >"$tmp/poppler.out" || fail "$* failed"
	[ -s "$tmp/poppler.err" ] && fail "$1 warned: $(head -n 3 "$tmp/poppler.err")"
	cat "$tmp/poppler.out"
}

tw generate --answers "$big" --appendix "$tmp/a.pdf" --checklist "$tmp/c.pdf" --record "$tmp/r.pdf"
[ "$(rc)" = 0 ] || { fail "generate exit $(rc): $(cat "$tmp/err")"; finish; }
expect_out "appendix: $tmp/a.pdf"
expect_out "checklist: $tmp/c.pdf"
expect_out "record: $tmp/r.pdf"

# Fonts: embedded and subset, and nothing else.
poppler pdffonts "$tmp/a.pdf" >"$tmp/fonts"
n=$(tail -n +3 "$tmp/fonts" | wc -l)
[ "$n" -ge 1 ] || fail "no font listed"
tail -n +3 "$tmp/fonts" | awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes") bad = 1 } END { exit bad }' ||
    fail "a font is not embedded and subset: $(cat "$tmp/fonts")"
tail -n +3 "$tmp/fonts" | grep -q '^[A-Z]\{6\}+' || fail "subset font name lacks its tag"
# Each face used is a subset of its own, Kai's and the Latin companion's.
grep -q '+TW-Kai-98_1 ' "$tmp/fonts" || fail "no TW-Kai subset: $(cat "$tmp/fonts")"
grep -q '+LiberationSerif ' "$tmp/fonts" || fail "no Liberation Serif subset: $(cat "$tmp/fonts")"
# Tags come from what a subset holds: the checklist's Kai is another subset.
ta=$(sed -n 's/^\([A-Z]\{6\}\)+TW-Kai-98_1 .*/\1/p' "$tmp/fonts")
tc=$(pdffonts "$tmp/c.pdf" 2>/dev/null | sed -n 's/^\([A-Z]\{6\}\)+TW-Kai-98_1 .*/\1/p')
[ -n "$ta" ] && [ -n "$tc" ] && [ "$ta" != "$tc" ] || fail "appendix and checklist subsets share the tag '$ta'"

# Info and page count.
poppler pdfinfo "$tmp/a.pdf" >"$tmp/info"
grep -q '^Title: *附件：資通安全要求$' "$tmp/info" || fail "Title: $(grep Title "$tmp/info")"
grep -q '^Author: *數位發展部資通安全署$' "$tmp/info" || fail "Author: $(grep Author "$tmp/info")"
grep -q '^Producer: *tenderwiz [0-9]' "$tmp/info" || fail "Producer: $(grep Producer "$tmp/info")"
grep -q '^Page size: *595.* x 841.* pts (A4)' "$tmp/info" || fail "not A4: $(grep 'Page size' "$tmp/info")"
pages=$(sed -n 's/^Pages: *//p' "$tmp/info")
[ "$pages" -ge 3 ] || fail "appendix has $pages pages"

# Text: every adopted row's filled text, in order; page numbers on every page.
poppler pdftotext -layout "$tmp/a.pdf" "$tmp/a.txt"
poppler pdftotext "$tmp/a.pdf" - | tr -d ' \n' >"$tmp/a.flat"
for s in "附件" "資通安全要求" "政府資安通報平臺功能擴充案" "MODA-115-027" \
    "工程企字第1120022701號" "本系統為高級，需符合高級系統" "資安監控(SOC)機制" \
    "中華民國115年11月21日" "案號：MODA-115-027案名：政府資安通報平臺功能擴充案"; do
	grep -qF -- "$s" "$tmp/a.flat" || fail "appendix lacks '$s'"
done
# For bidders: no legend, marks, internal ids, reasons, ISO dates or hash.
for s in "建議辦理" "經機關評估" "●" "◎" "▲" "dev-" "附錄" "主機弱點掃描已納入" \
    "2026-11-21" "答案指紋" "文件識別碼"; do
	grep -qF -- "$s" "$tmp/a.flat" && fail "appendix has '$s'"
done
grep -q '_____' "$tmp/a.txt" && fail "appendix has an unfilled blank"
p=1
while [ "$p" -le "$pages" ]; do
	pdftotext -f "$p" -l "$p" "$tmp/a.pdf" - | tr -d ' \n' >"$tmp/page"
	grep -qF "第${p}頁，共${pages}頁" "$tmp/page" ||
	    fail "page $p lacks 第 $p 頁，共 $pages 頁"
	p=$((p + 1))
done

# Every adopted row, as show lists them, is in the table, each once.
"$TENDERWIZ" show --answers "$big" >"$tmp/show" || fail "show failed"
n=$(grep -c '^  \[adopted\]' "$tmp/show")
[ "$n" = 52 ] || fail "show lists $n adopted rows, want 52"
grep '^  \[adopted\]' "$tmp/show" | while read -r _ id _ text; do
	t=$(printf '%s' "$text" | tr -d ' ' | cut -c1-40)
	grep -qF -- "$t" "$tmp/a.flat" || echo "$id" 
done >"$tmp/missing"
[ -s "$tmp/missing" ] && fail "rows not in the appendix: $(tr '\n' ' ' <"$tmp/missing")"

# Bookmarks: the header, each group nested under the clauses, the annex, in Chinese.
if command -v pdftohtml >/dev/null 2>&1; then
	pdftohtml -xml -i -stdout "$tmp/a.pdf" 2>/dev/null | grep -E '<outline|<item' >"$tmp/outline"
	for s in '<item page="1">案件資訊</item>' '<item page="1">要求項目</item>' \
	    '>提供服務商</item>' '>資安防護建置持續監控</item>'; do
		grep -qF -- "$s" "$tmp/outline" || fail "outline lacks $s"
	done
	[ "$(grep -c '<outline' "$tmp/outline")" -ge 2 ] || fail "groups are not nested in the outline"
fi

# Checklist: its six columns, the vendor's particulars, seals and sign-off lines.
poppler pdftotext "$tmp/c.pdf" - | tr -d ' \n' >"$tmp/c.flat"
for s in "資通安全要求檢核表" "項次" "要求內容" "廠商自評" "佐證資料" "文件名稱" "機關審查" "備註" \
    "符合" "不符合" "不適用" "廠商名稱" "統一編號" "負責人" "廠商印章（公司章）" \
    "負責人印章" "廠商負責人（簽章）" "機關審查人員（簽章）" "中華民國115年11月21日"; do
	grep -qF -- "$s" "$tmp/c.flat" || fail "checklist lacks '$s'"
done

# The case number's hyphens are Liberation Serif's: 12-point Latin boxes
# are 1.107 em high, and the word is as narrow as a hyphen makes it.
pdftotext -bbox "$tmp/a.pdf" - | grep '>MODA-115-027<' | head -n 1 |
    sed 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="\([0-9.]*\)" yMax="\([0-9.]*\)".*/\1 \2 \3 \4/' |
    awk '{ if ($4 - $2 < 13 || $3 - $1 > 85) exit 1 }' || fail "MODA-115-027 is not set in the Latin face"
# Each 項目 once over its rows, as in the PCC table, and again atop a page
# its rows go on to: 資安檢測 heads nine rows; 資安教育訓練 begins on the
# page before the last.
[ "$(pdftotext "$tmp/a.pdf" - | grep -c '^資安檢測$')" = 1 ] || fail "資安檢測 is not written once over its rows"
pdftotext -f "$pages" -l "$pages" "$tmp/a.pdf" - | grep -q '資安教育訓' ||
    fail "the last page does not show the group its rows go on in"
# The seals and sign-off stay with the checklist's last row.
n=$(pdfinfo "$tmp/c.pdf" | sed -n 's/^Pages: *//p')
pdftotext -f "$n" -l "$n" "$tmp/c.pdf" - | tr -d ' \n' >"$tmp/clast"
for s in "52" "廠商印章（公司章）" "機關審查人員（簽章）"; do
	grep -qF -- "$s" "$tmp/clast" || fail "the checklist's last page lacks '$s'"
done

# Record: versions, the identifier, the rows left out with their reasons, sign-off.
poppler pdftotext "$tmp/r.pdf" - | tr -d ' \n' >"$tmp/r.flat"
fp=$(sed -n 's/^Keywords: *文件識別碼 //p' "$tmp/info")
[ ${#fp} = 64 ] || fail "appendix metadata has no 文件識別碼: $(grep Keywords "$tmp/info")"
for s in "資通安全條款擬定紀錄" "版本112.09.25-1" "資通安全責任等級分級辦法（版本115.01.07）" "文件識別碼$fp" \
    "主機弱點掃描已納入本署年度資安健診案辦理" "由本署資安事件應變服務契約辦理" \
    "●建議辦理" "承辦人（簽章）" "審核人（簽章）" "另案辦理" "dev-46"; do
	grep -qF -- "$s" "$tmp/r.flat" || fail "record lacks '$s'"
done
# A ▲ row's reason does not cite the regulation its 依據 cites.
grep -qF "持續維運依據：資通安全責任等級分級辦法115年1月7日" "$tmp/r.flat" ||
    fail "the record's ▲ reason lacks its basis"
grep -qF "持續維運（資通安全責任等級分級辦法" "$tmp/r.flat" &&
    fail "the record cites the regulation twice in a ▲ row"

# Reproducible: the same answers and SOURCE_DATE_EPOCH give the same bytes.
"$TENDERWIZ" generate --answers "$big" --appendix "$tmp/a2.pdf" --checklist "$tmp/c2.pdf" >/dev/null ||
    fail "second generate failed"
cmp -s "$tmp/a.pdf" "$tmp/a2.pdf" || fail "appendix differs between two runs"
cmp -s "$tmp/c.pdf" "$tmp/c2.pdf" || fail "checklist differs between two runs"
tw verify --answers "$big" "$tmp/a.pdf"
[ "$(rc)" = 0 ] || fail "verify of the appendix: $(cat "$tmp/out" "$tmp/err")"
expect_out "matches the appendix"
SOURCE_DATE_EPOCH= tw verify --answers "$big" "$tmp/c.pdf"
[ "$(rc)" = 0 ] || fail "verify without SOURCE_DATE_EPOCH: $(cat "$tmp/out")"
printf 'x' >>"$tmp/a2.pdf"
tw verify --answers "$big" "$tmp/r.pdf"
[ "$(rc)" = 0 ] || fail "verify of the record: $(cat "$tmp/out" "$tmp/err")"
expect_out "matches the record"
tw verify --answers "$big" "$tmp/a2.pdf"
[ "$(rc)" = 1 ] || fail "verify of a changed file exit $(rc)"
expect_out "does NOT match"

# The joint supply contract route adds the vendor's checks to the appendix and
# checklist, and the agency's own (CS-002, CS-003, data location) to the record.
tw generate --answers "$jsc" --appendix "$tmp/j.pdf" --checklist "$tmp/jc.pdf" --record "$tmp/jr.pdf"
[ "$(rc)" = 0 ] || fail "jsc generate: $(cat "$tmp/err")"
pdftotext "$tmp/j.pdf" - | tr -d ' \n' >"$tmp/j.flat"
pdftotext "$tmp/jc.pdf" - | tr -d ' \n' >"$tmp/jc.flat"
pdftotext "$tmp/jr.pdf" - | tr -d ' \n' >"$tmp/jr.flat"
grep -qF "雲端服務共同供應契約廠商應辦事項" "$tmp/j.flat" || fail "jsc appendix lacks its heading"
for s in "ISO/IEC27018" "六個月"; do
	grep -qF -- "$s" "$tmp/j.flat" || fail "jsc appendix lacks '$s'"
	grep -qF -- "$s" "$tmp/jc.flat" || fail "jsc checklist lacks '$s'"
done
# The record's sign-off stays with its last duty, the schedule.
n=$(pdfinfo "$tmp/jr.pdf" | sed -n 's/^Pages: *//p')
pdftotext -f "$n" -l "$n" "$tmp/jr.pdf" - | tr -d ' \n' | grep -q '分階段實施時程.*審核人（簽章）' ||
    fail "the record's sign-off is not on the page of its last duty"
for s in "CS-002" "CS-003" "資料儲存所在地" "分階段實施時程"; do
	grep -qF -- "$s" "$tmp/j.flat" && fail "jsc appendix has the agency's '$s'"
	grep -qF -- "$s" "$tmp/jc.flat" && fail "jsc checklist has the agency's '$s'"
	grep -qF -- "$s" "$tmp/jr.flat" || fail "jsc record lacks '$s'"
done

# Default output names come from the case number, in the current folder.
(cd "$tmp" && "$TENDERWIZ" generate --answers "$jsc" >/dev/null) || fail "generate to default names"
[ -f "$tmp/TPE-IT-115-08-appendix.pdf" ] && [ -f "$tmp/TPE-IT-115-08-checklist.pdf" ] &&
    [ -f "$tmp/TPE-IT-115-08-record.pdf" ] || fail "default names missing: $(ls "$tmp")"

# A case number with a leading dot, spaces (ASCII and ideographic) and
# characters a shell or Windows treats specially still names plain files:
# no hidden file, one '_' for each run, the CJK kept.
names_case() {
	sed "s#^\( *number:\).*#\1 $1#" "$jsc" >"$tmp/names.yaml"
	rm -rf "$tmp/names" && mkdir "$tmp/names"
	(cd "$tmp/names" && "$TENDERWIZ" generate --answers "$tmp/names.yaml" >/dev/null 2>"$tmp/err") ||
	    fail "generate to default names of '$1': $(cat "$tmp/err")"
	got=$(cd "$tmp/names" && ls -A | sort | tr '\n' ' ')
	want=
	for d in appendix.odt appendix.pdf checklist.odt checklist.pdf record.pdf; do
		want="$want$2-$d "
	done
	[ "$got" = "$want" ] || fail "number '$1' named '$got', not '$want'"
}
names_case '".hidden case"' hidden_case
names_case '"..  府資  115　第 3 號 "' 府資_115_第_3_號
names_case "'a/b:c*d?e<f>g|h\"i'" a_b_c_d_e_f_g_h_i
names_case '"-rf *"' rf
names_case '" . "' tenderwiz

# A character the font lacks is named with its code point and the text
# around it; nothing is written.
sed 's/name: 政府資安通報平臺功能擴充案/name: 資安案😀/' "$big" >"$tmp/emoji.yaml"
tw generate --answers "$tmp/emoji.yaml" --appendix "$tmp/e.pdf" --checklist "$tmp/ec.pdf"
[ "$(rc)" = 1 ] || fail "missing glyph exit $(rc)"
expect_err "U+1F600"
expect_err "in 「…027　案名：資安案😀」"
[ -e "$tmp/e.pdf" ] || [ -e "$tmp/ec.pdf" ] && fail "missing glyph left a file"

# Atomic writes: an old file survives a failed generation untouched.
cp "$tmp/a.pdf" "$tmp/keep.pdf"
tw generate --answers "$tmp/emoji.yaml" --appendix "$tmp/keep.pdf"
cmp -s "$tmp/a.pdf" "$tmp/keep.pdf" || fail "failed generation changed the old file"
tw generate --answers "$big" --appendix "$tmp/no/such/dir/a.pdf"
[ "$(rc)" = 1 ] || fail "missing folder exit $(rc)"
expect_err "$tmp/no/such/dir/a.pdf"
# A full disk: a 64 KiB tmpfs in a private mount namespace.
if command -v unshare >/dev/null 2>&1 && unshare -rm true 2>/dev/null; then
	mkdir "$tmp/full"
	unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs "$1" && echo old >"$1/a.pdf" &&
	    "$2" generate --answers "$3" --appendix "$1/a.pdf"; echo "rc=$?"
	    cat "$1/a.pdf"; ls -a "$1"' sh "$tmp/full" "$TENDERWIZ" "$big" >"$tmp/out" 2>"$tmp/err"
	grep -q '^rc=1$' "$tmp/out" || fail "generate on a full disk: $(cat "$tmp/out" "$tmp/err")"
	expect_err "$tmp/full/a.pdf"
	expect_err "No space left on device"
	grep -qx old "$tmp/out" || fail "a full disk changed the old file"
	grep -q '^\.a\.pdf' "$tmp/out" && fail "a full disk left a temporary file"
else
	echo "note: cannot mount a private tmpfs; full-disk case not run" >&2
fi
ls -a "$tmp" | grep -q '^\.[a-z0-9]*\.pdf\.' && fail "a temporary file was left: $(ls -a "$tmp")"

# Two documents named to one file: refused, whatever the format or the
# name it is reached by, and nothing is written (the checklist must never
# stand in the appendix's place).
mkdir "$tmp/same"
tw generate --answers "$big" --appendix "$tmp/same/x.pdf" --checklist "$tmp/same/x.pdf"
[ "$(rc)" = 1 ] || fail "one file for two documents: exit $(rc)"
expect_err "x.pdf is named for two documents"
[ -z "$(ls -A "$tmp/same")" ] || fail "one file for two documents wrote: $(ls -A "$tmp/same")"
# The same name in the same folder, reached two ways, before it exists.
tw generate --answers "$big" --appendix "$tmp/same/x.pdf" --checklist "$tmp/same/./x.pdf"
[ "$(rc)" = 1 ] || fail "one new file by two paths: exit $(rc)"
expect_err "x.pdf is named for two documents"
[ -z "$(ls -A "$tmp/same")" ] || fail "one new file by two paths wrote: $(ls -A "$tmp/same")"
# The answers file is read, never written over.
cp "$big" "$tmp/same/in.yaml"
tw generate --answers "$tmp/same/in.yaml" --appendix "$tmp/same/./in.yaml"
[ "$(rc)" = 1 ] || fail "a document over the answers: exit $(rc)"
expect_err "in.yaml is the answers file; give the document a file of its own"
cmp -s "$big" "$tmp/same/in.yaml" || fail "a document replaced the answers file"
rm "$tmp/same/in.yaml"
echo old >"$tmp/same/y.pdf"
ln -s y.pdf "$tmp/same/z.pdf"
tw generate --answers "$big" --appendix "$tmp/same/y.pdf" --record "$tmp/same/z.pdf"
[ "$(rc)" = 1 ] || fail "one file under two names: exit $(rc)"
[ "$(cat "$tmp/same/y.pdf")" = old ] || fail "one file under two names was replaced"

# A font that does not exist, and one given with --font.
tw generate --answers "$big" --appendix "$tmp/f.pdf" --font "$tmp/none.ttf"
[ "$(rc)" = 1 ] || fail "missing font exit $(rc)"
expect_err "$tmp/none.ttf"
if [ -f /usr/share/fonts/truetype/arphic/uming.ttc ]; then
	tw generate --answers "$big" --appendix "$tmp/m.pdf" --font /usr/share/fonts/truetype/arphic/uming.ttc
	[ "$(rc)" = 0 ] || fail "--font uming.ttc: $(cat "$tmp/err")"
	pdffonts "$tmp/m.pdf" 2>/dev/null | grep -qi 'ming' || fail "--font not used: $(pdffonts "$tmp/m.pdf")"
	# The Taiwan face of the collection, not face 0 (CN).
	pdffonts "$tmp/m.pdf" 2>/dev/null | grep -qi 'ming.*TW' || fail "--font uming.ttc not its TW face: $(pdffonts "$tmp/m.pdf")"
fi

finish
