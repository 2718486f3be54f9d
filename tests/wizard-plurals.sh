#!/bin/sh
# wizard-plurals.sh: counts on the review read as English and Chinese say them, in tmux at 80x24: one problem is "1 problem to fix first", and the summary counts its adopted rows as rows; in zh_TW the same lines come from the catalogue's one plural form.  Chinese skipped without msgfmt or a zh_TW.UTF-8 locale.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

# draft NAME: a draft kept on the review with one case fact unanswered.
draft() {
	mkdir -p "$tmp/state/tenderwiz"
	cat >"$tmp/state/tenderwiz/$1" <<'YAML'
# step: review
version: 2
category: system-planning
tier: low
case: {agency: 複數測試機關, name: 複數測試案, number: PLURAL-1, date: 2026-11-21}
context: {personal_data: false, critical_infrastructure: false, external_service: false, core_system: false, large_contract: false, national_security: false}
YAML
	chmod 600 "$tmp/state/tenderwiz/$1"
}

draft draft-20261201-120000-1.yaml
wiz_start
wiz_wait "Drafts to resume:"
wiz_keys Down Down Enter
wiz_wait "Step 9/9"
wiz_expect "1 problem to fix first; Enter on it goes to its step:"
wiz_expect_not "problem(s)"
wiz_expect "rows adopted, "
wiz_keys F10
wiz_wait "Quit"
wiz_keys y
wiz_exit >/dev/null

wiz_zh_ready || { echo "note: $wiz_zh_missing; zh_TW walk not run" >&2; finish; }
rm -f "$tmp/state/tenderwiz/"draft-*
draft draft-20261201-120000-2.yaml
wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
wiz_wait "$(step 1)"
wiz_keys Down Down Enter
wiz_wait "$(step 9)"
wiz_expect "$(zhf '%zu problem to fix first; Enter on it goes to its step:' 1)"
finish
