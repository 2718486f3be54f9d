#!/bin/sh
# installcheck.sh: the installed program (make installcheck): --version, every document generated from a sample answers file (the .odt by the installed ODF writer), the wizard's first screen in Chinese with the data, forms and catalogue found where installed, and no build path in the binary or the module.
# SPDX-License-Identifier: MIT
#
# Environment: TENDERWIZ, the installed program; TW_PKGDATADIR,
# TW_LOCALEDIR and TW_PKGLIBDIR, where make install put the data, the
# catalogues and the ODF writer;
# TW_BUILD_PATHS, folders whose names the binary must not hold.
TENDERWIZ_DATADIR=
TENDERWIZ_FORMSDIR=
wizard=
if ! command -v tmux >/dev/null 2>&1; then
	echo "note: no tmux; the wizard's first screen is not checked" >&2
elif ! locale -a 2>/dev/null | grep -qi '^zh_TW\.utf-\?8$'; then
	echo "note: no zh_TW.UTF-8 locale; the wizard's first screen is not checked" >&2
else
	wizard=yes
fi
if [ -n "$wizard" ]; then
	. "$top_srcdir/tests/wizard-lib.sh"
else
	. "$top_srcdir/tests/lib.sh"
fi

[ -x "$TENDERWIZ" ] || { echo "FAIL: $TENDERWIZ is not installed" >&2; exit 1; }
for f in "$TW_PKGDATADIR/catalogue.yaml" "$TW_PKGDATADIR/rules.yaml" \
    "$TW_PKGDATADIR/joint-supply.yaml" "$TW_PKGDATADIR/forms/wizard.yaml" \
    "$TW_LOCALEDIR/zh_TW/LC_MESSAGES/tenderwiz.mo" "$TW_PKGLIBDIR/odt.so"; do
	[ -s "$f" ] || fail "not installed: $f"
done

tw --version
[ "$(rc)" = 0 ] || fail "--version exit $(rc)"
expect_out "tenderwiz (tenderwiz) "
expect_out "License MIT"

# Every document, named after the case, in the current folder.
mkdir -p "$tmp/docs"
(cd "$tmp/docs" && SOURCE_DATE_EPOCH=1763683200 "$TENDERWIZ" generate \
    --answers "$top_srcdir/tests/answers/app-development-high.yaml") \
    >"$tmp/out" 2>"$tmp/err" || fail "generate failed: $(cat "$tmp/err")"
expect_out "appendix: MODA-115-027-appendix.pdf"
expect_out "checklist: MODA-115-027-checklist.pdf"
sed -n 's/^[^:]*: //p' "$tmp/out" >"$tmp/written"
while read -r f; do
	[ -s "$tmp/docs/$f" ] || fail "generate named $f but wrote nothing"
done <"$tmp/written"
for f in "$tmp/docs"/*; do
	[ -e "$f" ] && ! grep -qxF "${f##*/}" "$tmp/written" &&
	    fail "generate wrote ${f##*/} without naming it"
done

# No path of the build or source folder in the installed binary.
for d in $TW_BUILD_PATHS; do
	for b in "$TENDERWIZ" "$TW_PKGLIBDIR/odt.so"; do
		if strings -a "$b" | grep -F "$d" >"$tmp/paths"; then
			fail "the installed $b holds $d: $(head -n 3 "$tmp/paths")"
		fi
	done
done

# The wizard's first screen, in Chinese.
if [ -n "$wizard" ]; then
	wiz_start LC_ALL= LANG=zh_TW.UTF-8
	wiz_wait "步驟 1/"
	wiz_keys F10
	[ "$(wiz_exit)" = 0 ] || fail "the wizard did not end cleanly"
fi
finish
