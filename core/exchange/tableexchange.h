#pragma once

#include "core/common/progress.h"
#include "core/store/unitfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QIODevice;

namespace ik {

enum class ExportFormat { Csv, Json };

// Every row of a table as CSV (header = column names) or a JSON array of objects. Risks carry
// their scores under the file's matrix: the worst category's consequence and key, the value and
// the level, before and after measures (consequence_before, category_before, value_before,
// level_before, and the same with _after).
// CSV is written by csv::Writer: a cell a spreadsheet would run as a formula gets an apostrophe.
QByteArray exportTable(const UnitFile &file, const QString &table, ExportFormat format,
                       QString *error);

// Every table of the schema, in the schema's order, as CSV (exportTable's), by table name: one
// read of an open file where one process per table would check the whole file each time. Empty,
// with `error`, when a table cannot be read.
QList<std::pair<QString, QByteArray>> exportEveryTable(const UnitFile &file, QString *error);
// The same as one JSON object: each table's name, then its rows as exportTable() gives them.
// Empty, with `error`, when a table cannot be read.
QByteArray exportEveryTableAsJson(const UnitFile &file, QString *error);
// The same written to `out` as it is made, in pieces of a few hundred kilobytes: the 25 MB of a
// large file are never held at once. False when a table cannot be read (with `error`) or `out`
// refuses a write (`error` left as it was; out.errorString() says why).
bool writeEveryTableAsJson(const UnitFile &file, QIODevice &out, QString *error);

struct ImportResult
{
    int inserted = 0;
    int skipped = 0; // rows whose natural key (e.g. a deviation's case number) the file has
    RowRefs added;   // the rows made, in order (rows made with them, e.g. a risk's consequences,
                     // are not listed: removing the listed ones takes them along)
};

// Imports CSV rows into a table: every row or none. The header names the table's columns (see
// docs/import.md); the writer's apostrophe before a formula is taken off; references may name a
// row by its id or display name (a person's name).
// Year-scoped rows without a year column take it from their date (deviations: reported_on), else
// from `year`, else the file's latest year. The first bad value fails the import with its line
// and column. `progress` hears of the rows done; when it says stop, nothing is imported.
bool importCsv(UnitFile &file, const QString &table, const QByteArray &csv,
               std::optional<int> year, ImportResult *result, QString *error,
               const Progress &progress = {});
// What an import stopped through its progress says.
QString importCancelledMessage();

// A reference as an import gives it: the id of a row of `table`, or the display name of exactly
// one of its rows (a person's name). Returns the row's id; for a name no row or more than one row
// has, returns an empty string and says so in `problem`.
QString importedReference(const UnitFile &file, const QString &table, const QString &text,
                          QString *problem);

} // namespace ik
