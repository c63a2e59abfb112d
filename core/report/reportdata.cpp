#include "core/report/reportdata.h"

#include "core/review/competence.h"
#include "core/review/deviationstats.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ik::report {

bool RiskLine::aboveAcceptable() const
{
    const RiskScore &residual = evaluation.residual();
    return residual.level && *residual.level != RiskMatrix::Level::Acceptable;
}

namespace {

void loadRisks(const UnitFile &file, int year, ReportData &d)
{
    QHash<QString, RiskLine> lines;
    QSqlQuery q = file.select(QStringLiteral("SELECT r.*, a.title AS assessment_title FROM risk r "
                                           "JOIN risk_assessment a ON a.id = r.assessment_id WHERE a.year = ?"),
                      {year});
    while (q.next()) {
        RiskLine line;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            line.risk.insert(rec.fieldName(i), q.value(i));
        line.assessment = line.risk.value(QStringLiteral("assessment_title")).toString();
        lines.insert(line.risk.value(QStringLiteral("id")).toString(), line);
    }
    // evaluateRisks gives the report's order (assessment, then number).
    for (const RiskEvaluation &e : evaluateRisks(file, year)) {
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

} // namespace

ReportData loadReportData(const UnitFile &file, int year)
{
    ReportData d;
    d.year = year;
    RecordFilter first;
    first.limit = 1;
    const QList<Row> unit = file.records(QStringLiteral("unit"), first);
    if (!unit.isEmpty()) {
        d.unitName = unit.first().value(QStringLiteral("name")).toString();
        d.institution = unit.first().value(QStringLiteral("institution")).toString();
        d.parentUnit = unit.first().value(QStringLiteral("parent_unit")).toString();
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
    d.training = ofYear("training_record");
    d.rounds = ofYear("inspection_round");
    d.indicators = ofYear("indicator");
    d.systemReview = ofYear("system_review");
    d.contributors = ofYear("report_contributor");
    d.signoffs = ofYear("signoff");
    d.signOffStates = ik::signOffStates(file, year);
    d.appraisals = ofYear("appraisal_status");
    d.surveys = ofYear("survey");
    for (const Row &a : std::as_const(d.actions)) {
        const QString id = a.value(QStringLiteral("id")).toString();
        d.actionTitles.insert(id, a.value(QStringLiteral("title")).toString());
        const QString sourceTable = schema::linkedTable(QStringLiteral("action"), QStringLiteral("source_id"), a);
        if (sourceTable == QLatin1String("risk"))
            d.riskActions[a.value(QStringLiteral("source_id")).toString()] << a;
        const QString source = file.displayName(sourceTable, a.value(QStringLiteral("source_id")).toString());
        if (!source.isEmpty())
            d.actionSourceNames.insert(id, source);
        const QString carried = file.displayName(QStringLiteral("action"), a.value(QStringLiteral("carried_from_id")).toString());
        if (!carried.isEmpty())
            d.actionCarriedFromNames.insert(id, carried);
    }

    for (const Row &t : ofYear("report_text")) {
        QString &body = d.texts[t.value(QStringLiteral("section")).toString()];
        const QString text = t.value(QStringLiteral("body")).toString();
        if (!text.trimmed().isEmpty())
            body += (body.isEmpty() ? QString() : QStringLiteral("\n\n")) + text;
    }

    QSqlQuery f = file.select(QStringLiteral("SELECT f.* FROM inspection_finding f JOIN inspection_round r ON r.id = f.round_id "
                                           "WHERE r.year = ? ORDER BY r.rowid, f.rowid"),
                      {year});
    while (f.next()) {
        Row row;
        const QSqlRecord rec = f.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), f.value(i));
        d.findings[row.value(QStringLiteral("round_id")).toString()].append(row);
    }

    QSqlQuery v = file.select(QStringLiteral("SELECT v.indicator_id, v.period, v.value FROM indicator_value v "
                                           "JOIN indicator i ON i.id = v.indicator_id WHERE i.year = ? ORDER BY v.period"),
                      {year});
    while (v.next()) {
        const QString period = v.value(1).toString(); // yyyy-mm
        const int month = period.mid(5, 2).toInt();
        if (month >= 1 && month <= 12 && !v.value(2).isNull())
            d.indicatorValues[v.value(0).toString()].append({month, v.value(2).toDouble()});
    }

    d.matrix = RiskMatrix::load(file);
    loadRisks(file, year, d);
    loadDeviations(file, year, d);
    d.competence = competenceLines(file, year, QDate(year, 12, 31));
    d.history = loadYearComparison(file, year);
    return d;
}

} // namespace ik::report
