#!/usr/bin/env bash
# covers OPS-1
# `cmake --install` of this build into an empty folder, as the package installs it: every file it
# promises is there, the installed programs run and read their translations from where they were
# installed, the desktop entry is valid, the man pages render and name every command, and the
# completion completes the commands of the installed sitesyncctl.
# Usage: tst_install.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake=$1 build=$2 source=$3
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

DESTDIR="$root/dest" "$cmake" --install "$build" --prefix /usr >"$root/install.log" || {
    cat "$root/install.log"
    exit 1
}
usr=$root/dest/usr

# Every promised file, the systemd units that packaging/systemd holds among them.
promised=(
    bin/sitesync bin/sitesyncctl
    share/applications/sitesync.desktop share/icons/hicolor/scalable/apps/sitesync.svg
    share/man/man1/sitesync.1 share/man/man1/sitesyncctl.1
    share/bash-completion/completions/sitesyncctl
    lib/sysusers.d/sitesync.conf lib/tmpfiles.d/sitesync.conf
)
for ts in "$source"/translations/sitesync_*.ts; do
    promised+=("share/sitesync/translations/$(basename "${ts%.ts}").qm")
done
for template in "$source"/packaging/systemd/*.service.in "$source"/packaging/systemd/*.timer.in; do
    [ -e "$template" ] && promised+=("lib/systemd/system/$(basename "${template%.in}")")
done
for file in "${promised[@]}"; do
    [ -s "$usr/$file" ] || fail "cmake --install did not install $file"
done
[ -x "$usr/bin/sitesyncctl" ] && [ -x "$usr/bin/sitesync" ] || fail "the installed programs are not executable"

# The units run the sitesyncctl of this install, wherever its prefix puts it.
expect_unit_program() {  # installed usr folder, the program its units must run
    local unit
    for unit in "$1"/lib/systemd/system/*.service; do
        grep -q "^ExecStart=$2 " "$unit" || fail "$(basename "$unit") does not run $2: $(grep ^ExecStart= "$unit")"
    done
}
expect_unit_program "$usr" /usr/bin/sitesyncctl
DESTDIR="$root/elsewhere" "$cmake" --install "$build" --prefix /opt/sitesync >"$root/install-elsewhere.log" || {
    cat "$root/install-elsewhere.log"
    exit 1
}
expect_unit_program "$root/elsewhere/opt/sitesync" /opt/sitesync/bin/sitesyncctl

# The installed programs run.
help=$("$usr/bin/sitesyncctl" --help) || fail "the installed sitesyncctl --help failed"
grep -q "^Commands:" <<<"$help" || fail "the installed sitesyncctl --help lists no commands"
"$usr/bin/sitesyncctl" --version | grep -qx "sitesyncctl [0-9.]*" || fail "the installed sitesyncctl --version"

# The window reads its translations from the installed folder: a language only that folder has
# (French words under German's name) is the one a German system starts in.
cp "$usr/share/sitesync/translations/sitesync_fr.qm" "$usr/share/sitesync/translations/sitesync_de.qm"
mkdir -p "$root/home"
words=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$root/home" XDG_CONFIG_HOME="$root/home" \
    LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$usr/bin/sitesync" --help 2>/dev/null) || fail "the installed sitesync --help failed"
grep -q "Administration de SiteSync" <<<"$words" ||
    fail "the installed sitesync did not read share/sitesync/translations: $(head -2 <<<"$words")"

# The desktop entry: valid, and it starts an installed program with an installed icon.
desktop=$usr/share/applications/sitesync.desktop
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate refuses sitesync.desktop"
else
    fail "desktop-file-validate is not installed (Debian package desktop-file-utils)"
fi
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$usr/bin/$exec_program" ] || fail "the desktop entry starts '$exec_program', which is not installed"
[ -s "$usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the desktop entry's icon '$icon' is not installed"

# The man pages render without a warning; sitesyncctl(1) names every command and its options.
for page in sitesync sitesyncctl; do
    if ! groff -man -Tutf8 -ww "$usr/share/man/man1/$page.1" >"$root/$page.txt" 2>"$root/$page.warnings" ||
        [ -s "$root/$page.warnings" ]; then
        fail "$page.1 does not render cleanly: $(cat "$root/$page.warnings")"
    fi
done
manual=$(sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g' "$root/sitesyncctl.txt" | tr -s ' \n' '  ')
source "$usr/share/bash-completion/completions/sitesyncctl"
while IFS=$'\t' read -r words options; do
    [[ $words == "C "* ]] || continue
    words=${words#C }
    grep -qF " $words " <<<" $manual " || fail "sitesyncctl.1 does not describe '$words'"
    for option in $options; do
        grep -qF -- "$option" <<<"$manual" || fail "sitesyncctl.1 does not name $option of '$words'"
    done
done < <(_sitesyncctl_table "$usr/bin/sitesyncctl")

# The completion, on the installed program.
complete_words() {  # the words typed after sitesyncctl, the last one being completed
    COMP_WORDS=("$usr/bin/sitesyncctl" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _sitesyncctl 2>/dev/null
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect_completion() {  # expected, then the words
    local expected=$1
    shift
    local got
    got=$(complete_words "$@")
    [ "$got" = "$expected" ] || fail "completing 'sitesyncctl $*' gave '$got', not '$expected'"
}
expect_completion "status store" st
expect_completion "add list move sync-settings visibility" store ""
expect_completion "central remote" init ""
expect_completion "collector none transfer" store move --from-keeps ""
expect_completion "mobile" site add --type m
expect_completion "status store" --db central.db st
expect_completion "--db --dir" demo --d
complete_words "" | grep -qw audit || fail "completing 'sitesyncctl ' does not offer audit"
complete_words serve --t | grep -qw -- --tls-cert || fail "completing 'sitesyncctl serve --t' does not offer --tls-cert"

# The package's maintainer scripts: POSIX sh that parses (and passes shellcheck where it is
# installed), and what they ask of systemd, with systemctl and the sysusers/tmpfiles tools replaced
# by stand-ins that write down their arguments and systemd taken as running.
scripts=$source/packaging/debian
for script in postinst prerm; do
    sh -n "$scripts/$script" || fail "packaging/debian/$script is not valid sh"
    if command -v shellcheck >/dev/null; then
        shellcheck -s sh "$scripts/$script" || fail "shellcheck finds faults in packaging/debian/$script"
    fi
    grep -q "debian/$script" "$source/packaging/CMakeLists.txt" ||
        fail "the package's control files do not include debian/$script"
done
mkdir -p "$root/stand-ins" "$root/run/systemd/system"
for program in systemctl systemd-sysusers systemd-tmpfiles; do
    printf '#!/bin/sh\necho "%s $*" >>"%s"\n' "$program" "$root/systemd.log" >"$root/stand-ins/$program"
    chmod +x "$root/stand-ins/$program"
done
run_maintainer_script() {  # script, then its arguments; sets $asked to what it asked of systemd
    local script=$1
    shift
    sed "s|/run/systemd/system|$root/run/systemd/system|g" "$scripts/$script" >"$root/$script"
    : >"$root/systemd.log"
    PATH="$root/stand-ins:$PATH" sh "$root/$script" "$@" >"$root/$script.out" 2>&1 ||
        fail "$script $* failed: $(cat "$root/$script.out")"
    asked=$(cat "$root/systemd.log")
}
run_maintainer_script postinst configure ""
grep -q "try-restart" <<<"$asked" && fail "postinst restarts the services on a first install: $asked"
grep -q "systemd-sysusers sitesync.conf" <<<"$asked" || fail "postinst does not make the services' user: $asked"
run_maintainer_script postinst configure 0.1.0
grep -qx "systemctl try-restart sitesync-central.service sitesync-remote.service" <<<"$asked" ||
    fail "postinst does not restart the running services after an upgrade: $asked"
run_maintainer_script prerm remove
grep -qx "systemctl disable --now sitesync-central.service sitesync-remote.service" <<<"$asked" ||
    fail "prerm does not stop and disable the services on remove: $asked"
run_maintainer_script prerm upgrade 0.2.0
grep -q "stop\|disable" <<<"$asked" && fail "prerm stops the services on an upgrade: $asked"

[ "$failures" -eq 0 ] || exit 1
echo "installed and checked: ${#promised[@]} files"
