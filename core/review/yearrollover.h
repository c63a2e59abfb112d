#pragma once

#include <QList>
#include <QString>

namespace ik {

class ChecklistTemplate;
class UnitFile;

struct RolloverResult
{
    bool alreadyStarted = false; // the year existed: nothing was changed
    int checklistItems = 0;
    int carriedActions = 0;
    int carriedRoles = 0;
    int carriedIndicators = 0;
};

// Last year's goals that have not been evaluated (IG-6): the rollover wants them evaluated first.
QList<QString> unevaluatedGoals(const UnitFile &file, int year);

// Starts review year `year` (after the file's latest) in one transaction: the template's
// checklist items due that year; unfinished actions carried forward, each linked to the action
// it continues; standing roles, delegated tasks and indicator definitions carried over; and the
// previous year locked. Running it again for a year that exists changes nothing.
bool startNextYear(UnitFile &file, int year, const ChecklistTemplate &checklist,
                   RolloverResult *result, QString *error);

} // namespace ik
