#!/bin/sh
# wizard-clause-dialog.sh: the agency clause dialog on the clause list, in tmux at 80x24: each field is checked once typed, not only at the end; a mistake is shown above the field at fault, which is asked again with what was typed still in it; in the error colour; the messages name groups and texts as the buyer sees them, never an internal id (custom-N, dev-NN).
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

# no_ids: the screen names no internal id in the dialog or status line.
no_ids() {
	wiz_screen | sed -n '1,20p;23,24p' | grep -v '+ · agency clause\|● · \|◎ · \|▲ · ' |
	    grep -q 'custom-[0-9]\|dev-[0-9]' &&
	    fail "an internal id on screen: $(wiz_screen)"
}

wiz_start
wiz_new_case "條款對話測試機關" "條款對話測試案" "CD-1"
wiz_development_to_clauses

# A group one character off the table's: refused at once, the typo kept.
wiz_keys a
wiz_wait "Add an agency clause"
wiz_keys C-u
wiz_type "提供服務高"
wiz_keys Enter
wiz_wait "「提供服務高」 is one character off the table's group"
wiz_expect "Group (項目)"
wiz_expect_not "Requirement (要求內容)"
wiz_wait_line "提供服務高" "提供服務高"
no_ids
# The reason stands out as an error does; the label does not.
wiz_screen -e >"$tmp/colour"
grep 'one character off' "$tmp/colour" | grep -q '31m[^│]*one character off' ||
    fail "the reason is not drawn as an error: $(grep 'one character off' "$tmp/colour" | cat -v)"
grep 'Group (項目)' "$tmp/colour" | grep -q '31m[^│]*Group' &&
    fail "the label is drawn as an error: $(grep 'Group (項目)' "$tmp/colour" | cat -v)"
# Mended: on to the requirement.  An empty one is refused on the spot.
wiz_keys BSpace
wiz_type "商"
wiz_keys Enter
wiz_wait "Requirement (要求內容)"
wiz_keys Enter
wiz_wait "Type the requirement"
wiz_expect "Requirement (要求內容)"
# A text the table has: named by its group and words, and kept to mend.
wiz_type "具備完善之資通安全管理措施"
wiz_keys Enter
wiz_wait "The table's row 「具備完善之資通安全管理措施」"
wiz_expect "Requirement (要求內容)"
wiz_wait_line "具備完善之資通安全管理措施" "具備完善之資通安全管理措施"
no_ids
wiz_keys End
wiz_type "並每年檢討"
wiz_clause_rest "" y
no_ids
wiz_expect "具備完善之資通安全管理措施並每年檢討"

# The same text again: the agency's own clause is named by its group.
wiz_clause_open ""
wiz_type "具備完善之資通安全管理措施並每年檢討"
wiz_keys Enter
wiz_wait "The agency's clause in 「提供服務商」 says the same already"
no_ids
wiz_keys Escape
wiz_gone "Add an agency clause"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
