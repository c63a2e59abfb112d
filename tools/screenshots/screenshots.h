#pragma once

#include <QSize>
#include <QString>

namespace ik::ui {

// Writes a PNG of every page of the program, in bokmål and English, on a fresh demo unit:
// DIR/phase-<page>-<lang>.png (and start-<lang>.png). Returns 0 on success.
int writeScreenshots(const QString &directory, const QSize &size);
// The same program in Fusion on a dark palette: the Overview, the risk matrix and the sign-off
// banner, as DIR/<what>-dark-<lang>.png.
int writeDarkScreenshots(const QString &directory, const QSize &size);

} // namespace ik::ui
