# Builds the Windows installer: configure and build (Release), install into a staging folder,
# add Qt's DLLs and plugins with windeployqt, pack the icons, and compile the Inno Setup script.
#
# Needs: Qt 6 for MSVC (its bin folder on PATH, or -QtDir), CMake, Ninja, Visual Studio's
# developer shell (cl.exe), SQLite 3, libxlsxwriter, libzip and qpdf (e.g. vcpkg: -CMakeArgs "-DCMAKE_TOOLCHAIN_FILE=..."),
# rsvg-convert (MSYS2: mingw-w64-x86_64-librsvg) and Python 3 for the icons, and Inno Setup 6.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\make-installer.ps1 [-QtDir C:\Qt\6.5.3\msvc2019_64]
#
# Result: build-win\packaging\internkontroll-VERSION-setup.exe
param(
    [string]$QtDir = "",
    [string]$BuildDir = "build-win",
    [string]$CMakeArgs = "",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
$Source = Resolve-Path (Join-Path $PSScriptRoot "..\..")
if ($QtDir) { $env:PATH = "$QtDir\bin;$env:PATH" }

function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

$cmakePrefix = @()
if ($QtDir) { $cmakePrefix = @("-DCMAKE_PREFIX_PATH=$QtDir") }
$extra = @()
if ($CMakeArgs) { $extra = $CMakeArgs -split ' ' }
Run cmake (@("-S", $Source, "-B", $BuildDir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
             "-DIK_BUILD_TESTS=OFF") + $cmakePrefix + $extra)
Run cmake @("--build", $BuildDir)

$Stage = Join-Path $BuildDir "stage"
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
Run cmake @("--install", $BuildDir, "--prefix", $Stage)

# Qt's libraries and plugins beside the programs (platforms\, sqldrivers\, ...). The SQLite
# driver is a plugin nothing links to: check that it came along.
$deploy = @("--release", "--no-translations", "--no-system-d3d-compiler", "--no-opengl-sw")
Run windeployqt ($deploy + @("$Stage\internkontroll.exe"))
Run windeployqt ($deploy + @("$Stage\internkontroll-cli.exe"))
if (-not (Test-Path "$Stage\sqldrivers\qsqlite.dll")) {
    throw "windeployqt did not deploy the Qt SQLite driver (sqldrivers\qsqlite.dll)"
}

# The libraries besides Qt come from `cmake --install` (packaging/CMakeLists.txt copies the DLLs
# the programs link from the prefixes' bin folders): check that each is there.
foreach ($lib in @("sqlite3", "xlsxwriter", "zip", "qpdf")) {
    if (-not (Get-ChildItem -Path $Stage -Filter "*$lib*.dll" -ErrorAction SilentlyContinue)) {
        throw "the $lib DLL is not beside the programs in $Stage: is its bin folder in CMAKE_PREFIX_PATH (vcpkg: the toolchain file)?"
    }
}

# The icons, from the PNGs the build drew (packaging/CMakeLists.txt).
$icons = Join-Path $BuildDir "packaging\icons\hicolor"
$pack = Join-Path $Source "packaging\tools\pack-icons.py"
foreach ($pair in @(@("apps\io.github.internkontroll.Internkontroll", "internkontroll.ico"),
                    @("mimetypes\application-x-internkontroll-unit", "internkontroll-unit.ico"))) {
    $pngs = @(16, 24, 32, 48, 64, 128, 256) | ForEach-Object { "$icons\${_}x${_}\$($pair[0]).png" }
    Run python (@($pack, "ico", "$Stage\$($pair[1])") + $pngs)
}

Run $Iscc @("/Q", "/DStageDir=$((Resolve-Path $Stage).Path)", "/O$BuildDir\packaging",
            "$BuildDir\packaging\internkontroll.iss")
Write-Host "Installer: $BuildDir\packaging\internkontroll-*-setup.exe"
