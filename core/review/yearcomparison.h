#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace ik {

class UnitFile;
struct RiskEvaluation;

// One review year's key figures, as compared across years (the year-over-year view and the
// annual report's comparison): deviations per tertial (FO-2), goal results (IG-6), training
// coverage of the HSE roles (KA-7), the risk levels of the year's risk assessments and the
// inspection rounds held.
struct YearFigures
{
    int year = 0;
    std::array<int, 3> deviationsPerTertial{}; // Jan–Apr, May–Aug, Sep–Dec
    int deviations = 0;                        // reported in the calendar year (see deviationCountsByTertial)

    int goals = 0;
    int goalsReached = 0, goalsPartly = 0, goalsNotReached = 0; // the rest are not evaluated

    int competenceRequired = 0; // (role holder, required course) pairs of the year
    int competenceCovered = 0;  // of those, valid at the end of the year

    int risks = 0;
    std::array<int, 3> risksByLevel{}; // residual level: acceptable, assess, unacceptable; the rest are not scored
    std::array<int, 3> risksBeforeByLevel{}; // the same before measures

    int rounds = 0, roundsHeld = 0; // inspection rounds (HMS-runder) of the year, and those done

    int goalsNotEvaluated() const { return goals - goalsReached - goalsPartly - goalsNotReached; }
    int risksNotScored() const { return risks - risksByLevel[0] - risksByLevel[1] - risksByLevel[2]; }
};

// An indicator followed through the years. The yearly rollover carries indicators forward by
// name, so one name is one series; its yearly figure is the mean of the months with a value.
struct IndicatorSeries
{
    QString name;
    QString unitOfMeasure; // as last recorded
    QString direction;     // "higher", "lower" or empty, as last recorded
    struct Year
    {
        std::optional<double> mean; // unset: no values that year
        int months = 0;
        std::optional<double> target;
    };
    QMap<int, Year> years;
};

struct YearComparison
{
    QList<YearFigures> years;          // oldest first
    QList<IndicatorSeries> indicators; // in the order they first appear
};

// The figures of one review year alone (the annual report's summary, the faculty overview):
// the same counts as a year of loadYearComparison, without the other years.
YearFigures yearFigures(const UnitFile &file, int year);

// Every review year the file holds, up to and including `lastYear` (0: all of them). A few
// grouped queries per year, whatever the number of rows.
YearComparison loadYearComparison(const UnitFile &file, int lastYear = 0);
// The same with the risks already scored (evaluateRisksByYear), by a caller that needs them too.
YearComparison loadYearComparison(const UnitFile &file, int lastYear,
                                  const QHash<int, QList<RiskEvaluation>> &risksByYear);

} // namespace ik
