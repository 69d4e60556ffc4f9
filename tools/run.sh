#!/usr/bin/env bash
# SiteSync's two set-up commands on a fresh Debian 12 machine:
#   tools/run.sh demo   install, build, build the demo network and open the GUI on its central server
#   tools/run.sh test   install, build (plain and with sanitizers), run every test through ctest
#   tools/run.sh package  install, build without the tests, make the Debian package and print its path
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev postgresql zlib1g-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
    gnome-keyring dbus dbus-x11 xvfb openssl fonts-dejavu-core qt6-translations-l10n
    systemd desktop-file-utils groff-base
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {  # build DIR [cmake options...]
    local dir="$1"
    shift
    cmake -S . -B "$dir" -G Ninja "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

case "${1:-}" in
demo)
    install_packages
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSITESYNC_BUILD_TESTS=OFF -DSITESYNC_SANITIZE=OFF
    dir="${SITESYNC_DEMO_DIR:-$here/demo-network}"
    rm -rf "$dir"
    ./build/app/sitesyncctl/sitesyncctl demo --dir "$dir"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "Opening the administration window on the central server..."
        ./build/app/sitesync/sitesync --db "$dir/central.db"
    else
        echo "No display: the summary above is the demo. Open it later with: build/app/sitesync/sitesync --db $dir/central.db"
    fi
    ;;
test)
    install_packages
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSITESYNC_BUILD_TESTS=ON -DSITESYNC_SANITIZE=OFF
    (cd build && ctest --no-tests=error --output-on-failure --parallel "$(nproc)")
    # The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
    build build-sanitize -DCMAKE_BUILD_TYPE=Debug -DSITESYNC_BUILD_TESTS=ON -DSITESYNC_SANITIZE=ON
    # The crash test makes its 50 runs in the plain build; under the sanitizers 15 runs keep CI short.
    (cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 SITESYNC_CRASH_RUNS=15 \
        ctest --no-tests=error --output-on-failure --parallel "$(nproc)")
    ;;
package)
    # CPack's Debian generator finds the programs' library dependencies with dpkg-shlibdeps and file.
    packages+=(dpkg-dev file)
    install_packages
    build build-package -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSITESYNC_BUILD_TESTS=OFF -DSITESYNC_SANITIZE=OFF
    rm -f build-package/sitesync_*.deb
    (cd build-package && cpack -G DEB)
    ls "$here"/build-package/sitesync_*.deb
    ;;
*)
    echo "usage: tools/run.sh demo|test|package" >&2
    exit 2
    ;;
esac
