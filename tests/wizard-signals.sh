#!/bin/sh
# wizard-signals.sh: nothing lost when the wizard is killed, in tmux: SIGTERM after a completed step and a half-typed field restores the terminal, says where the draft went and leaves it (mode 0600) with what was typed; the next start offers it, resuming lands on the step it was killed on with every answer kept, and a walk from there generates and removes the draft; SIGINT and SIGHUP save the draft too; a draft that cannot be read is listed as such and not resumed.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

dir="$tmp/state/tenderwiz"

# killed SIG STATUS: send SIG to the wizard, then check the pane: the exit
# status, the message, a terminal given back; $d is the draft's path.
killed() {
	kill -"$1" "$(wiz_pid)" || wiz_abort "kill -$1 failed"
	st=$(wiz_exit)
	[ "$st" = "$2" ] || fail "SIG$1: exit status $st, want $2"
	d=$(sed -n 's/.*interrupted; the draft was saved to \(.*\.yaml\).*/\1/p' "$tmp/screen")
	[ -n "$d" ] || wiz_abort "SIG$1: no message saying where the draft is: $(cat "$tmp/screen")"
	wiz_expect "TTY=restored"
	[ "$(wiz_pane '#{alternate_on}')" = 0 ] || fail "SIG$1: the alternate screen is still on"
	[ "$(wiz_pane '#{cursor_flag}')" = 1 ] || fail "SIG$1: the cursor is still hidden"
	case $d in "$dir"/draft-*.yaml) ;; *) fail "SIG$1: the draft went to $d" ;; esac
	[ -f "$d" ] || wiz_abort "SIG$1: the draft $d does not exist"
	[ "$(stat -c %a "$d")" = 600 ] || fail "SIG$1: the draft has mode $(stat -c %a "$d")"
}

# --- SIGTERM mid-way ---------------------------------------------------------
wiz_start
wiz_new_case "臺南市政府資訊中心" "智慧城市平臺擴充案" "TN-115-7"
# The completed step is saved at once.
[ "$(wiz_drafts | wc -l)" = 1 ] || fail "no draft after the case step: $(ls -a "$dir")"
[ "$(stat -c %a "$dir")" = 700 ] || fail "the draft folder has mode $(stat -c %a "$dir")"
wiz_category 7
# Back to the case, half-way through changing the case name.
wiz_keys Escape
wiz_wait "Step 3/9"
wiz_keys Escape
wiz_wait "Step 2/9"
wiz_keys Down End
wiz_type "（第二期）"
wiz_wait_line "Case name" "擴充案（第二期）"
killed TERM 143
[ "$(wiz_drafts | wc -l)" = 1 ] || fail "SIGTERM left $(wiz_drafts | wc -l) drafts"
for s in "agency: 臺南市政府資訊中心" "name: 智慧城市平臺擴充案（第二期）" \
    "number: TN-115-7" "category: system-extension"; do
	grep -qF -- "$s" "$d" || fail "the draft lacks '$s': $(cat "$d")"
done

# --- The next start offers the draft; resuming keeps everything ----------
wiz_start
wiz_wait "Drafts to resume:"
wiz_expect "智慧城市平臺擴充案（第二期）"
wiz_line "智慧城市平臺擴充案（第二期）" | grep -q '20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]' ||
    fail "the draft is listed without its date: $(wiz_line 智慧城市)"
# The category and the step it goes on at, on the line under it.
wiz_screen | grep -A1 -F "智慧城市平臺擴充案（第二期）" | tail -n 1 |
    grep -qF "既有系統功能後續擴充 →" ||
    fail "the draft is listed without its category: $(wiz_screen | grep -A1 智慧城市)"
wiz_keys Down Down Enter
# The step it was killed on: the case.
wiz_wait "Step 2/9"
wiz_expect "Resumed the draft"
wiz_wait_line "Agency" "臺南市政府資訊中心"
wiz_wait_line "Case name" "智慧城市平臺擴充案（第二期）"
wiz_wait_line "Case number" "TN-115-7"
wiz_keys Enter Enter Enter Enter Enter
wiz_wait "Step 3/9"
wiz_keys Enter
wiz_wait "Step 4/9"
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 5/9"
# A resumed draft goes on in its own file.
[ "$(wiz_drafts)" = "$d" ] || fail "resuming started another draft: $(wiz_drafts)"
wiz_keys Right Down Right Enter
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
wiz_decide_rows ""
wiz_press_until "Step 9/9" Enter
wiz_wait "TN-115-7-appendix.pdf"
wiz_generate
wiz_wait "Done." 20
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "exit after generating: $(cat "$tmp/screen")"
a="$tmp/work/TN-115-7-answers.yaml"
for s in "agency: 臺南市政府資訊中心" "name: 智慧城市平臺擴充案（第二期）" \
    "number: TN-115-7" "category: system-extension" "tier: high" "agency_level: A"; do
	grep -qF -- "$s" "$a" || fail "the answers after resuming lack '$s': $(cat "$a")"
done
[ -z "$(wiz_drafts)" ] || fail "the resumed draft is still there after generating: $(wiz_drafts)"

# --- SIGINT while typing, before any step is complete --------------------
wiz_start
wiz_wait "Step 1/9"
wiz_expect_not "Drafts to resume:"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "高雄市政府"
wiz_wait_line "Agency" "高雄市政府"
killed INT 130
grep -qF "agency: 高雄市政府" "$d" || fail "the SIGINT draft: $(cat "$d")"

# --- SIGHUP: the terminal goes away -----------------------------------------
wiz_start
wiz_wait "Drafts to resume:"
wiz_expect "(no case name)"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "花蓮縣政府"
wiz_keys Enter
wiz_type "偏鄉網路案"
wiz_wait_line "Case name" "偏鄉網路案"
killed HUP 129
grep -qF "name: 偏鄉網路案" "$d" || fail "the SIGHUP draft: $(cat "$d")"
[ "$(wiz_drafts | wc -l)" = 2 ] || fail "want 2 drafts, have: $(wiz_drafts)"

# --- A draft that cannot be read is listed as such, and not resumed ------
printf 'version: 1\ncategory: [\n' >"$dir/draft-broken.yaml"
touch -d '2099-01-01' "$dir/draft-broken.yaml"
wiz_start
wiz_wait "Drafts to resume:"
wiz_wait "cannot be read"
wiz_keys Down Down Enter
wiz_wait "Cannot resume"
wiz_keys Escape
wiz_gone "Cannot resume"
wiz_expect "Step 1/9"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "F10 after a broken draft: $(cat "$tmp/screen")"

finish
