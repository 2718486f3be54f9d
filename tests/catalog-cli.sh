#!/bin/sh
# catalog-cli.sh: `tenderwiz catalog` prints every category, round-trips, and --help/--version follow GNU conventions.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

tw catalog
[ "$(rc)" = 0 ] || fail "catalog exit $(rc): $(cat "$tmp/err")"
n=$(grep -c '^  items:$' "$tmp/out")
[ "$n" = 9 ] || fail "catalog printed $n categories, want 9"
n=$(grep -c '^  - id: ' "$tmp/out")
[ "$n" = 149 ] || fail "catalog printed $n rows, want 149"
for id in saas-packaged saas-office saas-customization cloud-platform \
    system-planning security-planning app-development system-extension \
    app-maintenance; do
	grep -qx -- "- id: $id" "$tmp/out" || fail "category $id missing"
done
expect_out "reference: 工程企字第1120022701號"
expect_out "issuer: 行政院公共工程委員會"
expect_out "marks: {high: required, medium: required, low: optional}"

# The output loads back into an equal catalogue.
mkdir "$tmp/rt"
cp "$tmp/out" "$tmp/rt/catalogue.yaml"
cp "$top_srcdir/data/joint-supply.yaml" "$tmp/rt/"
"$TENDERWIZ" --data-dir "$tmp/rt" catalog >"$tmp/rt2.yaml" || fail "reload failed"
cmp -s "$tmp/rt/catalogue.yaml" "$tmp/rt2.yaml" || fail "catalog output does not round-trip"

# One category.
tw catalog --category app-maintenance
[ "$(rc)" = 0 ] || fail "catalog --category exit $(rc)"
n=$(grep -c '^  - id: ' "$tmp/out")
[ "$n" = 7 ] || fail "app-maintenance printed $n rows, want 7"
cp "$tmp/out" "$tmp/rt/catalogue.yaml"
sed -i '/applies_to/s/.*/    applies_to: [app-maintenance]/' "$tmp/rt/joint-supply.yaml"
"$TENDERWIZ" --data-dir "$tmp/rt" catalog --category app-maintenance >"$tmp/rt3.yaml" || fail "reload of one category failed"
cmp -s "$tmp/rt/catalogue.yaml" "$tmp/rt3.yaml" || fail "one category does not round-trip"

tw catalog --category nope
[ "$(rc)" = 1 ] || fail "unknown category exit $(rc)"
expect_err "tenderwiz: unknown category 'nope' (want one of saas-packaged, saas-office, "
expect_err ", system-extension, app-maintenance)"

# Data folder: the environment, then the option, which wins.
TENDERWIZ_DATADIR="$tmp/none" tw catalog
[ "$(rc)" = 1 ] || fail "missing data dir exit $(rc)"
expect_err "data folder $tmp/none (from TENDERWIZ_DATADIR): No such file or directory"
TENDERWIZ_DATADIR="$tmp/none" tw --data-dir "$top_srcdir/data" catalog
[ "$(rc)" = 0 ] || fail "--data-dir does not override the environment"

tw --help
[ "$(rc)" = 0 ] || fail "--help exit $(rc)"
expect_out "Usage: tenderwiz [OPTION]... [COMMAND [ARG]...]"
expect_out "--version"
tw --version
[ "$(rc)" = 0 ] || fail "--version exit $(rc)"
head -n 1 "$tmp/out" | grep -qx 'tenderwiz (tenderwiz) [0-9.]*' || fail "--version first line: $(head -n 1 "$tmp/out")"
tw --bogus
[ "$(rc)" = 1 ] || fail "bad option exit $(rc)"
expect_err "Try 'tenderwiz --help'"
tw frobnicate
[ "$(rc)" = 1 ] || fail "bad command exit $(rc)"
expect_err "unknown command 'frobnicate'"

finish
