#include "core/report/reportdata.h"

#include "core/review/competence.h"
#include "core/review/deviationstats.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace ik::report {

bool RiskLine::aboveAcceptable() const
{
    const RiskScore &residual = evaluation.residual();
    return residual.level && *residual.level != RiskMatrix::Level::Acceptable;
}

namespace {

void loadRisks(const UnitFile &file, int year, const QList<RiskEvaluation> &evaluations, ReportData &d)
{
    QHash<QString, RiskLine> lines;
    for (Record &risk : file.selectRecords(QStringLiteral("SELECT r.*, a.title AS assessment_title FROM risk r "
                                                          "JOIN risk_assessment a ON a.id = r.assessment_id WHERE a.year = ?"),
                                           {year})) {
        RiskLine line;
        line.assessment = risk.value(QStringLiteral("assessment_title")).toString();
        const QString id = risk.value(QStringLiteral("id")).toString();
        line.risk = std::move(risk);
        lines.insert(id, line);
    }
    // evaluateRisks gives the report's order (assessment, then number).
    for (const RiskEvaluation &e : evaluations) {
        RiskLine line = lines.value(e.riskId);
        line.evaluation = e;
        d.risks.append(line);
    }
}

void loadDeviations(const UnitFile &file, int year, ReportData &d)
{
    const QMap<int, TertialCountsByCategory> counts = deviationCountsByTertial(file, year - 1, year);
    QSet<QString> seen;
    for (int y : {year - 1, year}) {
        auto &out = y == year ? d.deviations : d.previousDeviations;
        const TertialCountsByCategory byCategory = counts.value(y);
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
            out[it.key()] = {it.value()[0], it.value()[1], it.value()[2]};
            seen.insert(it.key());
        }
    }
    for (const Choice &c : schema::choiceSet(QStringLiteral("deviation_category"))->choices)
        if (seen.remove(c.key))
            d.deviationCategories << c.key;
    QStringList rest(seen.begin(), seen.end()); // keys outside the choice set (empty category)
    rest.sort();
    d.deviationCategories << rest;
}

// Rows sorted by a text made once for each row (`keyOf`), ties in the order they came, as
// std::stable_sort with `less` on those texts sorts them. Making the text in the comparison, from
// a lookup by name in both rows, cost a large year's report several times the sorting itself.
template <typename KeyOf, typename Less>
void sortByKey(QList<Row> &rows, KeyOf keyOf, Less less)
{
    std::vector<std::pair<QString, qsizetype>> keyed;
    keyed.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keyed.emplace_back(keyOf(rows[i]), i);
    std::stable_sort(keyed.begin(), keyed.end(), [&less](const auto &a, const auto &b) { return less(a.first, b.first); });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const auto &[key, index] : keyed)
        sorted << std::move(rows[index]);
    rows = std::move(sorted);
}

// Sorted by a date column, rows without a date last, ties in the order entered.
void sortByDate(QList<Row> &rows, const QString &column)
{
    sortByKey(rows, [&column](const Row &r) { return r.value(column).toString(); },
              [](const QString &x, const QString &y) { return x.isEmpty() != y.isEmpty() ? y.isEmpty() : x < y; });
}

void loadRegisters(const UnitFile &file, int year, ReportData &d)
{
    const auto ofYear = [&](const char *table, int y) {
        return file.records(QString::fromLatin1(table), RecordFilter::ofYear(y));
    };
    d.roles = ofYear("role_assignment", year);
    // The role's order in its choice set (line manager first), then by name.
    const ChoiceSet &roleSet = *schema::choiceSet(QStringLiteral("role"));
    const auto roleRank = [&roleSet](const Row &r) {
        const QString key = r.value(QStringLiteral("role")).toString();
        for (int i = 0; i < roleSet.choices.size(); ++i)
            if (roleSet.choices[i].key == key)
                return i;
        return int(roleSet.choices.size());
    };
    std::stable_sort(d.roles.begin(), d.roles.end(), [&](const Row &a, const Row &b) {
        if (roleRank(a) != roleRank(b))
            return roleRank(a) < roleRank(b);
        return d.person(a.value(QStringLiteral("person_id"))).localeAwareCompare(d.person(b.value(QStringLiteral("person_id")))) < 0;
    });
    for (const Row &r : std::as_const(d.roles)) {
        const QString role = r.value(QStringLiteral("role")).toString();
        QString *name = role == QLatin1String("line_manager")            ? &d.lineManager
                        : role == QLatin1String("safety_representative") ? &d.safetyRepresentative
                                                                         : nullptr;
        if (name && name->isEmpty())
            *name = d.person(r.value(QStringLiteral("person_id")));
    }
    d.delegatedTasks = ofYear("delegated_task", year);
    d.legal = file.records(QStringLiteral("legal_requirement"));
    d.activities = ofYear("activity", year);
    d.assessments = ofYear("risk_assessment", year);
    sortByDate(d.assessments, QStringLiteral("assessed_on"));
    d.routines = file.records(QStringLiteral("local_routine"));
    d.agreements = file.records(QStringLiteral("coordination_agreement"));
    d.documents = ofYear("document_ref", year);
    sortByDate(d.documents, QStringLiteral("dated"));
    d.meetings = ofYear("hse_meeting", year);
    sortByDate(d.meetings, QStringLiteral("held_on"));
    d.reportedDeviations = deviationsReportedIn(file, year);
    d.supervisions = ofYear("supervision", year);
    sortByDate(d.supervisions, QStringLiteral("held_on"));
    for (const Row &s : std::as_const(d.supervisions)) {
        const QString id = s.value(QStringLiteral("id")).toString();
        d.orders.insert(id, file.records(QStringLiteral("supervision_order"), RecordFilter::ofParent(id)));
    }
    d.healthServiceWork = ofYear("health_service_work", year);
    sortByDate(d.healthServiceWork, QStringLiteral("done_on"));
    d.treatments = ofYear("report_treatment", year);
    sortByDate(d.treatments, QStringLiteral("treated_on"));
    const QList<Row> figures = ofYear("key_figures", year);
    if (!figures.isEmpty())
        d.keyFigures = figures.first();
    d.nextGoals = ofYear("goal", year + 1);
    // What goes on into next year: the year's open actions (the year rollover carries them) or,
    // once next year is started, its own plan.
    const TableDef &actions = *schema::table(QStringLiteral("action"));
    QList<Row> next = ofYear("action", year + 1);
    if (next.isEmpty())
        for (const Row &a : ofYear("action", year))
            if (!actions.isClosed(a))
                next << a;
    sortByDate(next, QStringLiteral("deadline"));
    d.nextActions = next;
}

} // namespace

ReportData loadReportData(const UnitFile &file, int year)
{
    const UnitFile::ReadTransaction oneState(file); // the report shows the file as it was at one moment
    ReportData d;
    d.year = year;
    RecordFilter first;
    first.limit = 1;
    const QList<Row> unit = file.records(QStringLiteral("unit"), first);
    if (!unit.isEmpty()) {
        d.unitName = unit.first().value(QStringLiteral("name")).toString();
        d.institution = unit.first().value(QStringLiteral("institution")).toString();
        d.parentUnit = unit.first().value(QStringLiteral("parent_unit")).toString();
        d.deviationCloseDays = unit.first().value(QStringLiteral("deviation_close_days")).toInt();
        d.employees = unit.first().value(QStringLiteral("employee_count")).toInt();
    }
    QSqlQuery people = file.select(QStringLiteral("SELECT id, name FROM person"));
    while (people.next())
        d.people.insert(people.value(0).toString(), people.value(1).toString());

    const auto ofYear = [&](const char *table, int y = 0) {
        return file.records(QString::fromLatin1(table), RecordFilter::ofYear(y ? y : year));
    };
    d.goals = ofYear("goal");
    d.previousGoals = ofYear("goal", year - 1);
    d.focusAreas = ofYear("focus_area");
    d.checklist = ofYear("checklist_item");
    d.actions = ofYear("action");
    sortByDate(d.actions, QStringLiteral("deadline")); // the plan as its readers follow it
    d.training = ofYear("training_record");
    sortByKey(d.training, [&d](const Row &r) { return d.person(r.value(QStringLiteral("person_id"))); },
              [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
    d.rounds = ofYear("inspection_round");
    d.indicators = ofYear("indicator");
    d.systemReview = ofYear("system_review");
    d.contributors = ofYear("report_contributor");
    d.signoffs = ofYear("signoff");
    d.signOffStates = ik::signOffStates(file, year);
    d.appraisals = ofYear("appraisal_status");
    d.surveys = ofYear("survey");
    // The names actions link to, a table's at a time and only of the rows linked to: a query per
    // action was a tenth of reading a large year, and naming every row of the linked tables (a
    // large file's 12 000 deviations, for a few hundred links) most of the rest.
    QHash<QString, QStringList> linked; // table → the ids the year's actions link to there
    QStringList sourceTables;           // each action's source table, in d.actions' order
    for (const Row &a : std::as_const(d.actions)) {
        sourceTables << schema::linkedTable(QStringLiteral("action"), QStringLiteral("source_id"), a);
        if (const QString source = a.value(QStringLiteral("source_id")).toString(); !sourceTables.last().isEmpty() && !source.isEmpty())
            linked[sourceTables.last()] << source;
        if (const QString carried = a.value(QStringLiteral("carried_from_id")).toString(); !carried.isEmpty())
            linked[QStringLiteral("action")] << carried;
    }
    QHash<QString, QHash<QString, QString>> namesOf;
    for (auto it = linked.cbegin(); it != linked.cend(); ++it)
        namesOf.insert(it.key(), file.displayNames(it.key(), it.value()));
    const auto nameOf = [&namesOf](const QString &table, const QString &id) -> QString {
        const auto names = namesOf.constFind(table);
        return names == namesOf.cend() ? QString() : names->value(id);
    };
    for (qsizetype i = 0; i < d.actions.size(); ++i) {
        const Row &a = d.actions[i];
        const QString id = a.value(QStringLiteral("id")).toString();
        d.actionTitles.insert(id, a.value(QStringLiteral("title")).toString());
        const QString &sourceTable = sourceTables[i];
        if (sourceTable == QLatin1String("risk"))
            d.riskActions[a.value(QStringLiteral("source_id")).toString()] << a;
        const QString source = nameOf(sourceTable, a.value(QStringLiteral("source_id")).toString());
        if (!source.isEmpty()) {
            d.actionSourceNames.insert(id, source);
            d.actionSourceTables.insert(id, sourceTable);
        }
        const QString carried = nameOf(QStringLiteral("action"), a.value(QStringLiteral("carried_from_id")).toString());
        if (!carried.isEmpty())
            d.actionCarriedFromNames.insert(id, carried);
    }

    for (const Row &t : ofYear("report_text")) {
        QString &body = d.texts[t.value(QStringLiteral("section")).toString()];
        const QString text = t.value(QStringLiteral("body")).toString();
        if (!text.trimmed().isEmpty())
            body += (body.isEmpty() ? QString() : QStringLiteral("\n\n")) + text;
    }

    for (const Row &row : file.selectRecords(QStringLiteral("SELECT f.* FROM inspection_finding f JOIN inspection_round r ON r.id = f.round_id "
                                                            "WHERE r.year = ? ORDER BY r.rowid, f.rowid"),
                                             {year}))
        d.findings[row.value(QStringLiteral("round_id")).toString()].append(row);

    QSqlQuery v = file.select(QStringLiteral("SELECT v.indicator_id, v.period, v.value FROM indicator_value v "
                                           "JOIN indicator i ON i.id = v.indicator_id WHERE i.year = ? ORDER BY v.period"),
                      {year});
    while (v.next()) {
        const QString period = v.value(1).toString(); // yyyy-mm
        const int month = period.mid(5, 2).toInt();
        if (month >= 1 && month <= 12 && !v.value(2).isNull())
            d.indicatorValues[v.value(0).toString()].append({month, v.value(2).toDouble()});
    }

    loadRegisters(file, year, d);
    d.matrix = RiskMatrix::load(file);
    // Every year's risks scored once, for the year's register and the comparison of years.
    const QHash<int, QList<RiskEvaluation>> risksByYear = evaluateRisksByYear(file);
    loadRisks(file, year, risksByYear.value(year), d);
    loadDeviations(file, year, d);
    d.competence = competenceLines(file, year, QDate(year, 12, 31));
    d.history = loadYearComparison(file, year, risksByYear);
    // The history's entry for the year holds the same counts as yearFigures(), whose competence
    // and risk evaluation is the costliest part: taken from there, the year is counted once.
    const auto own = std::find_if(d.history.years.cbegin(), d.history.years.cend(),
                                  [year](const YearFigures &y) { return y.year == year; });
    d.figures = own != d.history.years.cend() ? *own : yearFigures(file, year);
    return d;
}

} // namespace ik::report
