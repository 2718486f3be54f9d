#!/bin/sh
# wizard-yaml-zh.sh: a YAML error in the Chinese interface, in tmux: an answers file that is not well-formed YAML, opened with F3, is reported in a Chinese sentence that keeps FILE:LINE:COL and quotes libyaml's own words; a broken data file at start says the same in Chinese before the wizard begins; skipped without msgfmt or a zh_TW.UTF-8 locale.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"
wiz_zh_ready || { echo "skip: $wiz_zh_missing" >&2; exit 77; }
work="$tmp/work"
printf 'version: 2\ncategory: [app-development\n' >"$work/flow.yaml"
printf 'version: 2\n\tcategory: app-development\n' >"$work/tab.yaml"
# The sentence around libyaml's words, as the catalogue says it.
notyaml=$(zh 'not well-formed YAML (libyaml: %s%s%s)' | sed 's/%s%s%s.*//')
[ -n "$notyaml" ] && [ "$notyaml" != "not well-formed YAML (libyaml: " ] ||
    fail "no Chinese for the YAML error: '$notyaml'"

wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
for f in flow tab; do
	wiz_open "$f.yaml" "$(zh 'Open answers')"
	wiz_wait "$(zh 'Cannot open')"
	wiz_expect "$f.yaml:"
	wiz_expect "$notyaml"
	# Only libyaml's own words are English, inside the parentheses.
	wiz_screen | grep -F "$f.yaml:" | grep -q "$notyaml" ||
	    fail "$f: the place and the sentence are not one line: $(cat "$tmp/screen")"
	wiz_keys Escape
	wiz_gone "$(zh 'Cannot open')"
	wiz_keys Escape
	wiz_wait "$(step 1)"
done
wiz_expect_not "$(zh 'Cannot open')"
wiz_keys F10
wiz_exit >/dev/null

# A data file that is not YAML: said before the wizard starts, in Chinese.
data="$tmp/data"
mkdir -p "$data"
cp "$top_srcdir/data/catalogue.yaml" "$top_srcdir/data/joint-supply.yaml" \
    "$top_srcdir/data/rules.yaml" "$data/"
printf 'version: [\n' >"$data/rules.yaml"
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale" \
    TENDERWIZ_DATADIR="$data"
[ "$(wiz_exit)" = 1 ] || fail "a broken rules file did not stop the wizard: $(cat "$tmp/screen")"
wiz_expect "rules.yaml:2:1: $notyaml"
finish
