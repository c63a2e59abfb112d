#pragma once

#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>

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
QMap<int, TertialCountsByCategory> deviationCountsByTertial(const UnitFile &file, int firstYear, int lastYear);
TertialCountsByCategory deviationCountsByTertial(const UnitFile &file, int year);

// The tertial (0, 1, 2) a month (1–12) falls in.
constexpr int tertialOfMonth(int month) { return (month - 1) / 4; }
// Whether tertial `tertial` (0–2) of `year` has ended on `today`: a figure of an unfinished
// tertial is marked as such wherever it is shown.
bool tertialFinished(int year, int tertial, const QDate &today = QDate::currentDate());

} // namespace ik
