#!/bin/sh
# run.sh: make fuzz: run each libFuzzer harness for a fixed time over a copy of its seed corpus, print executions and findings, fail on any finding.
# SPDX-License-Identifier: MIT
# Usage: run.sh SECONDS SRCDIR BUILDDIR NAME...
set -u
seconds=$1 srcdir=$2 builddir=$3
shift 3

total=0
failed=0
for name in "$@"; do
	prog="$builddir/fuzz-$name"
	# New inputs go to a scratch corpus beside the program; the seeds
	# in the source tree stay as committed.
	work="$builddir/$name.corpus"
	log="$builddir/fuzz-$name.log"
	mkdir -p "$work"
	rm -f "$builddir/$name"-crash-* "$builddir/$name"-leak-* \
	    "$builddir/$name"-timeout-* "$builddir/$name"-oom-* \
	    "$builddir/$name"-slow-unit-*
	case $name in
	catalogue|answers|rules|joint-supply|forms)
		opts="-dict=$srcdir/yaml.dict -max_len=16384" ;;
	*)
		opts="-max_len=4096" ;;
	esac
	echo "fuzz-$name: $seconds s, log in $log"
	# A second per input at most, as the issue asks of every rejection.
	# shellcheck disable=SC2086
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    "$prog" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
	    -error_exitcode=1 \
	    -print_final_stats=1 -artifact_prefix="$builddir/$name-" $opts \
	    "$work" "$srcdir/$name" >"$log" 2>&1
	status=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	findings=$(find "$builddir" -maxdepth 1 -name "$name-*" -type f \
	    ! -name '*.log' | wc -l)
	corpus=$(find "$work" -type f | wc -l)
	echo "fuzz-$name: ${execs:-?} executions, $corpus inputs in the corpus," \
	    "$findings findings (exit $status)"
	find "$builddir" -maxdepth 1 -name "$name-*" -type f | sed 's/^/  finding: /'
	if [ "$findings" != 0 ] || [ "$status" != 0 ]; then
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*invariant failed)' "$log" | \
		    sed 's/^/  /' | head -n 5
		failed=$((failed + 1))
	fi
	total=$((total + ${execs:-0}))
done
echo "fuzz: $total executions in all, $failed harnesses with findings"
[ "$failed" = 0 ]
