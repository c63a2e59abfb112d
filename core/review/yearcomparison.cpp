#include "core/review/yearcomparison.h"

#include "core/review/competence.h"
#include "core/review/deviationstats.h"
#include "core/risk/riskmatrix.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace ik {

namespace {

void countDeviations(const UnitFile &file, int lastYear, QHash<int, YearFigures *> &byYear)
{
    if (byYear.isEmpty())
        return;
    const QList<int> years = byYear.keys();
    const int firstYear = *std::min_element(years.cbegin(), years.cend());
    const QMap<int, TertialCountsByCategory> counts = deviationCountsByTertial(file, firstYear, lastYear);
    for (auto year = counts.cbegin(); year != counts.cend(); ++year) {
        YearFigures *y = byYear.value(year.key());
        if (!y)
            continue;
        for (const TertialCounts &c : year.value()) {
            for (int t = 0; t < 3; ++t)
                y->deviationsPerTertial[t] += c[t];
            y->deviations += c[3];
        }
    }
}

void countGoals(const UnitFile &file, int firstYear, int lastYear, QHash<int, YearFigures *> &byYear)
{
    QSqlQuery q = file.select(QStringLiteral("SELECT year, result, count(*) FROM goal WHERE year BETWEEN ? AND ? GROUP BY 1, 2"),
                              {firstYear, lastYear});
    while (q.next()) {
        YearFigures *y = byYear.value(q.value(0).toInt());
        if (!y)
            continue;
        const QString result = q.value(1).toString();
        const int count = q.value(2).toInt();
        y->goals += count;
        if (result == QLatin1String("reached"))
            y->goalsReached += count;
        else if (result == QLatin1String("partly"))
            y->goalsPartly += count;
        else if (result == QLatin1String("not_reached"))
            y->goalsNotReached += count;
    }
}

void countRounds(const UnitFile &file, int firstYear, int lastYear, QHash<int, YearFigures *> &byYear)
{
    QSqlQuery q = file.select(
        QStringLiteral("SELECT year, count(*), sum(status IN %1) FROM inspection_round WHERE year BETWEEN ? AND ? GROUP BY 1")
            .arg(schema::sqlList(schema::choiceSet(QStringLiteral("work_status"))->keys(Completion::Done))),
        {firstYear, lastYear});
    while (q.next())
        if (YearFigures *y = byYear.value(q.value(0).toInt())) {
            y->rounds = q.value(1).toInt();
            y->roundsHeld = q.value(2).toInt();
        }
}

// What is counted year by year: the coverage of the HSE roles and the risk levels.
void countCompetenceAndRisks(const UnitFile &file, const QList<RiskEvaluation> &risks, YearFigures &y)
{
    for (const CompetenceLine &line : competenceLines(file, y.year, QDate(y.year, 12, 31))) {
        ++y.competenceRequired;
        y.competenceCovered += !line.gap;
    }
    for (const RiskEvaluation &e : risks) {
        ++y.risks;
        if (const auto level = e.residual().level)
            ++y.risksByLevel[int(*level)];
        if (const auto level = e.before.level)
            ++y.risksBeforeByLevel[int(*level)];
    }
}

QList<IndicatorSeries> loadIndicators(const UnitFile &file, int lastYear)
{
    QList<IndicatorSeries> out;
    QHash<QString, qsizetype> index; // name (trimmed, case-folded) → position in out
    QSqlQuery q = file.select(
        QStringLiteral("SELECT i.year, i.name, i.unit_of_measure, i.direction, i.target, avg(v.value), count(v.value) "
                       "FROM indicator i LEFT JOIN indicator_value v ON v.indicator_id = i.id "
                       "WHERE i.year <= ? GROUP BY i.id ORDER BY i.year, i.rowid"),
        {lastYear});
    while (q.next()) {
        const QString name = q.value(1).toString().trimmed();
        const QString key = name.toCaseFolded();
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, out.size());
            out.append({name, {}, {}, {}});
        }
        IndicatorSeries &series = out[*it];
        if (!q.value(2).toString().isEmpty())
            series.unitOfMeasure = q.value(2).toString();
        if (!q.value(3).toString().isEmpty())
            series.direction = q.value(3).toString();
        IndicatorSeries::Year &y = series.years[q.value(0).toInt()];
        // Two indicators of one name in one year: the later one's target, the months of both.
        const int months = q.value(6).toInt();
        if (months > 0) {
            const double sum = q.value(5).toDouble() * months + y.mean.value_or(0) * y.months;
            y.months += months;
            y.mean = sum / y.months;
        }
        if (!q.value(4).isNull())
            y.target = q.value(4).toDouble();
    }
    return out;
}

} // namespace

YearFigures yearFigures(const UnitFile &file, int year)
{
    YearFigures y{year};
    QHash<int, YearFigures *> byYear{{year, &y}};
    countDeviations(file, year, byYear);
    countGoals(file, year, year, byYear);
    countRounds(file, year, year, byYear);
    countCompetenceAndRisks(file, evaluateRisks(file, year), y);
    return y;
}

YearComparison loadYearComparison(const UnitFile &file, int lastYear)
{
    return loadYearComparison(file, lastYear, evaluateRisksByYear(file));
}

YearComparison loadYearComparison(const UnitFile &file, int lastYear,
                                  const QHash<int, QList<RiskEvaluation>> &risksByYear)
{
    YearComparison out;
    const QList<int> years = file.years();
    if (lastYear == 0)
        lastYear = years.isEmpty() ? 0 : years.last();
    for (int year : years)
        if (year <= lastYear)
            out.years.append(YearFigures{year});
    QHash<int, YearFigures *> byYear;
    for (YearFigures &y : out.years)
        byYear.insert(y.year, &y);

    countDeviations(file, lastYear, byYear);
    const int firstYear = out.years.isEmpty() ? lastYear : out.years.constFirst().year;
    countGoals(file, firstYear, lastYear, byYear);
    countRounds(file, firstYear, lastYear, byYear);
    for (YearFigures &y : out.years)
        countCompetenceAndRisks(file, risksByYear.value(y.year), y);
    out.indicators = loadIndicators(file, lastYear);
    return out;
}

} // namespace ik
