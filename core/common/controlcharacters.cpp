#include "core/common/controlcharacters.h"

namespace ik {

bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isHiddenControl(char32_t c)
{
    return (c < 0x20 && c != U'\t' && c != U'\n') || (c >= 0x7F && c <= 0x9F) || isDirectionControl(c);
}

std::optional<char32_t> firstHiddenControl(const QString &text)
{
    for (const QChar c : text) // all of them are in the BMP, none a surrogate
        if (isHiddenControl(c.unicode()))
            return c.unicode();
    return std::nullopt;
}

QString withLineFeeds(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

QString visibleText(const QString &text)
{
    const QString lines = withLineFeeds(text);
    if (!firstHiddenControl(lines))
        return lines;
    QString out;
    out.reserve(lines.size() + 16);
    for (const QChar c : lines) {
        if (isHiddenControl(c.unicode()))
            out += QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    return out;
}

} // namespace ik
