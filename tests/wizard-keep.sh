#!/bin/sh
# wizard-keep.sh: the wizard loses no work, in tmux: the title bar marks changes; edits after generating are changes like any other (F10 asks, SIGINT keeps a draft); F3 asks before replacing changed answers; a category change keeps the clause decisions and a return brings them back; generating asks before replacing files and starts on the first file name; the review names level and route and lists a dropped row with its reason; a full field says so and shows its beginning once left.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"

# to_review NUMBER: a new case of system planning at tier low, up to the
# review step.
to_review() {
	wiz_new_case "保存測試機關" "保存測試案" "$1"
	wiz_planning_to_review
	# The focus starts on a file name, not on the button.
	wiz_wait_line "Appendix PDF" "▶"
}

# --- Generated, then edited: F10 asks, and the draft has the edit --------
wiz_start
wiz_wait "Step 1/9"
wiz_expect_not "[changed]"
to_review KEEP-1
wiz_expect "[changed]"
wiz_generate
wiz_wait "Done." 20
wiz_gone "[changed]"
wiz_press_until "Step 2/9" Escape
wiz_keys End
wiz_type "新"
wiz_wait_line "Agency" "保存測試機關新"
wiz_wait "[changed]"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys y
[ "$(wiz_exit)" = 0 ] || fail "F10 then y after an edit: $(cat "$tmp/screen")"
d=$(wiz_drafts)
[ -n "$d" ] && grep -qF "agency: 保存測試機關新" $d ||
    fail "the edit after generating is in no draft: $(ls "$tmp/state/tenderwiz")"
grep -qF "agency: 保存測試機關新" "$work/KEEP-1-answers.yaml" &&
    fail "the answers file changed without a save"
rm -f $d

# --- Generated, edited, then Ctrl-C: a draft all the same -----------------
wiz_start
to_review KEEP-2
wiz_generate
wiz_wait "Done." 20
wiz_press_until "Step 2/9" Escape
wiz_keys End
wiz_type "改"
wiz_wait_line "Agency" "保存測試機關改"
# (SIGINT to the wizard alone: ^C would reach the pane's shell too.)
kill -INT "$(wiz_pid)" || wiz_abort "kill -INT failed"
wiz_exit >/dev/null
wiz_expect "the draft was saved to"
d=$(wiz_drafts)
[ -n "$d" ] && grep -qF "agency: 保存測試機關改" $d ||
    fail "Ctrl-C after an edit left no draft: $(cat "$tmp/screen")"
rm -f $d

# --- Generating over files that exist asks first --------------------------
wiz_start
to_review KEEP-2
wiz_generate
wiz_wait "exist already"
wiz_expect "KEEP-2-appendix.pdf"
before=$(cksum <"$work/KEEP-2-appendix.pdf")
wiz_keys n
wiz_wait "Nothing was generated"
[ "$(cksum <"$work/KEEP-2-appendix.pdf")" = "$before" ] ||
    fail "the appendix was replaced after n"
# F3 with changes asks before it reads another file; n keeps them.
wiz_keys F3
wiz_wait "Open another answers file?"
wiz_keys n
wiz_gone "Open another answers file?"
wiz_expect "Step 9/9"
wiz_keys F3
wiz_wait "Open another answers file?"
wiz_keys d
wiz_wait "Open answers"
wiz_keys Escape
wiz_gone "Open answers"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
[ -z "$(wiz_drafts)" ] || fail "discarding kept a draft: $(wiz_drafts)"

# --- A category change keeps the decisions of the one left ----------------
wiz_start
wiz_new_case "保存測試機關" "分類切換案" "KEEP-3"
wiz_category 4
wiz_keys Down Down Down Down Left
wiz_wait_line "Protection tier *" "Low (普)"
wiz_keys Enter
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
wiz_expect "● · adopted"
row=$(sed -n 's/^ *\([a-z]*-[0-9]*\) ● · adopted.*/\1/p' "$tmp/screen")
[ -n "$row" ] || wiz_abort "no adopted row under the cursor"
wiz_keys Space
wiz_wait "Drop a row"
wiz_type "另有契約涵蓋"
wiz_keys Enter
wiz_wait "$row ● · dropped"
wiz_press_until "Step 3/9" Escape
wiz_keys Down Space
wiz_wait "Starts with the table's marks; the other category's decisions are kept."
wiz_keys Up Space
wiz_wait "This category starts with the 1 decision made for it earlier."
wiz_keys Enter
wiz_wait "Step 4/9"
wiz_press_until "Step 7/9" Enter
wiz_wait "$row ● · dropped"
wiz_keys F2
wiz_wait "Save answers"
wiz_keys Enter
wiz_wait "Saved to"
grep -qF "另有契約涵蓋" "$work/KEEP-3-answers.yaml" ||
    fail "the reason did not come back: $(cat "$work/KEEP-3-answers.yaml")"
# The review says the level and route, and F1 lists the dropped row with
# its reason and the files to be written.
wiz_press_until "Step 9/9" Enter
wiz_expect_text "level — · by tender"
wiz_keys F1
wiz_wait "Dropped and placed elsewhere:"
wiz_expect "另有契約涵蓋"
wiz_expect "Files to be written:"
wiz_expect "KEEP-3-appendix.pdf"
wiz_keys Escape
wiz_gone "Files to be written:"

# --- A full field refuses more and says so; left, it shows its start ------
wiz_press_until "Step 2/9" Escape
wiz_keys Down
wiz_keys C-u
ten="一二三四五六七八九十"
long="$ten$ten$ten$ten$ten$ten$ten$ten$ten$ten（結尾）"
wiz_type "$long"
wiz_wait "is full"
wiz_expect "0 of 200 columns left"
wiz_keys Down
wiz_wait_line "Case name" "一二三四五六七八九十"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
