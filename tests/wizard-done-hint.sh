#!/bin/sh
# wizard-done-hint.sh: after generating, the review's closing hint is never cut mid-word, in tmux at 80x24: with a summary of three lines and five documents whose names fill three lines, the documents are counted instead of named (they are listed above) and the command to regenerate still shows whole, down to "writes the documents again."
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

cp "$top_srcdir/tests/answers/cloud-platform-jsc.yaml" "$tmp/work/MODA-115-099-answers.yaml"
wiz_start
wiz_open MODA-115-099-answers.yaml
wiz_wait "Step 9/9"
wiz_wait "No problems"
wiz_generate
# The answers file is the one opened: replaced without asking.
wiz_wait "Done."
wiz_expect_text "Written: 5 documents and MODA-115-099-answers.yaml."
wiz_expect_text "F10 quits; 'tenderwiz generate --answers MODA-115-099-answers.yaml' writes the documents again."
wiz_keys F10
wiz_exit >/dev/null
finish
