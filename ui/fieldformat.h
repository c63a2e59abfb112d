#pragma once

#include <QString>
#include <QVariant>

namespace ik {
struct ColumnDef;
struct TableDef;
} // namespace ik

namespace ik::ui {

// Schema labels in the user's language (core contexts "ik::Table", "ik::Field", "ik::Choice").
QString tableLabel(const TableDef &table);
QString singularLabel(const TableDef &table);
QString fieldLabel(const TableDef &table, const QString &column);
QString choiceLabel(const QString &choiceSet, const QString &key);
// A label used inside a sentence: "Goal" → "goal", but "HSE role" stays.
QString inSentence(const QString &label);
// A choice or multi-choice value ("a,b") as people read it.
QString choiceText(const ColumnDef &column, const QVariant &value);

} // namespace ik::ui
