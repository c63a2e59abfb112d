#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ik {

// One sheet of a spreadsheet as an import reads it: the header (the first non-blank row, as
// text) and the rows under it. A cell is what the file held: QString, double, bool, QDate or
// QDateTime (XLSX), always QString (CSV); an empty cell is a null QVariant. Every row has as many
// cells as the header.
struct Sheet
{
    QString name;              // the sheet's name (XLSX), empty for CSV
    QStringList header;
    QList<QVariantList> rows;
    QList<int> lines;          // the spreadsheet row (or CSV line) of each row, header = 1
};

enum class SheetFormat { Csv, Xlsx };

// XLSX files are zip archives and start with the local-file signature "PK\3\4"; anything else is
// taken for CSV.
SheetFormat sniffSheetFormat(const QByteArray &data);

// Reads a CSV (csv::parse: its encodings and separators) or an XLSX file. `sheet` picks a sheet
// of a workbook by name or by number (1 = the first); empty: `preferred` names tried in turn,
// then the first sheet. A CSV has one sheet, and a `sheet` other than empty or 1 is refused.
std::optional<Sheet> readSheet(const QByteArray &data, const QString &sheet,
                               const QStringList &preferred, QString *error);

} // namespace ik
