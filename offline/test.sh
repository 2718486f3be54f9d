#!/bin/sh
# offline/test.sh: the offline bundle on a fresh Debian 12 with no network: install.sh installs everything, then a generation writes every document and the wizard's first screen shows in Chinese.
# SPDX-License-Identifier: MIT
#
# Usage: test.sh BUNDLE.tar.gz ROOT SRCDIR
# ROOT is a minimal Debian 12 (debootstrap --variant=minbase), left as it
# is: the test works in a copy.  Every command in the copy runs with
# networking unshared (unshare -n).  Needs root, tmux and pdftotext.
set -u
[ $# = 3 ] || { echo "usage: $0 BUNDLE.tar.gz ROOT SRCDIR" >&2; exit 2; }
bundle=$1 root=$2 srcdir=$3
start=$(date +%s)
fail=0
fail() { echo "FAIL: $*" >&2; fail=1; }

[ "$(id -u)" = 0 ] || { echo "FAIL: needs root (chroot, unshare)" >&2; exit 1; }
[ -x "$root/usr/bin/apt-get" ] || { echo "FAIL: $root is no Debian root" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || { echo "FAIL: needs tmux" >&2; exit 1; }
command -v pdftotext >/dev/null 2>&1 || { echo "FAIL: needs pdftotext" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tenderwiz-offline.XXXXXX") || exit 1
sock="tenderwiz-offline-$$"
cleanup() {
	tmux -L "$sock" kill-server >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

cp -a "$root" "$tmp/root" || exit 1
r=$tmp/root
# offline RUN...: a command in the copy, with no network and its own /proc.
offline() {
	unshare --net --mount-proc="$r/proc" chroot "$r" "$@"
}
offline sh -c 'cat /proc/net/dev' | grep -v '^ *lo:' | grep -q ':' &&
    fail "the chroot still has a network interface besides lo"

# The bundle, unpacked in root's home and installed.
mkdir -p "$r/root/bundle" "$r/root/out"
tar -C "$r/root/bundle" -xzf "$bundle" || { echo "FAIL: cannot unpack $bundle" >&2; exit 1; }
set -- "$r"/root/bundle/*/install.sh
[ -f "$1" ] || { echo "FAIL: the bundle has no install.sh" >&2; exit 1; }
ls "$r"/root/bundle/*/README.txt >/dev/null 2>&1 || fail "the bundle has no README.txt"
t0=$(date +%s)
if ! offline sh "${1#"$r"}" >"$tmp/install.log" 2>&1; then
	tail -n 30 "$tmp/install.log" >&2
	echo "FAIL: install.sh failed" >&2
	exit 1
fi
echo "install.sh: $(($(date +%s) - t0)) s"
# Run again, it finds everything in place and installs nothing.
offline sh "${1#"$r"}" >"$tmp/again.log" 2>&1 || fail "install.sh failed the second time: $(tail -n 5 "$tmp/again.log")"
grep -q 'newly installed\|Unpacking' "$tmp/again.log" && fail "install.sh installed again: $(cat "$tmp/again.log")"
offline locale -a | grep -qi '^zh_TW\.utf-\?8$' || fail "install.sh left no zh_TW.UTF-8 locale"

# Every document, from the sample answers.
cp "$srcdir/tests/answers/app-development-high.yaml" "$r/root/case.yaml"
offline /bin/sh -c 'cd /root/out && tenderwiz generate --answers /root/case.yaml' \
    >"$tmp/gen.out" 2>"$tmp/gen.err" || fail "generate failed: $(cat "$tmp/gen.err")"
grep -q '^appendix: ' "$tmp/gen.out" || fail "generate wrote no appendix: $(cat "$tmp/gen.out")"
grep -q '^checklist: ' "$tmp/gen.out" || fail "generate wrote no checklist: $(cat "$tmp/gen.out")"
sed -n 's/^[^:]*: //p' "$tmp/gen.out" | while read -r f; do
	[ -s "$r/root/out/$f" ] || { echo "FAIL: $f is missing or empty" >&2; exit 1; }
	case $f in
	*.pdf)
		pdftotext "$r/root/out/$f" - 2>/dev/null | grep -q '資' ||
		    { echo "FAIL: $f holds no Chinese text" >&2; exit 1; } ;;
	esac
done || fail "a generated document is wrong"

# The wizard's first screen, in Chinese, in a private tmux server.
tmux -L "$sock" -f /dev/null new-session -d -x 80 -y 24 \
    "unshare --net --mount-proc='$r/proc' chroot '$r' env -i TERM=tmux-256color LANG=zh_TW.UTF-8 HOME=/root PATH=/usr/bin:/bin tenderwiz; echo EXIT=\$?; sleep 600" ||
    { echo "FAIL: tmux new-session failed" >&2; exit 1; }
n=200
while ! tmux -L "$sock" capture-pane -p | grep -qF '步驟 1/'; do
	n=$((n - 1))
	if [ "$n" = 0 ]; then
		fail "the wizard's first screen never showed in Chinese:"
		tmux -L "$sock" capture-pane -p >&2
		break
	fi
	sleep 0.05
done
tmux -L "$sock" send-keys F10
n=200
while ! tmux -L "$sock" capture-pane -p | grep -q '^EXIT=0'; do
	n=$((n - 1))
	[ "$n" = 0 ] && { fail "the wizard did not end cleanly on F10"; break; }
	sleep 0.05
done

echo "offline bundle test: $(($(date +%s) - start)) s"
exit "$fail"
