#pragma once

#include <QString>
#include <QVariant>

namespace ik {

struct ColumnDef;
struct TableDef;

// The schema's labels in a language ("nb" or "en"), from the core catalogue (contexts
// "ik::Table", "ik::Field", "ik::Choice"): the one translation of every table, field and choice
// name, which the GUI (in the UI language), the report and the CLI (in the language asked for)
// all print. They do not depend on the translators installed for the user interface, so a report
// in English can be made from a Norwegian session.

QString tableLabel(const TableDef &table, const QString &language);    // plural: "Deviations"
QString singularLabel(const TableDef &table, const QString &language); // one row: "Deviation"
// The label of a column of the table, also of the common `year`; the column's name when the
// table has no such column.
QString fieldLabel(const TableDef &table, const QString &column, const QString &language);
QString fieldLabel(const QString &table, const QString &column, const QString &language);
// A choice's label; the key itself when the set has no such key.
QString choiceLabel(const QString &choiceSet, const QString &key, const QString &language);
// A choice or multi-choice value ("a,b") as people read it: "Chemicals, Noise".
QString choiceText(const ColumnDef &column, const QVariant &value, const QString &language);

} // namespace ik
