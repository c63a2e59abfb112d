#include "core/report/textmeasure.h"

#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ik::report {

bool drawnWithoutShaping(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xAD) // controls; the soft hyphen, shown only at a break
        return false;
    if (u < 0x0300)
        return true;
    if (u < 0x0370) // combining diacritical marks
        return false;
    if (u < 0x0590) // Greek, Cyrillic, Armenian
        return true;
    if (u < 0x2000) // Hebrew, Arabic, Indic and the other scripts that join, reorder or stack
        return false;
    if ((u >= 0x200B && u <= 0x200F) || (u >= 0x2028 && u <= 0x202E) || (u >= 0x2060 && u <= 0x206F))
        return false; // zero-width and directional formatting characters
    if (u >= 0x20D0 && u < 0x2100) // combining marks for symbols
        return false;
    if (c.isSurrogate() || (u >= 0xFE00 && u < 0xFE10) || (u >= 0xFE20 && u < 0xFE30) || u == 0xFEFF ||
        u >= 0xFFF0)
        return false;
    return u < 0x2E80; // punctuation, signs, arrows, shapes; not the scripts of East Asia
}

TextMeasure::TextMeasure(const QFont &font) : m_font(font), m_metrics(font), m_raw(QRawFont::fromFont(font))
{
}

qreal TextMeasure::advance(QChar c) const
{
    const char16_t u = c.unicode();
    if (u < m_advances.size() && !std::isnan(m_advances[u]))
        return m_advances[u];
    if (u >= m_advances.size())
        m_advances.resize(size_t(u) + 1, std::numeric_limits<qreal>::quiet_NaN());
    qreal a = -1;
    quint32 glyph = 0;
    int glyphs = 1;
    if (m_raw.isValid() && drawnWithoutShaping(c) && m_raw.glyphIndexesForChars(&c, 1, &glyph, &glyphs) &&
        glyphs == 1 && glyph != 0) {
        const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(QList<quint32>{glyph});
        if (advances.size() == 1)
            a = advances.front().x();
    }
    m_advances[u] = a;
    return a;
}

qreal TextMeasure::width(QStringView text) const
{
    qreal sum = 0;
    for (const QChar c : text) {
        const qreal a = advance(c);
        if (a < 0)
            return m_metrics.horizontalAdvance(text.toString());
        sum += a;
    }
    return sum;
}

QStringList TextMeasure::wrap(const QString &text, qreal width) const
{
    // A line that fits, without a break or a tab in it, the common case (a table cell): one
    // measurement, nothing copied.
    const auto breaksOrTabs = [](QChar c) {
        return c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    };
    if (std::none_of(text.cbegin(), text.cend(), breaksOrTabs) && this->width(text) <= width)
        return {text};
    QStringList out;
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    clean.replace(QLatin1Char('\t'), QStringLiteral("    "));
    clean.replace(QChar::LineSeparator, QLatin1Char('\n'));
    clean.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    for (const QString &paragraph : clean.split(QLatin1Char('\n'))) {
        // Short lines are the common case (table cells): one measurement, no text layout.
        if (this->width(paragraph) <= width) {
            out << paragraph;
            continue;
        }
        // Qt's own line breaking: where Unicode allows a break (UAX #14), after spaces, and with
        // the last glyph's overhang counted, exactly as the text will be drawn.
        QTextLayout layout(paragraph, m_font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.setCacheEnabled(false);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out << paragraph.mid(line.textStart(), line.textLength());
        }
        layout.endLayout();
    }
    return out;
}

} // namespace ik::report
