#pragma once

#include <QString>

namespace ik::ui {

class MainWindow;

// Screenshots of sign-off, change log, comments, merge and new year on a copy of the demo unit at
// `demoPath`, shown in `window`: DIR/signoff-*, changelog-*, merge-*, newyear-*-<lang>.png.
bool writeSharingScreenshots(MainWindow &window, const QString &demoPath, const QString &directory,
                             const QString &language);

} // namespace ik::ui
