#!/bin/sh
# wizard-paste.sh: pasting past a field's width, in tmux at 80x24: once a wide character is refused for want of room, the narrow ones pasted after it are refused too and the status line says the rest of the paste was left out; a key typed after a pause is taken again; a box's line (the search) is cut the same way and says so; on the review a space in a pasted name neither unticks the document nor goes unsaid.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_keys Down Down
wiz_wait "▶ Case number"
# 59 of the field's 60 columns, then a paste of a wide character and more.
wiz_type "ABCDEFGHIJKLMNOPQRSTUVWXYZ012ABCDEFGHIJKLMNOPQRSTUVWXYZ3456"
wiz_wait "1 of 60 columns left"
wiz_type "中ab"
wiz_wait "the rest of the paste was left out"
wiz_expect "1 of 60 columns left"
wiz_expect_not "TUVWXYZ3456a"
# After the paste, a narrow character typed on its own still fits.
wiz_type "9"
wiz_wait "0 of 60 columns left"
wiz_expect "TUVWXYZ34569"

# A box's line is cut the same way, and the status line says so.
wiz_keys Up Up
wiz_type "貼上測試機關"
wiz_keys Down
wiz_type "貼上測試案"
wiz_keys PageDown
wiz_wait "Step 3/9"
wiz_category 4
wiz_keys Down Down Down Down Left
wiz_wait_line "Protection tier *" "Low (普)"
wiz_keys PageDown
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
wiz_keys /
wiz_wait "Find rows whose"
wiz_type "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"
wiz_wait "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"
wiz_type "中ab"
wiz_wait "The field is full (60 columns): the rest of the paste was left out."
wiz_expect_not "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456a"
wiz_keys Escape
wiz_gone "Find rows whose"

# A name pasted on the review with a space: the space does not untick the
# document, and the status line says it was left out, after the paste.
wiz_press_until "Step 9/9" Enter
wiz_wait_line "Appendix PDF" "▶"
wiz_keys C-u
wiz_type "my file.pdf"
wiz_wait_line "Appendix PDF" " myfile.pdf"
wiz_expect_text "A space in the paste was left out: these names take none, as Space ticks the document."
wiz_wait_line "Appendix PDF" "[x]"
# Typed on its own, Space still ticks.
wiz_keys Space
wiz_wait_line "Appendix PDF" "[ ]"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
