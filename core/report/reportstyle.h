#pragma once

#include "core/report/reportmodel.h"
#include "core/report/textmeasure.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QSizeF>

#include <array>

namespace ik::report {

// The report's page and type, in its own device-independent unit: 1 unit = 0.1 pt. Fonts are
// sized in pixels of that unit (a 10 pt font is 100 px), so text is measured once, the same for
// the PDF and for any printer or preview, and hinting at these sizes is negligible.
class ReportStyle
{
public:
    static constexpr qreal kUnitsPerPoint = 10;

    ReportStyle();

    QSizeF pageSize() const { return m_page; } // A4 portrait
    QRectF bodyRect() const;                  // between the running header and footer
    qreal margin() const { return m_margin; }

    const QFont &font(TextStyle style) const { return m_fonts[int(style)]; }
    const QFontMetricsF &metrics(TextStyle style) const { return m_metrics[int(style)]; }
    // Widths and line breaks in the style's font, without laying text out again each time.
    const TextMeasure &measure(TextStyle style) const { return m_measures[int(style)]; }
    qreal lineHeight(TextStyle style) const { return m_metrics[int(style)].lineSpacing(); }
    qreal spaceBefore(TextStyle style) const;
    qreal spaceAfter(TextStyle style) const;

    // Table cells
    qreal cellPadding() const { return 22; }
    qreal tableSpaceAfter() const { return 120; }

private:
    QSizeF m_page;
    qreal m_margin;
    std::array<QFont, 9> m_fonts;
    std::array<QFontMetricsF, 9> m_metrics;
    std::array<TextMeasure, 9> m_measures;
};

} // namespace ik::report
