#include "core/store/labels.h"

#include "core/common/translations.h"
#include "core/store/schema.h"

#include <QStringList>

namespace ik {

QString tableLabel(const TableDef &table, const QString &language)
{
    return translateFor(language, "ik::Table", table.label);
}

QString singularLabel(const TableDef &table, const QString &language)
{
    return translateFor(language, "ik::Table", table.singular);
}

QString fieldLabel(const TableDef &table, const QString &column, const QString &language)
{
    if (const ColumnDef *c = table.column(column))
        return translateFor(language, "ik::Field", c->label);
    // `year` is one of the common columns, which TableDef::columns leaves out.
    if (column == QLatin1String("year"))
        return translateFor(language, "ik::Field", QT_TRANSLATE_NOOP("ik::Field", "Year"));
    return column;
}

QString fieldLabel(const QString &table, const QString &column, const QString &language)
{
    const TableDef *def = schema::table(table);
    return def ? fieldLabel(*def, column, language) : column;
}

QString choiceLabel(const QString &choiceSet, const QString &key, const QString &language)
{
    const ChoiceSet *set = schema::choiceSet(choiceSet);
    const Choice *choice = set ? set->find(key) : nullptr;
    return choice ? translateFor(language, "ik::Choice", choice->label) : key;
}

QString choiceText(const ColumnDef &column, const QVariant &value, const QString &language)
{
    if (value.isNull())
        return {};
    if (column.type == ColumnType::Choice)
        return choiceLabel(column.reference, value.toString(), language);
    QStringList labels;
    const QStringList keys = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys)
        labels << choiceLabel(column.reference, key.trimmed(), language);
    return labels.join(QStringLiteral(", "));
}

} // namespace ik
