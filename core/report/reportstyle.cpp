#include "core/report/reportstyle.h"

#include <QFontDatabase>

namespace ik::report {

namespace {
// The report's own copy of DejaVu Sans (resources/fonts): it covers æøå and the dashes and signs
// the report uses, and with it the report is set alike on every system and its PDF embeds a
// plain TrueType font (pdffont.h); a system's own sans may be a variable font (one file for every
// weight) or have CFF outlines. The system sans only where the copy cannot be loaded.
QString reportFamily()
{
    static const QString family = [] {
        for (const char *face : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"})
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + QLatin1String(face));
        return QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                   ? QStringLiteral("DejaVu Sans")
                   : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont makeFont(qreal points, bool bold, bool italic)
{
    static const QString family = reportFamily();
    QFont f(family);
    f.setPixelSize(qRound(points * ReportStyle::kUnitsPerPoint));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false); // advances then add up exactly, so measured and drawn lines agree
    // No ligatures: Qt's PDF engine maps a ligature glyph to the ligature's code point (U+FB00
    // "ﬀ", U+FB02 "ﬂ"), so "Stoffkartotek" would be found, searched and copied as "Stoﬀkartotek".
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    f.setFeature("liga", 0);
    f.setFeature("clig", 0);
#else
    // Before 6.7 QFont cannot name the feature. Qt leaves out ligatures, and only those, once
    // letter spacing is set at all, even to the normal 100 %, which spaces nothing. The other way,
    // QFont::PreferNoShaping, would also lose mark positioning and right-to-left joining.
    f.setLetterSpacing(QFont::PercentageSpacing, 100);
#endif
    return f;
}
} // namespace

ReportStyle::ReportStyle()
    : m_page(595.276 * kUnitsPerPoint, 841.890 * kUnitsPerPoint),
      m_margin(56.7 * kUnitsPerPoint), // 20 mm
      m_fonts{makeFont(26, true, false),  makeFont(16, true, false), makeFont(14, true, false),
              makeFont(11.5, true, false), makeFont(10, false, false), makeFont(10, false, true),
              makeFont(8.5, false, false), makeFont(7.5, false, false), makeFont(7.5, true, false)},
      m_metrics{QFontMetricsF(m_fonts[0]), QFontMetricsF(m_fonts[1]), QFontMetricsF(m_fonts[2]),
                QFontMetricsF(m_fonts[3]), QFontMetricsF(m_fonts[4]), QFontMetricsF(m_fonts[5]),
                QFontMetricsF(m_fonts[6]), QFontMetricsF(m_fonts[7]), QFontMetricsF(m_fonts[8])},
      m_measures{TextMeasure(m_fonts[0]), TextMeasure(m_fonts[1]), TextMeasure(m_fonts[2]),
                 TextMeasure(m_fonts[3]), TextMeasure(m_fonts[4]), TextMeasure(m_fonts[5]),
                 TextMeasure(m_fonts[6]), TextMeasure(m_fonts[7]), TextMeasure(m_fonts[8])}
{
}

QRectF ReportStyle::bodyRect() const
{
    const qreal header = 20 * kUnitsPerPoint; // running header above the body
    return QRectF(m_margin, m_margin + header, m_page.width() - 2 * m_margin,
                  m_page.height() - 2 * m_margin - header - 10 * kUnitsPerPoint);
}

qreal ReportStyle::spaceBefore(TextStyle style) const
{
    switch (style) {
    case TextStyle::Title: return 60 * kUnitsPerPoint;
    case TextStyle::Heading1: return 16 * kUnitsPerPoint;
    case TextStyle::Heading2: return 11 * kUnitsPerPoint;
    case TextStyle::Subtitle: return 12 * kUnitsPerPoint;
    case TextStyle::Emphasis: return 4 * kUnitsPerPoint;
    default: return 0;
    }
}

qreal ReportStyle::spaceAfter(TextStyle style) const
{
    switch (style) {
    case TextStyle::Title: return 0;
    case TextStyle::Heading1: return 6 * kUnitsPerPoint;
    case TextStyle::Heading2: return 4 * kUnitsPerPoint;
    case TextStyle::Subtitle: return 10 * kUnitsPerPoint;
    default: return 5 * kUnitsPerPoint;
    }
}

} // namespace ik::report
