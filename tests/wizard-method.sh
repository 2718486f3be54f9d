#!/bin/sh
# wizard-method.sh: the procurement method and the route, in tmux at 80x24: choosing the joint supply contract sets the method aside and says so, the method cannot be chosen while the route is the contract (and the wizard says why), and the tender route brings the method chosen before back.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"
wiz_type "方式測試機關"; wiz_keys Enter
wiz_type "方式測試案"; wiz_keys Enter
wiz_type "MT-1"; wiz_keys Enter Enter
wiz_wait "▶ Procurement method"
wiz_keys Right
wiz_wait_line "Procurement method" "Open tender (公開招標)"
wiz_keys Enter
wiz_wait "Step 3/9"
wiz_cloud_to_contract
wiz_wait "The procurement method is set aside"
# Back on the case step the method waits, and cannot be chosen.
wiz_press_until "Step 2/9" Escape
wiz_wait_line "Procurement method" "—"
wiz_press_until "▶ Procurement method" Down
wiz_keys Right
wiz_wait "No method for an order under the contract (step 6 sets the route)."
wiz_wait_line "Procurement method" "—"
# The tender route brings it back.
wiz_press_until "Step 6/9" PageDown
wiz_wait_line "Procurement route" "Joint supply contract"
wiz_keys Left
wiz_wait_line "Procurement route" "Own tender"
wiz_wait "The procurement method chosen before is back."
wiz_press_until "Step 2/9" Escape
wiz_wait_line "Procurement method" "Open tender (公開招標)"
wiz_keys F10
wiz_wait "Quit"
wiz_keys d
wiz_exit >/dev/null
finish
