#!/bin/sh
# wizard-keys.sh: README's key table and the man page's Keys section name every key the wizard maps to a command (src/ui-term.c), and the man page's section matches the table.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

readme="$top_srcdir/README.md"
man="$top_srcdir/man/tenderwiz.1"
map="$top_srcdir/src/ui-term.c"
# The table's rows, and the man page from ".SS Keys" to the next section.
sed -n '/^| Key | Does |$/,/^$/p' "$readme" >"$tmp/table"
sed -n '/^\.SS Keys$/,/^\.PP$/p' "$man" | sed 's/\\-/-/g' >"$tmp/keys"
[ -s "$tmp/table" ] || fail "README has no key table"
[ -s "$tmp/keys" ] || fail "the man page has no Keys section"

# KEY NAME: the program maps KEY (a pattern of ui-term.c), and both
# documents name it as NAME.
key() {
	grep -qF -- "$1" "$map" || fail "ui-term.c maps no $1"
	grep -qF -- "$2" "$tmp/table" || fail "README's key table lacks $2"
	grep -qF -- "$2" "$tmp/keys" || fail "the man page's Keys lack $2"
}
key "KEY_ENTER" "Enter"
key "KEY_NPAGE" "PgDn"
key "UI_TERM_CTRL('N')" "Ctrl-N"
key "033" "Esc"
key "KEY_UP" "Up"
key "KEY_BTAB" "Shift-Tab"
key "KEY_LEFT" "Left"
key "' ':" "Space"
key "'?':" "F1"
key "UI_TERM_CTRL('G')" "Ctrl-G"
key "'/':" "/"
key "KEY_HOME" "Home"
key "UI_TERM_CTRL('A')" "Ctrl-A"
key "UI_TERM_CTRL('E')" "Ctrl-E"
key "UI_TERM_CTRL('U')" "Ctrl-U"
key "KEY_DC" "Del"
key "KEY_F(2)" "F2"
key "UI_TERM_CTRL('O')" "Ctrl-O"
key "KEY_F(3)" "F3"
key "UI_TERM_CTRL('R')" "Ctrl-R"
key "KEY_F(10)" "F10"
key "UI_TERM_CTRL('X')" "Ctrl-X"
key "'q':" "q"
# The letters the screens read themselves.
for k in e n N; do
	grep -q "k->ch == '$k'" "$top_srcdir"/src/ui-*.c || fail "no screen reads '$k'"
	grep -qF -- "\`$k\`" "$tmp/table" || fail "README's key table lacks $k"
	grep -qE "^\.B(R)? ($k|.*\" $k\"|.*\" $k)( |$)" "$tmp/keys" || grep -qF "$k" "$tmp/keys" ||
	    fail "the man page's Keys lack $k"
done
finish
