#pragma once

#include "core/common/progress.h"
#include "core/exchange/sheet.h"
#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ik {

struct TableDef;

// Importing a sheet (XLSX or CSV, sheet.h) into a table, in two steps: planImport() reads the
// sheet against the file and says what it would do, without writing; applyImportPlan() writes
// that plan in one transaction. The GUI shows the plan and asks; the CLI prints it (--dry-run
// stops there).
//
// Columns are matched to fields by a mapping: given ones first ("Unwanted event=event"), then
// by the field's key, its English or bokmål label, or a common Norwegian synonym
// (resources/exchange/header-synonyms.json); the column "id" carries the record's id (sheetexport.h). Columns that
// match no field, and the audit columns (created_at, …), are left out and named in the plan.

// A mapping given as text: "Unwanted event=event, Due=deadline", each a header and a field's
// key or label, or "-" to leave the column out. Headers are compared ignoring case and spaces.
std::optional<QMap<QString, QString>> parseMapping(const QString &text, QString *error);

// A sheet's headers matched to the table's fields: per column, a field's key, "id", or empty
// (left out). `given` (parseMapping) wins over guesses; a given header the sheet lacks, a field
// the table lacks, or two columns given the same field is an error.
std::optional<QStringList> guessMapping(const TableDef &table, const QStringList &header,
                                        const QMap<QString, QString> &given, QString *error);

// A field a sheet's column can go into besides the table's own: a risk's consequences, which
// live in risk_consequence. Per category of the file's matrix `<category>_before` and
// `<category>_after` ("Helse før", "Konsekvens Helse", "health_before"); and for a register
// with one consequence column and a category column, `consequence_before`,
// `consequence_after` and `category`.
struct SheetField
{
    QString key;
    QString label;        // in the user interface's language
    QStringList names;    // headers that mean it, compared as guessMapping compares them
};
QList<SheetField> extraSheetFields(const UnitFile &file, const QString &table);

// guessMapping with the file's extra fields (extraSheetFields) as well.
std::optional<QStringList> guessMapping(const UnitFile &file, const TableDef &table,
                                        const QStringList &header,
                                        const QMap<QString, QString> &given, QString *error);

// A risk's consequence in one category (risk_consequence), written with the risk.
struct PlannedConsequence
{
    QString id;         // the consequence row it updates; empty: a new one
    QString category;
    Record values;      // consequence_before / consequence_after: all (new) or the changed ones
};

// A record in the file the row changes.
struct PlannedRow
{
    int line = 0;       // spreadsheet row / CSV line
    QString id;         // the record's id
    Record values;      // the changed fields only (may be none when only consequences change)
    QList<PlannedConsequence> consequences;
};

// A new record: the fields the row fills, each checked as the file checks it.
struct PlannedInsert
{
    int line = 0;
    CheckedRow values;
    QList<PlannedConsequence> consequences;
};

struct ImportPlan
{
    QString table;
    QStringList mapping;             // per sheet column: the field, "id" or empty
    QStringList ignoredColumns;      // headers of the columns left out
    QList<PlannedInsert> inserts;
    QList<PlannedRow> updates;
    int unchanged = 0;               // rows matched by id whose fields all hold what the file has
    int alreadyPresent = 0;          // new rows whose natural key (a case number) the file has
    QStringList refused;             // "line 4: …", one per row that cannot be imported
    QList<SheetField> extraFields;   // extraSheetFields, for the summary's labels

    // The fields the updates change, in the table's order.
    QStringList changedFields() const;
    bool writesNothing() const { return inserts.isEmpty() && updates.isEmpty(); }
};

// What importing `sheet` into `table` would do: rows whose id column names a record of the table
// update the fields that differ (an emptied cell empties the field); other rows are new (ids of
// another file's records are not taken over); rows are never deleted. Cells are read as the
// export writes them: names for references (a person's name, a record's title), choices by key
// or label in either language, dates as date cells or dd.mm.yyyy / yyyy-mm-dd, numbers with a
// decimal comma or point, yes/no, ja/nei, 1/0; the CSV writer's apostrophe before a formula is
// taken off. A row with a bad value is refused with its line and column, and the others go on.
// Fails (nullopt) only for what makes the whole sheet unusable: no such table, one that cannot be
// imported, a required field no column maps to.
std::optional<ImportPlan> planImport(const UnitFile &file, const QString &table, const Sheet &sheet,
                                     const QStringList &mapping, std::optional<int> year,
                                     QString *error);

// "3 new, 2 changed (Deadline, Status), 10 unchanged, 1 refused", in the user interface's
// language, and a line each for the rows already present and the columns left out.
QString planSummary(const ImportPlan &plan);

// Writes the plan's inserts and updates in one transaction, through UnitFile::insert and update
// (so the change log records every changed field): all or nothing. `result` gets the rows added.
// `progress` hears of the rows done; when it says stop, nothing is written.
bool applyImportPlan(UnitFile &file, const ImportPlan &plan, ImportResult *result, QString *error,
                     const Progress &progress = {});

} // namespace ik
