#include "core/review/yearstatus.h"

#include "core/risk/riskmatrix.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace ik {

namespace {

void addDue(YearStatus &s, const QDate &today, DueItem item)
{
    if (!item.due.isValid())
        return;
    item.overdue = item.due < today;
    if (item.overdue)
        s.overdue << item;
    else if (item.due <= today.addDays(30))
        s.upcoming << item;
}

void collectDue(const UnitFile &file, YearStatus &s, const QString &table, const QString &sql,
                const QDate &today)
{
    QSqlQuery q(file.database());
    q.prepare(sql);
    q.addBindValue(s.year);
    q.exec();
    while (q.next())
        addDue(s, today, {table, q.value(0).toString(), q.value(1).toString(),
                          QDate::fromString(q.value(2).toString(), Qt::ISODate), false});
}

} // namespace

QList<PhaseProgress> phaseProgress(const UnitFile &file, int year)
{
    QList<PhaseProgress> phases;
    for (const QString &phase : schema::phases())
        phases.append({phase, 0, 0});
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT phase, count(*), sum(status IN ('done','not_applicable')) "
                             "FROM checklist_item WHERE year = ? GROUP BY phase"));
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

YearStatus dueStatus(const UnitFile &file, int year, const QDate &today)
{
    YearStatus s;
    s.year = year;
    collectDue(file, s, QStringLiteral("checklist_item"),
               QStringLiteral("SELECT id, title_en || CASE WHEN recurrence = 'tertial' THEN ' (T' || "
                              "occurrence || ')' ELSE '' END, due_date FROM checklist_item "
                              "WHERE year = ? AND status NOT IN ('done','not_applicable')"),
               today);
    collectDue(file, s, QStringLiteral("action"),
               QStringLiteral("SELECT id, title, deadline FROM action WHERE year = ? "
                              "AND status IN ('planned','in_progress')"),
               today);
    collectDue(file, s, QStringLiteral("risk"),
               QStringLiteral("SELECT r.id, 'Review acceptance: ' || r.event, r.acceptance_review_on "
                              "FROM risk r JOIN risk_assessment a ON a.id = r.assessment_id "
                              "WHERE a.year = ? AND r.status = 'accepted'"),
               today);
    const auto byDate = [](const DueItem &a, const DueItem &b) { return a.due < b.due; };
    std::stable_sort(s.overdue.begin(), s.overdue.end(), byDate);
    std::stable_sort(s.upcoming.begin(), s.upcoming.end(), byDate);
    return s;
}

YearStatus yearStatus(const UnitFile &file, int year, const QDate &today)
{
    YearStatus s = dueStatus(file, year, today);
    s.phases = phaseProgress(file, year);
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM deviation WHERE year <= ? AND status <> 'closed'"));
    q.addBindValue(year);
    if (q.exec() && q.next())
        s.openDeviations = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT count(*), sum(status = 'done'), "
                             "sum(status IN ('planned','in_progress') AND deadline < ?) "
                             "FROM action WHERE year = ? AND status <> 'cancelled'"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        s.actions = q.value(0).toInt();
        s.actionsDone = q.value(1).toInt();
        s.overdueActions = q.value(2).toInt();
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
                       {QStringLiteral("risks"), s.risks},
                       {QStringLiteral("risks_above_acceptable"), s.risksAboveAcceptable},
                       {QStringLiteral("overdue"), items(s.overdue)},
                       {QStringLiteral("upcoming"), items(s.upcoming)}};
}

} // namespace ik
