#pragma once

#include <QString>

namespace ik::ui {

class MainWindow;

// Screenshots at 1366×768 of rows pasted from a spreadsheet into the deviations and of Find in Year, on a
// copy of the demo unit at `demoPath` shown in `window`: DIR/paste-<lang>.png, find-year-<lang>.png.
bool writeClipboardScreenshots(MainWindow &window, const QString &demoPath, const QString &directory,
                               const QString &language);

} // namespace ik::ui
