#!/bin/sh
# wizard-comments.sh: the wizard saves over an answers file edited by hand keeping its comments, in tmux: F2 and generating keep the notes on and above the lines that stay, and a note whose line went with a changed answer is named as gone on the status line; generating over the answers file it opened and saved to does not ask first, as F2 does not.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
sed -e 's/^  name: \(.*\)$/  name: \1  # 依簽陳核定之案名/' \
    -e 's/^elsewhere:$/# 另案辦理經資安長同意\nelsewhere:/' \
    -e 's/^\(  - {id: dev-46, .*}\)$/\1  # 健診案115年續約/' \
    "$top_srcdir/tests/answers/app-development-high.yaml" >"$work/mine.yaml"
grep -c '#' "$work/mine.yaml" | grep -qx 4 || wiz_abort "the comments were not added: $(cat "$work/mine.yaml")"

# kept FILE: the comments on lines that stay are in FILE.
kept() {
	for c in "# The largest case" "  name: 政府資安通報平臺功能擴充案  # 依簽陳核定之案名" \
	    "# 另案辦理經資安長同意"; do
		grep -qF -- "$c" "$1" || fail "'$c' is gone from $1: $(cat "$1")"
	done
}

# Changed and saved with F2: every comment stays.
wiz_start
wiz_open mine.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 2/9" Escape
wiz_keys Down Down End
wiz_type "-1"
wiz_wait "[changed]"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to mine.yaml"
wiz_expect_not "had no place left"
grep -qF "number: MODA-115-027-1" "$work/mine.yaml" || fail "the change was not saved: $(cat "$work/mine.yaml")"
kept "$work/mine.yaml"
grep -qF "# 健診案115年續約" "$work/mine.yaml" || fail "the note on dev-46 is gone: $(cat "$work/mine.yaml")"

# dev-46 adopted after all: its note has no line left, and F2 says so.
wiz_press_until "Step 7/9" C-n
wiz_keys /
wiz_wait "Search"
wiz_keys C-u
wiz_type "主機弱點掃描"
wiz_keys Enter
wiz_wait "Match 1 of 2"
wiz_keys n
wiz_wait "dev-46 ▲ · dropped"
wiz_keys Space
wiz_wait "dev-46 ▲ · to be decided"
wiz_keys Space
wiz_wait "dev-46 ▲ · adopted"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "1 comment in it had no place left and is gone"
grep -qF "dev-46, reason" "$work/mine.yaml" && fail "dev-46 is still dropped: $(cat "$work/mine.yaml")"
kept "$work/mine.yaml"

# Generating writes the answers file the same way.
wiz_press_until "Step 2/9" Escape
wiz_keys Down Down End BSpace
wiz_type "2"
wiz_press_until "Step 9/9" C-n
wiz_wait_line "Answers file" "mine.yaml"
wiz_generate
wiz_wait "Done."
grep -qF "number: MODA-115-027-2" "$work/mine.yaml" || fail "generating did not save: $(cat "$work/mine.yaml")"
kept "$work/mine.yaml"
wiz_keys F10
wiz_exit >/dev/null
finish
