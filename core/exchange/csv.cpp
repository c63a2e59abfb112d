#include "core/exchange/csv.h"

#include "core/exchange/textencoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace ik::csv {

std::optional<Table> parse(const QByteArray &data, QString *error)
{
    const std::optional<QString> decoded = text::decode(data, error);
    if (!decoded)
        return std::nullopt;
    const QString &text = *decoded;
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    Table table;
    QStringList fields;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    const auto endRow = [&]() -> bool {
        fields << std::exchange(field, QString());
        fieldStarted = false;
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = fields;
            } else if (fields.size() != table.header.size()) {
                *error = QCoreApplication::translate("ik::Csv", "line %1: %2 fields, but the header has %3.")
                             .arg(rowLine)
                             .arg(fields.size())
                             .arg(table.header.size());
                return false;
            } else {
                table.rows << fields;
                table.lines << rowLine;
            }
        }
        fields.clear();
        return true;
    };
    // Text with nothing to look at (no quote, separator or line break) is taken as one run:
    // appended a character at a time, reading a large file was a tenth of importing it.
    const auto runFrom = [&](qsizetype i, bool inQuotes) {
        qsizetype end = i;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (inQuotes ? c == QLatin1Char('"') : (c == separator || c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                break;
            ++end;
        }
        return end;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                const qsizetype end = runFrom(i, true);
                const QStringView run = QStringView(text).sliced(i, end - i);
                line += int(run.count(QLatin1Char('\n')));
                field += run;
                i = end - 1;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            fields << std::exchange(field, QString());
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRow())
                return std::nullopt;
            ++line;
            rowLine = line;
        } else {
            // A quote inside a field that did not start with one is a character like any other.
            const qsizetype end = runFrom(i, false);
            field += QStringView(text).sliced(i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted) {
        *error = QCoreApplication::translate("ik::Csv", "line %1: a quoted field is not closed.").arg(rowLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !fields.isEmpty())
        if (!endRow())
            return std::nullopt;
    if (table.header.isEmpty()) {
        *error = QCoreApplication::translate("ik::Csv", "The file is empty: it has no header line.");
        return std::nullopt;
    }
    for (QString &h : table.header)
        h = h.trimmed();
    return table;
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()))
        return false;
    bool number = false;
    text.toDouble(&number);
    return !number;
}

QString writtenCell(const QString &text)
{
    const QString cell = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    static const QString special = QStringLiteral(",\"\n\r;");
    if (std::none_of(cell.cbegin(), cell.cend(), [](QChar c) { return special.contains(c); }))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString unescapedCell(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && looksLikeFormula(text.mid(1)) ? text.mid(1) : text;
}

void Writer::row(const QStringList &cells)
{
    for (const QString &c : cells)
        cell(c.toUtf8());
    endRow();
}

void Writer::cell(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_out.append(m_separator);
    m_rowStarted = true;
    // As writtenCell(): every character it looks at is ASCII, which in UTF-8 is a byte of its
    // own, so the bytes can be looked at directly.
    bool formula = false;
    if (!utf8.isEmpty()) {
        switch (utf8.front()) {
        case '=': case '+': case '-': case '@': case '\t': case '\r':
            formula = looksLikeFormula(QString::fromUtf8(utf8));
        }
    }
    const bool quoted = std::any_of(utf8.begin(), utf8.end(), [](char c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';';
    });
    if (quoted)
        m_out.append('"');
    if (formula)
        m_out.append('\'');
    if (!quoted || !utf8.contains('"')) {
        m_out.append(utf8);
    } else {
        for (const char c : utf8) {
            if (c == '"')
                m_out.append('"');
            m_out.append(c);
        }
    }
    if (quoted)
        m_out.append('"');
}

void Writer::endRow()
{
    m_out.append("\r\n");
    m_rowStarted = false;
}

} // namespace ik::csv
