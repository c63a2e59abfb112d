#include "ui/records/fieldlabels.h"

#include "ui/pages/phasenames.h"
#include "core/risk/riskmatrix.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QStringList>

namespace ik::ui {

// The UI's labels are the core's (core/store/labels.h) in the UI language: one translation of
// every schema label, shared with the report and the CLI.
QString tableLabel(const TableDef &table)
{
    return ik::tableLabel(table, uiLanguage());
}

QString singularLabel(const TableDef &table)
{
    return ik::singularLabel(table, uiLanguage());
}

QString fieldLabel(const TableDef &table, const QString &column)
{
    return ik::fieldLabel(table, column, uiLanguage());
}

QString choiceLabel(const QString &choiceSet, const QString &key)
{
    return ik::choiceLabel(choiceSet, key, uiLanguage());
}

QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

QString choiceText(const ColumnDef &column, const QVariant &value)
{
    return ik::choiceText(column, value, uiLanguage());
}

QString recordName(const UnitFile &file, const QString &table, const QString &id)
{
    const QString name = file.displayName(table, id, uiLanguage());
    const TableDef *def = schema::table(table);
    const ColumnDef *display = def ? def->column(def->displayColumn) : nullptr;
    return display && display->isChoice() ? choiceText(*display, name) : name;
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
