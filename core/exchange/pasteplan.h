#pragma once

#include "core/exchange/sheetimport.h"
#include "core/store/unitfile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ik {

// Where rows pasted from a spreadsheet land in a register: from the cell pasted onto, rightwards
// through the columns as the table shows them, downwards through its rows and on into new ones.
struct PasteTarget
{
    QString table;
    QStringList fields;    // per pasted column, the field it fills; empty: one that takes no paste
                           // (a computed score, a read-only column): its cells are left out
    QStringList headers;   // per pasted column, its heading as the table shows it (for messages)
    QStringList rowIds;    // the records the first pasted rows land on; the rows after them are new
    Record newRowValues;   // what a new row holds besides the pasted cells (its year, its parent,
                           // the defaults the Add button gives)
    QString dateFormat;    // the program's own date format, read besides ISO and dd.mm.yyyy
    std::optional<int> year;
};

// The plan for pasting `rows` (tsv::parse) into `target`, read as an import reads a sheet
// (planImport: names of people and records, choice labels in either language, dates, a decimal
// comma), and also dates in `dateFormat` and numbers as the locale writes them ("1 234,5"). Rows
// on records change the fields that differ (an emptied cell empties the field); the others are
// added. All or nothing: on the first bad cell, nullopt and `error` says which line of the
// pasted text, which column and why.
std::optional<ImportPlan> planPaste(const UnitFile &file, const PasteTarget &target,
                                    const QList<QStringList> &rows, QString *error);

} // namespace ik
