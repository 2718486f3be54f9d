#!/bin/sh
# wizard-messages.sh: status lines too long for one line of 80 columns show whole, wrapped upwards over the step, in tmux, in English and in Chinese: the clause list's note on answers made under older rules, and the notes on a file opened or saved by a long name, a path cut after a '/'; a row's text too long for the clause list's panel ends in …; the next key clears them and the step shows again.  Chinese skipped without msgfmt or a zh_TW.UTF-8 locale.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
wiz_data_116 "$tmp/data"
# Answers under 115.01.07, which 116.01.01 changes in one row.
wiz_answers_115 "$work/old.yaml" 訊息測試機關 訊息測試案 MSG-1
long="answers-of-the-information-system-procurement-case-kept-for-next-year-review.yaml"
cp "$work/old.yaml" "$work/$long"

# walk T: in the language of T (a function giving the text shown for an
# English message and its arguments), each long note whole.
walk() {
	wiz_open "$long" "$($1 'Open answers')"
	wiz_wait "$($1 'Step %zu/%zu' 9 9)"
	wiz_expect_text "$($1 'Opened %s' "$long")"
	wiz_keys Escape Escape
	wiz_wait "$($1 'Step %zu/%zu' 7 9)"
	wiz_keys Escape
	wiz_wait "$($1 'Step %zu/%zu' 6 9)"
	wiz_keys PageDown
	wiz_wait "$($1 'Step %zu/%zu' 7 9)"
	wiz_expect_text "$($1 'Made under rules %s; under %s, in force, %zu row changes: the review lists it and moves the answers.' 115.01.07 116.01.01 1)"
	# The next key ends it, and the rows under it show again.
	wiz_keys Down
	wiz_gone "$($1 'Made under rules %s; under %s, in force, %zu row changes: the review lists it and moves the answers.' 115.01.07 116.01.01 1 | cut -d' ' -f1-2)"
	wiz_keys F2
	wiz_wait "$($1 'Save answers')"
	wiz_keys C-u
	wiz_type "saved-$long"
	wiz_keys Enter
	wiz_expect_text "$($1 'Saved to %s' "saved-$long")"
	rm -f "$work/saved-$long"
	# Saved: F10 quits without asking.
	wiz_keys F10
	wiz_exit >/dev/null
}

# en MSGID ARG...: the message with its arguments.
en() { _m=$1; shift; printf "$(printf '%s' "$_m" | sed 's/%zu/%s/g; s/%d/%s/g')" "$@"; }
wiz_start
wiz_wait "Step 1/9"
walk en

# The clause list's panel: a row's text longer than its two lines ends
# in …, which ? shows whole.
wiz_start
wiz_wait "Step 1/9"
wiz_open old.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 7/9" Escape
wiz_keys /
wiz_wait "Find rows whose"
wiz_type "系統發展生命週期需求階段"
wiz_keys Enter
wiz_wait "dev-17 ● ·"
wiz_screen | sed -n '/dev-17 ● ·/,$p' | sed -n 3p | grep -q '…$' ||
    fail "the panel cuts the row without saying so: $(wiz_screen)"
wiz_keys F10
wiz_exit >/dev/null

# A path wider than the status line starts a line of its own and is cut
# after a '/', not in the middle of a name: each part reads whole.
sub="records-of-the-information-security-office/procurement-2026"
mkdir -p "$work/$sub"
cp "$work/old.yaml" "$work/$sub/answers-of-the-case-for-review.yaml"
wiz_start
wiz_wait "Step 1/9"
wiz_open "$sub/answers-of-the-case-for-review.yaml"
wiz_wait "Step 9/9"
wiz_expect_text "Opened $sub/answers-of-the-case-for-review.yaml"
wiz_screen | grep -q "^ *$sub/ *\$" ||
    fail "the path is not cut after a '/': $(wiz_screen)"
wiz_screen | grep -q "^ *answers-of-the-case-for-review\.yaml *\$" ||
    fail "the file name is not whole on its line: $(wiz_screen)"
wiz_keys F10
wiz_exit >/dev/null

wiz_zh_ready || { echo "note: $wiz_zh_missing; English only" >&2; finish; }
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
walk zhf
finish
