#!/bin/sh
# wizard-tier-helper.sh: the tier helper never overrides a tier chosen directly on a partial rating, in tmux: High chosen, then legal compliance rated Low, keeps High (three aspects unrated); Right on Low and Left on High stop at the end instead of wrapping round; once all four aspects are rated the tier follows the highest and the status line says so (the record's wording is checked in documents.sh).
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_new_case "分級測試機關" "分級測試案" "HELP-1"
wiz_category 1
# The tier chosen directly: High; Left on it stays there.
wiz_keys Down Down Down Down Right
wiz_wait_line "Protection tier *" "High (高)"
wiz_keys Left
wiz_line "Protection tier *" | grep -qF "High (高)" ||
    fail "Left on High moved the tier: $(wiz_line "Protection tier *")"
# One aspect rated low: the tier stands.
wiz_keys Up Left
wiz_wait_line "Impact on legal compliance" "Low (普)"
sleep 0.2
wiz_line "Protection tier *" | grep -qF "High (高)" ||
    fail "one rating of four lowered the tier: $(wiz_line "Protection tier *")"
# The lowest tier does not wrap round to the highest.
wiz_keys Down Right Right
wiz_wait_line "Protection tier *" "Low (普)"
wiz_keys Right
sleep 0.2
wiz_line "Protection tier *" | grep -qF "Low (普)" ||
    fail "Right on Low wrapped round: $(wiz_line "Protection tier *")"
# Saved now: the tier chosen, beside the one rating.
wiz_keys F2
wiz_wait "Save answers"
wiz_keys C-u
wiz_type "part.yaml"
wiz_keys Enter
wiz_wait "Saved to part.yaml"
# All four rated: the tier follows the highest, Medium, and says so.
wiz_keys Up Up Up Up Left Left
wiz_wait_line "Impact on confidentiality" "Medium (中)"
wiz_keys Down Left Down Left
wiz_wait_line "Impact on availability" "Low (普)"
wiz_wait_line "Protection tier *" "Medium (中)"
wiz_expect "All four aspects are rated: the tier is now the highest rating, Medium (中)."
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null

grep -qx "tier: low" "$tmp/work/part.yaml" && grep -qx "  legal: low" "$tmp/work/part.yaml" ||
    fail "saved with: $(cat "$tmp/work/part.yaml")"
finish
