#!/bin/sh
# wizard-faults.sh: generating on the review step where a write fails, in tmux: a full file system (the appendix stops part-way), a read-only file system, a folder that is a file, a checklist or an answers file that fails after the PDFs before it were written (the .odt files and the record unticked); each time a box names the file and the cause, the status line says what was written all the same, the wizard stays on the step with its answers and their draft, no file or temporary file is left and an older file is as it was; then the paths edited to a writable folder generate the three files and the wizard quits cleanly.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

work="$tmp/work"
# A short case number, so that every path fits its field unscrolled.
num=FLT-1
name="檔案寫入失敗測試案"
mkdir "$work/full" "$work/ro" "$work/out" "$tmp/probe" || exit 99
echo old >"$work/ro/$num-appendix.pdf"
echo file >"$work/notdir"

# The full and the read-only file system need a private mount namespace
# (unshare -rm, as root or where user namespaces are allowed); a folder
# that is a file needs nothing.
have_full=
have_ro=
if ! command -v unshare >/dev/null 2>&1; then
	echo "note: no unshare; full and read-only file systems not run" >&2
else
	if unshare -rm sh -c 'mount -t tmpfs -o size=1m none "$1"' sh \
	    "$tmp/probe" 2>/dev/null; then
		have_full=1
	else
		echo "note: cannot mount a tmpfs in a private mount namespace;" \
		    "full file system not run" >&2
	fi
	if unshare -rm sh -c 'mount --bind "$1" "$1" &&
	    mount -o remount,bind,ro "$1" && ! touch "$1/x" 2>/dev/null' sh \
	    "$tmp/probe" 2>/dev/null; then
		have_ro=1
	else
		echo "note: cannot make a read-only bind mount in a private" \
		    "mount namespace; read-only file system not run" >&2
	fi
fi

# Before the wizard starts, in its own mount namespace: full/ a 1 MiB
# tmpfs holding an old appendix, filled up but for 8 KiB, so that the
# write of a PDF (far larger) stops part-way; ro/ read-only.
{
	echo 'set -e'
	if [ -n "$have_full" ]; then
		cat <<EOF
mount -t tmpfs -o size=1m none full
echo old >full/$num-appendix.pdf
dd if=/dev/zero of=full/spare bs=8192 count=1 2>/dev/null
dd if=/dev/zero of=full/fill bs=4096 2>/dev/null || :
rm full/spare
EOF
	fi
	if [ -n "$have_ro" ]; then
		echo 'mount --bind ro ro'
		echo 'mount -o remount,bind,ro ro'
	fi
	echo 'exec "$@"'
} >"$tmp/ns.sh"
if [ -n "$have_full$have_ro" ]; then
	wiz_wrap="unshare -rm sh $(wiz_q "$tmp/ns.sh")"
fi

# paths APPENDIX CHECKLIST ANSWERS: from the button, type the three
# output paths over the old ones (passing the documents not ticked) and
# come back to the button.
paths() {
	wiz_keys Up Up Up Up Up Up
	wiz_keys C-u
	wiz_type "$1"
	wiz_keys Enter Enter C-u
	wiz_type "$2"
	wiz_keys Enter Enter Enter C-u
	wiz_type "$3"
	wiz_keys Enter
	# A space before: the value starts the field.
	wiz_wait_line "Appendix PDF" " $1"
	wiz_wait_line "Checklist PDF" " $2"
	wiz_wait_line "Answers file" " $3"
}

# Free bytes of the tmpfs on full/, and the wizard's open files.
free_full() { stat -f -c '%a %S' "$root$work/full" | awk '{ print $1 * $2 }'; }
nfds() { ls "/proc/$pid/fd" | wc -l; }

# The text of the box on the screen, its lines joined.
box() {
	wiz_screen | sed -n 's/^ *│ *\(.*[^ ]\) *│ *$/\1/p' | tr '\n' ' ' |
	    sed 's/ $//'
}

# refused WHAT MESSAGE STATUS: Enter on the button fails with MESSAGE in
# a box, and the status line says STATUS; closing the box leaves the
# review step with the answers, the draft and no file held open.
refused() {
	fds=$(nfds)
	wiz_keys Enter
	# Files there already: asked first, and told to go on.
	_n=400
	while [ "$_n" -gt 0 ]; do
		wiz_screen >"$tmp/screen"
		grep -qF "Cannot generate" "$tmp/screen" && break
		if grep -qF "exist already" "$tmp/screen"; then
			wiz_keys y
			wiz_gone "exist already"
		fi
		sleep 0.05
		_n=$((_n - 1))
	done
	wiz_wait "Cannot generate" 20
	[ "$(box)" = "$2" ] || fail "$1: the box says '$(box)', want '$2'"
	wiz_keys Escape
	wiz_gone "Cannot generate"
	wiz_expect "Step 9/9"
	wiz_expect "$3"
	wiz_expect "資訊系統規劃服務 · tier Low (普)"
	wiz_expect_not "Done."
	wiz_expect_not "EXIT="
	kill -0 "$pid" 2>/dev/null || wiz_abort "$1: the wizard is gone"
	[ "$(nfds)" = "$fds" ] || fail "$1: the wizard holds $(nfds) files, before $fds"
	d=$(wiz_drafts)
	[ "$(echo "$d" | wc -l)" = 1 ] && [ -f "$d" ] ||
	    wiz_abort "$1: the draft is gone: $(ls -A "$tmp/state/tenderwiz")"
	for s in "number: $num" "name: $name" "category: system-planning" "tier: low"; do
		grep -qF -- "$s" "$d" || fail "$1: the draft lacks '$s': $(cat "$d")"
	done
}

# only WHAT DIR [FILE]...: DIR holds just those files, in ls order.
only() {
	_what=$1
	_dir=$2
	shift 2
	_got=$(ls -A "$_dir" | tr '\n' ' ')
	[ "$_got" = "$(for _f; do printf '%s ' "$_f"; done)" ] ||
	    fail "$_what: $_dir holds: $_got"
}

# --- A case to the review step ------------------------------------------
wiz_start
wiz_new_case "故障測試機關" "$name" "$num"
# Tier low, chosen directly; no ▲ rows, so no level step.
wiz_planning_to_review
wiz_expect "$num-appendix.pdf"
# The appendix and checklist as PDF only: Space unticks the others.
wiz_keys Down Space
wiz_wait_line "Appendix ODF" "[ ]"
wiz_keys Down Down Space
wiz_wait_line "Checklist ODF" "[ ]"
wiz_keys Down Space
wiz_wait_line "Record PDF" "[ ]"
wiz_keys Down Down
pid=$(wiz_pid)
# The wizard's view of the files, in its mount namespace.
root="/proc/$pid/root"

# --- A full file system: the write stops part-way ------------------------
if [ -n "$have_full" ]; then
	[ "$(cat "$root$work/full/$num-appendix.pdf")" = old ] ||
	    wiz_abort "cannot see full/ as the wizard does"
	free=$(free_full)
	[ "$free" -gt 0 ] && [ "$free" -lt 131072 ] ||
	    wiz_abort "full/ has $free bytes free, not a few"
	paths "full/$num-appendix.pdf" "full/$num-checklist.pdf" "out/$num-answers.yaml"
	refused "full file system" \
	    "full/$num-appendix.pdf: cannot write: No space left on device" \
	    "Nothing was generated."
	[ "$(cat "$root$work/full/$num-appendix.pdf")" = old ] ||
	    fail "full file system: the old appendix changed"
	only "full file system" "$root$work/full" "$num-appendix.pdf" fill
	[ "$(free_full)" = "$free" ] ||
	    fail "full file system: $(free_full) bytes free after, $free before"
	only "full file system" "$work/out"
fi

# --- A read-only file system -----------------------------------------------
if [ -n "$have_ro" ]; then
	paths "ro/$num-appendix.pdf" "ro/$num-checklist.pdf" "out/$num-answers.yaml"
	refused "read-only file system" "ro/$num-appendix.pdf: cannot create a file in ro: Read-only file system" \
	    "Nothing was generated."
	[ "$(cat "$work/ro/$num-appendix.pdf")" = old ] ||
	    fail "read-only file system: the old appendix changed"
	only "read-only file system" "$work/ro" "$num-appendix.pdf"
	only "read-only file system" "$work/out"
fi

# --- A folder that is a file -------------------------------------------------
paths "notdir/$num-appendix.pdf" "notdir/$num-checklist.pdf" "out/$num-answers.yaml"
refused "folder that is a file" "notdir/$num-appendix.pdf: cannot create a file in notdir: Not a directory" \
    "Nothing was generated."
[ "$(cat "$work/notdir")" = file ] || fail "folder that is a file: the file changed"
only "folder that is a file" "$work" full notdir out ro
only "folder that is a file" "$work/out"

# --- The checklist fails after the appendix was written ------------------
paths "out/$num-appendix.pdf" "notdir/$num-checklist.pdf" "out/$num-answers.yaml"
refused "checklist" "notdir/$num-checklist.pdf: cannot create a file in notdir: Not a directory" \
    "Written all the same: out/$num-appendix.pdf."
only "checklist" "$work/out" "$num-appendix.pdf"

# --- The answers file fails after both PDFs ----------------------------------
paths "out/$num-appendix.pdf" "out/$num-checklist.pdf" "notdir/$num-answers.yaml"
refused "answers file" "notdir/$num-answers.yaml: cannot create a file in notdir: Not a directory" \
    "The documents were written, but not the answers file."
only "answers file" "$work/out" "$num-appendix.pdf" "$num-checklist.pdf"

# --- A writable folder: generated, the draft done with, a clean exit ------
paths "out/$num-appendix.pdf" "out/$num-checklist.pdf" "out/$num-answers.yaml"
wiz_keys Enter
# The PDFs the failed tries left are this sitting's: replaced unasked.
wiz_wait "Done." 20
wiz_expect_not "exist already"
wiz_expect "Written:"
wiz_expect_not "Cannot generate"
only "writable folder" "$work/out" "$num-answers.yaml" "$num-appendix.pdf" \
    "$num-checklist.pdf"
[ -z "$(wiz_drafts)" ] || fail "the draft is left after generating: $(wiz_drafts)"
a="$work/out/$num-answers.yaml"
for s in "agency: 故障測試機關" "name: $name" "number: $num" \
    "category: system-planning" "tier: low"; do
	grep -qF -- "$s" "$a" || fail "the answers lack '$s': $(cat "$a")"
done
if [ -n "$have_full" ]; then
	[ "$(wc -c <"$work/out/$num-appendix.pdf")" -gt "$free" ] ||
	    fail "the appendix would have fit in full/: $free bytes free"
fi
if command -v pdftotext >/dev/null 2>&1; then
	for f in appendix checklist; do
		pdftotext "$work/out/$num-$f.pdf" - | tr -d ' \n' | grep -qF "$name" ||
		    fail "the $f does not name the case"
	done
else
	echo "note: no pdftotext; the PDFs' text not checked" >&2
fi
tw validate --answers "$a"
[ "$(rc)" = 0 ] || fail "validate: $(cat "$tmp/out" "$tmp/err")"
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "the wizard's exit status: $(cat "$tmp/screen")"
wiz_expect "The answers are in out/$num-answers.yaml"
wiz_expect "TTY=restored"
[ "$(cat "$work/ro/$num-appendix.pdf")" = old ] || fail "ro/ changed at the end"

finish
