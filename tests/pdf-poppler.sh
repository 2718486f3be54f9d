#!/bin/sh
# pdf-poppler.sh: the PDF test-pdf writes, read back by poppler: text, embedded subset font, info, outline, silence, sameness.
# SPDX-License-Identifier: MIT
. "${top_srcdir:-.}/tests/lib.sh"
need pdftotext
need pdffonts
need pdfinfo
need pdftoppm
need pdftohtml

prog="${top_builddir:-.}/tests/test-pdf"
"$prog" "$tmp/a.pdf" || exit $?
"$prog" "$tmp/b.pdf" || exit $?

# Two runs in two processes give the same bytes.
cmp -s "$tmp/a.pdf" "$tmp/b.pdf" || fail "two renders differ"

# poppler must not complain: libharu's own ToUnicode map made it warn
# "Invalid 'begincidrange' operator in ToUnicode CMap".
quiet() {
	"$@" >"$tmp/stdout" 2>"$tmp/stderr" || fail "$1 failed"
	[ -s "$tmp/stderr" ] && fail "$1 wrote to stderr: $(cat "$tmp/stderr")"
	return 0
}

quiet pdftotext -enc UTF-8 "$tmp/a.pdf" "$tmp/a.txt"
for s in "政府採購招標文件附錄" "Tender appendix ABC-123 (2024), page 1." \
    "投標廠商：Acme 股份有限公司" "□ 已附切結書；金額 NT\$ 1,234,567 元整。" \
    "第 1 頁，共 2 頁" "切結書（Affidavit）與授權書" "第 2 頁，共 2 頁"; do
	grep -qxF -- "$s" "$tmp/a.txt" || fail "pdftotext lacks line '$s'"
done

quiet pdffonts "$tmp/a.pdf"
# One font: a 6-capital-letter subset tag, CID TrueType, emb/sub/uni all yes.
[ "$(sed 1,2d "$tmp/stdout" | wc -l)" -eq 1 ] || fail "not exactly one font"
sed 1,2d "$tmp/stdout" | grep -Eq '^[A-Z]{6}\+[^ ]+ +CID TrueType +Identity-H +yes +yes +yes ' ||
	fail "font not an embedded subset: $(cat "$tmp/stdout")"

quiet pdfinfo -enc UTF-8 "$tmp/a.pdf"
grep -qx 'Title: *招標文件附錄' "$tmp/stdout" || fail "Title: $(cat "$tmp/stdout")"
grep -qx 'Subject: *採購案號 A-001 附錄' "$tmp/stdout" || fail "no Subject"
grep -qx 'Author: *臺北市政府工務局' "$tmp/stdout" || fail "no Author"
grep -qx 'Producer: *tenderwiz [0-9.]*' "$tmp/stdout" || fail "no Producer"
grep -qx 'Pages: *2' "$tmp/stdout" || fail "not 2 pages"
grep -q '^Page size: *595.276 x 841.89 pts (A4)' "$tmp/stdout" || fail "not A4"
TZ=UTC quiet pdfinfo -isodates "$tmp/a.pdf"
grep -qx 'CreationDate: *2023-11-14T22:13:20Z' "$tmp/stdout" ||
	fail "CreationDate: $(grep Date "$tmp/stdout")"

# The outline, as a viewer's pane shows it: nesting and Chinese titles.
quiet pdftohtml -xml -stdout -i -q "$tmp/a.pdf"
tr -d '\n' <"$tmp/stdout" | grep -qF '<outline><item page="1">一、投標須知</item><outline><item page="1">1.1 投標廠商資格</item></outline><item page="2">二、附件清單</item><outline><item page="2">2.1 切結書</item></outline></outline>' ||
	fail "outline: $(grep -A10 '<outline' "$tmp/stdout")"

quiet pdftoppm -png -r 60 -f 1 -l 1 "$tmp/a.pdf" "$tmp/page"
[ -s "$tmp/page-1.png" ] || fail "pdftoppm made no image"

finish
