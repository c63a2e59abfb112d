#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ik {

struct TableDef;
class UnitFile;
using Record = QVariantMap;

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
    double actionCost = 0, actionCostDone = 0; // NOK, of the actions counted (see ActionFigures)
    int risks = 0;
    int risksAboveAcceptable = 0; // residual level (after measures, else before) not acceptable
    int supervisions = 0;         // by authorities or external parties, this year
    int openOrders = 0;           // orders given in those, not yet closed
    QList<DueItem> overdue;  // due before `today`, not done
    QList<DueItem> upcoming; // due within 30 days of `today`
};

// A year's action plan counted: cancelled actions count in none of these (neither done, nor
// among the actions, nor in the cost); overdue is past its deadline on `today` and not finished.
// What `status`, the annual report's summary and the faculty overview print.
struct ActionFigures
{
    int counted = 0, done = 0, overdue = 0;
    double cost = 0, costDone = 0; // cost_nok
};
ActionFigures actionFigures(const QList<Record> &actions, const QDate &today);

// The titles of due items are in `language` ("nb" or "en"): a checklist item's own title in that
// language, "Review acceptance: …" for a risk.
YearStatus yearStatus(const UnitFile &file, int year, const QDate &today,
                      const QString &language = QStringLiteral("en"));
// Only the checklist progress per phase (YearStatus::phases): one grouped query over the year's
// checklist, whatever the number of deviations, for what shows it on every change.
QList<PhaseProgress> phaseProgress(const UnitFile &file, int year);
// Only what is due (YearStatus::overdue and ::upcoming, the rest left empty): a few small
// queries, for the notice shown on opening a file of any size.
YearStatus dueStatus(const UnitFile &file, int year, const QDate &today,
                     const QString &language = QStringLiteral("en"));
QJsonObject toJson(const YearStatus &status);

// A row of a table that has a due date (TableDef::dueColumn: actions, checklist items, risks'
// acceptance reviews) and a date in it.
struct DatedRow
{
    const TableDef *table = nullptr;
    Record row;
    QDate date;       // the due column's date
    bool due = false; // due by the rules (TableDef::dueDate): still to be done, not finished
};
// Every such row of a review year, due or finished: what the status and the calendar list. Rows
// of tables without a year of their own (risks) belong to their parent's year.
QList<DatedRow> datedRows(const UnitFile &file, int year);
// What such a row is called for people in `language`: its title (a checklist item's in that
// language, with its tertial), "Review acceptance: …" for a risk.
QString dueTitle(const DatedRow &row, const QString &language);

} // namespace ik
