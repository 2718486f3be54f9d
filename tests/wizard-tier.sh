#!/bin/sh
# wizard-tier.sh: the protection tier step under the tier helper's warning, in tmux, in English and in Chinese: with confidentiality rated high and the tier set lower, the field's help, the chosen tier's description and the warning each show whole, the description first and the warning after it, and the description says what the tier is for rather than what the ratings are; Chinese skipped without msgfmt or a zh_TW.UTF-8 locale.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

# check_order FIRST SECOND: both on the screen, FIRST on a line above SECOND.
check_order() {
	_a=$(grep -nF -- "$1" "$tmp/screen" | head -n 1 | cut -d: -f1)
	_b=$(grep -nF -- "$2" "$tmp/screen" | head -n 1 | cut -d: -f1)
	[ -n "$_a" ] || { fail "screen lacks '$1': $(cat "$tmp/screen")"; return; }
	[ -n "$_b" ] || { fail "screen lacks '$2': $(cat "$tmp/screen")"; return; }
	[ "$_a" -lt "$_b" ] || fail "'$1' is not above '$2': $(cat "$tmp/screen")"
}

# tier_walk T: on the tier step in the language of T (a function that
# gives the text shown for an English message): confidentiality high,
# then the tier medium and low, each read with the warning.
tier_walk() {
	wiz_keys Right
	wiz_keys Down Down Down Down Right Right
	wiz_wait_line "$($1 'Protection tier') *" "$($1 'Medium (中)')"
	wiz_wait "$($1 "The tier is below what the helper's ratings call for (the highest decides).")"
	check_order "$($1 'Set by the ratings above once all four are rated, or chosen directly.')" \
	    "$($1 "The tier is below what the helper's ratings call for (the highest decides).")"
	wiz_keys Right
	wiz_wait "$($1 'For a system with every aspect rated low.')"
	wiz_expect "$($1 "The tier is below what the helper's ratings call for (the highest decides).")"
	check_order "$($1 'For a system with every aspect rated low.')" \
	    "$($1 "The tier is below what the helper's ratings call for (the highest decides).")"
	# Rated as chosen: the warning goes.
	wiz_keys Up Up Up Up Right Right
	wiz_wait_line "$($1 'Impact on confidentiality')" "$($1 'Low (普)')"
	wiz_expect_not "$($1 "The tier is below what the helper's ratings call for (the highest decides).")"
	wiz_keys F10
	wiz_wait "$($1 'Quit the wizard?')"
	wiz_keys d
	wiz_exit >/dev/null
}

en() { printf '%s\n' "$1"; }
wiz_start
wiz_new_case "等級測試機關" "等級測試案" "TIER-1"
wiz_category 4
tier_walk en

wiz_zh_ready || { echo "note: $wiz_zh_missing; English only" >&2; finish; }
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
wiz_keys Enter
wiz_wait "$(step 2)"
wiz_type "等級測試機關"; wiz_keys Enter
wiz_type "等級測試案"; wiz_keys Enter
wiz_type "TIER-2"; wiz_keys Enter Enter Enter
wiz_wait "$(step 3)"
wiz_keys Down Down Down Down Enter
wiz_wait "$(step 4)"
tier_walk zh
finish
