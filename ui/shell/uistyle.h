#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPalette;

namespace ik::ui {

// The program's own colours, in one table with a light and a dark variant each, the variant chosen
// by the palette's window lightness. Everything else takes the palette's colours; the risk levels'
// colours are core's (RiskMatrix::levelColor), shared with the report.

// Whether the palette is a dark one (its window colour is dark).
bool isDark(const QPalette &palette);

// Text for errors and overdue dates: a red that reads on the palette's base and window.
QColor errorTextColor(const QPalette &palette);
// Shows `label`'s text in errorTextColor (bold unless `bold` is false).
void setErrorStyle(QLabel *label, bool bold = true);

// Black or white, whichever reads better on `background` (text on a risk level's colour).
QColor textOn(const QColor &background);

// The background of a chart drawn in the report's colours, which are chosen for paper.
QColor paperColor();

// A banner above a page: its kind decides its colours.
enum class BannerTone {
    Neutral, // nothing signed yet
    Info,    // the year is locked
    Good,    // signed off, nothing changed since
    Warning, // read-only, or changed since sign-off
};
struct BannerColours
{
    QColor background, border, text;
};
BannerColours bannerColours(BannerTone tone, const QPalette &palette);
// A style sheet that gives the widgets `selector` matches (e.g. "ik--ui--SignOffBanner", or
// "#readOnlyBanner") the banner's background and border, and their labels its text colour.
QString bannerStyleSheet(const QString &selector, BannerTone tone, const QPalette &palette);

} // namespace ik::ui
