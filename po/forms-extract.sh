#!/bin/sh
# forms-extract.sh: print the translatable strings of forms/wizard.yaml as a PO template, for xgettext to merge.
# SPDX-License-Identifier: MIT
#
# The forms keep each title, label and help on one line as a double-quoted
# YAML string, whose escapes (\" and \\) are also C's; anything else is an
# error, so that no string can slip past the translators.
set -e
forms=${1:?usage: forms-extract.sh FORMS.yaml}
name=forms/$(basename "$forms")
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
awk -v name="$name" '
/^[ \t-]*(title|label|help):/ {
	line = $0
	sub(/^[ \t-]*(title|label|help):[ \t]*/, "", line)
	if (line !~ /^".*"[ \t]*$/) {
		printf "%s:%d: a title, label or help must be one double-quoted line\n", name, NR > "/dev/stderr"
		bad = 1
		next
	}
	sub(/[ \t]*$/, "", line)
	if (seen[line]++)
		next
	printf "\n#: %s:%d\nmsgid %s\nmsgstr \"\"\n", name, NR, line
}
END { exit bad }
' "$forms"
