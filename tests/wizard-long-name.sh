#!/bin/sh
# wizard-long-name.sh: case names and agency names as long as real tenders have, in tmux and from a file: a 37-character 案名 pasted into the wizard goes in whole with room to spare (200 columns), an answers file with a 78-character one (143 columns) validates, opens in the wizard with no negative room and generates with the whole name in the PDF's case header and running header, and a name wider than 200 columns is refused with its line and column.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"
need pdftotext

short="115年度臺北市政府教育局所屬各級學校校務行政系統維運暨資安強化委外服務案"
long="${short}及第二期擴充與整合建置暨資料移轉轉換與教育訓練服務案之一部分附帶條件說明"

# Pasted into the wizard: nothing refused, the room counted from 200.
wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "臺北市政府教育局"; wiz_keys Enter
wiz_type "$short"
wiz_wait "129 of 200 columns left"
wiz_expect_not "is full"
wiz_keys Enter
wiz_type "TPE-115-LONG"; wiz_keys Enter Enter Enter
wiz_wait "Step 3/9"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
wiz_exit >/dev/null
d=$(wiz_drafts)
grep -qF "name: $short" "$d" || fail "the draft lacks the whole name: $(grep name: "$d")"
rm -f "$d"

# From a file: valid, whole in the documents.
sed "s/^  name: .*/  name: $long/" "$top_srcdir/tests/answers/app-development-high.yaml" >"$tmp/work/long.yaml"
tw validate --answers "$tmp/work/long.yaml"
[ "$(rc)" = 0 ] || fail "validate refuses a 78-character name: $(cat "$tmp/err")"
(cd "$tmp/work" && "$TENDERWIZ" generate --answers long.yaml --appendix a.pdf \
    --checklist c.pdf --record r.pdf >/dev/null 2>"$tmp/err") ||
    fail "generate failed: $(cat "$tmp/err")"
for f in a c; do
	flat=$(pdftotext -raw "$tmp/work/$f.pdf" - 2>/dev/null | tr -d ' \n\f')
	printf '%s' "$flat" | grep -qF "案名：$long" ||
	    fail "$f.pdf's running header lacks the whole name"
	printf '%s' "$flat" | grep -qF "案名$long" ||
	    fail "$f.pdf's case header lacks the whole name"
done

# In the wizard: the name whole, the room never negative.
wiz_start
wiz_open long.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 2/9" Escape
wiz_keys Down
wiz_wait "of 200 columns left"
wiz_wait "57 of 200 columns left"
wiz_keys Home
wiz_expect "115年度臺北市政府教育局"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "an opened file, unchanged, did not quit at once"

# Wider than 200 columns: refused where it stands.
sed "s/^  name: .*/  name: $long$long/" "$top_srcdir/tests/answers/app-development-high.yaml" >"$tmp/wide.yaml"
tw validate --answers "$tmp/wide.yaml"
[ "$(rc)" != 0 ] || fail "validate takes a name of 286 columns"
expect_err "wide.yaml:12:9: name is 286 columns wide"
finish
