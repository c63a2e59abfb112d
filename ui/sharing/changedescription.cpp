#include "ui/sharing/changedescription.h"

#include "ui/records/dateformat.h"
#include "ui/pages/phasenames.h"
#include "ui/records/fieldlabels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ik::ui {

namespace {

class ChangeTexts
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::ChangeText)
};

QString valueText(const TableDef *def, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return ChangeTexts::tr("(empty)");
    const ColumnDef *c = def ? def->column(column) : nullptr;
    if (c && c->isChoice())
        return choiceText(*c, value);
    if (c && c->type == ColumnType::Bool)
        return value == QLatin1String("1") || value == QLatin1String("true") ? ChangeTexts::tr("yes")
                                                                             : ChangeTexts::tr("no");
    QString shown = value.simplified();
    if (shown.size() > 80)
        shown = shown.left(79) + QChar(0x2026);
    return ChangeTexts::tr("“%1”").arg(shown);
}

// The name of a row that is gone: from the JSON the log kept of it.
QString nameFromJson(const TableDef *def, const QString &json)
{
    if (!def)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return o.value(def->displayColumn).toVariant().toString();
}

} // namespace

ChangeText describeChange(const UnitFile &file, const ChangeEntry &e)
{
    ChangeText t;
    t.when = displayDateTime(e.at);
    t.who = e.user;
    const TableDef *def = schema::table(e.table);
    QString name = file.displayName(e.table, e.recordId, uiLanguage());
    if (name.isEmpty())
        name = nameFromJson(def, e.operation == QLatin1String("delete") ? e.oldValue : e.newValue);
    if (def && def->column(def->displayColumn) && def->column(def->displayColumn)->isChoice())
        name = choiceText(*def->column(def->displayColumn), name);
    const QString kind = def ? singularLabel(*def) : e.table;
    t.record = name.isEmpty() ? kind : ChangeTexts::tr("%1 “%2”").arg(kind, name.simplified().left(60));
    if (e.operation == QLatin1String("insert"))
        t.what = ChangeTexts::tr("added");
    else if (e.operation == QLatin1String("delete"))
        t.what = ChangeTexts::tr("deleted");
    else
        t.what = ChangeTexts::tr("%1: %2 → %3")
                     .arg(def ? fieldLabel(*def, e.column) : e.column, valueText(def, e.column, e.oldValue),
                          valueText(def, e.column, e.newValue));
    return t;
}

QString changeLine(const UnitFile &file, const ChangeEntry &entry)
{
    const ChangeText t = describeChange(file, entry);
    return QStringLiteral("%1 – %2 – %3 – %4").arg(t.when, t.who, t.record, t.what);
}

} // namespace ik::ui
