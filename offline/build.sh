#!/bin/sh
# offline/build.sh: the offline bundle: the .deb and every package it needs that a minimal Debian 12 lacks, with install.sh and README.txt, in one tarball.
# SPDX-License-Identifier: MIT
#
# Usage: build.sh DEB ROOT OUT.tar.gz SRCDIR [MIRROR]
# ROOT is a minimal Debian 12 (debootstrap --variant=minbase), made there
# first when missing.  apt inside it resolves and downloads the closure
# against its own package status, into folders of its /tmp that are
# removed afterwards, so ROOT stays as debootstrap left it.  Needs root
# and the network to MIRROR (default http://deb.debian.org/debian).
set -eu
[ $# -ge 4 ] || { echo "usage: $0 DEB ROOT OUT.tar.gz SRCDIR [MIRROR]" >&2; exit 2; }
deb=$1 root=$2 out=$3 srcdir=$4 mirror=${5:-http://deb.debian.org/debian}
if [ "$(id -u)" != 0 ]; then
	echo "offline-bundle: needs root (debootstrap and chroot)" >&2
	exit 1
fi

if [ ! -x "$root/usr/bin/apt-get" ]; then
	command -v debootstrap >/dev/null 2>&1 || {
		echo "offline-bundle: install the Debian package debootstrap" >&2
		exit 1
	}
	rm -rf "$root"
	mkdir -p "$(dirname "$root")"
	debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || {
		tail -n 20 "$root.log" >&2
		exit 1
	}
fi

name=$(basename "$out" .tar.gz)
work=$(mktemp -d "$root/tmp/bundle.XXXXXX")
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
inside=${work#"$root"}
mkdir -p "$work/lists/partial" "$work/archives/partial"
cp "$deb" "$work/"
# shellcheck disable=SC2016
chroot "$root" /bin/sh -eu -c '
	opts="-q -o Dir::State::Lists=$1/lists -o Dir::Cache::Archives=$1/archives"
	opts="$opts -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache="
	opts="$opts -o APT::Sandbox::User=root"
	apt-get $opts update >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get $opts -y --no-install-recommends \
	    install --download-only "$1/$2" >/dev/null
' sh "$inside" "$(basename "$deb")"

mkdir -p "$work/$name/debs"
cp "$work"/archives/*.deb "$deb" "$work/$name/debs/"
cp "$srcdir/offline/install.sh" "$srcdir/offline/README.txt" "$work/$name/"
chmod 755 "$work/$name/install.sh"
(cd "$work/$name" && sha256sum debs/*.deb >SHA256SUMS)
tar -C "$work" -czf "$out.tmp" "$name"
mv "$out.tmp" "$out"
echo "offline-bundle: $out, $(ls "$work/$name/debs" | wc -l) packages, $(du -h "$out" | cut -f1)"
