#!/bin/sh
# odt-libreoffice.sh: LibreOffice opens the .odt appendix, checklist and record of every category and route and converts them to PDF, which holds every adopted clause verbatim, the case fields, the checklist's boxes, vendor fields, seals and sign-off lines, the case in every page's header and 「第 X 頁，共 Y 頁」 in every footer, no page left empty, no row split across pages and the table's header row atop every page it runs on to; with the project's fontconfig alias 標楷體 is set in TW-Kai and no character falls back to another font.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need soffice
need pdftotext
need pdffonts
need pdfinfo

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH

# make_answers NAME CATEGORY ROUTE TIER LEVEL: a case of the category with
# every context answer yes, and the ▲ rows the agency level leaves open
# adopted, as an officer would decide them.
make_answers() {
	cat >"$tmp/$1.yaml" <<EOF
version: 2
category: $2
tier: $4
agency_type: government
agency_level: $5
route: $3
case: {agency: 測試機關, name: $2 測試案, number: T-$1, date: 2026-12-01}
context: {personal_data: true, critical_infrastructure: true, external_service: true, core_system: true, large_contract: true, national_security: true, mobile_app: true}
EOF
	"$TENDERWIZ" validate --answers "$tmp/$1.yaml" 2>&1 |
	    sed -n 's/.*: row \([a-z]*-[0-9]*\) .*not decide this.*/\1/p' |
	    tr '\n' ' ' >"$tmp/open"
	if [ -s "$tmp/open" ]; then
		echo "include: [$(sed 's/ *$//; s/ /, /g' "$tmp/open")]" >>"$tmp/$1.yaml"
	fi
	"$TENDERWIZ" validate --answers "$tmp/$1.yaml" >/dev/null 2>&1 ||
	    fail "$1: the answers made for it do not validate"
}

cases=
for c in saas-packaged saas-office saas-customization cloud-platform \
    system-planning security-planning app-development system-extension \
    app-maintenance; do
	make_answers "$c" "$c" tender high A
	cases="$cases $c"
done
# The joint supply contract route, for the categories it is open to.
for c in saas-packaged saas-office cloud-platform; do
	make_answers "$c-jsc" "$c" joint-supply-contract medium C
	cases="$cases $c-jsc"
done
# The sample case, with rows excluded and placed elsewhere.
cp "$top_srcdir/tests/answers/app-development-high.yaml" "$tmp/sample.yaml"
cases="$cases sample"

mkdir "$tmp/odt" "$tmp/pdf"
for c in $cases; do
	"$TENDERWIZ" generate --answers "$tmp/$c.yaml" --appendix "$tmp/odt/$c-a.odt" \
	    --checklist "$tmp/odt/$c-c.odt" --record "$tmp/odt/$c-r.odt" >/dev/null 2>"$tmp/err" ||
	    fail "$c: generate: $(cat "$tmp/err")"
done

# One LibreOffice for all the files, with a profile of its own, and
# fontconfig reading the alias the project installs.
cat >"$tmp/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <include>$top_srcdir/fontconfig/35-tenderwiz-kai.conf</include>
</fontconfig>
EOF
FONTCONFIG_FILE="$tmp/fonts.conf" HOME="$tmp" soffice \
    -env:UserInstallation="file://$tmp/lo" --headless --norestore \
    --convert-to pdf --outdir "$tmp/pdf" "$tmp"/odt/*.odt >"$tmp/lo.out" 2>&1 ||
    fail "soffice failed: $(tail -n 5 "$tmp/lo.out")"

# flat PDF [FIRST LAST]: the text of pages FIRST to LAST without spaces or breaks.
flat() {
	if [ $# = 3 ]; then
		pdftotext -f "$2" -l "$3" "$1" - 2>/dev/null
	else
		pdftotext "$1" - 2>/dev/null
	fi | tr -d ' \t\n\f'
}

# columns ODT PDF [PAGE]: the PDF's text column by column, without spaces
# or breaks: every page (or PAGE alone) cropped to each column of each
# table of the .odt's content.xml in turn.  A cell's lines stay together
# there, where the text of a whole page interleaves the lines of cells
# side by side.
columns() {
	unzip -p "$1" content.xml |
	    grep -o 'style:name="Table[0-9]*\.C[0-9]*" style:family="table-column"><style:table-column-properties style:column-width="[0-9.]*cm"' |
	    sed 's/style:name="Table\([0-9]*\)\.C[0-9]*".*column-width="\([0-9.]*\)cm"/\1 \2/' |
	    awk '$1 != t { t = $1; x = 2 } { printf "%d %d\n", x * 28.3465 - 2, $2 * 28.3465 + 4; x += $2 }' |
	    sort -u |
	    while read -r x w; do
		pdftotext ${3:+-f "$3" -l "$3"} -x "$x" -y 0 -W "$w" -H 842 "$2" - 2>/dev/null
	    done | tr -d ' \t\n\f'
}

# Without TW-Kai installed, LibreOffice picks another CJK font: skip that part.
if fc-list 2>/dev/null | grep -q 'TW-Kai'; then
	kai=1
else
	kai=0
	echo "note: TW-Kai (fonts-cns11643-kai) not installed; fonts not checked" >&2
fi

for c in $cases; do
	number=$(sed -n 's/.*number: \([^,}]*\).*/\1/p' "$tmp/$c.yaml")
	agency=$(sed -n 's/.*agency: \([^,}]*\).*/\1/p' "$tmp/$c.yaml")
	name=$(sed -n 's/.*[{ ]name: \([^,}]*\).*/\1/p' "$tmp/$c.yaml" | head -n 1)
	tier=$(sed -n 's/^tier: high/高級/p; s/^tier: medium/中級/p; s/^tier: low/普級/p' "$tmp/$c.yaml")
	"$TENDERWIZ" show --answers "$tmp/$c.yaml" |
	    sed -n 's/^  \[adopted\] [^ ]* [^ ]* //p' | tr -d ' ' >"$tmp/rows"
	[ -s "$tmp/rows" ] || fail "$c: no adopted rows"
	for d in a c r; do
		pdf="$tmp/pdf/$c-$d.pdf"
		[ -s "$pdf" ] || { fail "$c-$d.odt was not converted"; continue; }
		flat "$pdf" >"$tmp/flat"
		columns "$tmp/odt/$c-$d.odt" "$pdf" >"$tmp/columns"

		# Every adopted clause, verbatim, in one cell.
		while IFS= read -r text; do
			grep -qF -- "$text" "$tmp/columns" || echo "$text"
		done <"$tmp/rows" >"$tmp/missing"
		[ -s "$tmp/missing" ] && fail "$c-$d: clauses missing: $(head -n 2 "$tmp/missing")"

		# The case fields, labels and values (each a cell of their own).
		for s in 機關名稱 "$agency" 案號 "$number" 系統防護需求等級 "$tier" 採購類型; do
			grep -qF -- "$s" "$tmp/flat" || fail "$c-$d: lacks the field '$s'"
		done

		# The header and footer of every page.
		pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		[ "${pages:-0}" -ge 1 ] || { fail "$c-$d: no pages"; continue; }

		# No row splits across pages: each clause stands whole on one
		# page, so the .odt needs no 「（續）」 caption; and a page the
		# table runs on to starts with its header row again (項次 …),
		# never with a row.
		p=1
		while [ "$p" -le "$pages" ]; do
			columns "$tmp/odt/$c-$d.odt" "$pdf" "$p" >"$tmp/cols.$p"
			p=$((p + 1))
		done
		: >"$tmp/held"
		while IFS= read -r text; do
			p=1
			while [ "$p" -le "$pages" ] && ! grep -qF -- "$text" "$tmp/cols.$p"; do
				p=$((p + 1))
			done
			if [ "$p" -le "$pages" ]; then
				echo "$p" >>"$tmp/held"
			else
				echo "$text"
			fi
		done <"$tmp/rows" >"$tmp/split"
		[ -s "$tmp/split" ] && fail "$c-$d: rows split across pages: $(head -n 2 "$tmp/split")"
		for p in $(sort -un "$tmp/held"); do
			[ "$p" -ge 2 ] || continue
			top=$(pdftotext -f "$p" -l "$p" -x 0 -y 60 -W 596 -H 700 "$pdf" - 2>/dev/null |
			    tr -d ' \t\f' | sed '/^$/d' | head -n 1)
			# A row's 項次 at the top is a row without its header.
			case $top in
			'' | *[!0-9]*) ;;
			*) fail "$c-$d: page $p starts with row $top, not the table's header row" ;;
			esac
		done
		p=1
		while [ "$p" -le "$pages" ]; do
			flat "$pdf" "$p" "$p" >"$tmp/page"
			grep -qF "案號：$number" "$tmp/page" || fail "$c-$d: page $p lacks 案號 in its header"
			grep -qF "案名：$(printf '%s' "$name" | tr -d ' ')" "$tmp/page" ||
			    fail "$c-$d: page $p lacks 案名 in its header"
			grep -qF "第${p}頁，共${pages}頁" "$tmp/page" ||
			    fail "$c-$d: page $p lacks 第 $p 頁，共 $pages 頁"
			# No page holds only its header and footer.
			[ -n "$(pdftotext -f "$p" -l "$p" -x 0 -y 80 -W 596 -H 690 "$pdf" - 2>/dev/null |
			    tr -d ' \t\n\f')" ] || fail "$c-$d: page $p is empty"
			p=$((p + 1))
		done

		# Fonts: 標楷體 came out as TW-Kai, Latin as Liberation Serif,
		# and nothing fell back to any other font.
		if [ "$kai" = 1 ]; then
			pdffonts "$pdf" 2>/dev/null | tail -n +3 | awk '{ print $1 }' |
			    sed 's/^[A-Z]*+//' | sort -u >"$tmp/fonts"
			grep -q '^TW-Kai' "$tmp/fonts" || fail "$c-$d: not set in TW-Kai: $(tr '\n' ' ' <"$tmp/fonts")"
			grep -v -e '^TW-Kai' -e '^LiberationSerif' "$tmp/fonts" >"$tmp/other"
			[ -s "$tmp/other" ] && fail "$c-$d: characters fell back to $(tr '\n' ' ' <"$tmp/other")"
		fi
	done

	# The appendix: label and title; on the joint supply contract route,
	# the vendor's checks.
	flat "$tmp/pdf/$c-a.pdf" >"$tmp/flat"
	grep -qF 附件資通安全要求 "$tmp/flat" || fail "$c-a: label and title"
	case $c in
	*-jsc)
		for s in 雲端服務共同供應契約廠商應辦事項 六個月; do
			grep -qF -- "$s" "$tmp/flat" || fail "$c-a: lacks '$s'"
		done
		;;
	esac

	# The checklist: five boxes a row (three for the vendor, two for the
	# agency), as many in the PDF as in content.xml; the vendor's fields,
	# seals and sign-off lines.
	flat "$tmp/pdf/$c-c.pdf" >"$tmp/flat"
	want=$(unzip -p "$tmp/odt/$c-c.odt" content.xml | grep -o '☐' | wc -l)
	rows=$(unzip -p "$tmp/odt/$c-c.odt" content.xml | grep -o '<table:table-row table:style-name="Row"><table:table-cell table:style-name="Cell"' | wc -l)
	[ "$rows" -ge "$(wc -l <"$tmp/rows")" ] && [ "$want" = $((rows * 5)) ] ||
	    fail "$c-c: content.xml has $want boxes for $rows rows ($(wc -l <"$tmp/rows") adopted)"
	got=$(grep -o '☐' "$tmp/flat" | wc -l)
	[ "$got" = "$want" ] || fail "$c-c: $got boxes in the PDF, $want in the .odt"
	for s in 資通安全要求檢核表 廠商自評 機關審查 佐證資料 廠商名稱 統一編號 負責人 \
	    廠商印章（公司章） 負責人印章 廠商負責人（簽章） 機關審查人員（簽章） 中華民國; do
		grep -qF -- "$s" "$tmp/flat" || fail "$c-c: lacks '$s'"
	done

	# The record: its title, every row's id, and the sign-off.
	flat "$tmp/pdf/$c-r.pdf" >"$tmp/flat"
	for s in 資通安全條款擬定紀錄 文件識別碼 承辦人（簽章） 審核人（簽章）; do
		grep -qF -- "$s" "$tmp/flat" || fail "$c-r: lacks '$s'"
	done
	"$TENDERWIZ" show --answers "$tmp/$c.yaml" | sed -n 's/^  \[[a-z ]*\] \([^ ]*\) .*/\1/p' |
	while read -r id; do
		grep -qF -- "$id" "$tmp/flat" || echo "$id"
	done >"$tmp/missing"
	[ -s "$tmp/missing" ] && fail "$c-r: rows missing: $(tr '\n' ' ' <"$tmp/missing")"
done

# The sample's record: the reasons for rows left out and placed elsewhere.
flat "$tmp/pdf/sample-r.pdf" >"$tmp/flat"
for s in 主機弱點掃描已納入本署年度資安健診案辦理 由本署資安事件應變服務契約辦理; do
	grep -qF -- "$s" "$tmp/flat" || fail "sample-r: lacks '$s'"
done

finish
