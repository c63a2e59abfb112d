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

namespace {
QString codePointName(char32_t c)
{
    return QStringLiteral("<U+%1>").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}
} // namespace

QString visibleText(const QString &text)
{
    const QString lines = withLineFeeds(text);
    if (!firstHiddenControl(lines))
        return lines;
    QString out;
    out.reserve(lines.size() + 16);
    for (const QChar c : lines) {
        if (isHiddenControl(c.unicode()))
            out += codePointName(c.unicode());
        else
            out += c;
    }
    return out;
}

QString xmlSafeText(const QString &text)
{
    QString out = visibleText(text);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const bool paired = c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate();
        if (paired) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            const QString name = codePointName(c.unicode());
            out.replace(i, 1, name);
            i += name.size() - 1;
        }
    }
    return out;
}

} // namespace ik
