#pragma once

#include "core/store/schema.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ik {

class UnitFile;

// Registers exported for people to work on in a spreadsheet (Excel, LibreOffice), and to import
// again: every user field of the table, headed by its label in `language` (or its key, with
// `keys`), people and linked records by name, choices by label, dates as dates, numbers as
// numbers; and last the record's id under the header "id", which an import of the sheet uses to
// update the rows it came from (sheetimport.h). Audit columns (created, modified) stay out.
struct SheetExportOptions
{
    QString language = QStringLiteral("nb");
    bool keys = false;          // headers are the fields' keys, not their labels
    char separator = ';';       // CSV: what Excel on a Norwegian (or any European) system splits on
    std::optional<int> year;    // only the rows of this review year (tables without years: all)
};

// The header of the column that carries the record's id, in every language.
inline QString idHeader() { return QStringLiteral("id"); }

// A table's rows as a sheet shows them. Cells are QString, double, bool or QDate (null: empty);
// the last column is the id.
struct PeopleTable
{
    QString table;
    QString title;              // the table's label in the language
    QStringList header;
    QList<ColumnType> types;    // per column; the id column is Text
    QList<QVariantList> rows;
    bool idColumn = true;       // the last column is the id (a sheet of figures has none)
};

std::optional<PeopleTable> peopleTable(const UnitFile &file, const QString &table,
                                       const SheetExportOptions &options, QString *error);

// The tables a year's workbook holds, one sheet each, in the schema's order: all but the review
// years and the risk matrix (which is settings, not a register).
QStringList workbookTables();

// CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252),
// `options.separator` between fields, CRLF, dates in the language's short form (dd.MM.yyyy for
// bokmål, yyyy-MM-dd for English), yes/no in the language, and formula-like text escaped
// (csv::Writer).
QByteArray exportPeopleCsv(const UnitFile &file, const QString &table,
                           const SheetExportOptions &options, QString *error);

// An XLSX workbook with a sheet per table (libxlsxwriter): bold header row, frozen, with an
// autofilter; dates as date cells, numbers as numbers, yes/no as booleans, long text wrapped;
// the id column greyed. Text is always written as a string cell, so text that looks like a
// formula ("=SUM(A1)", "@x") is shown, never run.
QByteArray exportXlsx(const UnitFile &file, const QStringList &tables,
                      const SheetExportOptions &options, QString *error);

// The workbook itself, for sheets made elsewhere (the faculty overview's figures): one sheet per
// table, formatted as above, dates in `language`'s form.
QByteArray xlsxWorkbook(const QList<PeopleTable> &sheets, const QString &language, QString *error);

} // namespace ik
