#pragma once

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

// Parses RFC 4180 CSV as spreadsheets and deviation systems write it: UTF-8 (a BOM is dropped),
// comma or semicolon separated (decided by the header line), quoted fields with doubled quotes
// and line breaks. A row with another number of fields than the header is an error.
std::optional<Table> parse(const QByteArray &data, QString *error);

// One CSV line (no line break), quoting fields where needed.
QString line(const QStringList &fields);

} // namespace ik::csv
