#!/bin/sh
# big-list.sh: a file with a list of 200,000 items is read in well under a second (lists grow geometrically), so the answers loader gets to say what is wrong with it; timeout only catches a return of quadratic growth.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need timeout

f="$tmp/big.yaml"
{
	printf 'version: 1\ncategory: app-development\ntier: high\ninclude:\n'
	awk 'BEGIN { for (i = 0; i < 200000; i++) print "- dev-03" }'
} >"$f"
timeout 20 "$TENDERWIZ" validate --answers "$f" >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/rc"
[ "$(rc)" = 1 ] || fail "exit $(rc), want 1 (124 is the timeout): $(cat "$tmp/err")"
expect_err "big.yaml:6:3: item 'dev-03' is named more than once"
finish
