#!/bin/sh
# install.sh: install tenderwiz from this bundle on Debian 12, as root, with no network; adds the zh_TW.UTF-8 locale when missing.
# SPDX-License-Identifier: MIT
set -eu
cd "$(dirname "$0")"

if [ "$(id -u)" != 0 ]; then
	echo "install.sh: 請以 root 執行 / run as root (sudo sh install.sh)" >&2
	exit 1
fi
if ! grep -q '^VERSION_ID="12"' /etc/os-release 2>/dev/null; then
	echo "install.sh: 這個套件包是為 Debian 12 製作的 / this bundle is for Debian 12" >&2
	exit 1
fi
sha256sum --quiet -c SHA256SUMS || {
	echo "install.sh: 套件包已損壞 / the bundle is damaged (SHA256SUMS)" >&2
	exit 1
}

# Only what is missing or older here: a package this machine already has
# at the same or a newer version stays as it is.
set --
for deb in debs/*.deb; do
	pkg=$(dpkg-deb -f "$deb" Package)
	ver=$(dpkg-deb -f "$deb" Version)
	have=$(dpkg-query -W -f '${db:Status-Abbrev}|${Version}' "$pkg" 2>/dev/null || true)
	case $have in
	ii*)
		dpkg --compare-versions "${have#*|}" ge "$ver" && continue ;;
	esac
	set -- "$@" "$PWD/$deb"
done

# apt, with no package sources at all, so that it never reaches for the
# network: everything comes from the files given.
if [ $# -gt 0 ]; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	    --no-install-recommends -o Dpkg::Use-Pty=0 \
	    -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=/dev/null \
	    "$@"
fi

# The wizard speaks Chinese under zh_TW.UTF-8.
if ! locale -a | grep -qi '^zh_TW\.utf-\?8$'; then
	sed -i 's/^# *\(zh_TW\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
	grep -q '^zh_TW\.UTF-8 UTF-8' /etc/locale.gen ||
	    echo 'zh_TW.UTF-8 UTF-8' >>/etc/locale.gen
	locale-gen
fi

tenderwiz --version | head -n 1
echo "install.sh: 完成。執行 LANG=zh_TW.UTF-8 tenderwiz 開始 / done; run LANG=zh_TW.UTF-8 tenderwiz"
