#include "core/report/yearcomparisonreport.h"

#include "core/report/reportstrings.h"
#include "core/risk/riskmatrix.h"

#include <QLocale>

#include <cmath>
#include <functional>

namespace ik::report {

namespace {

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
        : m_years(years), m_lang(language), m_locale(localeOf(language))
    {
        m_table.columns << TableColumn{text("Figure", language), 3.6};
        for (const YearFigures &y : years)
            m_table.columns << TableColumn{QString::number(y.year), 1.1, true};
    }

    QString s(const char *english) const { return text(english, m_lang); }
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
    QString m_lang;
    QLocale m_locale;
    Table m_table;
};

} // namespace

Table yearComparisonTable(const YearComparison &comparison, const QString &language, int maxYears)
{
    const QList<YearFigures> years = lastYears(comparison, maxYears);
    TableMaker t(years, language);
    t.counts(t.s("Deviations, tertial 1 (Jan–Apr)"), [](const YearFigures &y) { return y.deviationsPerTertial[0]; });
    t.counts(t.s("Deviations, tertial 2 (May–Aug)"), [](const YearFigures &y) { return y.deviationsPerTertial[1]; });
    t.counts(t.s("Deviations, tertial 3 (Sep–Dec)"), [](const YearFigures &y) { return y.deviationsPerTertial[2]; });
    t.counts(t.s("Deviations, whole year"), [](const YearFigures &y) { return y.deviations; });

    t.counts(t.s("Goals set"), [](const YearFigures &y) { return y.goals; });
    t.counts(t.s("Goals reached"), [](const YearFigures &y) { return y.goalsReached; });
    t.counts(t.s("Goals partly reached"), [](const YearFigures &y) { return y.goalsPartly; });
    t.counts(t.s("Goals not reached"), [](const YearFigures &y) { return y.goalsNotReached; });
    t.counts(t.s("Goals not evaluated"), [](const YearFigures &y) { return y.goalsNotEvaluated(); });

    const QString coverage = t.s("%1 of %2 (%3 %)");
    t.cells(t.s("Required training in order at the end of the year"), [&](const YearFigures &y) {
        if (y.competenceRequired == 0)
            return QStringLiteral("–");
        const double share = 100.0 * y.competenceCovered / y.competenceRequired;
        return coverage.arg(y.competenceCovered).arg(y.competenceRequired).arg(number(t.locale(), share));
    });

    t.counts(t.s("Risks assessed"), [](const YearFigures &y) { return y.risks; });
    const char *levels[] = {"acceptable", "assess", "unacceptable"};
    for (int level = 0; level < 3; ++level)
        t.counts(t.s("Risks, residual level: %1").arg(choiceLabel(QStringLiteral("risk_level"), QLatin1String(levels[level]), language)),
                 [level](const YearFigures &y) { return y.risksByLevel[level]; });
    t.counts(t.s("Risks not scored"), [](const YearFigures &y) { return y.risksNotScored(); });

    for (const IndicatorSeries &series : comparison.indicators) {
        QString label = series.name;
        if (!series.unitOfMeasure.isEmpty())
            label += QStringLiteral(" (%1)").arg(series.unitOfMeasure);
        label = t.s("%1, mean per month").arg(label);
        const QString bound = series.direction == QLatin1String("higher") ? QStringLiteral("≥ %1")
                              : series.direction == QLatin1String("lower") ? QStringLiteral("≤ %1")
                                                                            : t.s("target %1");
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
    table.emptyText = text("The file holds no review year to compare.", language);
    if (years.isEmpty())
        table.rows.clear();
    return table;
}

BarChart deviationTrendChart(const YearComparison &comparison, const QString &language, int maxYears)
{
    const QList<YearFigures> years = lastYears(comparison, maxYears);
    BarChart chart;
    chart.groups = {text("Tertial 1 (Jan–Apr)", language), text("Tertial 2 (May–Aug)", language),
                    text("Tertial 3 (Sep–Dec)", language)};
    for (const YearFigures &y : years)
        chart.bars << QString::number(y.year);
    chart.series = {text("Deviations", language)};
    chart.values.resize(3);
    for (int tertial = 0; tertial < 3; ++tertial)
        for (const YearFigures &y : years)
            chart.values[tertial].append(QList<int>{y.deviationsPerTertial[tertial]});
    chart.valueTitle = text("Deviations per tertial", language);
    if (!years.isEmpty())
        chart.note = text("Pale bars: earlier years. Full colour: %1.", language).arg(years.last().year);
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
    chart.series << text("Not scored", language);
    chart.colors = {RiskMatrix::levelColor(RiskMatrix::Level::Acceptable), RiskMatrix::levelColor(RiskMatrix::Level::Assess),
                    RiskMatrix::levelColor(RiskMatrix::Level::Unacceptable), QColor(0xBD, 0xBD, 0xBD)};
    chart.valueTitle = text("Risks by residual level", language);
    chart.note = text("Residual level: after measures where they are scored, else before.", language);
    return chart;
}

} // namespace ik::report
