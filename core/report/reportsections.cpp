// The annual report's summary, its registers (organisation, legal requirements, mapping,
// routines and agreements, supervision, the occupational health service) and its key figures:
// what the file holds besides the review's own sections (reportbuilder.cpp).
#include "core/report/reportbuilder_p.h"

#include "core/review/deviationstats.h"
#include "core/review/yearstatus.h"
#include "core/store/schema.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ik::report::detail {

namespace {

// A full-time year in Norway after holidays, in hours (37.5 h a week, about 45 weeks): the rule
// of thumb the H-value estimate uses when the hours worked are not entered.
constexpr double kHoursPerEmployee = 1700;

int median(QList<int> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

TableRow keyValue(const QString &key, const QString &value, bool marked = false)
{
    return TableRow{{key, value}, {}, marked};
}

} // namespace

QString Builder::amount(double nok) const
{
    return QStringLiteral("%1 kr").arg(m_locale.toString(qint64(std::llround(nok))));
}

QStringList Builder::notYetRecorded() const
{
    QStringList missing;
    const auto need = [&](bool empty, const char *table) {
        if (empty)
            missing << tableLabel(*schema::table(QString::fromLatin1(table)), m_lang);
    };
    need(d.roles.isEmpty(), "role_assignment");
    need(d.goals.isEmpty(), "goal");
    need(d.assessments.isEmpty(), "risk_assessment");
    need(d.actions.isEmpty(), "action");
    need(d.reportedDeviations.isEmpty(), "deviation");
    need(d.rounds.isEmpty(), "inspection_round");
    need(d.training.isEmpty(), "training_record");
    need(d.keyFigures.isEmpty(), "key_figures");
    return missing;
}

void Builder::summary()
{
    heading1(s("Summary"));
    const DeviationFacts &dev = m_reported;
    const YearFigures &figures = d.figures;
    const ActionFigures plan = actionFigures(d.actions, m_today);
    const int overdue = plan.overdue;
    const int red = int(RiskMatrix::Level::Unacceptable);
    const int redBefore = figures.risksBeforeByLevel[red], redAfter = figures.risksByLevel[red];
    const int met = figures.competenceCovered, required = figures.competenceRequired;
    int openOrders = 0;
    for (const QList<Row> &orders : d.orders)
        for (const Row &o : orders)
            openOrders += !schema::table(QStringLiteral("supervision_order"))->isClosed(o);

    Table t;
    t.columns = {{s("Key figure"), 4}, {QString::number(d.year), 6}};
    t.rows << keyValue(s("Sign-off"), reviewStatus(), !reviewSignedAsItStands());
    t.rows << keyValue(s("Goals reached"), s("%1 of %2 (%3 partly)").arg(figures.goalsReached).arg(figures.goals).arg(figures.goalsPartly));
    t.rows << keyValue(s("Actions done"), s("%1 of %2, %3 overdue").arg(plan.done).arg(plan.counted).arg(overdue), overdue > 0);
    t.rows << keyValue(s("Cost of the actions"), s("%1 in all, %2 of it for actions done").arg(amount(plan.cost), amount(plan.costDone)));
    std::array<int, 3> perTertial{};
    for (const std::array<int, 3> &byCategory : d.deviations)
        for (int i = 0; i < 3; ++i)
            perTertial[i] += byCategory[i];
    QStringList tertials;
    for (int i = 0; i < 3; ++i)
        tertials << QStringLiteral("T%1: %2%3").arg(i + 1).arg(perTertial[i]).arg(tertialFinished(d.year, i, m_today) ? QString() : QStringLiteral("*"));
    t.rows << keyValue(s("Deviations reported"), s("%1 (%2); %3 still open").arg(dev.reported).arg(tertials.join(QStringLiteral(", "))).arg(dev.open));
    t.rows << keyValue(s("Personal injuries"), s("%1, of them %2 with absence").arg(dev.injuries).arg(dev.injuriesWithAbsence),
                       dev.injuriesWithAbsence > 0);
    t.rows << keyValue(s("Risks not acceptable"), s("%1 before measures, %2 after").arg(redBefore).arg(redAfter), redAfter > 0);
    t.rows << keyValue(s("Training of the HSE roles"), s("%1 of %2 requirements met").arg(met).arg(required),
                       met < required);
    t.rows << keyValue(s("Inspection rounds held"), s("%1 of %2").arg(figures.roundsHeld).arg(figures.rounds),
                       figures.rounds == 0);
    t.rows << keyValue(s("External supervision"), s("%1, open orders: %2").arg(d.supervisions.size()).arg(openOrders), openOrders > 0);
    table(t, QString());
    if (std::any_of(tertials.cbegin(), tertials.cend(), [](const QString &x) { return x.endsWith(QLatin1Char('*')); }))
        paragraph(s("* The tertial had not ended on %1: its figures are not final.").arg(date(m_today.toString(Qt::ISODate))),
                  TextStyle::Small);

    // The findings that most need the reader's attention, worst first; at most three.
    QStringList findings;
    if (redAfter > 0)
        findings << s("Risks still not acceptable after the planned measures: %1; see the risk assessment.").arg(redAfter);
    if (openOrders > 0)
        findings << s("Orders from supervision not yet closed: %1.").arg(openOrders);
    int notComplied = 0;
    for (const Row &l : d.legal)
        notComplied += l.value(QStringLiteral("compliance")).toString() == QLatin1String("not_compliant");
    if (notComplied > 0)
        findings << s("Legal requirements not complied with: %1; see the legal requirements.").arg(notComplied);
    if (overdue > 0)
        findings << s("Actions past their deadline: %1.").arg(overdue);
    if (dev.injuriesWithAbsence > 0)
        findings << s("Personal injuries that led to absence: %1.").arg(dev.injuriesWithAbsence);
    if (met < required)
        findings << s("Training requirements of the HSE roles not met: %1.").arg(required - met);
    int criteriaShort = 0;
    for (const Row &r : d.systemReview) {
        const QString a = r.value(QStringLiteral("assessment")).toString();
        criteriaShort += a == QLatin1String("partly") || a == QLatin1String("not_fulfilled");
    }
    if (criteriaShort > 0)
        findings << s("Criteria of the HSE system that the annual review found only partly or not fulfilled: %1.").arg(criteriaShort);
    heading2(s("The most important findings"));
    if (findings.isEmpty())
        paragraph(s("No risk, order, legal requirement, deadline, injury or training requirement calls for attention."));
    for (const QString &f : findings.mid(0, 3))
        paragraph(QStringLiteral("•  %1").arg(f));
    heading2(s("What must change"));
    userText(QStringLiteral("ra1"));

    const QStringList missing = notYetRecorded();
    if (!missing.isEmpty()) {
        heading2(s("Not yet recorded"));
        paragraph(s("For %1 nothing is recorded yet of: %2.").arg(QString::number(d.year), missing.join(QStringLiteral(", "))));
    }
    add(PageBreak{});
}

void Builder::organisation()
{
    heading1(s("The HSE organisation"));
    paragraph(s("How responsibility, tasks and authority for HSE are distributed in the unit in %1.").arg(d.year));
    heading2(s("HSE roles"));
    Table roles;
    roles.columns = {{column("role_assignment", "role"), 3}, {column("role_assignment", "person_id"), 3},
                     {column("role_assignment", "note"), 4}};
    for (const Row &r : d.roles)
        roles.rows << TableRow{{choice("role", r.value(QStringLiteral("role"))), d.person(r.value(QStringLiteral("person_id"))),
                                r.value(QStringLiteral("note")).toString()},
                               {}, false};
    table(roles, s("No HSE roles are recorded for this year."));
    heading2(s("Delegated HSE tasks"));
    Table tasks;
    tasks.columns = {{column("delegated_task", "task"), 3}, {column("delegated_task", "delegated_to_id"), 2},
                     {column("delegated_task", "delegated_by_id"), 2}, {column("delegated_task", "delegated_on"), 1.4},
                     {column("delegated_task", "document_ref"), 1.6}};
    for (const Row &r : d.delegatedTasks) {
        TableRow row{{r.value(QStringLiteral("task")).toString(), d.person(r.value(QStringLiteral("delegated_to_id"))),
                      d.person(r.value(QStringLiteral("delegated_by_id"))), date(r.value(QStringLiteral("delegated_on"))),
                      r.value(QStringLiteral("document_ref")).toString()},
                     {}, false};
        QStringList detail;
        for (const char *col : {"function", "authority"})
            if (!r.value(QString::fromLatin1(col)).toString().trimmed().isEmpty())
                detail << QStringLiteral("%1: %2").arg(column("delegated_task", col), r.value(QString::fromLatin1(col)).toString());
        row.detail = detail.join(QLatin1Char('\n'));
        tasks.rows << row;
    }
    table(tasks, s("No HSE tasks are recorded as delegated."));
}

void Builder::legalRegister()
{
    heading2(s("Legal requirements"));
    // Those not complied with first: they are what the reader must act on.
    const QStringList order{QStringLiteral("not_compliant"), QStringLiteral("partly"), QStringLiteral("not_assessed"),
                            QStringLiteral("compliant")};
    QList<Row> rows = d.legal;
    std::stable_sort(rows.begin(), rows.end(), [&order](const Row &a, const Row &b) {
        return order.indexOf(a.value(QStringLiteral("compliance")).toString()) < order.indexOf(b.value(QStringLiteral("compliance")).toString());
    });
    int notComplied = 0;
    for (const Row &r : rows)
        notComplied += r.value(QStringLiteral("compliance")).toString() != QLatin1String("compliant");
    if (!rows.isEmpty())
        paragraph(s("%1 of %2 requirements are not, or not fully, complied with or not assessed (marked).")
                      .arg(notComplied).arg(rows.size()));
    Table t;
    t.columns = {{column("legal_requirement", "title"), 3.4}, {column("legal_requirement", "reference"), 2},
                 {column("legal_requirement", "compliance"), 1.8}, {column("legal_requirement", "responsible_id"), 1.8},
                 {column("legal_requirement", "last_reviewed"), 1.4}};
    for (const Row &r : std::as_const(rows)) {
        QString title = r.value(QStringLiteral("title")).toString();
        if (r.value(QStringLiteral("special_importance")).toBool())
            title += QStringLiteral(" (%1)").arg(s("of special importance"));
        const QString compliance = r.value(QStringLiteral("compliance")).toString();
        TableRow row{{title, r.value(QStringLiteral("reference")).toString(), choice("compliance", compliance),
                      d.person(r.value(QStringLiteral("responsible_id"))), date(r.value(QStringLiteral("last_reviewed")))},
                     r.value(QStringLiteral("note")).toString().trimmed().isEmpty()
                         ? QString()
                         : QStringLiteral("%1: %2").arg(column("legal_requirement", "note"), r.value(QStringLiteral("note")).toString()),
                     compliance != QLatin1String("compliant")};
        t.rows << row;
    }
    table(t, s("No legal requirements are recorded."));
}

void Builder::mapping()
{
    heading2(s("Overall mapping and risk assessments"));
    Table activities;
    activities.columns = {{column("activity", "name"), 2.6}, {column("activity", "location"), 1.6},
                          {column("activity", "hazards"), 3}, {column("activity", "needs_assessment"), 1.4},
                          {column("activity", "priority"), 1}, {column("activity", "responsible_id"), 1.7}};
    for (const Row &r : d.activities) {
        QStringList hazards;
        for (const QString &key : r.value(QStringLiteral("hazards")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            hazards << choice("hazard", key.trimmed());
        activities.rows << TableRow{{r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("location")).toString(),
                                     hazards.join(QStringLiteral(", ")), yesNo(r.value(QStringLiteral("needs_assessment"))),
                                     r.value(QStringLiteral("priority")).toString().isEmpty() ? QString() : choice("priority", r.value(QStringLiteral("priority"))),
                                     d.person(r.value(QStringLiteral("responsible_id")))},
                                    {}, false};
    }
    table(activities, s("No activities are mapped for this year."));
    paragraph(s("Risk assessments of %1").arg(d.year), TextStyle::Emphasis);
    Table assessments;
    assessments.columns = {{column("risk_assessment", "title"), 3}, {column("risk_assessment", "activity_id"), 2.4},
                           {column("risk_assessment", "assessed_on"), 1.3}, {column("risk_assessment", "leader_id"), 1.8},
                           {column("risk_assessment", "status"), 1.3}};
    QHash<QString, QString> activityNames;
    for (const Row &a : d.activities)
        activityNames.insert(a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("name")).toString());
    for (const Row &r : d.assessments)
        assessments.rows << TableRow{{r.value(QStringLiteral("title")).toString(),
                                      activityNames.value(r.value(QStringLiteral("activity_id")).toString()),
                                      date(r.value(QStringLiteral("assessed_on"))), d.person(r.value(QStringLiteral("leader_id"))),
                                      choice("work_status", r.value(QStringLiteral("status")))},
                                     {}, false};
    table(assessments, s("No risk assessments are recorded for this year."));
}

void Builder::routinesAndAgreements()
{
    heading2(s("Local routines, coordination agreements and documentation"));
    Table routines;
    routines.columns = {{column("local_routine", "title"), 3}, {column("local_routine", "level"), 1.2},
                        {column("local_routine", "owner_id"), 1.8}, {column("local_routine", "approved_on"), 1.4},
                        {column("local_routine", "review_on"), 1.4}, {column("local_routine", "archive_ref"), 1.5}};
    for (const Row &r : d.routines) {
        const QDate review = QDate::fromString(r.value(QStringLiteral("review_on")).toString(), Qt::ISODate);
        routines.rows << TableRow{{r.value(QStringLiteral("title")).toString(), choice("routine_level", r.value(QStringLiteral("level"))),
                                   d.person(r.value(QStringLiteral("owner_id"))), date(r.value(QStringLiteral("approved_on"))),
                                   date(r.value(QStringLiteral("review_on"))), r.value(QStringLiteral("archive_ref")).toString()},
                                  {}, review.isValid() && review < m_today};
    }
    paragraph(tableLabel(*schema::table(QStringLiteral("local_routine")), m_lang), TextStyle::Emphasis);
    table(routines, s("No local routines are recorded."));
    Table agreements;
    agreements.columns = {{column("coordination_agreement", "partner"), 2.4}, {column("coordination_agreement", "premises"), 2.4},
                          {s("Signed by"), 2}, {column("coordination_agreement", "valid_until"), 1.4},
                          {column("coordination_agreement", "archive_ref"), 1.5}};
    for (const Row &r : d.agreements) {
        QStringList signedBy;
        if (r.value(QStringLiteral("signed_by_leaders")).toBool())
            signedBy << s("the leaders");
        if (r.value(QStringLiteral("signed_by_safety_reps")).toBool())
            signedBy << s("the safety representatives");
        const QDate until = QDate::fromString(r.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
        agreements.rows << TableRow{{r.value(QStringLiteral("partner")).toString(), r.value(QStringLiteral("premises")).toString(),
                                     signedBy.isEmpty() ? s("not signed") : signedBy.join(QStringLiteral(", ")),
                                     date(r.value(QStringLiteral("valid_until"))), r.value(QStringLiteral("archive_ref")).toString()},
                                    {}, signedBy.size() < 2 || (until.isValid() && until < m_today)};
    }
    paragraph(tableLabel(*schema::table(QStringLiteral("coordination_agreement")), m_lang), TextStyle::Emphasis);
    table(agreements, s("No coordination agreements are recorded."));
    Table documents;
    documents.columns = {{column("document_ref", "kind"), 2.4}, {column("document_ref", "title"), 3.4},
                         {column("document_ref", "reference"), 1.8}, {column("document_ref", "dated"), 1.4}};
    for (const Row &r : d.documents)
        documents.rows << TableRow{{choice("document_kind", r.value(QStringLiteral("kind"))), r.value(QStringLiteral("title")).toString(),
                                    r.value(QStringLiteral("reference")).toString(), date(r.value(QStringLiteral("dated")))},
                                   {}, false};
    paragraph(s("Documentation in the archive"), TextStyle::Emphasis);
    table(documents, s("No documents are recorded for this year."));
}

void Builder::deviationDetails()
{
    heading2(s("Deviations in detail"));
    const DeviationFacts &all = m_reported;
    const int goal = d.deviationCloseDays;
    Table t;
    t.columns = {{column("deviation", "severity"), 2.2}, {s("Reported"), 1.2, true}, {s("Closed"), 1.2, true},
                 {s("Open"), 1.2, true}, {s("Median days to close"), 1.6, true}};
    if (goal > 0)
        t.columns << TableColumn{s("Closed within %1 days").arg(goal), 1.6, true};
    const auto addRow = [&](const QString &name, const DeviationFacts &f, bool total) {
        TableRow r{{name, QString::number(f.reported), QString::number(f.closed), QString::number(f.open),
                    f.daysToClose.isEmpty() ? QStringLiteral("–") : QString::number(median(f.daysToClose))},
                   {}, false};
        if (goal > 0) {
            const int within = int(std::count_if(f.daysToClose.cbegin(), f.daysToClose.cend(), [goal](int days) { return days <= goal; }));
            r.cells << (f.daysToClose.isEmpty() ? QStringLiteral("–") : QStringLiteral("%1 / %2").arg(within).arg(f.daysToClose.size()));
            r.marked = !total && within < f.daysToClose.size();
        }
        t.rows << r;
    };
    // The deviations by severity, in one pass (a pass for each severity was a fifth of
    // building a large year's report).
    QHash<QString, QList<Row>> bySeverity;
    for (const Row &r : d.reportedDeviations)
        bySeverity[r.value(QStringLiteral("severity")).toString()] << r;
    for (const Choice &severity : schema::choiceSet(QStringLiteral("severity"))->choices) {
        const QList<Row> rows = bySeverity.value(severity.key);
        if (!rows.isEmpty())
            addRow(choice("severity", severity.key), deviationFacts(rows), false);
    }
    if (!t.rows.isEmpty())
        addRow(s("Total"), all, true);
    table(t, s("No deviations were reported in %1.").arg(d.year));
    if (!d.reportedDeviations.isEmpty())
        paragraph(goal > 0 ? s("The unit's goal is to close a deviation within %1 days.").arg(goal)
                           : s("The unit has set no goal for the time to close a deviation."),
                  TextStyle::Small);

    QList<Row> open;
    const TableDef &def = *schema::table(QStringLiteral("deviation"));
    for (const Row &r : d.reportedDeviations)
        if (!def.isClosed(r))
            open << r;
    if (open.isEmpty())
        return;
    paragraph(s("Deviations still open"), TextStyle::Emphasis);
    Table list;
    list.columns = {{column("deviation", "case_number"), 1.8}, {column("deviation", "reported_on"), 1.3},
                    {column("deviation", "title"), 3.4}, {column("deviation", "category"), 1.8},
                    {column("deviation", "severity"), 1.2}, {column("deviation", "action_id"), 2.2}};
    for (const Row &r : std::as_const(open)) {
        const QString severity = r.value(QStringLiteral("severity")).toString();
        list.rows << TableRow{{r.value(QStringLiteral("case_number")).toString(), date(r.value(QStringLiteral("reported_on"))),
                               r.value(QStringLiteral("title")).toString(), choice("deviation_category", r.value(QStringLiteral("category"))),
                               choice("severity", severity), d.actionTitles.value(r.value(QStringLiteral("action_id")).toString())},
                              {}, severity == QLatin1String("high") || severity == QLatin1String("critical")};
    }
    table(list, QString());
}

void Builder::keyFigures()
{
    heading2(s("Key figures"));
    const DeviationFacts &dev = m_reported;
    const Row &k = d.keyFigures;
    Table t;
    t.columns = {{s("Key figure"), 4}, {QString::number(d.year), 6}};
    t.rows << keyValue(s("Personal injuries with absence"), QString::number(dev.injuriesWithAbsence), dev.injuriesWithAbsence > 0);
    t.rows << keyValue(s("Personal injuries without absence"), QString::number(dev.injuries - dev.injuriesWithAbsence));
    const double hours = k.value(QStringLiteral("hours_worked")).toDouble();
    if (hours > 0) {
        t.rows << keyValue(column("key_figures", "hours_worked"), m_locale.toString(qint64(std::llround(hours))));
        t.rows << keyValue(s("H-value (injuries with absence per million hours worked)"),
                           m_locale.toString(dev.injuriesWithAbsence * 1e6 / hours, 'f', 1));
    } else if (d.employees > 0) {
        const double estimate = d.employees * kHoursPerEmployee;
        t.rows << keyValue(s("H-value (injuries with absence per million hours worked)"),
                           s("%1, estimated from %2 employees at %3 hours each; enter the hours worked for the real figure")
                               .arg(m_locale.toString(dev.injuriesWithAbsence * 1e6 / estimate, 'f', 1))
                               .arg(d.employees)
                               .arg(m_locale.toString(qint64(kHoursPerEmployee))),
                           true);
    } else {
        t.rows << keyValue(s("H-value (injuries with absence per million hours worked)"), s("not known: no hours worked entered"), true);
    }
    QStringList quarters;
    double sum = 0;
    int known = 0;
    for (int q = 1; q <= 4; ++q) {
        const QVariant v = k.value(QStringLiteral("sick_leave_q%1").arg(q));
        if (v.isNull() || v.toString().isEmpty()) {
            quarters << QStringLiteral("Q%1: –").arg(q);
            continue;
        }
        quarters << QStringLiteral("Q%1: %2 %").arg(q).arg(m_locale.toString(v.toDouble(), 'f', 1));
        sum += v.toDouble();
        ++known;
    }
    t.rows << keyValue(s("Sick leave per quarter"), known ? quarters.join(QStringLiteral(", ")) : s("not entered"), known == 0);
    if (known > 0)
        t.rows << keyValue(s("Sick leave, mean of the quarters entered"), QStringLiteral("%1 %").arg(m_locale.toString(sum / known, 'f', 1)));
    for (const char *col : {"fire_protection", "chemical_register"}) {
        const QString status = k.value(QString::fromLatin1(col)).toString();
        t.rows << keyValue(column("key_figures", col), status.isEmpty() ? s("not entered") : choice("register_status", status),
                           status.isEmpty() || status == QLatin1String("not_checked") || status == QLatin1String("needs_update"));
    }
    t.rows << keyValue(s("HSE meetings held"), QString::number(d.meetings.size()), d.meetings.isEmpty());
    table(t, QString());
    if (!k.value(QStringLiteral("note")).toString().trimmed().isEmpty())
        paragraph(k.value(QStringLiteral("note")).toString(), TextStyle::Small);

    paragraph(tableLabel(*schema::table(QStringLiteral("hse_meeting")), m_lang), TextStyle::Emphasis);
    Table meetings;
    meetings.columns = {{column("hse_meeting", "held_on"), 1.4}, {column("hse_meeting", "forum"), 3},
                        {column("hse_meeting", "minutes_ref"), 2}};
    for (const Row &r : d.meetings)
        meetings.rows << TableRow{{date(r.value(QStringLiteral("held_on"))), choice("hse_forum", r.value(QStringLiteral("forum"))),
                                   r.value(QStringLiteral("minutes_ref")).toString()},
                                  r.value(QStringLiteral("topics")).toString(), false};
    table(meetings, s("No HSE meetings are recorded for this year."));
}

void Builder::healthServiceRegister()
{
    Table t;
    t.columns = {{column("health_service_work", "done_on"), 1.4}, {column("health_service_work", "work"), 4},
                 {column("health_service_work", "for_whom"), 3}};
    for (const Row &r : d.healthServiceWork)
        t.rows << TableRow{{date(r.value(QStringLiteral("done_on"))), r.value(QStringLiteral("work")).toString(),
                            r.value(QStringLiteral("for_whom")).toString()},
                           r.value(QStringLiteral("note")).toString(), false};
    table(t, s("No assignments of the occupational health service are recorded for this year."));
}

void Builder::supervisionRegister()
{
    Table t;
    t.columns = {{column("supervision", "held_on"), 1.3}, {column("supervision", "authority"), 2.6},
                 {column("supervision", "subject"), 3.4}, {column("supervision", "report_ref"), 1.7}};
    Table orders;
    orders.columns = {{column("supervision_order", "supervision_id"), 2.4}, {column("supervision_order", "description"), 3.6},
                      {column("supervision_order", "deadline"), 1.3}, {column("supervision_order", "status"), 1.2},
                      {column("supervision_order", "action_id"), 2.2}};
    const TableDef &orderDef = *schema::table(QStringLiteral("supervision_order"));
    for (const Row &r : d.supervisions) {
        t.rows << TableRow{{date(r.value(QStringLiteral("held_on"))), choice("authority", r.value(QStringLiteral("authority"))),
                            r.value(QStringLiteral("subject")).toString(), r.value(QStringLiteral("report_ref")).toString()},
                           r.value(QStringLiteral("summary")).toString(), false};
        for (const Row &o : d.orders.value(r.value(QStringLiteral("id")).toString())) {
            QString deadline = date(o.value(QStringLiteral("deadline")));
            const bool overdue = orderDef.isOverdue(o, m_today);
            if (overdue)
                deadline += QStringLiteral(" (%1)").arg(s("overdue"));
            orders.rows << TableRow{{r.value(QStringLiteral("subject")).toString(), o.value(QStringLiteral("description")).toString(), deadline,
                                     choice("deviation_status", o.value(QStringLiteral("status"))),
                                     d.actionTitles.value(o.value(QStringLiteral("action_id")).toString())},
                                    {}, !orderDef.isClosed(o)};
        }
    }
    table(t, s("No supervision by authorities or external parties is recorded for this year."));
    if (t.rows.isEmpty())
        return;
    paragraph(s("Orders given (open orders are marked)"), TextStyle::Emphasis);
    table(orders, s("No orders were given."));
}

void Builder::nextYear()
{
    heading1(s("Next year's goals and plan"));
    heading2(s("Goals for %1").arg(d.year + 1));
    Table goals;
    goals.columns = {{column("goal", "title"), 4}, {column("goal", "measure"), 3}, {column("goal", "target_date"), 1.4}};
    for (const Row &g : d.nextGoals)
        goals.rows << TableRow{{g.value(QStringLiteral("title")).toString(), g.value(QStringLiteral("measure")).toString(),
                                date(g.value(QStringLiteral("target_date")))},
                               g.value(QStringLiteral("description")).toString(), false};
    table(goals, s("The goals for %1 are not set yet.").arg(d.year + 1));
    heading2(s("Actions that go on into %1").arg(d.year + 1));
    Table actions;
    actions.columns = {{column("action", "title"), 4}, {column("action", "responsible_id"), 2},
                       {column("action", "deadline"), 1.4}, {column("action", "status"), 1.4}};
    const TableDef &def = *schema::table(QStringLiteral("action"));
    for (const Row &a : d.nextActions)
        actions.rows << TableRow{{a.value(QStringLiteral("title")).toString(), d.person(a.value(QStringLiteral("responsible_id"))),
                                  date(a.value(QStringLiteral("deadline"))), choice("action_status", a.value(QStringLiteral("status")))},
                                 {}, def.isOverdue(a, m_today)};
    table(actions, s("No action goes on into %1.").arg(d.year + 1));
}

void Builder::signatureLines()
{
    // Where the report was treated (the local AMU), then a line for each who signs it.
    QStringList treated;
    for (const Row &r : d.treatments) {
        QString line = QStringLiteral("%1 %2").arg(choice("treatment_body", r.value(QStringLiteral("body"))), date(r.value(QStringLiteral("treated_on"))));
        if (!r.value(QStringLiteral("case_ref")).toString().isEmpty())
            line += QStringLiteral(" (%1 %2)").arg(column("report_treatment", "case_ref").toLower(), r.value(QStringLiteral("case_ref")).toString());
        treated << line;
    }
    paragraph(treated.isEmpty() ? s("Treated by the local working environment committee on: ____________")
                                : s("Treated by: %1.").arg(treated.join(QStringLiteral("; "))));
    for (const Row &r : d.treatments)
        if (!r.value(QStringLiteral("note")).toString().trimmed().isEmpty())
            paragraph(r.value(QStringLiteral("note")).toString(), TextStyle::Small);

    struct Line
    {
        QString caption, name;
    };
    const QList<Line> lines{{s("Line manager"), d.lineManager}, {s("Safety representative"), d.safetyRepresentative}};
    const QString placeDate = s("Place and date");
    Figure figure;
    figure.height = 1300;
    figure.paint = [lines, placeDate](QPainter *p, const QRectF &rect) {
        p->save();
        p->setPen(QPen(Qt::black, 6));
        const qreal half = rect.width() * 0.45;
        const qreal y = rect.top() + rect.height() * 0.45;
        for (int i = 0; i < lines.size(); ++i) {
            const qreal x = i == 0 ? rect.left() : rect.right() - half;
            p->drawLine(QPointF(x, y), QPointF(x + half, y));
            const QString who = lines[i].name.isEmpty() ? lines[i].caption : QStringLiteral("%1, %2").arg(lines[i].name, lines[i].caption);
            p->drawText(QPointF(x, y + 130), who);
            p->drawText(QPointF(x, y + 260), placeDate);
        }
        p->restore();
    };
    QStringList signers;
    for (const Line &l : lines)
        signers << (l.name.isEmpty() ? l.caption : QStringLiteral("%1, %2").arg(l.name, l.caption));
    figure.altText = s("Lines to sign on, each with place and date, for: %1.").arg(signers.join(QStringLiteral("; ")));
    add(figure);
}

} // namespace ik::report::detail
