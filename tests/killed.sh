#!/bin/sh
# killed.sh: generate killed with SIGKILL at points spread over its whole run leaves each output either the old file or the complete new one, never a part, and no stray file that a later run does not clear.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
answers="$top_srcdir/tests/answers/app-development-high.yaml"
runs=40

# The finished documents, and how long a whole run takes (GNU date).
start=$(date +%s%N)
tw generate --answers "$answers" --appendix "$tmp/ref-a.pdf" --checklist "$tmp/ref-c.pdf"
end=$(date +%s%N)
[ "$(rc)" = 0 ] || { echo "FAIL: generate: $(cat "$tmp/err")" >&2; exit 1; }
case $start$end in
*N*) ms=200 ;;			# no nanoseconds: a guess
*) ms=$(( (end - start) / 1000000 + 1 )) ;;
esac

mkdir "$tmp/k"
old=0 new=0 stray=0 i=0
while [ "$i" -lt "$runs" ]; do
	echo old >"$tmp/k/a.pdf"
	echo old >"$tmp/k/c.pdf"
	"$TENDERWIZ" generate --answers "$answers" --appendix "$tmp/k/a.pdf" \
	    --checklist "$tmp/k/c.pdf" >/dev/null 2>&1 &
	pid=$!
	# Evenly from the start to a little past the end of a run.
	sleep "$(awk -v i="$i" -v n="$runs" -v ms="$ms" \
	    'BEGIN { printf "%.4f", i / n * ms * 1.2 / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid"
	for d in a c; do
		if [ "$(cat "$tmp/k/$d.pdf")" = old ]; then
			old=$((old + 1))
		elif cmp -s "$tmp/k/$d.pdf" "$tmp/ref-$d.pdf"; then
			new=$((new + 1))
		else
			fail "run $i: $d.pdf is neither the old file nor the new one" \
			    "($(wc -c <"$tmp/k/$d.pdf") bytes)"
		fi
	done
	i=$((i + 1))
done
# A temporary file gets a name only once complete (O_TMPFILE), just
# before the rename, so a kill in between, or anywhere where the file
# system cannot, leaves one: hidden and named after its target.
for f in $(ls -A "$tmp/k"); do
	case $f in
	a.pdf|c.pdf) ;;
	.a.pdf.??????|.c.pdf.??????) stray=$((stray + 1)) ;;
	*) fail "left $f" ;;
	esac
done
echo "killed $runs runs over ${ms} ms: $old outputs old, $new new," \
    "$stray temporary files left" >&2
[ "$old" -gt 0 ] || fail "no kill landed before the outputs were written"

# A run after all that writes both in full, and clears what dead runs
# left once it is old enough not to be a live run's (made so here).
for f in $(ls -A "$tmp/k"); do
	case $f in .*) touch -d '2000-01-01' "$tmp/k/$f" ;; esac
done
tw generate --answers "$answers" --appendix "$tmp/k/a.pdf" --checklist "$tmp/k/c.pdf"
[ "$(rc)" = 0 ] || fail "generate after the kills: $(cat "$tmp/err")"
cmp -s "$tmp/k/a.pdf" "$tmp/ref-a.pdf" || fail "the appendix differs after the kills"
cmp -s "$tmp/k/c.pdf" "$tmp/ref-c.pdf" || fail "the checklist differs after the kills"
[ "$(ls -A "$tmp/k" | tr '\n' ' ')" = "a.pdf c.pdf " ] ||
    fail "files left after a later run: $(ls -A "$tmp/k")"

finish
