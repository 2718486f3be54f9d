#!/bin/sh
# autogen.sh: make ./configure from a fresh clone; with --deps, first install the Debian packages tenderwiz needs.
# SPDX-License-Identifier: MIT
set -eu

# Building, testing, the default fonts, reading PDFs back in the tests,
# writing .odt (libzip, libxml2) and opening it in the tests (LibreOffice,
# its Latin font, zip tools, xmllint), fuzzing (libFuzzer's runtime comes
# with libclang-rt-14-dev), static analysis (cppcheck, and scan-build from
# clang-tools), and the release: the Debian package (debhelper, dpkg-dev,
# lintian), the offline bundle (debootstrap) and the fresh-clone test (git).
DEPS="autoconf automake autopoint gettext pkg-config make gcc clang
 libncurses-dev libyaml-dev libhpdf-dev libharfbuzz-dev libunibreak-dev
 libdeflate-dev libzip-dev libxml2-dev
 libreoffice-writer-nogui fonts-liberation2 zip unzip libxml2-utils
 fonts-cns11643-kai fonts-arphic-ukai fonts-arphic-uming
 poppler-utils tmux valgrind cppcheck locales libclang-rt-14-dev clang-tools
 debhelper dpkg-dev lintian debootstrap git"

cd "$(dirname "$0")"
if [ "${1-}" = --deps ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "autogen.sh: --deps installs Debian packages: run it as root" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $DEPS
	# The wizard's tests run under a Traditional Chinese locale.
	if ! locale -a | grep -qi '^zh_TW\.utf-\?8$'; then
		sed -i 's/^# *\(zh_TW\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
		grep -q '^zh_TW\.UTF-8 UTF-8' /etc/locale.gen ||
		    echo 'zh_TW.UTF-8 UTF-8' >>/etc/locale.gen
		locale-gen
	fi
fi
autoreconf -fi
