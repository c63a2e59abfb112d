#pragma once

#include "core/rollup/facultyoverview.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace ik {

// The faculty overview's table of units: one row a unit file, one column a figure. The window,
// the XLSX and the CSV show these columns; the PDF prints a narrower table of the same figures.
struct FacultyColumn
{
    enum class Kind { Text, Count, Percent, Money, DateTime };
    QString key;    // stable, the CSV's header: "actions_overdue"
    QString header; // for people, in the language asked for
    Kind kind = Kind::Count;
};

// Every column, headed in `language` (nb or en).
QList<FacultyColumn> facultyColumns(const QString &language);

// A cell's value: a QString for text, an int for counts and percentages (-1: no share, the
// total being 0), a double for money (NOK), a QDateTime (UTC) for times; null where the unit's
// file was not read or holds no such year. What sorting and the spreadsheet go by.
QVariant facultyValue(const UnitSummary &unit, const QString &key, const QString &language);
// The same as people read it in a cell: "75 %", "12 500 kr", "2026-03-01 14:05" (local time).
QString facultyText(const UnitSummary &unit, const QString &key, const QString &language);

// Whether `unit` is one the faculty must look at: counted, and not signed off as it stands or
// with risks still red after measures. The PDF's table marks its row.
bool facultyAttention(const UnitSummary &unit);
// Whether the cell of `key` holds what calls for attention: the sign-off not as it stands,
// changes since signing, actions overdue, red risks after measures, injuries with absence, open
// orders. The window tints those cells.
bool facultyCellMarked(const UnitSummary &unit, const QString &key);

// What the unit's row says in the status column (read, refused and why, a copy, no such year).
QString facultyReadState(const UnitSummary &unit, const QString &language);
// The sign-off as the annual report's status line says it: signed off, changed since (N), not signed.
QString facultySignOffText(const UnitSummary &unit, const QString &language);

// The share `part` of `whole` in whole percent, rounded down (so 99.6 % is not shown as done);
// -1 when there is no whole.
int facultyShare(int part, int whole);

} // namespace ik
