#!/usr/bin/env bash
# Installs the build into a throwaway root (DESTDIR, prefix /usr: the .deb's layout) and checks
# it as a desktop would: the files are there, the desktop entry and AppStream metainfo are
# valid, the man pages render, and a real unit file made by the installed CLI is recognised as
# application/x-internkontroll-unit by its content, also when renamed. Then the Windows and
# macOS recipes are checked as far as Linux can: the plist parses, the Inno Setup script is
# well formed, the icons pack into .ico and .icns.
#
#   test_install.sh BUILD/packaging/package-test.env
set -uo pipefail
env_file=${1:?usage: test_install.sh BUILD/packaging/package-test.env}
# shellcheck source=/dev/null
source "$env_file"

failures=0
checks=0
ok()   { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }
check() { local what=$1; shift; if "$@"; then ok; else fail "$what"; fi; }

missing=()
for tool in desktop-file-validate update-desktop-database appstreamcli update-mime-database gio xmllint python3 man; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "SKIP: missing ${missing[*]} (scripts/install-deps.sh installs them)"
    exit 77
fi

# The system's Python starts fastest (a version manager's shim can take seconds).
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3

root=$(mktemp -d "${TMPDIR:-/tmp}/ik-install.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/run"
usr="$root/usr"
share="$usr/$IK_DATADIR"

# --- the installation ----------------------------------------------------------------------
if ! DESTDIR="$root" "$IK_CMAKE" --install "$IK_BUILD_DIR" --prefix /usr >"$root/install.log" 2>&1; then
    cat "$root/install.log" >&2
    echo "FAIL: cmake --install" >&2
    exit 1
fi

expect_file() { if [[ -f "$1" ]]; then ok; else fail "not installed: ${1#"$root"}"; fi; }
expect_none() { if [[ ! -e "$1" ]]; then ok; else fail "installed without the GUI: ${1#"$root"}"; fi; }

cli="$usr/$IK_BINDIR/internkontroll-cli"
check "internkontroll-cli is installed and executable" test -x "$cli"
desktop="$share/applications/$IK_APP_ID.desktop"
metainfo="$share/metainfo/$IK_APP_ID.metainfo.xml"
if [[ "$IK_HAVE_GUI" == 1 ]]; then
    check "internkontroll is installed and executable" test -x "$usr/$IK_BINDIR/internkontroll"
    expect_file "$desktop"
    expect_file "$metainfo"
    expect_file "$usr/$IK_MANDIR/man1/internkontroll.1$IK_MAN_SUFFIX"
else
    # Without the GUI there is no program for a menu entry to start.
    expect_none "$usr/$IK_BINDIR/internkontroll"
    expect_none "$desktop"
    expect_none "$metainfo"
fi
expect_file "$share/mime/packages/$IK_APP_ID.xml"
expect_file "$share/icons/hicolor/scalable/apps/$IK_APP_ID.svg"
expect_file "$share/icons/hicolor/scalable/mimetypes/$IK_MIME_ICON.svg"
expect_file "$usr/$IK_MANDIR/man1/internkontroll-cli.1$IK_MAN_SUFFIX"
expect_file "$usr/$IK_DOCDIR/copyright"
if [[ "$IK_MAN_SUFFIX" == .gz ]]; then
    expect_file "$usr/$IK_DOCDIR/changelog.Debian.gz"
fi
check "copyright names the licence" grep -q '^License: GPL-3.0-or-later' "$usr/$IK_DOCDIR/copyright"
check "copyright names the built-in typeface's licence" grep -q '^License: bitstream-vera' "$usr/$IK_DOCDIR/copyright"

# PNG icons in every size, each of the size its folder says.
if [[ "$IK_HAVE_PNGS" == 1 ]]; then
    pngs=()
    for size in $IK_ICON_SIZES; do
        pngs+=("$share/icons/hicolor/${size}x${size}/apps/$IK_APP_ID.png"
               "$share/icons/hicolor/${size}x${size}/mimetypes/$IK_MIME_ICON.png")
    done
    check "PNG icons in every size" "$python" - "${pngs[@]}" <<'PY'
import os, re, struct, sys
bad = []
for path in sys.argv[1:]:
    size = int(re.search(r"/(\d+)x\1/", path).group(1))
    if not os.path.isfile(path):
        bad.append(f"missing {path}")
        continue
    data = open(path, "rb").read(24)
    if data[:8] != b"\x89PNG\r\n\x1a\n" or struct.unpack(">II", data[16:24]) != (size, size):
        bad.append(f"not a {size}x{size} PNG: {path}")
if bad:
    sys.exit("\n".join(bad))
PY
else
    echo "note: rsvg-convert was missing at configure time: PNG icons not checked"
fi

# Nothing but what belongs to the package: no headers, static libraries or test programs.
stray=$(cd "$root" && find . -type f \( -name '*.a' -o -name '*.h' -o -name 'test_*' \) | head -5)
check "no build leftovers installed: $stray" test -z "$stray"

# --- the installed CLI ---------------------------------------------------------------------
version_out=$("$cli" --version 2>&1)
check "--version names the version ($version_out)" grep -q "^internkontroll-cli $IK_VERSION\$" <<<"$version_out"
check "--version names Qt" grep -q '^Qt [0-9]' <<<"$version_out"
check "--version names SQLite" grep -q '^SQLite 3\.' <<<"$version_out"
check "--version names the licence" grep -q 'GPL-3.0-or-later' <<<"$version_out"

# --- desktop entry and AppStream -----------------------------------------------------------
validate_desktop() {
    local out
    out=$(desktop-file-validate "$1" 2>&1) || { echo "$out" >&2; return 1; }
    [[ -z "$out" ]] || { echo "$out" >&2; return 1; }   # hints count too
}
src_desktop="$IK_SOURCE_DIR/packaging/linux/$IK_APP_ID.desktop"
check "desktop-file-validate $src_desktop" validate_desktop "$src_desktop"
check "the desktop entry opens unit files" grep -qx "MimeType=$IK_MIME_TYPE;" "$src_desktop"
check "the desktop entry passes the file" grep -qx "Exec=internkontroll %f" "$src_desktop"
check "the desktop entry's icon is the app icon" grep -qx "Icon=$IK_APP_ID" "$src_desktop"
gen_metainfo="$IK_GENERATED/$IK_APP_ID.metainfo.xml"
check "appstreamcli validate $gen_metainfo" appstreamcli validate --no-net --no-color "$gen_metainfo" >/dev/null
check "the metainfo names this version" grep -q "<release version=\"$IK_VERSION\"" "$gen_metainfo"
if [[ "$IK_HAVE_GUI" == 1 ]]; then
    check "desktop-file-validate (installed)" validate_desktop "$desktop"
    check "appstreamcli validate (installed)" appstreamcli validate --no-net --no-color "$metainfo" >/dev/null
fi

# --- man pages -------------------------------------------------------------------------------
render_man() {
    local warnings
    warnings=$(MANWIDTH=200 man --warnings -E UTF-8 -l "$1" 2>&1 >"$root/$(basename "$1").txt")
    [[ -z "$warnings" ]] || { echo "$warnings" >&2; return 1; }
}
for page in "$usr/$IK_MANDIR"/man1/*; do
    check "man renders ${page#"$root"} without warnings" render_man "$page"
done
cli_page="$root/internkontroll-cli.1$IK_MAN_SUFFIX.txt"
for command in new demo check status template export import; do
    check "the CLI's man page documents $command" grep -qx "   $command" "$cli_page"
done
check "the CLI's man page documents new --unit" grep -q -- "--unit NAME" "$cli_page"

# --- the file type ---------------------------------------------------------------------------
check "the MIME package is valid XML" xmllint --noout "$share/mime/packages/$IK_APP_ID.xml"
if ! update-mime-database "$share/mime" >"$root/mime.log" 2>&1; then
    cat "$root/mime.log" >&2; fail "update-mime-database"
fi
content_type() {
    XDG_DATA_DIRS="$share:/usr/local/share:/usr/share" XDG_DATA_HOME="$root/home" \
        gio info -a standard::content-type "$1" 2>/dev/null | sed -n 's/^ *standard::content-type: //p'
}
expect_type() {
    local got
    got=$(content_type "$2")
    if [[ "$got" == "$1" ]]; then ok; else fail "${2#"$root/"}: type “$got”, expected “$1”"; fi
}
files="$root/files"
mkdir -p "$files"
if "$cli" new "$files/unit.db" --unit "Institutt for test" --year 2026 >/dev/null; then
    cp "$files/unit.db" "$files/renamed.bin"
    cp "$files/unit.db" "$files/no-extension"
    cp "$files/unit.db" "$files/unit.$IK_UNIT_EXTENSION"
    expect_type "$IK_MIME_TYPE" "$files/unit.db"
    expect_type "$IK_MIME_TYPE" "$files/renamed.bin"
    expect_type "$IK_MIME_TYPE" "$files/no-extension"
    expect_type "$IK_MIME_TYPE" "$files/unit.$IK_UNIT_EXTENSION"
    # Another program's SQLite file, and a .db that is not SQLite at all, stay what they are.
    "$python" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' \
        "$files/other.db"
    expect_type "application/vnd.sqlite3" "$files/other.db"
    printf 'just text\n' >"$files/notes.db"
    expect_type "text/plain" "$files/notes.db"
    # The SQLite header with another application_id is not ours either.
    cp "$files/unit.db" "$files/foreign.db"
    printf 'XXXX' | dd of="$files/foreign.db" bs=1 seek=68 conv=notrunc status=none
    expect_type "application/vnd.sqlite3" "$files/foreign.db"
    icons=$(XDG_DATA_DIRS="$share:/usr/share" XDG_DATA_HOME="$root/home" \
            gio info -a standard::icon "$files/unit.db" 2>/dev/null)
    check "the unit file's icon is $IK_MIME_ICON" grep -q "$IK_MIME_ICON" <<<"$icons"
    if [[ "$IK_HAVE_GUI" == 1 ]]; then
        # As the triggers of desktop-file-utils do on install; the entry's TryExec is looked up
        # on PATH, where the staged bin folder stands in for /usr/bin.
        update-desktop-database "$share/applications"
        handlers=$(PATH="$usr/$IK_BINDIR:$PATH" XDG_DATA_DIRS="$share:/usr/share" \
                   XDG_DATA_HOME="$root/home" XDG_CONFIG_HOME="$root/config" \
                   gio mime "$IK_MIME_TYPE" 2>/dev/null)
        check "the desktop entry is the default for $IK_MIME_TYPE" \
            grep -q "^Default application.*: $IK_APP_ID.desktop" <<<"$handlers"
        # What the menu entry runs, with a unit file: the program must start and keep running
        # (offscreen) until it is stopped, not exit with an error.
        exec_line=$(sed -n 's/^Exec=//p' "$desktop")
        read -r -a command <<<"${exec_line//%f/$files/unit.db}"
        # Settings, recent files and caches go to the throwaway root, not the tester's home.
        PATH="$usr/$IK_BINDIR:$PATH" QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$root/config" \
            XDG_DATA_HOME="$root/home" XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/run" \
            timeout 3 "${command[@]}" >"$root/gui.log" 2>&1
        status=$?
        if [[ $status == 124 || $status == 0 ]]; then ok; else
            cat "$root/gui.log" >&2; fail "the menu entry's command failed ($status): $exec_line"; fi
    fi
else
    fail "internkontroll-cli new (the installed CLI)"
fi

# --- the Windows and macOS recipes ---------------------------------------------------------
check "Info.plist" "$python" - "$IK_GENERATED/Info.plist" "$IK_APP_ID" "$IK_VERSION" "$IK_UNIT_EXTENSION" "$IK_MIME_TYPE" <<'PY'
import plistlib, sys
path, app_id, version, ext, mime = sys.argv[1:]
p = plistlib.load(open(path, "rb"))
uti = p["UTExportedTypeDeclarations"][0]
errors = [what for what, good in [
    ("bundle id", p["CFBundleIdentifier"] == app_id),
    ("version", p["CFBundleShortVersionString"] == version),
    ("executable", p["CFBundleExecutable"] == "internkontroll"),
    ("UTI conforms to public.database", "public.database" in uti["UTTypeConformsTo"]),
    ("UTI extension", uti["UTTypeTagSpecification"]["public.filename-extension"] == [ext]),
    ("UTI MIME type", uti["UTTypeTagSpecification"]["public.mime-type"] == [mime]),
    ("document type owns the UTI", any(d.get("LSItemContentTypes") == [uti["UTTypeIdentifier"]]
                                      and d["LSHandlerRank"] == "Owner" for d in p["CFBundleDocumentTypes"])),
] if not good]
if errors:
    sys.exit("Info.plist: " + ", ".join(errors))
PY
check "internkontroll.iss" "$python" - "$IK_GENERATED/internkontroll.iss" "$IK_VERSION" "$IK_UNIT_EXTENSION" <<'PY'
import re, sys
path, version, ext = sys.argv[1:]
sections, current, errors = {}, None, []
for number, line in enumerate(open(path, encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith(";") or line.startswith("#"):
        continue                                  # comments and preprocessor lines
    m = re.fullmatch(r"\[(\w+)\]", line)
    if m:
        current = sections.setdefault(m.group(1), [])
        continue
    if current is None:
        errors.append(f"line {number} is outside a section")
    elif "@" in line:
        errors.append(f"line {number} was not configured: {line}")
    else:
        current.append(line)
setup = dict(l.split("=", 1) for l in sections.get("Setup", []))
for key in ("AppId", "AppName", "AppVersion", "DefaultDirName", "ChangesAssociations"):
    if key not in setup:
        errors.append(f"[Setup] has no {key}")
if setup.get("AppVersion") != version:
    errors.append("AppVersion is not the project version")
for section in ("Files", "Icons", "Registry", "Languages"):
    if not sections.get(section):
        errors.append(f"no [{section}] entries")
for entry in sections.get("Files", []) + sections.get("Icons", []) + sections.get("Registry", []):
    fields = [f.strip() for f in entry.split(";")]
    if not all(re.match(r"\w+:", f) for f in fields if f):
        errors.append(f"not Name: value; pairs: {entry}")
registry = "\n".join(sections.get("Registry", []))
if f"Software\\Classes\\.{ext}" not in registry or "shell\\open\\command" not in registry:
    errors.append("the unit file type is not registered")
if errors:
    sys.exit("internkontroll.iss: " + "; ".join(errors))
PY
if [[ "$IK_HAVE_PNGS" == 1 ]]; then
    pngs() { for s in "$@"; do echo "$IK_GENERATED/icons/hicolor/${s}x${s}/apps/$IK_APP_ID.png"; done; }
    # shellcheck disable=SC2046
    "$python" "$IK_SOURCE_DIR/packaging/tools/pack-icons.py" ico "$root/app.ico" $(pngs 16 24 32 48 64 128 256) &&
    "$python" "$IK_SOURCE_DIR/packaging/tools/pack-icons.py" icns "$root/app.icns" $(pngs 16 32 64 128 256 512)
    check "pack-icons.py" test $? -eq 0
    check ".ico and .icns hold their images" "$python" - "$root/app.ico" "$root/app.icns" <<'PY'
import struct, sys
ico = open(sys.argv[1], "rb").read()
reserved, kind, count = struct.unpack("<HHH", ico[:6])
sizes = []
for i in range(count):
    w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
    assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
    sizes.append(w or 256)
assert (reserved, kind) == (0, 1) and sizes == [16, 24, 32, 48, 64, 128, 256], sizes
icns = open(sys.argv[2], "rb").read()
assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
pos, kinds = 8, []
while pos < len(icns):
    kinds.append(icns[pos:pos + 4].decode())
    pos += struct.unpack(">I", icns[pos + 4:pos + 8])[0]
assert pos == len(icns) and {"ic07", "ic08", "ic09", "icp4"} <= set(kinds), kinds
PY
fi
check "Info.plist is valid XML" xmllint --noout "$IK_GENERATED/Info.plist"

echo "$((checks - failures)) passed, $failures failed"
((failures == 0))
