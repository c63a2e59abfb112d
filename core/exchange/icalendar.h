#pragma once

#include <QByteArray>

namespace ik {

class UnitFile;

// The deadlines of a review year's actions and checklist items as an iCalendar file (RFC 5545):
// one all-day VEVENT per deadline. UIDs come from the records' ids, so importing a newer export
// updates the events instead of duplicating them; SEQUENCE rises with each change of a record.
QByteArray calendarOfDeadlines(const UnitFile &file, int year);

} // namespace ik
