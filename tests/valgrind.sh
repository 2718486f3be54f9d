#!/bin/sh
# valgrind.sh: run tenderwiz under memcheck; any error or definite/indirect leak exits 86.
# SPDX-License-Identifier: MIT
exec valgrind -q --error-exitcode=86 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
    "$top_builddir/src/tenderwiz" "$@"
