#pragma once

#include <QString>

namespace ik::ui {

class MainWindow;

// The faculty overview (File → Faculty Overview…) over a folder of six demo units of different
// seeds and names, two signed off (one of them changed since) and one file that is no unit file:
// DIR/rollup-<lang>.png, and the pages of its PDF: DIR/report-faculty-<lang>-<page>.png.
bool writeRollupScreenshots(MainWindow &window, const QString &directory, const QString &language);

} // namespace ik::ui
