#!/bin/sh
# oom.sh: memory running out anywhere in a generation, through a preloaded allocator that fails on cue: at 80 points spread over every allocation the run makes, once and for good, the program either finishes or says "out of memory" and exits 1, never crashes, and every file it leaves is whole, byte for byte what a normal run writes, with no temporary file beside it.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

need_failmalloc
answers="$top_srcdir/tests/answers/app-development-high.yaml"
SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
points=80

# gen DIR [NAME=VALUE]...: generate both PDFs into DIR under the allocator.
gen() {
	_d=$1
	shift
	rm -rf "$_d"
	mkdir "$_d"
	env LD_PRELOAD="$shim" "$@" "$TENDERWIZ" generate --answers "$answers" \
	    --appendix "$_d/a.pdf" --checklist "$_d/c.pdf" >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
}

# The reference run counts the allocations.
gen "$tmp/ref" FAILMALLOC_TALLY="$tmp/tally"
[ "$(rc)" = 0 ] || { echo "FAIL: the reference run failed: $(cat "$tmp/err")" >&2; exit 1; }
total=$(cat "$tmp/tally")
[ "$total" -gt 1000 ] || { echo "FAIL: only $total allocations counted" >&2; exit 1; }

# check WHAT: the last run ended well or said so; what it left is whole.
check() {
	case $(rc) in
	0) [ -s "$tmp/run/a.pdf" ] && [ -s "$tmp/run/c.pdf" ] ||
	    fail "$1: exit 0 without both files" ;;
	1) [ "$(cat "$tmp/err")" = "tenderwiz: out of memory" ] ||
	    fail "$1: exit 1 saying '$(cat "$tmp/err")'" ;;
	*) fail "$1: exit $(rc): $(cat "$tmp/err")" ;;
	esac
	for _f in "$tmp"/run/* "$tmp"/run/.[!.]*; do
		[ -e "$_f" ] || continue
		case ${_f##*/} in
		a.pdf|c.pdf) cmp -s "$_f" "$tmp/ref/${_f##*/}" ||
		    fail "$1: ${_f##*/} is not what a normal run writes" ;;
		*) fail "$1: left ${_f##*/} behind" ;;
		esac
	done
}

i=0
fails=0
while [ "$i" -lt "$points" ]; do
	at=$((total * i / points + i % 7))
	gen "$tmp/run" FAILMALLOC_SKIP="$at" FAILMALLOC_COUNT=1
	check "one allocation failing after $at"
	[ "$(rc)" = 1 ] && fails=$((fails + 1))
	gen "$tmp/run" FAILMALLOC_SKIP="$at"
	check "every allocation failing after $at"
	i=$((i + 1))
done
# The points are not all past the end: most of them must have failed.
[ "$fails" -gt $((points / 2)) ] || fail "only $fails of $points runs ran out of memory"
echo "$total allocations; $fails of $points single failures ended the run" >&2

finish
