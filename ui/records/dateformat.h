#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ik::ui {

// Dates as a person reads them: the locale's short format (31.12.2026 in bokmål), always with a
// four-digit year, so that a deadline never reads as 12/31/26. The file keeps ISO dates.
QString dateDisplayFormat();
QString displayDate(const QDate &date);
// An ISO date from the file (yyyy-MM-dd) for people; an invalid one as it is.
QString displayDate(const QString &isoDate);
// A moment (the change log's, a comment's, a sign-off's) in local time: the date as above and
// the time in hours and minutes.
QString displayDateTime(const QDateTime &moment);

} // namespace ik::ui
