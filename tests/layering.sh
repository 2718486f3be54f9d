#!/bin/sh
# layering.sh: each library's header is included only where it belongs: curses in the ui*.c files, libyaml in the YAML reader and writer, libharu in the PDF writer, hb-subset in the font code, libzip and libxml2 in the .odt writer.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"

# Usage: only HEADER FILE...: no other file of src/ includes HEADER.
only() {
	header=$1
	shift
	for f in "$top_srcdir"/src/*.c "$top_srcdir"/src/*.h; do
		grep -q "^#include <$header>" "$f" || continue
		name=${f##*/}
		ok=0
		for allowed in "$@"; do
			case $name in
			$allowed) ok=1 ;;
			esac
		done
		[ "$ok" = 1 ] || fail "$name includes <$header>"
	done
}
only curses.h 'ui.c' 'ui-*.c'
only form.h 'ui.c' 'ui-*.c'
only yaml.h yamldoc.c yamlout.c
only hpdf.h pdf.c
only hb-subset.h font.c
only zip.h odt.c
only 'libxml/[a-z]*\.h' odt.c
# The model knows nothing of the screen: no model file includes ui.h.
for f in "$top_srcdir"/src/*.c; do
	case ${f##*/} in
	ui.c | ui-*.c | main.c) continue ;;
	esac
	grep -q '#include "ui.h"' "$f" && fail "${f##*/} includes ui.h"
done
finish
