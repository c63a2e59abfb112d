#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace ik {

struct TableDef;

// A stored row's JSON as the change log keeps it, made by SQLite itself (json_object), so that
// many rows are logged in one statement (an import undone: making each row's JSON in C++ and
// binding it was a fifth of the time).
struct RowJsonSql
{
    // An insert's entry leaves out the columns every row has (id, created_at …).
    enum Columns { All, WithoutCommon };
    // json_object('case_number', t.case_number, …): the columns, keys in a Record's order.
    QString object;
    // True of a row whose every value SQLite writes as the program's own JSON would (text,
    // whole numbers, NULL), false of one with a decimal where a whole number belongs. A BLOB,
    // which json_object() refuses, fails the statement.
    QString plainValues;
};

// For the table's rows as `alias`; none for a table with decimal numbers, which SQLite writes
// with fewer digits than the program does (0.30000000000000004 as 0.3), or with more columns
// than json_object() takes.
// `only`, if given, says by RowLayout place which columns the JSON holds (a row's given ones).
std::optional<RowJsonSql> rowJsonSql(const TableDef &table, const QString &alias,
                                     RowJsonSql::Columns columns = RowJsonSql::All,
                                     const std::vector<bool> *only = nullptr);

} // namespace ik
