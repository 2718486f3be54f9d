#!/bin/sh
# wizard-outputs.sh: the review step's files, in tmux: it lists generate's five documents and the answers file, each document ticked; a name typed, the answers file's too, outlasts a step back; Space unticks one but never the last, and the choice outlasts a step back; the question before replacing files names those that exist and none left unticked; only the files ticked are written, byte for byte as generate writes them and accepted by verify; in zh_TW.UTF-8 at 80x24 every file name and the legend show whole.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

SOURCE_DATE_EPOCH=1763683200
export SOURCE_DATE_EPOCH
work="$tmp/work"
num=OUT-115-1
docs="appendix.pdf appendix.odt checklist.pdf checklist.odt record.pdf"

# The text of the box on the screen, its lines joined (the box may sit
# over the review's lines).
box() {
	wiz_screen | sed -n 's/^[^│]*│ *\(.*[^ ]\) *│.*$/\1/p' | tr '\n' ' ' |
	    sed 's/ $//'
}

# --- Six files listed, the documents ticked ------------------------------
wiz_start SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH
wiz_new_case "輸出測試機關" "輸出測試案" "$num"
wiz_planning_to_review
set -- "Appendix PDF" appendix.pdf "Appendix ODF" appendix.odt \
    "Checklist PDF" checklist.pdf "Checklist ODF" checklist.odt \
    "Record PDF" record.pdf
while [ $# -gt 0 ]; do
	wiz_wait_line "$1" "[x]"
	wiz_wait_line "$1" " $num-$2"
	shift 2
done
wiz_wait_line "Answers file" " $num-answers.yaml"
wiz_expect "Space on/off"

# --- A name typed stays when the buyer steps back and returns --------------
wiz_keys Home
wiz_type "sub/"
wiz_wait_line "Appendix PDF" " sub/$num-appendix.pdf"
# The answers file's name too.
wiz_keys Down Down Down Down Down Home
wiz_type "kept-"
wiz_wait_line "Answers file" " kept-$num-answers.yaml"
wiz_keys Escape
wiz_gone "Step 9/9"
wiz_press_until "Step 9/9" Enter
wiz_wait_line "Appendix PDF" " sub/$num-appendix.pdf"
wiz_wait_line "Checklist PDF" " $num-checklist.pdf"
wiz_wait_line "Answers file" " kept-$num-answers.yaml"
wiz_keys Down Down Down Down Down Home
wiz_keys Delete Delete Delete Delete Delete
wiz_wait_line "Answers file" " $num-answers.yaml"
wiz_keys Up Up Up Up Up
wiz_wait_line "Appendix PDF" "▶"
wiz_keys Home
wiz_keys Delete Delete Delete Delete
wiz_wait_line "Appendix PDF" " $num-appendix.pdf"

# --- Space unticks, but one document stays ------------------------------
wiz_keys Space
wiz_wait_line "Appendix PDF" "[ ]"
wiz_keys Down Space
wiz_wait_line "Appendix ODF" "[ ]"
wiz_keys Down Space
wiz_wait_line "Checklist PDF" "[ ]"
wiz_keys Down Space
wiz_wait_line "Checklist ODF" "[ ]"
wiz_keys Down Space
wiz_wait "At least one document must be written."
wiz_line "Record PDF" | grep -qF "[x]" || fail "the last document was unticked: $(wiz_line "Record PDF")"
wiz_keys Up Space
wiz_wait_line "Checklist ODF" "[x]"
# F1 lists only the files to be written.
wiz_keys F1
wiz_wait "Files to be written:"
wiz_expect "$num-checklist.odt"
# Nothing dropped: the heading says so rather than standing alone.
wiz_screen | grep -A1 -F "Dropped and placed elsewhere:" | grep -qF "• none" ||
    fail "F1: the empty list of dropped rows says nothing: $(wiz_screen)"
wiz_expect_not "$num-appendix.pdf"
wiz_keys Escape
wiz_gone "Files to be written:"

# The choice is the sitting's: a step back and forth keeps it.
wiz_keys Escape
wiz_gone "Step 9/9"
wiz_press_until "Step 9/9" Enter
wiz_wait_line "Appendix PDF" "[ ]"
wiz_wait_line "Checklist ODF" "[x]"
wiz_wait_line "Record PDF" "[x]"

# --- The question names the files that exist and are ticked ---------------
echo old >"$work/$num-record.pdf"
echo old >"$work/$num-appendix.pdf"
wiz_generate
wiz_wait "exist already"
case "$(box)" in
*"$num-record.pdf"*) ;;
*) fail "the question does not name the record: $(box)" ;;
esac
case "$(box)" in
*"$num-appendix.pdf"*) fail "the question names a file not ticked: $(box)" ;;
esac
wiz_keys n
wiz_wait "Nothing was generated"
[ "$(cat "$work/$num-record.pdf")" = old ] || fail "the record was replaced after no"
[ ! -e "$work/$num-checklist.odt" ] || fail "the checklist was written after no"

# --- Yes: only the files ticked are written ----------------------------------
wiz_keys Enter
wiz_wait "exist already"
wiz_keys y
wiz_wait "Done." 20
wiz_expect "Written:"
got=$(ls -A "$work" | tr '\n' ' ')
[ "$got" = "$num-answers.yaml $num-appendix.pdf $num-checklist.odt $num-record.pdf " ] ||
    fail "the wizard wrote: $got"
[ "$(cat "$work/$num-appendix.pdf")" = old ] || fail "an unticked file was replaced"
mkdir "$tmp/gen"
(cd "$tmp/gen" && "$TENDERWIZ" generate --answers "$work/$num-answers.yaml") \
    >"$tmp/out" 2>"$tmp/err" || fail "generate: $(cat "$tmp/err")"
for f in checklist.odt record.pdf; do
	cmp -s "$work/$num-$f" "$tmp/gen/$num-$f" || fail "the wizard's $f differs from generate's"
	tw verify --answers "$work/$num-answers.yaml" "$work/$num-$f"
	[ "$(rc)" = 0 ] || fail "verify $f: $(cat "$tmp/out" "$tmp/err")"
done
# Written again without a question: this sitting wrote them.
rm "$work/$num-checklist.odt"
wiz_keys Enter
_n=200
while [ ! -e "$work/$num-checklist.odt" ] && [ "$_n" -gt 0 ]; do
	sleep 0.1
	_n=$((_n - 1))
done
[ -e "$work/$num-checklist.odt" ] || fail "generating again wrote nothing: $(wiz_screen)"
wiz_wait "Done." 20
wiz_expect_not "exist already"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "the wizard's exit status: $(cat "$tmp/screen")"

# --- zh_TW.UTF-8 at 80x24: every file name whole --------------------------
if ! wiz_zh_ready; then
	echo "note: $wiz_zh_missing; zh_TW review not looked at" >&2
else
	# A long case number: the longest names the review shows.
	sed "s/number: $num/number: MODA-ACS-115-0001234/" "$work/$num-answers.yaml" >"$work/long.yaml"
	long=MODA-ACS-115-0001234
	wiz_start LC_ALL=zh_TW.UTF-8 TENDERWIZ_LOCALEDIR="$tmp/locale"
	wiz_wait "$(step 1)"
	wiz_keys F3
	wiz_wait "$(zh 'Open answers')"
	wiz_keys C-u
	wiz_type "long.yaml"
	wiz_keys Enter
	wiz_wait "long.yaml"
	wiz_press_until "$(step 9)" C-n
	for f in $docs; do
		_l=$(zh "$(case $f in
		    appendix.pdf) echo "Appendix PDF" ;; appendix.odt) echo "Appendix ODF" ;;
		    checklist.pdf) echo "Checklist PDF" ;; checklist.odt) echo "Checklist ODF" ;;
		    *) echo "Record PDF" ;; esac)")
		wiz_wait_line "$_l" " $long-$f"
		wiz_line "$_l" | grep -qF "[x]" || fail "zh: $f is not ticked: $(wiz_line "$_l")"
	done
	wiz_wait_line "$(zh 'Answers file')" " long.yaml"
	wiz_expect "$(zh '[ Generate the files ticked and the answers file ]')"
	legend=$(wiz_screen | tail -n 1)
	case "$legend" in
	*F10*) ;;
	*) fail "zh: the legend is cut: $legend" ;;
	esac
	case "$legend" in
	*Space*) ;;
	*) fail "zh: the legend lacks Space: $legend" ;;
	esac
	wiz_keys F10
	wiz_exit >/dev/null
fi

finish
