#!/bin/sh
# faults.sh: a read-only output folder, a missing or unusable font, a missing ODF writer, a missing data folder and an unreadable answers file each give a clear message, exit 1 and write nothing.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

answers="$top_srcdir/tests/answers/app-development-high.yaml"

# failed NAME EXPECTED...: the last run exited 1 and said each EXPECTED.
failed() {
	name=$1
	shift
	[ "$(rc)" = 1 ] || fail "$name: exit $(rc), want 1: $(cat "$tmp/err")"
	for want in "$@"; do
		grep -qF -- "$want" "$tmp/err" ||
		    fail "$name: stderr is '$(cat "$tmp/err")', want '$want'"
	done
}
# untouched NAME DIR: DIR holds only a.pdf, still "old".
untouched() {
	[ "$(cat "$2/a.pdf" 2>/dev/null)" = old ] || fail "$1: the old file changed"
	[ "$(ls -A "$2")" = a.pdf ] || fail "$1: left files behind: $(ls -A "$2")"
}

# As root, permissions do not bind: run as nobody when setpriv can, with
# files nobody may read.  $asuser is empty when neither is possible.
if [ "$(id -u)" != 0 ]; then
	asuser=env
elif command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
	asuser="setpriv --reuid=65534 --regid=65534 --clear-groups"
	chmod 755 "$tmp"
	# Valgrind and the program itself must be reachable by nobody too.
	$asuser test -x "$top_builddir/src/tenderwiz" || asuser=
else
	asuser=
fi
cp "$answers" "$tmp/answers.yaml"
chmod 644 "$tmp/answers.yaml"

# Output to a folder without write permission.
mkdir "$tmp/ro"
echo old >"$tmp/ro/a.pdf"
chmod 555 "$tmp/ro"
if [ -n "$asuser" ]; then
	$asuser "$TENDERWIZ" generate --answers "$tmp/answers.yaml" \
	    --appendix "$tmp/ro/a.pdf" >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
	failed "read-only folder" "$tmp/ro/a.pdf: cannot create a file in $tmp/ro: Permission denied"
	untouched "read-only folder" "$tmp/ro"
else
	echo "note: running as root without setpriv; read-only folder by permission not run" >&2
fi
chmod 755 "$tmp/ro"

# Output to a read-only file system, which binds root too: a read-only bind
# mount in a private mount namespace.
if command -v unshare >/dev/null 2>&1 && unshare -rm true 2>/dev/null; then
	unshare -rm sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" &&
	    exec "$2" generate --answers "$3" --appendix "$1/a.pdf"' \
	    sh "$tmp/ro" "$TENDERWIZ" "$answers" >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
	failed "read-only file system" "$tmp/ro/a.pdf: cannot create a file in $tmp/ro: Read-only file system"
	untouched "read-only file system" "$tmp/ro"
else
	echo "note: cannot make a private mount namespace; read-only file system not run" >&2
fi

# A font that is not there, and one that is not a font: nothing is written.
mkdir "$tmp/out.d"
tw generate --answers "$answers" --font "$tmp/none.ttf" --appendix "$tmp/out.d/a.pdf"
failed "missing font" "font given with --font: $tmp/none.ttf: No such file or directory"
tw generate --answers "$answers" --font "$answers" --appendix "$tmp/out.d/a.pdf"
failed "not a font" "font given with --font: $answers: not a TrueType font"
tw generate --answers "$answers" --font "$tmp" --appendix "$tmp/out.d/a.pdf"
failed "a folder as font" "font given with --font: $tmp: cannot read font"
[ -z "$(ls -A "$tmp/out.d")" ] || fail "a font error left files: $(ls -A "$tmp/out.d")"

# No default font installed: an empty tmpfs over the font folders.
if command -v unshare >/dev/null 2>&1 && unshare -rm true 2>/dev/null; then
	unshare -rm sh -c 'mount -t tmpfs tmpfs /usr/share/fonts &&
	    exec "$1" generate --answers "$2" --appendix "$3"' \
	    sh "$TENDERWIZ" "$answers" "$tmp/out.d/a.pdf" >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
	failed "no font installed" "no Traditional Chinese font found" \
	    "install the Debian package fonts-cns11643-kai"
	[ -z "$(ls -A "$tmp/out.d")" ] || fail "no font: left files: $(ls -A "$tmp/out.d")"
else
	echo "note: cannot make a private mount namespace; no-font case not run" >&2
fi

# The ODF writer, a module the program loads, is missing: a copy of the
# build tree's program without it.  A PDF asked for beside the .odt is not
# written either.
mkdir -p "$tmp/tree/src"
cp "$top_builddir/src/tenderwiz" "$top_builddir/src/tenderwiz-build-tree" \
    "$tmp/tree/src/"
"$tmp/tree/src/tenderwiz" --data-dir "$top_srcdir/data" generate \
    --answers "$answers" --appendix "$tmp/out.d/a.odt" \
    --checklist "$tmp/out.d/c.pdf" >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/rc"
failed "no ODF writer" "cannot load the ODF writer: $tmp/tree/src/odt.so"
[ -z "$(ls -A "$tmp/out.d")" ] || fail "no ODF writer: left files: $(ls -A "$tmp/out.d")"
"$tmp/tree/src/tenderwiz" --data-dir "$top_srcdir/data" generate \
    --answers "$answers" --checklist "$tmp/out.d/c.pdf" >"$tmp/out" 2>"$tmp/err" ||
    fail "no ODF writer: a PDF alone failed: $(cat "$tmp/err")"
rm -f "$tmp/out.d/c.pdf"

# A data folder that is not there, from the option and from the environment.
tw --data-dir "$tmp/nowhere" generate --answers "$answers" --appendix "$tmp/out.d/a.pdf"
failed "missing --data-dir" "data folder $tmp/nowhere (from --data-dir): No such file or directory"
TENDERWIZ_DATADIR="$tmp/nowhere" tw validate --answers "$answers"
failed "missing TENDERWIZ_DATADIR" "data folder $tmp/nowhere (from TENDERWIZ_DATADIR): No such file or directory"
tw --data-dir "$answers" show --answers "$answers"
failed "a file as data folder" "data folder $answers (from --data-dir): Not a directory"
# A folder without the catalogue, or without the rules.
mkdir "$tmp/empty" "$tmp/norules"
tw --data-dir "$tmp/empty" validate --answers "$answers"
failed "empty data folder" "$tmp/empty/catalogue.yaml: No such file or directory"
cp "$top_srcdir/data/catalogue.yaml" "$top_srcdir/data/joint-supply.yaml" "$tmp/norules/"
tw --data-dir "$tmp/norules" validate --answers "$answers"
failed "no rules" "$tmp/norules/rules.yaml: No such file or directory"
[ -z "$(ls -A "$tmp/out.d")" ] || fail "a data error left files: $(ls -A "$tmp/out.d")"

# An answers file that cannot be read, that is a folder, or is not there.
chmod 000 "$tmp/answers.yaml"
if [ -n "$asuser" ]; then
	(cd "$tmp/out.d" && $asuser "$TENDERWIZ" generate --answers "$tmp/answers.yaml") \
	    >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
	failed "unreadable answers" "$tmp/answers.yaml: Permission denied"
else
	echo "note: running as root without setpriv; unreadable answers not run" >&2
fi
tw validate --answers "$tmp"
failed "answers folder" "$tmp: not a regular file"
tw validate --answers "$tmp/none.yaml"
failed "missing answers" "$tmp/none.yaml: No such file or directory"
[ -z "$(ls -A "$tmp/out.d")" ] || fail "an answers error left files: $(ls -A "$tmp/out.d")"

finish
