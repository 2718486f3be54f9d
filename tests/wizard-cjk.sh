#!/bin/sh
# wizard-cjk.sh: editing Chinese in the wizard's text fields in tmux: typing and pasting double-width text, Left/Right, Backspace and Delete of a double-width character, insertion in the middle, Home/End, a text wider than the field scrolls both ways, the length is capped by display width, control characters are never inserted; the saved answers hold exactly the text.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/wizard-lib.sh"

wiz_start
wiz_wait "Step 1/9"
wiz_keys Enter
wiz_wait "Step 2/9"

# Type, delete the character before the cursor, put it back.
wiz_type "數位發展部"
wiz_wait_line "Agency" "數位發展部"
wiz_keys Left BSpace
wiz_wait_line "Agency" "數位發部"
wiz_type "展"
wiz_wait_line "Agency" "數位發展部"
# Home and End, insertion at both ends.
wiz_keys Home
wiz_type "臺"
wiz_wait_line "Agency" "臺數位發展部"
wiz_keys End
wiz_type "資訊處"
wiz_wait_line "Agency" "臺數位發展部資訊處"
# Delete removes the character under the cursor.
wiz_keys Left Left DC
wiz_wait_line "Agency" "臺數位發展部資處"
wiz_type "訊"
wiz_wait_line "Agency" "臺數位發展部資訊處"
# Control characters are not data: NUL (the form library's ^@), ^B, ^T,
# ^V, ^Y, ^].
wiz_keys C-@ C-b C-t C-v C-y C-]
wiz_type "Z"
wiz_wait_line "Agency" "臺數位發展部資訊Z處"
wiz_keys BSpace
wiz_wait_line "Agency" "臺數位發展部資訊處"
wiz_line "Agency" | grep -qF '^' && fail "a control character is shown in the field: $(wiz_line Agency)"

# A text wider than the field: the field scrolls with the cursor.
long="a甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黃宇宙洪"
wiz_keys Down
wiz_wait "▶ Case name"
wiz_type "$long"
wiz_wait_line "Case name" "洪"
wiz_line "Case name" | grep -qF "甲" && fail "the start of a long text is still shown at its end: $(wiz_line "Case name")"
wiz_keys Home
wiz_wait_line "Case name" "a甲乙"
# The field (at most 58 columns at 80x24) cannot show all 59: the end
# is out of sight now.
wiz_line "Case name" | grep -qF "洪" && fail "the end of a long text is still shown at its start: $(wiz_line "Case name")"
# The cap is 200 columns: filled to 199, a wide character no longer fits,
# a narrow one does.
pad="荒日月盈昃辰宿列張寒來暑往秋收冬藏閏餘成歲律呂調陽雲騰致雨露結為霜金生"
pad="$pad$pad"
wiz_keys End
wiz_wait_line "Case name" "洪"
wiz_type "$pad"
wiz_wait "1 of 200 columns left"
# A key that comes while the paste is still being taken belongs to it:
# let the wizard settle, as a typist's pause would.
sleep 0.5
wiz_type "字"
# Typed ahead of the refusal, "b" would be refused with it, as the rest of
# a paste is: wait for the refusal first, as a typist would see it.
wiz_wait "is full: it holds at most 200 columns"
wiz_type "b"
wiz_wait_line "Case name" "金生b"
wiz_type "c"
wiz_keys Home
wiz_wait_line "Case name" "a甲乙"

# The answers hold exactly what the fields show.
wiz_keys F2
wiz_wait "Save answers"
wiz_keys C-u
wiz_type "cjk.yaml"
wiz_keys Enter
wiz_wait "Saved to cjk.yaml"
a="$tmp/work/cjk.yaml"
grep -qx "  agency: 臺數位發展部資訊處" "$a" || fail "agency saved as: $(grep agency "$a")"
grep -qx "  name: ${long}${pad}b" "$a" || fail "name saved as: $(grep name: "$a")"
tr -d '\n' <"$a" | LC_ALL=C grep -q '[[:cntrl:]]' && fail "a control character reached the answers: $(od -c "$a" | head)"
# Saved: F10 leaves at once.
wiz_keys F10
[ "$(wiz_exit)" = 0 ] || fail "exit: $(cat "$tmp/screen")"
wiz_expect "TTY=restored"

finish
