#!/bin/sh
# wizard-monkey.sh: a few thousand random keys, pastes and window sizes sent to a sanitizer build of the wizard in tmux end with no crash and no sanitizer report, and SIGTERM then leaves a draft that loads; skipped unless the program is built with --enable-sanitizers.  MONKEY_KEYS (3000), MONKEY_SECONDS (120) and MONKEY_SEED bound and repeat a run.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

grep -qa '__asan_init' "$TENDERWIZ" 2>/dev/null || {
	echo "skip: $TENDERWIZ is not built with --enable-sanitizers" >&2
	exit 77
}
keys=${MONKEY_KEYS:-3000}
seconds=${MONKEY_SECONDS:-120}
seed=${MONKEY_SEED:-$$}
echo "monkey: seed $seed, $keys keys, at most $seconds s (MONKEY_SEED=$seed repeats it)"

# Sanitizer reports go to files, where the screen cannot hide them.
ASAN_OPTIONS="log_path=$tmp/san:detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
UBSAN_OPTIONS="log_path=$tmp/san:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_OPTIONS UBSAN_OPTIONS

# Every key but those that quit, and F2: the wizard should still be there
# at the end, with answers saved nowhere but in its draft.
awk -v seed="$seed" -v n="$keys" 'BEGIN {
	split("Up Down Left Right Enter Escape Space Tab BTab PageUp PageDown " \
	    "Home End BSpace DC F1 F3 C-n C-u C-a C-e C-g C-r " \
	    "Enter Enter Enter Down Down Space Space Escape", k, " ")
	nk = 0; for (i in k) nk++
	split("a e n N y s d k j / ? 1 5 - . 0 中 文 。 ， （ ） 1 1 5 /", t, " ")
	nt = 0; for (i in t) nt++
	srand(seed)
	for (i = 0; i < n; i++) {
		r = rand()
		if (r < 0.004)
			print "resize " int(60 + rand() * 80) " " int(16 + rand() * 34)
		else if (r < 0.01)
			print "paste 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十結尾）"
		else if (r < 0.35)
			print "type " t[int(rand() * nt) + 1]
		else
			print "key " k[int(rand() * nk) + 1]
	}
}' >"$tmp/plan"

wiz_start
wiz_wait "Step 1/9"
pid=$(wiz_pid)
start=$(date +%s)
sent=0
while read -r what arg1 arg2; do
	case $what in
	key) tmux -L "$wsock" send-keys -t "$wsess" "$arg1" ;;
	type | paste) tmux -L "$wsock" send-keys -t "$wsess" -l -- "$arg1" ;;
	resize) tmux -L "$wsock" resize-window -t "$wsess" -x "$arg1" -y "$arg2" ;;
	esac
	sent=$((sent + 1))
	# Let the wizard keep up now and then; a full input queue proves nothing.
	if [ $((sent % 25)) = 0 ]; then
		kill -0 "$pid" 2>/dev/null || break
		[ $(($(date +%s) - start)) -lt "$seconds" ] || break
		sleep 0.05
	fi
done <"$tmp/plan"
tmux -L "$wsock" resize-window -t "$wsess" -x 80 -y 24
echo "monkey: $sent events sent"

kill -0 "$pid" 2>/dev/null || fail "the wizard died after $sent events (seed $seed): $(wiz_screen)"
# SIGTERM: the wizard keeps a draft of whatever it holds, and dies of it.
kill -TERM "$pid" 2>/dev/null
st=$(wiz_exit 20)
case $st in
143 | 0) ;;
*) fail "exit status $st after SIGTERM (seed $seed)" ;;
esac
for f in "$tmp"/san*; do
	[ -f "$f" ] || continue
	fail "a sanitizer report (seed $seed): $(head -n 30 "$f")"
done
# The draft, or the answers file a generation wrote and named on the way
# out.  A name the monkey typed may hold spaces or begin with "/", so each
# is a line of its own, and a relative one is under the work folder.
wiz_drafts >"$tmp/kept"
[ -s "$tmp/kept" ] || sed -n 's/.*the answers are in \(.*\)$/\1/p' "$tmp/screen" |
	sed "/^\//!s|^|$tmp/work/|" >"$tmp/kept"
[ -s "$tmp/kept" ] || fail "no draft was left (seed $seed): $(cat "$tmp/screen")"
while IFS= read -r d; do
	tw show --answers "$d"
	[ "$(rc)" = 0 ] || fail "the draft does not load (seed $seed): $(cat "$tmp/err") $(cat "$d")"
done <"$tmp/kept"
finish
