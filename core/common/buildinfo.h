#pragma once

#include <QString>

// What this build is and what it runs on: the program's version (CMake's project version), the
// Qt it was built with and the one it runs on, the SQLite library, and the licence. The CLI's
// --version and the GUI's About dialog both show it, so they never disagree.
namespace ik::buildInfo {

QString programName();      // "Internkontroll"
QString version();          // the project version, e.g. "0.1.0"
QString qtBuildVersion();   // the Qt the program was compiled against
QString qtRuntimeVersion(); // the Qt loaded at run time
QString sqliteVersion();    // the SQLite library linked in
QString licence();          // SPDX identifier: "GPL-3.0-or-later"
QString licenceText();      // one sentence naming the licence and the absence of warranty

// Several lines, one fact each, in the current UI language, the first naming the program
// (default: programName()) and its version, e.g.
//   Internkontroll 0.1.0
//   Qt 6.4.2                       ("Qt 6.5.3 (built with 6.4.2)" when they differ)
//   SQLite 3.40.1
//   Licence: GPL-3.0-or-later
QString versionText(const QString &program = programName());

} // namespace ik::buildInfo
