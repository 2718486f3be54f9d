# tests/wizard-lib.sh: helpers for the tests that drive the wizard in a private tmux server; sourced, never run.
# SPDX-License-Identifier: MIT
#
# Each run of the wizard is a session of one tmux server private to the
# test, 80x24, TERM=tmux-256color, cwd $tmp/work (or $wiz_cwd), XDG_STATE_HOME
# $tmp/state.  The pane's shell prints EXIT=<status> and TTY=restored (or
# TTY=changed) once the program ends, then stays, so that what the
# terminal shows afterwards can be read.  Nothing sleeps to synchronise:
# wiz_wait polls capture-pane for a marker.
. "$top_srcdir/tests/lib.sh"
need tmux
if command -v infocmp >/dev/null 2>&1 && ! infocmp tmux-256color >/dev/null 2>&1; then
	echo "skip: no terminfo entry for tmux-256color" >&2
	exit 77
fi
unset TMUX

wsock="tenderwiz-test-$$"
wsockpath=
wn=0
wsess=
mkdir -p "$tmp/work" "$tmp/state" "$tmp/home" || exit 99

# Stop the server (its panes get SIGHUP), let our wizards finish, clean up
# (tmux leaves its socket behind).
wiz_cleanup() {
	tmux -L "$wsock" kill-server >/dev/null 2>&1
	[ -n "$wsockpath" ] && rm -f "$wsockpath"
	for _f in "$tmp"/pid-*; do
		[ -f "$_f" ] || continue
		_p=$(cat "$_f")
		_i=0
		while [ -n "$_p" ] && kill -0 "$_p" 2>/dev/null && [ "$_i" -lt 40 ]; do
			sleep 0.05
			_i=$((_i + 1))
		done
	done
	rm -rf "$tmp"
}
trap wiz_cleanup EXIT
trap 'exit 99' INT TERM HUP

# Quote a string for sh.
wiz_q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# wiz_start [NAME=VALUE]...: start the wizard in a new session with those
# variables added to its environment, and $wiz_redir (e.g. '</dev/null')
# after its command line; $wpid names the file with its pid.  $wiz_wrap,
# words quoted for sh, goes before the program: a command that prepares
# something (a private mount namespace, say) and ends in exec "$@", so
# that the pid is still the wizard's.
wiz_start() {
	wn=$((wn + 1))
	wsess="w$wn"
	wpid="$tmp/pid-$wn"
	_env="PATH=$(wiz_q "$PATH") HOME=$(wiz_q "$tmp/home") TERM=tmux-256color"
	_env="$_env LC_ALL=C.UTF-8 LANGUAGE= XDG_STATE_HOME=$(wiz_q "$tmp/state")"
	_env="$_env TENDERWIZ_DATADIR=$(wiz_q "$TENDERWIZ_DATADIR")"
	_env="$_env TENDERWIZ_FORMSDIR=$(wiz_q "$TENDERWIZ_FORMSDIR")"
	for _v in ASAN_OPTIONS UBSAN_OPTIONS; do
		eval "_x=\${$_v-}"
		[ -n "$_x" ] && _env="$_env $_v=$(wiz_q "$_x")"
	done
	for _a in "$@"; do
		_env="$_env ${_a%%=*}=$(wiz_q "${_a#*=}")"
	done
	cat >"$tmp/run-$wn.sh" <<EOF
cd $(wiz_q "${wiz_cwd:-$tmp/work}") || exit 1
umask 022
s0=\$(stty -g)
env -i $_env /bin/sh -c 'echo \$\$ >"\$0"; exec "\$@"' $(wiz_q "$wpid") ${wiz_wrap-} $(wiz_q "$TENDERWIZ") ${wiz_redir-}
echo "EXIT=\$?"
if [ "\$(stty -g)" = "\$s0" ]; then echo TTY=restored; else echo TTY=changed; fi
exec sleep 600
EOF
	tmux -L "$wsock" -f /dev/null new-session -d -s "$wsess" -x 80 -y 24 \
	    "sh $(wiz_q "$tmp/run-$wn.sh")" || wiz_abort "tmux new-session failed"
	[ -n "$wsockpath" ] || wsockpath=$(tmux -L "$wsock" display-message -p '#{socket_path}')
}

# The screen as text (-e: with attributes).
wiz_screen() { tmux -L "$wsock" capture-pane -p -J -t "$wsess" "$@" 2>/dev/null; }

# Give up on the test: say why and show the screen.
wiz_abort() {
	echo "FAIL: $*" >&2
	echo "---- screen of $wsess ----" >&2
	wiz_screen >&2
	echo "--------------------------" >&2
	exit 1
}

# _wiz_poll SECONDS present|absent STRING: poll the screen (into
# $tmp/screen) every 0.05 s until STRING is there, or is gone; 1 on timeout.
_wiz_poll() {
	_n=$(($1 * 20))
	while :; do
		wiz_screen >"$tmp/screen"
		if grep -qF -- "$3" "$tmp/screen"; then
			[ "$2" = present ] && return 0
		else
			[ "$2" = absent ] && return 0
		fi
		[ "$_n" -gt 0 ] || return 1
		sleep 0.05
		_n=$((_n - 1))
	done
}

# wiz_wait STRING [SECONDS]: wait until the screen shows STRING (default
# 10 s); the test ends if it never does.
wiz_wait() { _wiz_poll "${2:-10}" present "$1" || wiz_abort "timed out waiting for '$1'"; }
# wiz_gone STRING [SECONDS]: wait until STRING is no longer on the screen.
wiz_gone() { _wiz_poll "${2:-10}" absent "$1" || wiz_abort "timed out waiting for '$1' to go"; }

# Keys by tmux name (Enter, Escape, F10, C-x...), and literal text.
wiz_keys() { tmux -L "$wsock" send-keys -t "$wsess" "$@" || wiz_abort "send-keys $*"; }
wiz_type() { tmux -L "$wsock" send-keys -t "$wsess" -l -- "$1" || wiz_abort "send-keys -l $1"; }

# Non-fatal checks, given a moment for a redraw still under way.
wiz_expect() { _wiz_poll 3 present "$1" || fail "screen lacks '$1': $(cat "$tmp/screen")"; }
wiz_expect_not() { _wiz_poll 1 absent "$1" || fail "screen shows '$1': $(cat "$tmp/screen")"; }
# wiz_expect_text TEXT: the screen shows TEXT whole, wherever its lines
# were wrapped, in a box or not (spaces, line ends and the box's sides do
# not count).
wiz_expect_text() {
	_t=$(printf '%s' "$1" | tr -d ' \n')
	_n=60
	while [ "$_n" -gt 0 ]; do
		wiz_screen | sed 's/│//g' | tr -d ' \n' | grep -qF -- "$_t" &&
		    return 0
		sleep 0.05
		_n=$((_n - 1))
	done
	fail "screen lacks '$1' whole: $(wiz_screen)"
}
# The first line of the screen that holds STRING.
wiz_line() { wiz_screen | grep -F -- "$1" | head -n 1; }

# Wait for the program to end; print its exit status.
wiz_exit() {
	wiz_wait "EXIT=" "${1:-10}"
	sed -n 's/^EXIT=\([0-9]*\).*/\1/p' "$tmp/screen"
}

# The pid of the running wizard.
wiz_pid() {
	_n=200
	while [ ! -s "$wpid" ] && [ "$_n" -gt 0 ]; do
		sleep 0.05
		_n=$((_n - 1))
	done
	cat "$wpid"
}

# A tmux format about the pane, e.g. #{alternate_on}.
wiz_pane() { tmux -L "$wsock" display-message -p -t "$wsess" "$1"; }

# The drafts kept so far.
wiz_drafts() { ls "$tmp/state/tenderwiz"/draft-*.yaml 2>/dev/null; }

# From the start screen: a new appendix with the case facts typed in, up
# to the category step.
wiz_new_case() {
	wiz_wait "Step 1/9"
	wiz_keys Enter
	wiz_wait "Step 2/9"
	wiz_type "$1"; wiz_keys Enter
	wiz_type "$2"; wiz_keys Enter
	wiz_type "$3"; wiz_keys Enter Enter Enter
	wiz_wait "Step 3/9"
}

# On the case facts: every one answered no, the route (when shown) left as
# it is, then on.  Each starts unanswered, which does not go on.
wiz_facts_no() {
	wiz_keys Up Up Up Up Up Up Up Up
	wiz_keys n Down n Down n Down n Down n Down n Down n Down n Enter
}

# From step 3: the planning category (no ▲ rows, so no level step) at tier
# low, every case fact no, on to the review with no problem.
wiz_planning_to_review() {
	wiz_category 4
	wiz_keys Down Down Down Down Left
	wiz_wait_line "Protection tier *" "Low (普)"
	wiz_keys Enter
	wiz_wait "Step 6/9"
	wiz_facts_no
	wiz_wait "Step 7/9"
	wiz_press_until "Step 9/9" Enter
	wiz_expect "No problems"
}

# Data whose rules hold a third version, 116.01.01, in force, from
# tests/fixtures/rules-116.yaml (data only), in the folder $1; the program
# reads it through TENDERWIZ_DATADIR.
wiz_data_116() {
	mkdir -p "$1"
	cp "$top_srcdir/data/catalogue.yaml" "$top_srcdir/data/joint-supply.yaml" "$1/"
	sed '0,/^    in_force: true$/{/^    in_force: true$/d}' \
	    "$top_srcdir/data/rules.yaml" >"$1/rules.yaml"
	sed '/^#/d' "$top_srcdir/tests/fixtures/rules-116.yaml" >>"$1/rules.yaml"
	export TENDERWIZ_DATADIR="$1"
}

# On a step that opens files: F3, then FILE, in the dialog titled TITLE
# (Open answers when not given).
wiz_open() {
	wiz_keys F3
	wiz_wait "${2:-Open answers}"
	wiz_keys C-u
	wiz_type "$1"
	wiz_keys Enter
}

# From step 3: app-development at tier high for a 公務機關 of level B, every
# case fact no, on to the clause list.
wiz_development_to_clauses() {
	wiz_category 6
	wiz_keys Down Down Down Down Right
	wiz_wait_line "Protection tier *" "High (高)"
	wiz_keys Enter
	wiz_wait "Step 5/9"
	wiz_keys Right Down Right Right Enter
	wiz_wait "Step 6/9"
	wiz_facts_no
	wiz_wait "Step 7/9"
	wiz_wait "dev-01 ● · adopted"
}

# wiz_answers_115 FILE AGENCY NAME NUMBER: answers of a level C 公務機關
# under rules 115.01.07, which 116.01.01 (wiz_data_116) changes in one row.
wiz_answers_115() {
	cat >"$1" <<YAML
version: 2
rules_version: "115.01.07"
category: app-development
tier: high
agency_type: government
agency_level: C
route: tender
case: {agency: $2, name: $3, number: $4, date: 2026-11-21}
context: {personal_data: false, critical_infrastructure: false, external_service: false, national_security: false, mobile_app: false, core_system: false, large_contract: false}
elsewhere: [{id: dev-27}, {id: dev-28}, {id: dev-46}, {id: dev-49}]
YAML
}

# wiz_zh_ready: msgfmt, gettext and a zh_TW.UTF-8 locale are here and the
# catalogue is built for the wizard; otherwise $wiz_zh_missing says what is
# missing and it returns 1.
wiz_zh_ready() {
	for _c in msgfmt gettext; do
		command -v "$_c" >/dev/null 2>&1 || { wiz_zh_missing="$_c not installed"; return 1; }
	done
	locale -a 2>/dev/null | grep -qi '^zh_TW\.utf-\{0,1\}8$' ||
	    { wiz_zh_missing="no zh_TW.UTF-8 locale"; return 1; }
	wiz_zh_catalogue || { wiz_zh_missing="msgfmt failed"; fail "$wiz_zh_missing"; return 1; }
}
# The zh_TW catalogue compiled into $tmp/locale, for the wizard
# (TENDERWIZ_LOCALEDIR=$tmp/locale) and for zh and step; fails as msgfmt does.
wiz_zh_catalogue() {
	mkdir -p "$tmp/locale/zh_TW/LC_MESSAGES" &&
	    msgfmt -o "$tmp/locale/zh_TW/LC_MESSAGES/tenderwiz.mo" \
	    "$top_srcdir/po/zh_TW.po"
}
# zh MSGID: the translation the program itself will look up.
zh() { LC_ALL=zh_TW.UTF-8 LANGUAGE= TEXTDOMAINDIR="$tmp/locale" gettext -d tenderwiz "$1"; }
# zhf MSGID ARG...: the translation with its arguments filled as strings,
# in order or where a numbered one (%2$s) puts them; %% is a %.
zhf() {
	_m=$(zh "$1"); shift
	awk 'BEGIN {
		m = ARGV[1]; k = 0; out = ""
		while (match(m, /%(%|([0-9]+[$])?[a-z]+)/)) {
			spec = substr(m, RSTART + 1, RLENGTH - 1)
			if (spec == "%")
				v = "%"
			else {
				n = (spec ~ /[$]/) ? spec + 0 : ++k
				v = ARGV[n + 1]
			}
			out = out substr(m, 1, RSTART - 1) v
			m = substr(m, RSTART + RLENGTH)
		}
		printf "%s", out m
	}' "$_m" "$@"
}
# step N: the step indicator as the catalogue spells it.
step() { printf "$(zh 'Step %zu/%zu' | sed 's/%\([0-9]\$\)\{0,1\}zu/%d/g')" "$1" 9; }

# On the category step: the Nth category (0 = the first), then on.
wiz_category() {
	_i=0
	while [ "$_i" -lt "$1" ]; do
		wiz_keys Down
		_i=$((_i + 1))
	done
	wiz_keys Enter
	wiz_wait "Step 4/9"
}

# On the clause list: decide every [?] row, the first placed elsewhere
# with the note $1, the rest adopted; then on.
wiz_decide_rows() {
	_note=$1
	while :; do
		wiz_keys Enter
		_n=200
		while [ "$_n" -gt 0 ]; do
			wiz_screen >"$tmp/screen"
			grep -q 'Step [89]/9' "$tmp/screen" && return 0
			grep -qF 'to be decided' "$tmp/screen" && break
			sleep 0.05
			_n=$((_n - 1))
		done
		[ "$_n" -gt 0 ] || wiz_abort "the clause list neither went on nor showed a row to decide"
		_row=$(sed -n 's/^ *\([a-z]*-[0-9]*\) ▲ · to be decided.*/\1/p' "$tmp/screen")
		[ -n "$_row" ] || wiz_abort "no ▲ row to decide under the cursor"
		if [ -n "$_note" ]; then
			wiz_keys e
			wiz_wait "Another procurement"
			wiz_type "$_note"
			wiz_keys Enter
			wiz_wait "$_row ▲ · placed in another procurement"
			_note=
		else
			wiz_keys Space
			wiz_wait "$_row ▲ · adopted"
		fi
	done
}

# wiz_press_until MARKER KEY: press KEY, each time after the screen has
# taken the last one, until MARKER shows (at most 30 presses).
wiz_press_until() {
	_k=0
	wiz_screen >"$tmp/before"
	while ! grep -qF -- "$1" "$tmp/before"; do
		[ "$_k" -lt 30 ] || wiz_abort "'$1' never came pressing $2"
		wiz_keys "$2"
		_k=$((_k + 1))
		_n=200
		while [ "$_n" -gt 0 ]; do
			wiz_screen >"$tmp/screen"
			cmp -s "$tmp/screen" "$tmp/before" || break
			sleep 0.05
			_n=$((_n - 1))
		done
		[ "$_n" -gt 0 ] || wiz_abort "$2 changed nothing on the way to '$1'"
		# Let the redraw finish before looking at it.
		cp "$tmp/screen" "$tmp/before"
		sleep 0.02
		wiz_screen >"$tmp/screen"
		while ! cmp -s "$tmp/screen" "$tmp/before"; do
			cp "$tmp/screen" "$tmp/before"
			sleep 0.02
			wiz_screen >"$tmp/screen"
		done
	done
}

# wiz_wait_line LABEL VALUE: poll until the screen line holding LABEL
# also holds VALUE.
wiz_wait_line() {
	_n=200
	while [ "$_n" -gt 0 ]; do
		wiz_screen | grep -F -- "$1" | head -n 1 | grep -qF -- "$2" && return 0
		sleep 0.05
		_n=$((_n - 1))
	done
	wiz_abort "timed out waiting for the line of '$1' to show '$2'"
}

# From step 3: cloud-platform at tier medium for a 公務機關 of level C, on
# to the case facts, the route then turned to the joint supply contract.
wiz_cloud_to_contract() {
	wiz_category 3
	wiz_keys Down Down Down Down Right Right
	wiz_wait_line "Protection tier *" "Medium (中)"
	wiz_keys Enter
	wiz_wait "Step 5/9"
	wiz_keys Right Down Right Right Right Enter
	wiz_wait "Step 6/9"
	wiz_wait_line "Procurement route" "Own tender"
	wiz_keys Right
	wiz_wait_line "Procurement route" "Joint supply contract"
}

# On the clause list: a, and the group GROUP typed over the one offered
# (kept when empty; OFFERED, when given, must be the one shown), on to the
# requirement.
wiz_clause_open() {
	wiz_keys a
	wiz_wait "Add an agency clause"
	[ -z "${2-}" ] || wiz_expect "$2"
	if [ -n "$1" ]; then
		wiz_keys C-u
		wiz_type "$1"
	fi
	wiz_keys Enter
	wiz_wait "Requirement (要求內容)"
}

# In the agency clause's box, the requirement typed: on to the note,
# NOTE (may be empty), the checklist question answered YN (y or n), and
# wait for DONE (by default, that the clause was added).
wiz_clause_rest() {
	wiz_keys Enter
	wiz_wait "Note (說明), optional"
	[ -z "$1" ] || wiz_type "$1"
	wiz_keys Enter
	wiz_wait "Put it on the vendor's checklist?"
	wiz_keys "$2"
	wiz_wait "${3:-The agency clause was added}"
}

# wiz_clause_add GROUP TEXT NOTE YN [OFFERED]: on the clause list, add an
# agency clause through its box.
wiz_clause_add() {
	wiz_clause_open "$1" "${5-}"
	wiz_type "$2"
	wiz_clause_rest "$3" "$4"
}

# On the review step with nothing to fix: from the first file name, where
# the focus starts, down to the button, and press it.
wiz_generate() { wiz_keys Down Down Down Down Down Down Enter; }
