#pragma once

#include <QString>
#include <QVariant>

#include <QList>

#include <utility>

namespace ik {
struct ColumnDef;
struct TableDef;
class UnitFile;
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

// The name of a record as people read it, in the user's language: its display column, and a
// choice there (an HSE role, a review criterion) as its label. Empty for a record that is gone.
QString recordName(const UnitFile &file, const QString &table, const QString &id);

// The risk matrix's consequence categories as (key, name in the UI language). A risk consequence's
// `category` holds such a key.
QList<std::pair<QString, QString>> consequenceCategories(const UnitFile &file);
bool isConsequenceCategory(const QString &table, const QString &column);

} // namespace ik::ui
