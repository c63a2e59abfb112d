#pragma once

#include <QDateTime>
#include <QString>

namespace ik {

class ChecklistTemplate;
class UnitFile;

// Adds review year `year` to the file with the checklist entries the template makes due that
// year. Refuses a year the file already has. `madeAt`, when given, is the moment the entries
// count as made (created_at) instead of now: the demo's unit has worked since the year began, so
// its deadlines were not already past when its checklist was made (latestart.h).
bool startReviewYear(UnitFile &file, int year, const ChecklistTemplate &checklist, QString *error,
                     const QDateTime &madeAt = {});

} // namespace ik
