#!/bin/sh
# wizard-regenerate.sh: generating again after a partly failed generation, in tmux: the files the failed run wrote are this sitting's own, so mending the bad path and generating again replaces them without asking; a file this sitting did not write is still asked about.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
wiz_start
wiz_new_case "重產測試機關" "重產測試案" "REGEN-1"
wiz_planning_to_review
wiz_wait_line "Appendix PDF" "▶"
# The checklist into a folder that does not exist: the appendix is written.
wiz_keys Down Down C-u
wiz_type "nodir/REGEN-1-checklist.pdf"
wiz_keys Down Down Down Down Enter
wiz_wait "Cannot generate" 20
wiz_keys Escape
wiz_wait "Written all the same: REGEN-1-appendix.pdf"
[ -f "$work/REGEN-1-appendix.pdf" ] || fail "the appendix was not written before the failure"
[ -f "$work/REGEN-1-answers.yaml" ] && fail "the answers file was written after a failure"
# Mended: generating again does not ask about this sitting's own files.
wiz_keys Up Up Up Up C-u
wiz_type "REGEN-1-checklist.pdf"
wiz_keys Down Down Down Down Enter
wiz_wait "Done." 20
wiz_expect_not "exist already"
[ -f "$work/REGEN-1-checklist.pdf" ] || fail "the checklist was not written"
# A file this sitting did not write is still asked about, and only it.
echo other >"$work/other-record.pdf"
wiz_keys Up Up C-u
wiz_type "other-record.pdf"
wiz_keys Down Down Enter
wiz_wait "exist already"
wiz_expect "other-record.pdf"
wiz_expect_not "│   REGEN-1-appendix.pdf"
wiz_keys n
wiz_wait "Nothing was generated"
[ "$(cat "$work/other-record.pdf")" = other ] || fail "the record was replaced after n"
wiz_keys F10
wiz_exit >/dev/null
finish
