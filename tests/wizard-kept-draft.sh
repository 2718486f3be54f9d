#!/bin/sh
# wizard-kept-draft.sh: the decisions kept for a category the buyer switched away from survive a killed sitting, in tmux: an answers file of app-development (an exclusion with its reason, rows placed elsewhere with notes) opened, the category switched to system-extension, the wizard killed with SIGTERM; the draft holds the kept decisions, and once resumed, choosing app-development again brings every one of them back.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

cp "$top_srcdir/tests/answers/app-development-high.yaml" "$tmp/work/case.yaml"
reason="主機弱點掃描已納入本署年度資安健診案辦理"
note="由本署資安事件應變服務契約辦理"

wiz_start
wiz_open case.yaml
wiz_wait "Step 9/9"
wiz_press_until "Step 3/9" Escape
# From app-development to the next category, system-extension.
wiz_keys Down Enter
wiz_wait "Step 4/9"
kill -TERM "$(wiz_pid)" || wiz_abort "kill -TERM failed"
[ "$(wiz_exit)" = 143 ] || fail "SIGTERM: exit status $(sed -n 's/^EXIT=//p' "$tmp/screen")"
d=$(wiz_drafts)
[ -n "$d" ] || wiz_abort "SIGTERM kept no draft"
grep -qF "category: system-extension" "$d" || fail "the draft lacks the new category: $(cat "$d")"
grep -qxF "# kept: app-development x dev-46 $reason" "$d" ||
    fail "the draft lacks the exclusion kept for app-development: $(head -n 20 "$d")"

# Resumed: choosing app-development again brings its decisions back.
wiz_start
wiz_wait "Drafts to resume:"
wiz_keys Down Down Enter
wiz_wait "Step 4/9"
wiz_keys Escape
wiz_wait "Step 3/9"
wiz_keys Up Enter
wiz_wait "Step 4/9"
wiz_expect "This category starts with the 18 decisions made for it earlier."
wiz_keys F2
wiz_wait "Save answers"
wiz_keys C-u
wiz_type "back.yaml"
wiz_keys Enter
wiz_wait "Saved to back.yaml"
b="$tmp/work/back.yaml"
grep -qF "category: app-development" "$b" || fail "saved as: $(cat "$b")"
grep -qF "{id: dev-46, reason: $reason}" "$b" || fail "the exclusion's reason is lost: $(cat "$b")"
grep -qF "{id: dev-27, note: $note}" "$b" || fail "the note of a row placed elsewhere is lost: $(cat "$b")"
for id in $(sed -n 's/^include: \[\(.*\)\]/\1/p' "$tmp/work/case.yaml" | tr -d ,); do
	grep "^include:" "$b" | grep -qw "$id" || fail "$id is no longer included: $(grep ^include: "$b")"
done
wiz_keys F10
wiz_exit >/dev/null
finish
