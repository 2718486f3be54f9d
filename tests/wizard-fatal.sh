#!/bin/sh
# wizard-fatal.sh: the wizard running out of memory, in tmux, through a preloaded allocator that fails on cue: a failure in the middle of typing gives the terminal back, says so, and keeps a draft with what was typed, which the next start resumes; when no memory comes back at all, the terminal is given back all the same and the draft of the last completed step stays whole.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

need_failmalloc
dir="$tmp/state/tenderwiz"

# oom: arm the allocator, wait until it is, then press the keys $@.
oom() {
	rm -f "$tmp/armed"
	kill -USR2 "$(wiz_pid)" || wiz_abort "kill -USR2 failed"
	_n=200
	while [ ! -e "$tmp/armed" ] && [ "$_n" -gt 0 ]; do
		sleep 0.05
		_n=$((_n - 1))
	done
	[ -e "$tmp/armed" ] || wiz_abort "the allocator never armed"
	wiz_keys "$@"
}

# restored NAME: the pane is back to the shell's terminal.
restored() {
	wiz_expect "TTY=restored"
	[ "$(wiz_pane '#{alternate_on}')" = 0 ] || fail "$1: the alternate screen is still on"
	[ "$(wiz_pane '#{cursor_flag}')" = 1 ] || fail "$1: the cursor is still hidden"
}

# --- One allocation fails while typing: the draft has all but that key ----
wiz_start LD_PRELOAD="$shim" FAILMALLOC_COUNT=1 FAILMALLOC_ARMED="$tmp/armed"
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "高雄市政府資訊處"
wiz_wait_line "Agency" "高雄市政府資訊處"
oom 1
st=$(wiz_exit)
[ "$st" = 1 ] || fail "out of memory while typing: exit status $st, want 1"
restored "out of memory while typing"
d=$(sed -n 's/.*tenderwiz: out of memory; the draft was saved to \(.*\.yaml\).*/\1/p' "$tmp/screen")
[ -n "$d" ] || wiz_abort "no message saying where the draft is: $(cat "$tmp/screen")"
case $d in "$dir"/draft-*.yaml) ;; *) fail "the draft went to $d" ;; esac
[ -f "$d" ] || wiz_abort "the draft $d does not exist"
[ "$(stat -c %a "$d")" = 600 ] || fail "the draft has mode $(stat -c %a "$d")"
grep -qF "agency: 高雄市政府資訊處" "$d" || fail "the draft lacks the agency: $(cat "$d")"
grep -qF "高雄市政府資訊處1" "$d" && fail "the draft has the key whose memory failed"
[ "$(ls -A "$dir")" = "$(basename "$d")" ] || fail "left behind in the draft folder: $(ls -A "$dir")"

# The next start, without the failing allocator, offers it and resumes it.
wiz_start
wiz_wait "Drafts to resume:"
wiz_expect "(no case name)"
wiz_keys Down Down Enter
wiz_wait "Resumed the draft"
wiz_wait "Step 2/9"
wiz_wait_line "Agency" "高雄市政府資訊處"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
st=$(wiz_exit)
[ "$st" = 0 ] || fail "quitting the resumed draft: exit status $st"
rm -f "$dir"/draft-*.yaml

# --- No memory comes back: the terminal still returns, the last draft stays -
wiz_start LD_PRELOAD="$shim" FAILMALLOC_ARMED="$tmp/armed"
wiz_new_case "屏東縣政府" "長照資訊系統維運案" "PT-115-02"
d=$(wiz_drafts)
[ -n "$d" ] || wiz_abort "no draft after the case step"
cp "$d" "$tmp/draft-before"
# Choosing a category stores it: an allocation, which fails.
oom Down Enter
st=$(wiz_exit)
[ "$st" = 1 ] || fail "out of memory for good: exit status $st, want 1"
restored "out of memory for good"
grep -qxF "tenderwiz: out of memory" "$tmp/screen" ||
    fail "no out-of-memory message on the restored screen: $(cat "$tmp/screen")"
cmp -s "$d" "$tmp/draft-before" || fail "the draft of the completed step changed: $(cat "$d")"
[ "$(ls -A "$dir")" = "$(basename "$d")" ] || fail "left behind in the draft folder: $(ls -A "$dir")"
# It loads; only the category the memory failed for is missing.
"$TENDERWIZ" validate --answers "$d" >/dev/null 2>"$tmp/err"
grep -qF "no procurement category chosen" "$tmp/err" ||
    fail "the kept draft does not load as the case step left it: $(cat "$tmp/err")"
grep -qF "name: 長照資訊系統維運案" "$d" || fail "the kept draft lacks the case name: $(cat "$d")"

finish
