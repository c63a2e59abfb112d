#!/usr/bin/env bash
# Builds the macOS disk image: configure and build (Release), install the app bundle, add the
# icons, let macdeployqt copy Qt into the bundle (with the SQLite driver, which nothing links
# to), and write Internkontroll-VERSION.dmg. The bundle's Info.plist (Info.plist.in, set by
# packaging/CMakeLists.txt) declares the unit file type.
#
# Needs: Xcode's command-line tools, CMake, Ninja, Qt 6 (Homebrew `qt` or the Qt installer;
# QT_DIR=/path/to/Qt/6.x/macos), SQLite 3, libxlsxwriter, libzip, qpdf, pkg-config, librsvg (rsvg-convert) and Python 3 for the icons.
#
#   packaging/macos/make-dmg.sh [BUILD_DIR]
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build-mac}
qt_dir=${QT_DIR:-$(brew --prefix qt 2>/dev/null || true)}
[[ -n "$qt_dir" ]] && export PATH="$qt_dir/bin:$PATH"

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIK_BUILD_TESTS=OFF \
      ${qt_dir:+-DCMAKE_PREFIX_PATH="$qt_dir"}
cmake --build "$build"
stage="$build/stage"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage"
app="$stage/internkontroll.app"
[[ -d "$app" ]] || { echo "make-dmg: $app is missing: was the GUI built?" >&2; exit 1; }

# The command-line tool travels inside the bundle, so macdeployqt points it at the same Qt.
cp "$stage/bin/internkontroll-cli" "$app/Contents/MacOS/"

icons="$build/packaging/icons/hicolor"
pack="$source_dir/packaging/tools/pack-icons.py"
mkdir -p "$app/Contents/Resources"
pngs() { for s in 16 32 64 128 256 512; do echo "$icons/${s}x${s}/$1.png"; done; }
python3 "$pack" icns "$app/Contents/Resources/internkontroll.icns" \
        $(pngs apps/io.github.internkontroll.Internkontroll)
python3 "$pack" icns "$app/Contents/Resources/internkontroll-unit.icns" \
        $(pngs mimetypes/application-x-internkontroll-unit)

macdeployqt "$app" -executable="$app/Contents/MacOS/internkontroll-cli" -always-overwrite
[[ -f "$app/Contents/PlugIns/sqldrivers/libqsqlite.dylib" ]] ||
    { echo "make-dmg: macdeployqt did not deploy the Qt SQLite driver" >&2; exit 1; }
# macdeployqt also copies the other libraries the programs link (libxlsxwriter, libzip, qpdf from
# Homebrew): check that nothing in the bundle still points outside it or the system.
for binary in "$app/Contents/MacOS/"* "$app/Contents/Frameworks/"*.dylib; do
    [[ -f "$binary" ]] || continue
    if otool -L "$binary" | tail -n +2 | grep -E '^\s*(/opt/homebrew|/usr/local)/'; then
        echo "make-dmg: $binary still links a library outside the bundle (above)" >&2; exit 1
    fi
done
cp "$source_dir/LICENSE" "$stage/LICENSE.txt"
plutil -lint "$app/Contents/Info.plist"

version=$(sed -n 's/^ *project(Internkontroll VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
dmg="$build/Internkontroll-$version.dmg"
rm -f "$dmg"
ln -sfn /Applications "$stage/Applications"
hdiutil create -volname "Internkontroll $version" -srcfolder "$app" -srcfolder "$stage/Applications" \
        -srcfolder "$stage/LICENSE.txt" -format UDZO -ov "$dmg"
echo "Disk image: $dmg"
