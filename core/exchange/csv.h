#pragma once

#include "core/common/bytewriter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace ik::csv {

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the line on which each row starts (header is line 1)
};

// Parses RFC 4180 CSV as spreadsheets and deviation systems write it: UTF-8, UTF-16 or
// Windows-1252, as text::decode tells them apart (it refuses other encodings), comma or
// semicolon separated (decided by the header line), quoted fields with doubled quotes and line
// breaks. A row with another number of fields than the header is an error.
std::optional<Table> parse(const QByteArray &data, QString *error);

// The one CSV writer: every CSV the program writes (table export, tertial figures) is made here.
// RFC 4180: UTF-8, comma-separated, every line ended by CRLF; a field that holds a comma, a
// quote, a line break or a semicolon is quoted with its quotes doubled (the semicolon for
// spreadsheets that split on it). A cell a spreadsheet would run as a formula (see
// looksLikeFormula) gets an apostrophe in front: shown as text, never run. The import takes that
// apostrophe off again (unescapedCell).
class Writer
{
public:
    Writer() = default;
    // Another separator (Excel in Norwegian and most European settings splits on ';'), and a
    // UTF-8 byte-order mark first, without which Excel takes UTF-8 for Windows-1252.
    Writer(char separator, bool byteOrderMark)
        : m_data(byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()), m_separator(separator) {}
    void row(const QStringList &cells);
    // A row cell by cell, each as UTF-8 (text as SQLite holds it), escaped and quoted as row()
    // does it; endRow() ends the line.
    void cell(QByteArrayView utf8);
    void endRow();
    void blankLine() { m_out.append("\r\n"); }
    const QByteArray &data() const
    {
        m_out.finish(); // what was written so far; writing may go on afterwards
        return m_data;
    }
    // The bytes written, taken out of the writer without a copy.
    QByteArray take()
    {
        m_out.finish();
        return std::move(m_data);
    }

private:
    QByteArray m_data;
    mutable ByteWriter m_out{m_data}; // appends to m_data
    char m_separator = ',';
    bool m_rowStarted = false;
};

// Whether a spreadsheet would take a cell for a formula: it starts with =, +, -, @, a tab or a
// carriage return (OWASP's list), and is not simply a number ("-5", "+1.5").
bool looksLikeFormula(const QString &text);
// A cell as the writer puts it: escaped (an apostrophe before a formula) and quoted where needed.
QString writtenCell(const QString &text);
// A cell read back: the writer's apostrophe before a formula removed.
QString unescapedCell(const QString &text);

} // namespace ik::csv
