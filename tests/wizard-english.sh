#!/bin/sh
# wizard-english.sh: the English interface words the wizard's own values in English, in tmux: the review's summary and the clause list's counts name the tier, the agency type and the method by the labels of their steps (the law's Chinese term beside them), and the review's help marks a row placed elsewhere [elsewhere]; the table's own words (category, rows) stay as the table has them.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
cp "$top_srcdir/tests/answers/app-development-high.yaml" "$work/case.yaml"
wiz_start
wiz_wait "Step 1/9"
wiz_open case.yaml
wiz_wait "Step 9/9"
wiz_expect "應用軟體或系統開發服務 · tier High (高) · level A · Government agency"
wiz_expect_not "tier 高"
wiz_keys F1
wiz_wait "Up/Down scroll"
wiz_press_until "[elsewhere]" Down
wiz_expect_not "[另案]"
wiz_keys Escape
wiz_gone "Up/Down scroll"
wiz_keys Escape Escape
wiz_wait "Step 7/9"
wiz_expect "Tier High (高): 52 adopted, 0 not adopted, 1 dropped, 4 elsewhere"
wiz_keys F10
wiz_exit >/dev/null

# The method as the case step words it.
sed 's/^case:/method: open-tender\ncase:/' "$work/case.yaml" >"$work/method.yaml"
wiz_start
wiz_wait "Step 1/9"
wiz_open method.yaml
wiz_wait "Step 9/9"
wiz_expect "Open tender (公開招標)"
wiz_keys F10
wiz_exit >/dev/null
finish
