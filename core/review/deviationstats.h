#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <array>

namespace ik {

class UnitFile;

// Deviations per tertial (FO-2: Jan–Apr, May–Aug, Sep–Dec) of one category: tertial 1, 2, 3,
// the year's total, and how many of them are still open.
using TertialCounts = std::array<int, 5>;
// Category key → its counts.
using TertialCountsByCategory = QHash<QString, TertialCounts>;

// The one count of deviations per tertial, used by the report, the tertial overview, year over
// year and the GUI: a deviation counts in the tertial of the date it was reported, whichever
// review year the row was filed under (a case reported in December and filed under the next
// year is a December case). Calendar years firstYear … lastYear, one grouped query.
// `by` names what the counts are keyed by: the category, or the severity (the faculty overview
// and the AMU ask for both; the key is then a severity key).
enum class DeviationGrouping { Category, Severity };
QMap<int, TertialCountsByCategory> deviationCountsByTertial(const UnitFile &file, int firstYear, int lastYear,
                                                            DeviationGrouping by = DeviationGrouping::Category);
TertialCountsByCategory deviationCountsByTertial(const UnitFile &file, int year,
                                                 DeviationGrouping by = DeviationGrouping::Category);

// The deviations reported in calendar year `year` (by the date reported), whole rows in the
// order reported: what the annual report lists and deviationFacts() counts.
QList<QVariantMap> deviationsReportedIn(const UnitFile &file, int year);

// What a year's reported deviations say besides their count per tertial: how many are still
// open, the personal injuries and those of them that led to absence, and the days it took to
// close each closed one. The annual report's summary, its key figures and the faculty overview.
struct DeviationFacts
{
    int reported = 0, open = 0, closed = 0;
    int injuries = 0, injuriesWithAbsence = 0;
    QList<int> daysToClose; // of the closed ones with both dates
};
DeviationFacts deviationFacts(const QList<QVariantMap> &rows);

// The tertial (0, 1, 2) a month (1–12) falls in.
constexpr int tertialOfMonth(int month) { return (month - 1) / 4; }
// Whether tertial `tertial` (0–2) of `year` has ended on `today`: a figure of an unfinished
// tertial is marked as such wherever it is shown.
bool tertialFinished(int year, int tertial, const QDate &today = QDate::currentDate());

} // namespace ik
