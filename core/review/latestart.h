#pragma once

#include "core/review/yearstatus.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QList>
#include <QString>

// A year begun late. A unit file made in November from the checklist template holds items whose
// deadlines (January's goals, the first tertial's review…) had passed before the file existed;
// they are not work the unit forgot, so the Overview does not greet its user with them as
// overdue. They can be given deadlines in the rest of the year instead, in the same order.
namespace ik {

struct LateItem
{
    QString id;
    QDate due;     // as the template set it
    QDate created; // the day the item was made
};

// The year's checklist items, in deadline order, whose deadline was before the day they were
// made and that are still not started.
QList<LateItem> itemsDueBeforeTheyWereMade(const UnitFile &file, int year);
bool isDueBeforeItWasMade(const Record &checklistItem);

// Takes the checklist items due before they were made out of `overdue` (a YearStatus list) and
// returns them: what the Overview and the due notice list as not started yet.
QList<DueItem> takeItemsDueBeforeTheyWereMade(const UnitFile &file, QList<DueItem> &overdue);

struct MovedDeadline
{
    QString id;
    QDate due;
};

// New deadlines for `items` between `from` and the year's last day: the span from the year's
// first day to the latest day an item was made is stretched onto it, so items keep their order
// and those due together stay together. Empty when `from` is not before the year's last day.
QList<MovedDeadline> deadlinesInRestOfYear(const QList<LateItem> &items, int year, const QDate &from);

} // namespace ik
