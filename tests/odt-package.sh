#!/bin/sh
# odt-package.sh: the .odt package rules (mimetype first, stored, no extra field; the manifest lists every file; well-formed XML), its styles, page, header, footer fields and metadata, the same bytes in every run and time zone, verify, default names, and no file left by a failed generation.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need unzip
need zipinfo
need xmllint

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
big="$top_srcdir/tests/answers/app-development-high.yaml"
jsc="$top_srcdir/tests/answers/cloud-platform-jsc.yaml"

tw generate --answers "$big" --appendix "$tmp/a.odt" --checklist "$tmp/c.odt" --record "$tmp/r.odt"
[ "$(rc)" = 0 ] || { fail "generate exit $(rc): $(cat "$tmp/err")"; finish; }
expect_out "appendix: $tmp/a.odt"
expect_out "checklist: $tmp/c.odt"
expect_out "record: $tmp/r.odt"

# part FILE NAME: one file of the package on stdout.
part() { unzip -p "$1" "$2"; }

for f in a c r; do
	odt="$tmp/$f.odt"
	# The first local header: "mimetype", stored (method 0), no extra
	# field, and the media type as its data, so that a reader can tell
	# the file by its first bytes.
	[ "$(head -c 4 "$odt" | od -An -tx1 | tr -d ' ')" = 504b0304 ] ||
	    fail "$f.odt: not a zip file"
	[ "$(dd if="$odt" bs=1 skip=8 count=2 2>/dev/null | od -An -tu2 | tr -d ' ')" = 0 ] ||
	    fail "$f.odt: the first file is compressed"
	[ "$(dd if="$odt" bs=1 skip=26 count=4 2>/dev/null | od -An -tu2 | tr -s ' ' | sed 's/^ //')" = "8 0" ] ||
	    fail "$f.odt: the first file's name is not 8 bytes or it has an extra field"
	[ "$(dd if="$odt" bs=1 skip=30 count=47 2>/dev/null)" = \
	    "mimetypeapplication/vnd.oasis.opendocument.text" ] ||
	    fail "$f.odt: does not start with the stored mimetype"

	# zipinfo: mimetype first and stored; no entry has an extra field,
	# in the central directory or locally.
	zipinfo -1 "$odt" >"$tmp/names" || fail "$f.odt: zipinfo cannot read it"
	[ "$(head -n 1 "$tmp/names")" = mimetype ] || fail "$f.odt: mimetype is not first"
	zipinfo -v "$odt" >"$tmp/zipinfo"
	[ "$(grep -c 'length of extra field: *0 bytes' "$tmp/zipinfo")" = "$(wc -l <"$tmp/names")" ] ||
	    fail "$f.odt: an entry has an extra field"
	zipinfo "$odt" | sed -n 3p | grep -q '^-rw-r--r-- .* stor .* mimetype$' ||
	    fail "$f.odt: mimetype is not stored, or not a plain 0644 file: $(zipinfo "$odt" | sed -n 3p)"
	grep 'file last modified on (DOS date/time)' "$tmp/zipinfo" | grep -qv '2025 Nov 21 00:00:00' &&
	    fail "$f.odt: a zip time is not SOURCE_DATE_EPOCH's"
	unzip -tq "$odt" >/dev/null || fail "$f.odt: unzip -t finds errors"
	for p in content.xml styles.xml meta.xml META-INF/manifest.xml; do
		grep -qx "$p" "$tmp/names" || fail "$f.odt lacks $p"
	done

	# The manifest lists every file but itself and mimetype, and nothing else.
	part "$odt" META-INF/manifest.xml >"$tmp/manifest.xml"
	xmllint --noout "$tmp/manifest.xml" || fail "$f.odt: manifest.xml is not well-formed"
	grep -o 'manifest:full-path="[^"]*"' "$tmp/manifest.xml" |
	    sed 's/.*="\(.*\)"/\1/' | grep -v '^/$' | sort >"$tmp/listed"
	grep -v -e '^mimetype$' -e '^META-INF/manifest.xml$' "$tmp/names" | sort >"$tmp/held"
	cmp -s "$tmp/listed" "$tmp/held" ||
	    fail "$f.odt: the manifest lists $(tr '\n' ' ' <"$tmp/listed"), the package holds $(tr '\n' ' ' <"$tmp/held")"
	grep -qF 'manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"' \
	    "$tmp/manifest.xml" || fail "$f.odt: the manifest's root entry"

	for p in content.xml styles.xml meta.xml; do
		part "$odt" $p >"$tmp/$f-$p"
		xmllint --noout "$tmp/$f-$p" || fail "$f.odt: $p is not well-formed"
	done
done

# Metadata: title, subject, the agency as creator, generator, language,
# and the answers' fingerprint as the document identifier.
meta="$tmp/a-meta.xml"
for s in '<dc:title>附件：資通安全要求</dc:title>' \
    '<dc:subject>政府資安通報平臺功能擴充案（應用軟體或系統開發服務）資通安全要求</dc:subject>' \
    '<meta:initial-creator>數位發展部資通安全署</meta:initial-creator>' \
    '<dc:creator>數位發展部資通安全署</dc:creator>' \
    "<meta:generator>tenderwiz $(sed -n 's/^AC_INIT(\[tenderwiz\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac")</meta:generator>" \
    '<dc:language>zh-TW</dc:language>' \
    '<meta:creation-date>2025-11-21T00:00:00Z</meta:creation-date>'; do
	grep -qF -- "$s" "$meta" || fail "meta.xml lacks $s"
done
grep -qF '<dc:title>資通安全要求檢核表</dc:title>' "$tmp/c-meta.xml" || fail "checklist meta.xml: title"
grep -qF '<dc:title>資通安全條款擬定紀錄</dc:title>' "$tmp/r-meta.xml" || fail "record meta.xml: title"
grep -q '<meta:user-defined meta:name="文件識別碼">[0-9a-f]\{64\}</meta:user-defined>' "$meta" ||
    fail "meta.xml lacks the document identifier"

# Styles: A4 with the PDF's margins, the named styles, both fonts, and the
# header and footer on the page.
styles="$tmp/a-styles.xml"
for s in 'fo:page-width="21cm" fo:page-height="29.7cm"' 'fo:margin-top="1.5cm"' \
    'fo:margin-bottom="1.5cm"' 'fo:margin-left="2cm"' 'fo:margin-right="2cm"' \
    'style:name="Title"' 'style:name="Heading_20_1"' 'style:name="Heading_20_2"' \
    'style:name="Text_20_body"' 'style:name="Table_20_Contents"' \
    'style:name="Table_20_Heading"' \
    'style:font-name-asian="標楷體"' 'svg:font-family="標楷體"' \
    "svg:font-family=\"'Liberation Serif'\"" \
    '<text:p text:style-name="Header">案號：MODA-115-027　案名：政府資安通報平臺功能擴充案</text:p>' \
    '第 <text:page-number text:select-page="current">1</text:page-number> 頁，共 <text:page-count>1</text:page-count> 頁' \
    'style:language-asian="zh" style:country-asian="TW"'; do
	grep -qF -- "$s" "$styles" || fail "styles.xml lacks $s"
done

# Every named paragraph style is used: by a paragraph, a page's header or
# footer, or another style built on it (the Note style once was not);
# Heading 2, which only the record uses, is there for the buyer's own.
cat "$styles" "$tmp/a-content.xml" >"$tmp/both.xml"
grep -o 'style:name="[^"]*" [^>]*style:family="paragraph"' "$styles" |
    sed 's/style:name="\([^"]*\)".*/\1/' | grep -vx Heading_20_2 | sort -u |
while read -r name; do
	grep -q -e "text:style-name=\"$name\"" -e "style:parent-style-name=\"$name\"" \
	    "$tmp/both.xml" || echo "$name"
done >"$tmp/unused"
[ -s "$tmp/unused" ] && fail "styles.xml defines styles nothing uses: $(tr '\n' ' ' <"$tmp/unused")"

# A table of clauses breaks between rows, never inside one; the case
# fields, sign-off lines and seals stay whole.
grep -q '<style:table-row-properties fo:keep-together="always"/>' "$tmp/a-content.xml" ||
    fail "rows of the appendix may split across pages"
grep -q '<style:style style:name="Table2" style:family="table"><style:table-properties [^>]*style:may-break-between-rows="true"' "$tmp/a-content.xml" ||
    fail "the clause table may not break between rows"
grep -q '<style:style style:name="Table1" style:family="table"><style:table-properties [^>]*style:may-break-between-rows="false"' "$tmp/a-content.xml" ||
    fail "the case fields may break between rows"

# Content: every table has header rows and as many cells in a row as
# columns; paragraphs use the named styles; checkboxes are ☐.
content="$tmp/a-content.xml"
n_tables=$(grep -o '<table:table ' "$content" | wc -l)
n_heads=$(grep -o '<table:table-header-rows>' "$content" | wc -l)
# The case facts are a table without a header row; the others have one.
[ "$n_heads" -ge 1 ] && [ "$n_heads" = $((n_tables - 1)) ] ||
    fail "appendix: $n_tables tables, $n_heads with header rows"
grep -qF '<text:p text:style-name="Label">附件</text:p><text:p text:style-name="Title">資通安全要求</text:p>' "$content" ||
    fail "appendix: label and title paragraphs"
grep -qF '<text:h text:style-name="Heading_20_1" text:outline-level="1">要求項目</text:h>' "$content" ||
    fail "appendix: heading"
grep -qF '<text:bookmark text:name="提供服務商"/>' "$content" || fail "appendix: group bookmark"

# Every adopted row's text is in content.xml, as XML escapes it, and has
# five boxes in the checklist (符合, 不符合, 不適用 for the vendor;
# 符合, 不符合 for the agency).
"$TENDERWIZ" show --answers "$big" | sed -n 's/^  \[adopted\] [^ ]* [^ ]* //p' >"$tmp/rows"
[ "$(wc -l <"$tmp/rows")" = 52 ] || fail "show lists $(wc -l <"$tmp/rows") adopted rows, want 52"
boxes=$(grep -o '☐' "$tmp/c-content.xml" | wc -l)
[ "$boxes" = $((52 * 5)) ] || fail "checklist has $boxes boxes for 52 rows"
for s in '>☐</text:span> 符合<' '>☐</text:span> 不符合<' '>☐</text:span> 不適用<' '廠商名稱' '統一編號' '廠商印章（公司章）' '負責人印章'; do
	grep -qF -- "$s" "$tmp/c-content.xml" || fail "checklist lacks '$s'"
done
grep -qF '廠商負責人（簽章）' "$tmp/c-content.xml" || fail "checklist: signature line"
# Each box in the style that draws it about 4 mm wide, as the PDF's.
[ "$(grep -o '<text:span text:style-name="Checkbox">☐</text:span>' "$tmp/c-content.xml" | wc -l)" = "$boxes" ] ||
    fail "checklist: not every box is in the Checkbox style"
grep -q '<style:style style:name="Checkbox"[^>]*><style:text-properties [^>]*fo:font-size="21pt"' "$styles" ||
    fail "styles.xml: the Checkbox style is not 21 pt"
while IFS= read -r text; do
	x=$(printf '%s' "$text" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g')
	grep -qF -- "$x" "$content" || echo "$text"
done <"$tmp/rows" >"$tmp/missing"
[ -s "$tmp/missing" ] && fail "rows not in content.xml: $(head -n 3 "$tmp/missing")"

# Reproducible: the same bytes in another run and another time zone.
TZ=Asia/Taipei "$TENDERWIZ" generate --answers "$big" --appendix "$tmp/a2.odt" --checklist "$tmp/c2.odt" >/dev/null ||
    fail "second generate failed"
cmp -s "$tmp/a.odt" "$tmp/a2.odt" || fail "appendix .odt differs between two runs"
cmp -s "$tmp/c.odt" "$tmp/c2.odt" || fail "checklist .odt differs between two runs"
SOURCE_DATE_EPOCH=1763683201 "$TENDERWIZ" generate --answers "$big" --appendix "$tmp/a3.odt" >/dev/null ||
    fail "third generate failed"
cmp -s "$tmp/a.odt" "$tmp/a3.odt" && fail "another SOURCE_DATE_EPOCH gave the same bytes"

# verify: each document matched, with or without SOURCE_DATE_EPOCH; a
# changed file, or the wrong answers, does not match.
tw verify --answers "$big" "$tmp/a.odt"
[ "$(rc)" = 0 ] || fail "verify of the appendix: $(cat "$tmp/out" "$tmp/err")"
expect_out "matches the appendix"
SOURCE_DATE_EPOCH= tw verify --answers "$big" "$tmp/c.odt"
[ "$(rc)" = 0 ] || fail "verify of the checklist without SOURCE_DATE_EPOCH: $(cat "$tmp/out" "$tmp/err")"
expect_out "matches the checklist"
tw verify --answers "$big" "$tmp/r.odt"
[ "$(rc)" = 0 ] || fail "verify of the record: $(cat "$tmp/out" "$tmp/err")"
expect_out "matches the record"
SOURCE_DATE_EPOCH= tw verify --answers "$big" "$tmp/a3.odt"
[ "$(rc)" = 0 ] || fail "verify of an .odt of another time: $(cat "$tmp/out" "$tmp/err")"
cp "$tmp/a.odt" "$tmp/a-renamed.pdf"
tw verify --answers "$big" "$tmp/a-renamed.pdf"
[ "$(rc)" = 0 ] || fail "verify of an .odt named .pdf: $(cat "$tmp/out" "$tmp/err")"
tw verify --answers "$jsc" "$tmp/a.odt"
[ "$(rc)" = 1 ] || fail "verify against other answers exit $(rc)"
expect_out "does NOT match"
cp "$tmp/a.odt" "$tmp/changed.odt"
printf 'x' >>"$tmp/changed.odt"
tw verify --answers "$big" "$tmp/changed.odt"
[ "$(rc)" = 1 ] || fail "verify of a changed .odt exit $(rc)"
expect_out "does NOT match"
head -c 100 "$tmp/a.odt" >"$tmp/cut.odt"
tw verify --answers "$big" "$tmp/cut.odt"
[ "$(rc)" = 1 ] || fail "verify of a cut .odt exit $(rc)"
expect_out "does NOT match"

# The sentence under the 共契 heading keeps with its table in Writer too.
tw generate --answers "$jsc" --appendix "$tmp/jsc.odt"
[ "$(rc)" = 0 ] || fail "generate of the 共契 .odt: $(cat "$tmp/err")"
unzip -p "$tmp/jsc.odt" content.xml >"$tmp/jsc.xml"
grep -q '<text:p text:style-name="Lead">本案經由雲端服務共同供應契約訂購' "$tmp/jsc.xml" ||
    fail "the 共契 sentence is not in the style Lead"
grep -q 'style:name="Lead"[^>]*><style:paragraph-properties fo:keep-with-next="always"/>' "$tmp/jsc.xml" ||
    fail "the style Lead does not keep with the next"

# The format follows the name, in either case; anything else stays PDF.
tw generate --answers "$jsc" --appendix "$tmp/UP.ODT" --checklist "$tmp/c.pdf"
[ "$(rc)" = 0 ] || fail "generate .ODT: $(cat "$tmp/err")"
[ "$(head -c 4 "$tmp/UP.ODT")" = "$(printf 'PK\003\004')" ] || fail ".ODT is not a package"
[ "$(head -c 5 "$tmp/c.pdf")" = "%PDF-" ] || fail ".pdf is not a PDF"

# Default names: the appendix and checklist in both formats, the record as PDF.
mkdir "$tmp/d"
(cd "$tmp/d" && "$TENDERWIZ" generate --answers "$jsc" >"$tmp/out" 2>"$tmp/err") ||
    fail "generate to default names: $(cat "$tmp/err")"
for f in appendix.pdf appendix.odt checklist.pdf checklist.odt record.pdf; do
	[ -f "$tmp/d/TPE-IT-115-08-$f" ] || fail "default output TPE-IT-115-08-$f missing: $(ls "$tmp/d")"
	expect_out "TPE-IT-115-08-$f"
done
[ "$(ls -A "$tmp/d" | wc -l)" = 5 ] || fail "default outputs: $(ls -A "$tmp/d")"

# Characters XML must escape, runs of spaces and a line break survive.
sed -e 's/name: 政府資安通報平臺功能擴充案/name: "A \&amp; <B>  \\"C\\"   甲\\n乙"/' "$big" >"$tmp/esc.yaml"
tw generate --answers "$tmp/esc.yaml" --appendix "$tmp/e.odt"
[ "$(rc)" = 0 ] || fail "generate with markup in the name: $(cat "$tmp/err")"
part "$tmp/e.odt" content.xml >"$tmp/e-content.xml"
part "$tmp/e.odt" styles.xml >"$tmp/e-styles.xml"
xmllint --noout "$tmp/e-content.xml" "$tmp/e-styles.xml" || fail "markup in the name broke the XML"
grep -qF 'A &amp;amp; &lt;B&gt;<text:s text:c="2"/>&quot;C&quot;<text:s text:c="3"/>甲<text:line-break/>乙' "$tmp/e-content.xml" ||
    fail "the name was not escaped and spaced: $(grep -o '案名</text:p>.\{0,200\}' "$tmp/e-content.xml")"

# A failed generation writes no file in either format, and leaves an old one.
sed 's/name: 政府資安通報平臺功能擴充案/name: 資安案😀/' "$big" >"$tmp/emoji.yaml"
mkdir "$tmp/f"
(cd "$tmp/f" && "$TENDERWIZ" generate --answers "$tmp/emoji.yaml" >"$tmp/out" 2>"$tmp/err")
[ "$?" = 1 ] || fail "a character the PDF font lacks: exit not 1"
[ -z "$(ls -A "$tmp/f")" ] || fail "a failed generation left $(ls -A "$tmp/f")"
cp "$tmp/a.odt" "$tmp/keep.odt"
tw generate --answers "$tmp/emoji.yaml" --appendix "$tmp/keep.odt" --checklist "$tmp/keep.pdf"
[ "$(rc)" = 1 ] || fail "failed generation exit $(rc)"
cmp -s "$tmp/a.odt" "$tmp/keep.odt" || fail "a failed generation changed the old .odt"
tw generate --answers "$big" --appendix "$tmp/no/such/dir/a.odt"
[ "$(rc)" = 1 ] || fail "missing folder exit $(rc)"
expect_err "$tmp/no/such/dir/a.odt"
ls -a "$tmp" | grep -q '^\..*\.odt\.' && fail "a temporary file was left: $(ls -a "$tmp")"

finish
