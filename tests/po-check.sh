#!/bin/sh
# po-check.sh: every translatable string of the sources and of forms/ is in po/zh_TW.po, translated, and the program speaks it under a zh_TW locale; the review's [dropped] and [elsewhere] marks share one bracket width.
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/lib.sh"
need xgettext
need msgfmt

files=$(sed -e '/^#/d' -e '/^$/d' -e "s|^|$top_srcdir/|" "$top_srcdir/po/POTFILES.in")
# The forms' strings go through the same extraction step as in po/.
sh "$top_srcdir/po/forms-extract.sh" "$top_srcdir/forms/wizard.yaml" \
    >"$tmp/forms.pot" || fail "po/forms-extract.sh refused forms/wizard.yaml"
# shellcheck disable=SC2086
xgettext -o "$tmp/t.pot" --from-code=UTF-8 --keyword=_ --keyword=N_ \
    --add-comments=TRANSLATORS: $files "$tmp/forms.pot" || fail "xgettext failed"
msgcmp "$top_srcdir/po/zh_TW.po" "$tmp/t.pot" 2>"$tmp/cmp" || fail "po/zh_TW.po lacks strings: $(head -n 20 "$tmp/cmp")"
msgfmt --check --statistics -o "$tmp/zh_TW.mo" "$top_srcdir/po/zh_TW.po" 2>"$tmp/stat" || fail "msgfmt --check failed: $(cat "$tmp/stat")"
grep -q 'untranslated\|fuzzy' "$tmp/stat" && fail "po/zh_TW.po is incomplete: $(cat "$tmp/stat")"

# The UI follows the locale: LANGUAGE picks Chinese, C stays English.
mkdir -p "$tmp/locale/zh_TW/LC_MESSAGES"
cp "$tmp/zh_TW.mo" "$tmp/locale/zh_TW/LC_MESSAGES/tenderwiz.mo"
if locale -a 2>/dev/null | grep -qi '^zh_TW\.utf-\?8$'; then
	LC_ALL=zh_TW.UTF-8 LANGUAGE= TENDERWIZ_LOCALEDIR="$tmp/locale" tw --help
	expect_out "用法"
	# Every string the forms loader hands the wizard has a translation,
	# which proves the extraction misses none of them.
	LC_ALL=zh_TW.UTF-8 LANGUAGE= FORMS_LOCALEDIR="$tmp/locale" \
	    "$top_builddir/tests/test-forms" ||
	    fail "forms strings without a translation (see above)"
	# A tier below the helper's ratings is named as the wizard names
	# tiers, not by the file's identifiers.
	printf 'version: 2\ncategory: app-development\ntier: medium\ntier_basis: {confidentiality: high}\n' >"$tmp/tier.yaml"
	LC_ALL=zh_TW.UTF-8 LANGUAGE= TENDERWIZ_LOCALEDIR="$tmp/locale" tw validate --answers "$tmp/tier.yaml"
	expect_err "防護需求等級「中」低於分級輔助評定之最高者「高」"
	grep -q "medium\|tier_basis" "$tmp/err" && fail "the zh tier note shows identifiers: $(cat "$tmp/err")"
	# LANGUAGE outranks the locale's language.
	LC_ALL=zh_TW.UTF-8 LANGUAGE=en TENDERWIZ_LOCALEDIR="$tmp/locale" tw --help
	expect_out "Usage:"
else
	echo "note: no zh_TW.UTF-8 locale; checked the catalogue only" >&2
fi
LC_ALL=C TENDERWIZ_LOCALEDIR="$tmp/locale" tw --help
expect_out "Usage:"

# The review's list marks a row dropped or placed elsewhere in brackets of
# one width, and the reason after a full-width colon, in Chinese.
for id in '[dropped]' '[elsewhere]' '• %s %s: %s'; do
	str=$(grep -A1 -F -x "msgid \"$id\"" "$top_srcdir/po/zh_TW.po" |
	    sed -n 's/^msgstr "\(.*\)"$/\1/p')
	case $str in
	［*］|*%s：%s) ;;
	*) fail "zh_TW.po: '$id' is '$str', not in full-width brackets or colon" ;;
	esac
done

finish
