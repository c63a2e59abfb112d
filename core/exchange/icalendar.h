#pragma once

#include <QByteArray>
#include <QString>

namespace ik {

class UnitFile;

// The deadlines of a review year as an iCalendar file (RFC 5545): one all-day VEVENT per row with
// a due date (datedRows() in core/review/yearstatus.h: actions, checklist items, reviews of
// accepted risks), CONFIRMED while it is due and CANCELLED once it is finished, so a calendar
// that imports a newer export drops what is done. UIDs come from the records' ids, so importing
// updates the events instead of duplicating them; SEQUENCE rises with each change of a record.
// Titles and descriptions are in `language` ("nb" or "en").
QByteArray calendarOfDeadlines(const UnitFile &file, int year, const QString &language);

} // namespace ik
