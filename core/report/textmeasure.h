#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRawFont>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace ik::report {

// Whether a character is drawn as the glyph the font's character map gives it, with nothing
// moved or joined: Latin, Greek, Cyrillic, punctuation and signs, what the report writes. What
// is not (combining marks, right-to-left and Indic scripts, variation selectors, characters
// outside the BMP) goes through Qt's shaping instead.
bool drawnWithoutShaping(QChar c);

// Widths and line breaks of one of the report's fonts, as Qt's own text layout gives them, but
// for the report's usual text without shaping it again for each width: with kerning off (the
// report's fonts, reportstyle.cpp), a text's width is the sum of its glyphs' advances, which are
// kept per character. Text with a character that is not drawnWithoutShaping(), or that the font
// lacks, is measured by QFontMetricsF.
class TextMeasure
{
public:
    explicit TextMeasure(const QFont &font);

    const QFont &font() const { return m_font; }
    const QFontMetricsF &metrics() const { return m_metrics; }

    // QFontMetricsF::horizontalAdvance(text).
    qreal width(QStringView text) const;

    // Breaks plain text into lines that fit `width`: at line breaks, then at word boundaries, and
    // inside a word only when it is wider than the line (QTextLayout's breaking, which only the
    // lines too long for `width` need). Nothing is dropped.
    QStringList wrap(const QString &text, qreal width) const;

private:
    // The advance of a character drawnWithoutShaping(), or a negative number when it is not, or
    // the font has no glyph for it.
    qreal advance(QChar c) const;

    QFont m_font;
    QFontMetricsF m_metrics;
    QRawFont m_raw;
    mutable std::vector<qreal> m_advances; // by UTF-16 code unit; NaN: not yet looked up
};

} // namespace ik::report
