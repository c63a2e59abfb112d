#!/usr/bin/env bash
# Installs what the build and tests need, where it is missing.
# Debian/Ubuntu: through apt-get (as root, or with sudo). Elsewhere: says what to install.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-svg-dev libgl-dev libsqlite3-dev sqlite3
    catch2 poppler-utils xvfb xauth
    libxlsxwriter-dev libzip-dev libqpdf-dev qpdf
    clang libclang-rt-14-dev python3 time
    librsvg2-bin gzip man-db dpkg-dev file
    desktop-file-utils appstream shared-mime-info libglib2.0-bin libxml2-utils
)
# CI also runs the LibreOffice round trips of tests/core/test_xlsx.cpp and tests/report/test_docx.cpp
# (skipped where it is absent); it is large, so a developer's machine is spared it.
if [[ "${CI:-}" == "true" ]]; then
    packages+=(libreoffice-calc-nogui libreoffice-writer-nogui)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: not a Debian/Ubuntu system; please install CMake >= 3.22, Ninja, a C++20" \
         "compiler, Qt >= 6.4 (Core, Gui, Widgets, Sql with the SQLite driver, PrintSupport," \
         "LinguistTools), SQLite 3, libxlsxwriter, libzip, libqpdf and Catch2, then run make again." >&2
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
        echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
