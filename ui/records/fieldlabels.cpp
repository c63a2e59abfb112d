#include "ui/records/fieldlabels.h"

#include "ui/pages/phasenames.h"
#include "core/risk/riskmatrix.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QStringList>

namespace ik::ui {

QString tableLabel(const TableDef &table)
{
    return QCoreApplication::translate("ik::Table", table.label);
}

QString singularLabel(const TableDef &table)
{
    return QCoreApplication::translate("ik::Table", table.singular);
}

QString fieldLabel(const TableDef &table, const QString &column)
{
    if (const ColumnDef *c = table.column(column))
        return QCoreApplication::translate("ik::Field", c->label);
    if (column == QLatin1String("year"))
        return QCoreApplication::translate("ik::Field", "Year");
    return column;
}

QString choiceLabel(const QString &choiceSet, const QString &key)
{
    const ChoiceSet *set = schema::choiceSet(choiceSet);
    const Choice *choice = set ? set->find(key) : nullptr;
    return choice ? QCoreApplication::translate("ik::Choice", choice->label) : key;
}

QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

QString choiceText(const ColumnDef &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (column.type == ColumnType::Choice)
        return choiceLabel(column.reference, value.toString());
    QStringList labels;
    const QStringList keys = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys)
        labels << choiceLabel(column.reference, key.trimmed());
    return labels.join(QStringLiteral(", "));
}

QList<std::pair<QString, QString>> consequenceCategories(const UnitFile &file)
{
    QList<std::pair<QString, QString>> out;
    const bool nb = uiLanguage() == QLatin1String("nb");
    const RiskMatrix matrix = RiskMatrix::load(file);
    for (const RiskMatrix::Category &c : matrix.categories())
        out.append({c.key, nb ? c.nameNb : c.nameEn});
    return out;
}

bool isConsequenceCategory(const QString &table, const QString &column)
{
    return table == QLatin1String("risk_consequence") && column == QLatin1String("category");
}

} // namespace ik::ui
