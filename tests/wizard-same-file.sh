#!/bin/sh
# wizard-same-file.sh: the review refuses a document named as the answers file, in tmux, as tenderwiz generate does: with answers opened from a file, a document given that file's name (or another name for it) is refused with the reason in a box (no line position when every line shows), nothing is written and the answers file stays as it was; in a new case, a document named as the answers file to be written is refused too; a name of its own then generates.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
cp "$top_srcdir/tests/answers/app-development-high.yaml" "$work/case.yaml"
cp "$work/case.yaml" "$tmp/case.orig"

# refused NAME: on the review, NAME for the appendix ODF, then generate:
# refused with NAME in the reason, and nothing written.
refused() {
	wiz_keys Down C-u
	wiz_type "$1"
	wiz_keys Down Down Down Down Down Enter
	# The answers file exists: the question first, then the refusal.
	_wiz_poll 10 present "Cannot generate" ||
	    { wiz_wait "exist already"; wiz_keys y; wiz_wait "Cannot generate" 20; }
	wiz_expect_text "$1 is the answers file; give the document a file of its own"
	# A box whose lines all show says no position that reads as pages.
	wiz_expect "Any key closes"
	wiz_expect_not "(1/"
	wiz_keys Escape
	wiz_gone "Cannot generate"
	wiz_wait "Nothing was generated."
	ls "$work" | grep -q 'appendix' && fail "$1: a document was written: $(ls "$work")"
	wiz_keys Up Up Up Up Up Up
	wiz_wait_line "Appendix PDF" "▶"
}

# --- Answers opened from a file ------------------------------------------------
wiz_start
wiz_wait "Step 1/9"
wiz_open case.yaml
wiz_wait "Step 9/9"
wiz_wait_line "Appendix PDF" "▶"
wiz_wait_line "Answers file" "case.yaml"
refused case.yaml
refused ./case.yaml
cmp -s "$work/case.yaml" "$tmp/case.orig" || fail "the answers file was written over"
# A name of its own: generated.
wiz_keys Down C-u
wiz_type "own-appendix.odt"
wiz_keys Down Down Down Down Down Enter
# The answers file is the one opened: replaced without asking, as F2 does.
wiz_wait "Done." 20
[ -s "$work/own-appendix.odt" ] || fail "the appendix was not written under its own name"
wiz_keys F10
wiz_exit >/dev/null

# --- A new case: the answers file is not there yet -----------------------------
rm -f "$work"/*
wiz_start
wiz_new_case "同名測試機關" "同名測試案" "SAME-1"
wiz_planning_to_review
wiz_wait_line "Answers file" "SAME-1-answers.yaml"
refused SAME-1-answers.yaml
[ -e "$work/SAME-1-answers.yaml" ] && fail "the answers file was written after the refusal"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
