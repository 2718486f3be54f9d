# tests/lib.sh: helpers shared by the shell tests; sourced, never run.
# SPDX-License-Identifier: MIT
set -u
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tenderwiz-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# Record a failure with a message and go on.
fail() { echo "FAIL: $*" >&2; fail=1; }
# Skip the whole test (exit 77) when a tool is missing.
need() { command -v "$1" >/dev/null 2>&1 || { echo "skip: $1 not installed" >&2; exit 77; }; }
# Run tenderwiz, keeping status, stdout and stderr in $tmp/{rc,out,err}.
tw() { "$TENDERWIZ" "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
rc() { cat "$tmp/rc"; }
# Expect stderr to contain a fixed string.
expect_err() { grep -qF -- "$1" "$tmp/err" || fail "stderr lacks '$1': $(cat "$tmp/err")"; }
expect_out() { grep -qF -- "$1" "$tmp/out" || fail "stdout lacks '$1'"; }
finish() { exit "$fail"; }
# The allocator that fails on cue (tests/failmalloc.c), preloaded as $shim;
# a sanitizer build allocates through the sanitizer, which it cannot replace.
need_failmalloc() {
	if [ -n "${TENDERWIZ_SANITIZERS-}" ]; then
		echo "skip: a sanitizer build allocates through the sanitizer, which a preloaded allocator cannot replace" >&2
		exit 77
	fi
	if [ "${TENDERWIZ_OOM_MALLOC-yes}" != yes ]; then
		echo "skip: without glibc's __libc_malloc the program keeps the C library's malloc" >&2
		exit 77
	fi
	shim="$top_builddir/tests/failmalloc.so"
	[ -f "$shim" ] || { echo "FAIL: $shim is not built" >&2; exit 1; }
}
