#!/bin/sh
# odt-libreoffice.sh: LibreOffice opens the .odt appendix and checklist of every category and route and converts them to PDF, which holds every adopted clause verbatim, the case fields, three boxes a row, the sign-off lines, the case in every page's header and 「第 X 頁，共 Y 頁」 in every footer; with the project's fontconfig alias 標楷體 is set in TW-Kai and no character falls back to another font.
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
version: 1
category: $2
tier: $4
agency_level: $5
route: $3
case: {agency: 測試機關, name: $2 測試案, number: T-$1, date: 2026-12-01}
context: {personal_data: true, critical_infrastructure: true, external_service: true, core_system: true, mobile_app: true}
EOF
	"$TENDERWIZ" validate --answers "$tmp/$1.yaml" 2>&1 |
	    sed -n 's/.*: row \([a-z]*-[0-9]*\) .*does not decide this.*/\1/p' |
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
	    --checklist "$tmp/odt/$c-c.odt" >/dev/null 2>"$tmp/err" ||
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
	for d in a c; do
		pdf="$tmp/pdf/$c-$d.pdf"
		[ -s "$pdf" ] || { fail "$c-$d.odt was not converted"; continue; }
		flat "$pdf" >"$tmp/flat"

		# Every adopted clause, verbatim.
		while IFS= read -r text; do
			grep -qF -- "$text" "$tmp/flat" || echo "$text"
		done <"$tmp/rows" >"$tmp/missing"
		[ -s "$tmp/missing" ] && fail "$c-$d: clauses missing: $(head -n 2 "$tmp/missing")"

		# The case fields, labels and values (each a cell of their own).
		for s in 機關名稱 "$agency" 案號 "$number" 系統防護需求等級 "$tier" 採購類型; do
			grep -qF -- "$s" "$tmp/flat" || fail "$c-$d: lacks the field '$s'"
		done

		# The header and footer of every page.
		pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		[ "${pages:-0}" -ge 1 ] || { fail "$c-$d: no pages"; continue; }
		p=1
		while [ "$p" -le "$pages" ]; do
			flat "$pdf" "$p" "$p" >"$tmp/page"
			grep -qF "案號：$number" "$tmp/page" || fail "$c-$d: page $p lacks 案號 in its header"
			grep -qF "案名：$(printf '%s' "$name" | tr -d ' ')" "$tmp/page" ||
			    fail "$c-$d: page $p lacks 案名 in its header"
			grep -qF "第${p}頁，共${pages}頁" "$tmp/page" ||
			    fail "$c-$d: page $p lacks 第 $p 頁，共 $pages 頁"
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

	# The appendix: title, and the joint supply contract's checks on that route.
	flat "$tmp/pdf/$c-a.pdf" >"$tmp/flat"
	grep -qF 附件：資通安全要求 "$tmp/flat" || fail "$c-a: title"
	grep -qF 附錄：條款採用情形 "$tmp/flat" || fail "$c-a: annex"
	case $c in
	*-jsc)
		for s in 雲端服務共同供應契約資安檢核 CS-002 CS-003; do
			grep -qF -- "$s" "$tmp/flat" || fail "$c-a: lacks '$s'"
		done
		;;
	esac

	# The checklist: three boxes a row, as many as content.xml has, and
	# the sign-off lines.
	flat "$tmp/pdf/$c-c.pdf" >"$tmp/flat"
	want=$(unzip -p "$tmp/odt/$c-c.odt" content.xml | grep -o '☐' | wc -l)
	jsc=$(unzip -p "$tmp/odt/$c-c.odt" content.xml | grep -o '【共契：' | wc -l)
	[ "$want" = $(( (jsc + $(wc -l <"$tmp/rows")) * 3 )) ] ||
	    fail "$c-c: content.xml has $want boxes for $(wc -l <"$tmp/rows") rows and $jsc checks"
	got=$(grep -o '☐' "$tmp/flat" | wc -l)
	[ "$got" = "$want" ] || fail "$c-c: $got boxes in the PDF, $want in the .odt"
	for s in 資通安全要求檢核表 符合 不符合 不適用 佐證資料 廠商負責人（簽章） 機關審查人員（簽章） 日期; do
		grep -qF -- "$s" "$tmp/flat" || fail "$c-c: lacks '$s'"
	done
done

# The sample's annex: the reasons for rows left out and placed elsewhere.
flat "$tmp/pdf/sample-a.pdf" >"$tmp/flat"
for s in 主機弱點掃描已納入本署年度資安健診案辦理 由本署資安事件應變服務契約辦理; do
	grep -qF -- "$s" "$tmp/flat" || fail "sample-a: lacks '$s'"
done

finish
