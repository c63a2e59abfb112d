#include "core/report/yearcomparisonreport.h"

#include "core/common/translations.h"
#include "core/store/labels.h"
#include "core/risk/riskmatrix.h"

#include <QLocale>

#include <cmath>
#include <functional>

namespace ik::report {

namespace {

// A text of the report (context "ik::Report") in the report's language.
QString reportText(const char *english, const QString &language) { return translateFor(language, "ik::Report", english); }

QList<YearFigures> lastYears(const YearComparison &c, int maxYears)
{
    return maxYears > 0 && c.years.size() > maxYears ? c.years.mid(c.years.size() - maxYears) : c.years;
}

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

// Whole numbers without decimals, others with one: 4, 3.5 (3,5 in bokmål).
QString number(const QLocale &locale, double value)
{
    const double rounded = std::round(value * 10) / 10;
    return locale.toString(rounded, 'f', std::floor(rounded) == rounded ? 0 : 1);
}

class TableMaker
{
public:
    TableMaker(const QList<YearFigures> &years, const QString &language)
        : m_years(years), m_locale(localeOf(language))
    {
        m_table.columns << TableColumn{reportText("Figure", language), 3.6};
        for (const YearFigures &y : years)
            m_table.columns << TableColumn{QString::number(y.year), 1.1, true};
    }

    const QLocale &locale() const { return m_locale; }

    // A row whose cells are a count per year.
    void counts(const QString &label, const std::function<int(const YearFigures &)> &value)
    {
        cells(label, [&](const YearFigures &y) { return QString::number(value(y)); });
    }
    void cells(const QString &label, const std::function<QString(const YearFigures &)> &cell)
    {
        TableRow row;
        row.cells << label;
        for (const YearFigures &y : m_years)
            row.cells << cell(y);
        m_table.rows << row;
    }
    Table take() { return std::move(m_table); }

private:
    const QList<YearFigures> &m_years;
    QLocale m_locale;
    Table m_table;
};

} // namespace

Table yearComparisonTable(const YearComparison &comparison, const QString &language, int maxYears)
{
    const QList<YearFigures> years = lastYears(comparison, maxYears);
    TableMaker t(years, language);
    t.counts(reportText("Deviations, tertial 1 (Jan–Apr)", language), [](const YearFigures &y) { return y.deviationsPerTertial[0]; });
    t.counts(reportText("Deviations, tertial 2 (May–Aug)", language), [](const YearFigures &y) { return y.deviationsPerTertial[1]; });
    t.counts(reportText("Deviations, tertial 3 (Sep–Dec)", language), [](const YearFigures &y) { return y.deviationsPerTertial[2]; });
    t.counts(reportText("Deviations, whole year", language), [](const YearFigures &y) { return y.deviations; });

    t.counts(reportText("Goals set", language), [](const YearFigures &y) { return y.goals; });
    t.counts(reportText("Goals reached", language), [](const YearFigures &y) { return y.goalsReached; });
    t.counts(reportText("Goals partly reached", language), [](const YearFigures &y) { return y.goalsPartly; });
    t.counts(reportText("Goals not reached", language), [](const YearFigures &y) { return y.goalsNotReached; });
    t.counts(reportText("Goals not evaluated", language), [](const YearFigures &y) { return y.goalsNotEvaluated(); });

    const QString coverage = reportText("%1 of %2 (%3 %)", language);
    t.cells(reportText("Required training in order at the end of the year", language), [&](const YearFigures &y) {
        if (y.competenceRequired == 0)
            return QStringLiteral("–");
        const double share = 100.0 * y.competenceCovered / y.competenceRequired;
        return coverage.arg(y.competenceCovered).arg(y.competenceRequired).arg(number(t.locale(), share));
    });

    t.counts(reportText("Risks assessed", language), [](const YearFigures &y) { return y.risks; });
    const char *levels[] = {"acceptable", "assess", "unacceptable"};
    for (int level = 0; level < 3; ++level)
        t.counts(reportText("Risks, residual level: %1", language).arg(choiceLabel(QStringLiteral("risk_level"), QLatin1String(levels[level]), language)),
                 [level](const YearFigures &y) { return y.risksByLevel[level]; });
    t.counts(reportText("Risks not scored", language), [](const YearFigures &y) { return y.risksNotScored(); });

    for (const IndicatorSeries &series : comparison.indicators) {
        QString label = series.name;
        if (!series.unitOfMeasure.isEmpty())
            label += QStringLiteral(" (%1)").arg(series.unitOfMeasure);
        label = reportText("%1, mean per month", language).arg(label);
        const QString bound = series.direction == QLatin1String("higher") ? QStringLiteral("≥ %1")
                              : series.direction == QLatin1String("lower") ? QStringLiteral("≤ %1")
                                                                            : reportText("target %1", language);
        t.cells(label, [&](const YearFigures &y) {
            const auto it = series.years.constFind(y.year);
            if (it == series.years.constEnd())
                return QString();
            QString cell = it->mean ? number(t.locale(), *it->mean) : QStringLiteral("–");
            if (it->target)
                cell += QStringLiteral(" (%1)").arg(bound.arg(number(t.locale(), *it->target)));
            return cell;
        });
    }
    Table table = t.take();
    table.emptyText = reportText("No review year is recorded to compare.", language);
    if (years.isEmpty())
        table.rows.clear();
    return table;
}

BarChart deviationTrendChart(const YearComparison &comparison, const QString &language, int maxYears)
{
    const QList<YearFigures> years = lastYears(comparison, maxYears);
    BarChart chart;
    chart.groups = {reportText("Tertial 1 (Jan–Apr)", language), reportText("Tertial 2 (May–Aug)", language),
                    reportText("Tertial 3 (Sep–Dec)", language)};
    for (const YearFigures &y : years)
        chart.bars << QString::number(y.year);
    chart.series = {reportText("Deviations", language)};
    chart.values.resize(3);
    for (int tertial = 0; tertial < 3; ++tertial)
        for (const YearFigures &y : years)
            chart.values[tertial].append(QList<int>{y.deviationsPerTertial[tertial]});
    chart.valueTitle = reportText("Deviations per tertial", language);
    if (!years.isEmpty())
        chart.note = reportText("Pale bars: earlier years. Full colour: %1.", language).arg(years.last().year);
    return chart;
}

BarChart riskLevelChart(const YearComparison &comparison, const QString &language, int maxYears)
{
    const QList<YearFigures> years = lastYears(comparison, maxYears);
    BarChart chart;
    for (const YearFigures &y : years) {
        chart.groups << QString::number(y.year);
        chart.values.append({QList<int>{y.risksByLevel[0], y.risksByLevel[1], y.risksByLevel[2], y.risksNotScored()}});
    }
    chart.bars = {QString()};
    for (const char *level : {"acceptable", "assess", "unacceptable"})
        chart.series << choiceLabel(QStringLiteral("risk_level"), QLatin1String(level), language);
    chart.series << reportText("Not scored", language);
    chart.colors = {RiskMatrix::levelColor(RiskMatrix::Level::Acceptable), RiskMatrix::levelColor(RiskMatrix::Level::Assess),
                    RiskMatrix::levelColor(RiskMatrix::Level::Unacceptable), QColor(0xBD, 0xBD, 0xBD)};
    chart.valueTitle = reportText("Risks by residual level", language);
    chart.note = reportText("Residual level: after measures where they are scored, else before.", language);
    return chart;
}

} // namespace ik::report
