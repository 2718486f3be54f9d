#!/bin/sh
# wizard-zh.sh: a walk in Chinese at 80x24, in tmux: on every step (every case fact and agency type included) and in every help box no line starts with closing punctuation (the PDF's line breaker wraps the panels too), every key legend fits the 80 columns with F10 at its end and F2 in it, the longest category name shows whole, and a file error speaks Chinese; skipped without msgfmt or a zh_TW.UTF-8 locale.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"
wiz_zh_ready || { echo "skip: $wiz_zh_missing" >&2; exit 77; }

# look WHAT: the screen as it is now, and then its help box (F1), have no
# line that starts with closing punctuation, and the legend names F10.
look() {
	sleep 0.2
	wiz_screen >"$tmp/look"
	tail -n 1 "$tmp/look" | grep -q 'F10' ||
	    fail "$1: the legend is cut: $(tail -n 1 "$tmp/look")"
	# F1 (or ? on the clause list) and F2 work on every step but the first.
	case $1 in
	start) ;;
	*) tail -n 1 "$tmp/look" | grep -q 'F2' ||
	    fail "$1: the legend lacks F2: $(tail -n 1 "$tmp/look")" ;;
	esac
	wiz_keys F1
	_wiz_poll 5 present "─┐" || wiz_abort "$1: no help box"
	sleep 0.1
	wiz_screen >>"$tmp/look"
	wiz_keys Escape
	_wiz_poll 5 absent "─┐" || wiz_abort "$1: the help box stays"
	if grep -nE '^[ │]*[。，、；：？！）」』》〉】,.;:?!)]' "$tmp/look" >"$tmp/bad"; then
		fail "$1: a line starts with closing punctuation: $(cat "$tmp/bad")"
	fi
}

wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
look "start"
wiz_keys Enter
wiz_wait "$(step 2)"
look "case"
wiz_type "數位發展部資訊處"; wiz_keys Enter
wiz_type "資訊系統委外規劃案（第二期）"; wiz_keys Enter
wiz_type "ZH-1"; wiz_keys Enter Enter Enter
wiz_wait "$(step 3)"
# The longest name whole, at 80 columns.
wiz_expect "既有雲端微服務（SaaS）客製化需求更版"
for n in 0 1 2 3 4 5 6 7 8; do
	look "category $n"
	wiz_keys Down
done
wiz_keys Home
wiz_keys Up Up Up Up Up Up Up Up Enter
wiz_wait "$(step 4)"
look "tier"
wiz_keys Right
# One rating of four leaves the tier to be chosen.
wiz_keys Down Down Down Down Right
look "tier"
wiz_keys Enter
wiz_wait "$(step 6)"
# A cloud category: the route and the seven case facts, each with its help.
for n in 0 1 2 3 4 5 6 7; do
	look "case fact $n"
	wiz_keys n Down
done
wiz_keys PageDown
wiz_wait "$(step 7)"
look "clauses"
wiz_keys End
look "clauses"
wiz_press_until "$(step 9)" Enter
look "review"
# An error of the file layer speaks Chinese too.
wiz_keys F2
wiz_wait "$(zh 'Save answers')"
wiz_keys C-u
wiz_type "nodir/zh.yaml"
wiz_keys Enter
wiz_wait "無法在 nodir 建立檔案"
wiz_keys Escape Escape
wiz_gone "無法在 nodir 建立檔案"
wiz_keys F10
wiz_wait "$(zh 'Quit the wizard?')"
wiz_keys d
wiz_exit >/dev/null

# The level step of a category with ▲ rows: every agency type's help and
# the level's.
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
wiz_keys Enter
wiz_wait "$(step 2)"
wiz_type "數位發展部資訊處"; wiz_keys Enter
wiz_type "應用系統開發案"; wiz_keys Enter
wiz_type "ZH-2"; wiz_keys Enter Enter Enter
wiz_wait "$(step 3)"
wiz_keys Down Down Down Down Down Down Enter
wiz_wait "$(step 4)"
wiz_keys Down Down Down Down Right Enter
wiz_wait "$(step 5)"
for n in 1 2 3 4 5; do
	wiz_keys Right
	look "agency type $n"
done
wiz_keys Down Right
look "level"
wiz_keys F10
wiz_wait "$(zh 'Quit the wizard?')"
wiz_keys d
wiz_exit >/dev/null
finish
