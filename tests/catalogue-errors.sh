#!/bin/sh
# catalogue-errors.sh: every malformed catalogue gets FILE:LINE:COL, a clear message and exit 1, never a crash.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

good="$top_srcdir/data/catalogue.yaml"
d="$tmp/data"
mkdir "$d"
cp "$top_srcdir/data/joint-supply.yaml" "$d/"

# bad NAME EXPECTED-STDERR: run catalog on $d/catalogue.yaml, expect failure.
bad() {
	TENDERWIZ_DATADIR= tw --data-dir "$d" catalog
	if [ "$(rc)" != 1 ]; then
		fail "$1: exit status $(rc), want 1"
	fi
	[ -s "$tmp/out" ] && fail "$1: printed output despite the error"
	grep -qF -- "$2" "$tmp/err" || fail "$1: stderr is '$(cat "$tmp/err")', want '$2'"
}
# edit SED-SCRIPT: a copy of the good catalogue changed by sed.
edit() { sed "$1" "$good" >"$d/catalogue.yaml"; }

edit 's/^    cloud: true$/    cloud: true\n    colour: red/;'
bad "unknown key" "catalogue.yaml:22:5: unknown key 'colour' in category"

edit '/^    cloud: false$/d'
bad "missing key" "lacks the key 'cloud'"

edit 's/^    cloud: true$/    cloud: maybe/'
bad "wrong bool" "catalogue.yaml:21:12: cloud must be true or false, not 'maybe'"

edit 's/^    notes: \[\]$/    notes: none/'
bad "wrong type" "notes must be a list, not a value"

edit '0,/medium: required/s//medium: mandatory/'
bad "unknown mark" "unknown mark 'mandatory' (want required, optional, by-level or none)"

edit 's/id: pkg-02$/id: pkg-01/'
bad "duplicate item id" "catalogue.yaml:30:13: duplicate id 'pkg-01'"

edit 's/id: off-01$/id: pkg-03/'
bad "duplicate id across categories" "duplicate id 'pkg-03'"

edit 's/^  - id: saas-office$/  - id: saas-packaged/'
bad "duplicate category" "duplicate id 'saas-packaged'"

edit 's/^  title: \(.*\)$/  title: \1\n  title: again/'
bad "duplicate key" "catalogue.yaml:4:3: duplicate key 'title' (first at line 3)"

edit 's/^  title: \(.*\)$/  title: \&t \1/'
bad "anchor" "catalogue.yaml:3:10: anchors are not allowed"

edit 's/^  issuer: .*$/  issuer: *t/'
bad "alias" "catalogue.yaml:4:11: aliases are not allowed"

edit 's/^  issuer: .*$/  issuer: !!str x/'
bad "tag" "tags are not allowed"

{ cat "$good"; printf -- '---\nsource: {}\n'; } >"$d/catalogue.yaml"
bad "two documents" "more than one document in file"

edit 's/^  date_roc: 112年9月25日$/  date_roc: 112\xe5\xb9/'
bad "truncated UTF-8" "catalogue.yaml:6:16: invalid UTF-8 byte sequence (byte 0xe5)"

edit 's/^  date_roc: 112年9月25日$/  date_roc: \xc0\xaf/'
bad "overlong UTF-8" "catalogue.yaml:6:13: invalid UTF-8 byte sequence (byte 0xc0)"

edit 's/^  date_roc: 112年9月25日$/  date_roc: a\x00b/'
bad "NUL byte" "catalogue.yaml:6:14: NUL byte in file"

edit 's/^  date_roc: 112年9月25日$/  date_roc: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]/'
bad "nesting" "nesting deeper than 32 levels"

head -c 5000000 /dev/zero | tr '\0' '#' >"$d/catalogue.yaml"
bad "size" "file too large (5000000 bytes, at most 4194304)"

{ printf 'source: {title: '; head -c 70000 /dev/zero | tr '\0' 'x'; printf '}\n'; } >"$d/catalogue.yaml"
bad "long scalar" "value too long (70000 bytes, at most 65536)"

sed -n '1,/^categories:/p' "$good" >"$d/catalogue.yaml"
sed -i 's/^categories:$/categories: []/' "$d/catalogue.yaml"
bad "no categories" "the catalogue has no categories"

awk '/^    items:$/ && !done { print "    items: []"; skip = 1; done = 1; next }
     skip && /^  - id:/ { skip = 0 }
     !skip' "$good" >"$d/catalogue.yaml"
bad "empty category" "category saas-packaged has no items"

edit '0,/^        blanks: \[risk-level, risk-level\]$/s//        blanks: [risk-level]/'
bad "blank count" "has 2 blanks in its text and note but lists 1"

edit '0,/^        blanks: \[risk-level, risk-level\]$/s//        blanks: [risk, risk-level]/'
bad "unknown blank" "unknown blank 'risk'"

edit 's/^  - id: saas-office$/  - id: Saas Office/'
bad "bad id" "category id 'Saas Office' may hold only a-z, 0-9 and '-'"

printf 'source: [\n' >"$d/catalogue.yaml"
bad "syntax" "catalogue.yaml:2:1: not well-formed YAML (libyaml: did not find expected node content while parsing a flow node)"

: >"$d/catalogue.yaml"
bad "empty file" "catalogue.yaml:1:1: file is empty"

rm "$d/catalogue.yaml"
bad "missing file" "catalogue.yaml: No such file or directory"

cp "$good" "$d/catalogue.yaml"
sed 's/applies_to: \[saas-packaged,/applies_to: [saas-boxed,/' \
    "$top_srcdir/data/joint-supply.yaml" >"$d/joint-supply.yaml"
bad "jsc unknown category" "joint-supply.yaml:"
expect_err "unknown category 'saas-boxed'"

# Every check says whose it is, with a party the documents know.
sed '0,/party: agency/s//party: buyer/' \
    "$top_srcdir/data/joint-supply.yaml" >"$d/joint-supply.yaml"
n=$(grep -n 'party: buyer' "$d/joint-supply.yaml" | cut -d: -f1)
bad "jsc unknown party" "joint-supply.yaml:$n:12: unknown party 'buyer' (want vendor, agency or information)"
grep -v 'party: vendor' "$top_srcdir/data/joint-supply.yaml" >"$d/joint-supply.yaml"
bad "jsc no party" "requirement lacks the key 'party'"
sed '0,/kind: certificate/s//kind: gift/' \
    "$top_srcdir/data/joint-supply.yaml" >"$d/joint-supply.yaml"
bad "jsc unknown kind" "unknown kind 'gift'"

finish
