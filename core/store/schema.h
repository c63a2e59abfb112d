#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ik {

// The unit file's tables, described once. The SQL schema, the generic record editor, the CSV/JSON
// import and export, the change log and the schema verification of untrusted files are all
// derived from these descriptions, so a new field is added in one place.

enum class ColumnType {
    Text,      // one line
    LongText,  // paragraphs
    Integer,
    Real,
    Money,     // whole Norwegian kroner
    Date,      // ISO 8601 yyyy-MM-dd
    DateTime,  // ISO 8601 UTC
    Bool,      // 0/1
    Choice,    // one key of a ChoiceSet
    MultiChoice, // comma-separated keys of a ChoiceSet
    Reference, // id (UUID) of a row in another table
    Year,      // the review year a row belongs to
};

struct ColumnDef
{
    QString name;
    ColumnType type = ColumnType::Text;
    const char *label = nullptr;   // English source text; translated in context "ik::Field"
    QString reference;             // Reference: the table pointed to; Choice: the choice set
    bool required = false;
    bool parent = false;           // Reference to the owning row (deleted with it)
    int minimum = 0;               // Integer, Real, Money: accepted range, when maximum > minimum
    int maximum = 0;               // (checked by UnitFile::normalizedValue; not in the SQL)
    int sinceFormat = 1;           // the file format that added it to its table (an upgrade step
                                   // adds it at the end of the table's columns)

    bool isChoice() const { return type == ColumnType::Choice || type == ColumnType::MultiChoice; }
};

// What a status says about the work a row tracks. With TableDef's dueColumn and newRowDefaults
// these are the domain rules, set in one place (schema.cpp: addStatusMeanings, addDomainRules)
// and read by the status, the report, the calendar, the year rollover and the record editors.
enum class Completion {
    Open,    // still to be done: open, can be overdue, carried into the next year
    Done,    // finished: counts as done (a checklist item that does not apply, too)
    Dropped, // given up (a cancelled action): closed, but counted neither as done nor at all
};

struct TableDef
{
    QString name;
    const char *label = nullptr;     // plural, English source text ("ik::Table")
    const char *singular = nullptr;  // one row ("ik::Table")
    QString phase;                   // initiate, map, plan, follow_up, report, or empty
    bool yearScoped = false;         // has a `year` column tied to review_year
    QString displayColumn;           // the column that names a row for people
    QString naturalKey;              // a column that identifies a row from outside (import)
    QString yearFromDate;            // on import without a year, take it from this date column
    QList<ColumnDef> columns;        // user columns, without the common ones
    // Domain rules (addDomainRules in schema.cpp):
    QString dueColumn;               // the date by which a row is due (action: deadline)
    QStringList dueWhile;            // the statuses in which it is due; empty: every open one
    QVariantMap newRowDefaults;      // what a new row starts with besides the first choices

    const ColumnDef *column(const QString &name) const;
    QString parentColumn() const;
    QStringList columnNames() const;

    // The row's completion by its `status` (Open for a table without one, or an unknown status).
    Completion completion(const QVariantMap &row) const;
    bool isClosed(const QVariantMap &row) const { return completion(row) != Completion::Open; }
    // The date by which the row is due: dueColumn's date while its status is one that makes it
    // due (dueWhile, or any open one); invalid when it is not due.
    QDate dueDate(const QVariantMap &row) const;
    bool isOverdue(const QVariantMap &row, const QDate &today) const;
    // The values a new row starts with: newRowDefaults, and the first choice of every required
    // choice column (as UnitFile::insert gives a row that names none).
    QVariantMap newRow() const;
};

struct Choice
{
    QString key;
    const char *label; // English source text, translated in context "ik::Choice"
    Completion completion = Completion::Open; // in a set of statuses: what the status means
};

struct ChoiceSet
{
    QString name;
    QList<Choice> choices;
    const Choice *find(const QString &key) const;
    // A key the set lacks is Open: a row with a status nobody knows is not taken for finished.
    Completion completion(const QString &key) const;
    bool isClosed(const QString &key) const { return completion(key) != Completion::Open; }
    // The keys with that completion, in the set's order.
    QStringList keys(Completion completion) const;
};

namespace schema {

// The file format this program writes (PRAGMA user_version). Each released format's schema is
// frozen in core/store/formats/format-N.sql; a change to the tables is a new format with an
// upgrade step (schemaupgrade.h, docs/fileformat.md).
inline constexpr int kVersion = 3;
// PRAGMA application_id: "IKHM" in ASCII, so `file` and shared-mime-info can tell our files apart.
inline constexpr quint32 kApplicationId = 0x494B484D;

// Columns every user table has; they are not part of TableDef::columns.
inline const QStringList &commonColumns()
{
    static const QStringList names{QStringLiteral("id"), QStringLiteral("created_at"),
                                   QStringLiteral("created_by"), QStringLiteral("modified_at"),
                                   QStringLiteral("modified_by")};
    return names;
}

// Whether `name` is one of commonColumns(), asked per value written (the change log leaves them
// out): most names are told apart by their first letters, without comparing them with all five.
inline bool isCommonColumn(QStringView name)
{
    if (name != u"id" && !name.startsWith(u"created_") && !name.startsWith(u"modified_"))
        return false;
    return commonColumns().contains(name);
}

const QList<TableDef> &tables();
const TableDef *table(const QString &name);
const QList<ChoiceSet> &choiceSets();
const ChoiceSet *choiceSet(const QString &name);

// Whether locking a review year protects the table's rows: rows of a year (their own `year`, or
// their parent's, as a risk's is its assessment's), except sign-offs, since signing a closed year
// is what closing it is for.
bool yearLockApplies(const TableDef &table);

// A text column that holds the id of a record in a table which another column of the row names:
// an action's source_id, in the table its `source` names ("risk" → risk, "inspection" →
// inspection_finding, as Create Action and Make an Action set them). That table for `row`; empty
// for any other column, and for a source without records ("other").
QString linkedTable(const QString &table, const QString &column, const QVariantMap &row);
// All such links of a column: the column naming the table (`selector`, e.g. "source") and each
// of its values' table. Empty for a column that holds no such link.
struct LinkColumn
{
    QString selector;
    QMap<QString, QString> tables; // selector value → table
};
LinkColumn linkColumn(const QString &table, const QString &column);

// CREATE statements for a new file, in dependency order (tables, then indexes): the schema of
// format kVersion, equal to its frozen file (a test holds them equal).
QStringList createStatements();

// The priority of an action made from a finding or deviation of this severity (a priority key).
QString priorityForSeverity(const QString &severity);
// Keys as an SQL list, "('done','cancelled')", for queries that count by the rules; "()" for
// none, which SQLite reads as a list that matches nothing (x IN () is 0, not NULL). Only for the
// schema's keys, which are plain identifiers.
QString sqlList(const QStringList &keys);

QString phaseLabel(const QString &phase); // English source text of the phase
const QStringList &phases();              // initiate, map, plan, follow_up, report

} // namespace schema
} // namespace ik
