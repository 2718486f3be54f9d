#!/bin/sh
# fresh-clone.sh: README's first command in a fresh clone starts the wizard in Chinese, finding data/, forms/ and po/'s catalogue in the build tree; two clones built in different folders give the same binary, holding neither folder's path.
# SPDX-License-Identifier: MIT
TENDERWIZ_DATADIR=
TENDERWIZ_FORMSDIR=
. "$top_srcdir/tests/wizard-lib.sh"
need git
top=$(git -C "$top_srcdir" rev-parse --show-toplevel 2>/dev/null)
[ -n "$top" ] && [ "$top" = "$(cd "$top_srcdir" && pwd -P)" ] || {
	echo "skip: the source tree is not a git checkout" >&2
	exit 77
}
locale -a 2>/dev/null | grep -qi '^zh_TW\.utf-\?8$' || {
	echo "skip: no zh_TW.UTF-8 locale" >&2
	exit 77
}

# build DIR: clone the committed tree into DIR and build it as README does.
build() {
	git clone -q "$top_srcdir" "$1" || wiz_abort "git clone failed"
	(cd "$1" && autoreconf -fi && ./configure && make) >"$1.log" 2>&1 ||
	    wiz_abort "the build in $1 failed: $(tail -n 20 "$1.log")"
}
build "$tmp/one/tenderwiz"
build "$tmp/second-place/tw"
cmp -s "$tmp/one/tenderwiz/src/tenderwiz" "$tmp/second-place/tw/src/tenderwiz" ||
    fail "two builds in different folders gave different binaries"
for d in "$tmp/one/tenderwiz" "$tmp/second-place/tw"; do
	strings -a "$d/src/tenderwiz" | grep -F "$tmp" &&
	    fail "$d/src/tenderwiz holds a build path"
done

# LANG=zh_TW.UTF-8 src/tenderwiz, with nothing pointing at the data.
TENDERWIZ="$tmp/one/tenderwiz/src/tenderwiz"
wiz_start LC_ALL= LANG=zh_TW.UTF-8
wiz_wait "步驟 1/"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "the wizard did not end cleanly"

# The CLI finds the same data and speaks the same language.
LC_ALL= LANG=zh_TW.UTF-8 tw --help
expect_out "用法"
tw catalog --category app-development
[ "$(rc)" = 0 ] || fail "catalog from the build tree failed: $(cat "$tmp/err")"
finish
