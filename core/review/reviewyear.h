#pragma once

#include <QString>

namespace ik {

class ChecklistTemplate;
class UnitFile;

// Adds review year `year` to the file with the checklist entries the template makes due that
// year. Refuses a year the file already has.
bool startReviewYear(UnitFile &file, int year, const ChecklistTemplate &checklist, QString *error);

} // namespace ik
