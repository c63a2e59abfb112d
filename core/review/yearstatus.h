#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ik {

class UnitFile;

struct PhaseProgress
{
    QString phase;
    int done = 0;  // done or not applicable
    int total = 0;
};

// Something with a date that the coordinator must see to.
struct DueItem
{
    QString table; // checklist_item, action, risk (acceptance review), inspection_round
    QString id;
    QString title;
    QDate due;
    bool overdue = false;
};

// One review year at a glance: what the Overview page and `status` show.
struct YearStatus
{
    int year = 0;
    QList<PhaseProgress> phases;
    int openDeviations = 0;
    int actions = 0;
    int actionsDone = 0;
    int overdueActions = 0;
    int risks = 0;
    int risksAboveAcceptable = 0; // residual level (after measures, else before) not acceptable
    QList<DueItem> overdue;  // due before `today`, not done
    QList<DueItem> upcoming; // due within 30 days of `today`
};

YearStatus yearStatus(const UnitFile &file, int year, const QDate &today);
// Only the checklist progress per phase (YearStatus::phases): one grouped query over the year's
// checklist, whatever the number of deviations, for what shows it on every change.
QList<PhaseProgress> phaseProgress(const UnitFile &file, int year);
// Only what is due (YearStatus::overdue and ::upcoming, the rest left empty): a few small
// queries, for the notice shown on opening a file of any size.
YearStatus dueStatus(const UnitFile &file, int year, const QDate &today);
QJsonObject toJson(const YearStatus &status);

} // namespace ik
