#!/bin/sh
# wizard-tier-warning-step.sh: the tier's warnings stay where they belong, in tmux: the helper's "tier below the ratings" shows on the tier step and not under any field of the case facts' step; the critical-infrastructure note shows on that step only under its own field.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

below="The tier is below what the helper's ratings call for (the highest decides)."
cii="The system involves critical infrastructure: the table's note recommends"

wiz_start
wiz_new_case "警示測試機關" "警示測試案" "WARN-1"
# Planning: no level step.  Confidentiality high, the tier low.
wiz_category 4
wiz_keys Right
wiz_wait_line "Impact on confidentiality" "High (高)"
wiz_keys Down Down Down Down
n=0
until wiz_line "Protection tier *" | grep -qF "Low (普)"; do
	[ "$n" -lt 4 ] || wiz_abort "the tier never came to Low"
	wiz_keys Right
	sleep 0.2
	n=$((n + 1))
done
wiz_wait "$below"
wiz_keys Enter
wiz_wait "Step 6/9"
wiz_wait "▶ Involves personal data"
wiz_expect_not "$below"
wiz_keys Down
wiz_wait "▶ Involves critical infrastructure"
wiz_expect_not "$below"
wiz_keys y
wiz_wait "$cii"
wiz_expect_not "$below"
wiz_keys Down
wiz_wait "▶ Important external service"
wiz_expect_not "$cii"
wiz_expect_not "$below"
wiz_keys F10
wiz_wait "Quit the wizard?"
wiz_keys d
wiz_exit >/dev/null
finish
