#!/bin/sh
# wizard-custom-category.sh: agency clauses and a change of category, in tmux: choosing another category says that the agency clauses are kept and go in this appendix too, and the clause list of the new category shows them; choosing the same category again, or a category before any agency clause, says nothing of them, and a first choice says nothing of other categories.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_new_case "類別測試機關" "類別測試案" "CAT-1"
wiz_category 6
# A first choice has nothing to say about other categories.
wiz_expect_not "agency clauses kept"
wiz_expect_not "table's marks"
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Enter
wiz_wait "Step 5/9"
wiz_keys Right Down Right Right Enter
wiz_wait "Step 6/9"
wiz_facts_no
wiz_wait "Step 7/9"
wiz_clause_add "" "廠商應配合機關資安稽核" "" y

# Back to the category: the same one again says nothing of the clauses.
wiz_press_until "Step 3/9" Escape
wiz_keys Enter
wiz_wait "Step 4/9"
wiz_expect_not "agency clauses kept"
wiz_keys Escape
wiz_wait "Step 3/9"
# Another one: the buyer is told the agency clause comes along.
wiz_keys Down Enter
wiz_wait "Step 4/9"
wiz_wait "1 agency clause kept: it goes in this appendix too"
wiz_press_until "Step 7/9" PageDown
wiz_wait "廠商應配合機關資安稽核"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
