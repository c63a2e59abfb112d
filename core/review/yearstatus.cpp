#include "core/review/yearstatus.h"

#include "core/common/translations.h"
#include "core/risk/riskmatrix.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ik {

namespace {

// A status column counted by the rules of its choice set, for the queries that count in SQL.
QString statusIn(const QString &choiceSet, Completion completion)
{
    return QStringLiteral("status IN %1").arg(schema::sqlList(schema::choiceSet(choiceSet)->keys(completion)));
}

} // namespace

QList<DatedRow> datedRows(const UnitFile &file, int year)
{
    QList<DatedRow> out;
    const auto add = [&out](const TableDef &table, const QList<Record> &rows) {
        for (const Record &row : rows) {
            const QDate date = QDate::fromString(row.value(table.dueColumn).toString(), Qt::ISODate);
            if (date.isValid())
                out.append({&table, row, date, table.dueDate(row).isValid()});
        }
    };
    for (const TableDef &table : schema::tables()) {
        if (table.dueColumn.isEmpty())
            continue;
        // Only rows with a date, read once per table (a large file's risks: thousands, a few
        // with a date to review their acceptance).
        RecordFilter filter;
        filter.present = {table.dueColumn};
        if (table.yearScoped) {
            filter.year = year;
        } else {
            // A child of a year's row (a risk of a risk assessment) belongs to that year.
            const QString parentColumn = table.parentColumn();
            const TableDef *parent = parentColumn.isEmpty() ? nullptr : schema::table(table.column(parentColumn)->reference);
            if (!parent || !parent->yearScoped)
                continue;
            filter.parentYear = year;
        }
        add(table, file.records(table.name, filter));
    }
    return out;
}

QString dueTitle(const DatedRow &d, const QString &language)
{
    const Record &row = d.row;
    if (d.table->name == QLatin1String("checklist_item")) {
        QString title = row.value(language == QLatin1String("nb") ? QStringLiteral("title_nb") : QStringLiteral("title_en")).toString();
        if (row.value(QStringLiteral("recurrence")).toString() == QLatin1String("tertial"))
            title += QStringLiteral(" (T%1)").arg(row.value(QStringLiteral("occurrence")).toInt());
        return title;
    }
    if (d.table->name == QLatin1String("risk"))
        return translateFor(language, "ik::YearStatus", QT_TRANSLATE_NOOP("ik::YearStatus", "Review acceptance: %1"))
            .arg(row.value(QStringLiteral("event")).toString());
    return row.value(d.table->displayColumn).toString();
}

QList<PhaseProgress> phaseProgress(const UnitFile &file, int year)
{
    QList<PhaseProgress> phases;
    for (const QString &phase : schema::phases())
        phases.append({phase, 0, 0});
    QSqlQuery q(file.database());
    // A dropped item counts neither as done nor in the total (item_status has none today).
    q.prepare(QStringLiteral("SELECT phase, count(*) - sum(%1), sum(%2) FROM checklist_item WHERE year = ? GROUP BY phase")
                  .arg(statusIn(QStringLiteral("item_status"), Completion::Dropped),
                       statusIn(QStringLiteral("item_status"), Completion::Done)));
    q.addBindValue(year);
    q.exec();
    while (q.next())
        for (PhaseProgress &p : phases)
            if (p.phase == q.value(0).toString()) {
                p.total = q.value(1).toInt();
                p.done = q.value(2).toInt();
            }
    return phases;
}

ActionFigures actionFigures(const QList<Record> &actions, const QDate &today)
{
    const TableDef &def = *schema::table(QStringLiteral("action"));
    ActionFigures f;
    for (const Record &a : actions) {
        const Completion c = def.completion(a);
        if (c == Completion::Dropped)
            continue;
        const double cost = a.value(QStringLiteral("cost_nok")).toDouble();
        ++f.counted;
        f.overdue += def.isOverdue(a, today);
        f.cost += cost;
        if (c == Completion::Done) {
            ++f.done;
            f.costDone += cost;
        }
    }
    return f;
}

YearStatus dueStatus(const UnitFile &file, int year, const QDate &today, const QString &language)
{
    YearStatus s;
    s.year = year;
    for (const DatedRow &d : datedRows(file, year)) {
        if (!d.due)
            continue;
        DueItem item{d.table->name, d.row.value(QStringLiteral("id")).toString(), dueTitle(d, language), d.date,
                     d.date < today};
        if (item.overdue)
            s.overdue << item;
        else if (item.due <= today.addDays(30))
            s.upcoming << item;
    }
    const auto byDate = [](const DueItem &a, const DueItem &b) { return a.due < b.due; };
    std::stable_sort(s.overdue.begin(), s.overdue.end(), byDate);
    std::stable_sort(s.upcoming.begin(), s.upcoming.end(), byDate);
    return s;
}

YearStatus yearStatus(const UnitFile &file, int year, const QDate &today, const QString &language)
{
    YearStatus s = dueStatus(file, year, today, language);
    s.phases = phaseProgress(file, year);
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM deviation WHERE year <= ? AND %1")
                  .arg(statusIn(QStringLiteral("deviation_status"), Completion::Open)));
    q.addBindValue(year);
    if (q.exec() && q.next())
        s.openDeviations = q.value(0).toInt();
    const ActionFigures actions = actionFigures(file.records(QStringLiteral("action"), RecordFilter::ofYear(year)), today);
    s.actions = actions.counted;
    s.actionsDone = actions.done;
    s.overdueActions = actions.overdue;
    s.actionCost = actions.cost;
    s.actionCostDone = actions.costDone;
    q.prepare(QStringLiteral("SELECT count(DISTINCT s.id), count(o.id) FROM supervision s "
                             "LEFT JOIN supervision_order o ON o.supervision_id = s.id AND o.%1 WHERE s.year = ?")
                  .arg(statusIn(QStringLiteral("deviation_status"), Completion::Open)));
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        s.supervisions = q.value(0).toInt();
        s.openOrders = q.value(1).toInt();
    }
    for (const RiskEvaluation &e : evaluateRisks(file, year)) {
        ++s.risks;
        const RiskScore &residual = e.residual();
        if (residual.level && *residual.level != RiskMatrix::Level::Acceptable)
            ++s.risksAboveAcceptable;
    }
    return s;
}

QJsonObject toJson(const YearStatus &s)
{
    QJsonArray phases;
    for (const PhaseProgress &p : s.phases)
        phases.append(QJsonObject{{QStringLiteral("phase"), p.phase},
                                  {QStringLiteral("done"), p.done},
                                  {QStringLiteral("total"), p.total}});
    const auto items = [](const QList<DueItem> &list) {
        QJsonArray out;
        for (const DueItem &d : list)
            out.append(QJsonObject{{QStringLiteral("table"), d.table},
                                   {QStringLiteral("id"), d.id},
                                   {QStringLiteral("title"), d.title},
                                   {QStringLiteral("due"), d.due.toString(Qt::ISODate)}});
        return out;
    };
    return QJsonObject{{QStringLiteral("year"), s.year},
                       {QStringLiteral("phases"), phases},
                       {QStringLiteral("open_deviations"), s.openDeviations},
                       {QStringLiteral("actions"), s.actions},
                       {QStringLiteral("actions_done"), s.actionsDone},
                       {QStringLiteral("overdue_actions"), s.overdueActions},
                       {QStringLiteral("action_cost"), s.actionCost},
                       {QStringLiteral("action_cost_done"), s.actionCostDone},
                       {QStringLiteral("risks"), s.risks},
                       {QStringLiteral("risks_above_acceptable"), s.risksAboveAcceptable},
                       {QStringLiteral("supervisions"), s.supervisions},
                       {QStringLiteral("open_orders"), s.openOrders},
                       {QStringLiteral("overdue"), items(s.overdue)},
                       {QStringLiteral("upcoming"), items(s.upcoming)}};
}

} // namespace ik
