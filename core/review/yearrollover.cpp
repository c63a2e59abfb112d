#include "core/review/yearrollover.h"

#include "core/review/reviewyear.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>

namespace ik {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ik::YearRollover", text); }

// Copies the user fields of a row into `year`, minus the given columns.
Record carried(const TableDef &table, const Record &row, int year, const QStringList &drop = {})
{
    Record copy;
    for (const ColumnDef &c : table.columns)
        if (!drop.contains(c.name) && !row.value(c.name).isNull())
            copy.insert(c.name, row.value(c.name));
    copy.insert(QStringLiteral("year"), year);
    return copy;
}
} // namespace

QList<QString> unevaluatedGoals(const UnitFile &file, int year)
{
    QList<QString> titles;
    for (const Record &goal : file.records(QStringLiteral("goal"), RecordFilter::ofYear(year)))
        if (goal.value(QStringLiteral("result")).toString() == QLatin1String("not_evaluated"))
            titles << goal.value(QStringLiteral("title")).toString();
    return titles;
}

bool startNextYear(UnitFile &file, int year, const ChecklistTemplate &checklist,
                   RolloverResult *result, QString *error)
{
    RolloverResult counts;
    const QList<int> years = file.years();
    if (years.contains(year)) {
        counts.alreadyStarted = true;
        *result = counts;
        return true;
    }
    const int previous = years.isEmpty() ? 0 : years.last();
    if (year < previous) {
        *error = tr("Review year %1 comes before the file's latest year, %2; a new year can only "
                    "follow the latest.")
                     .arg(year)
                     .arg(previous);
        return false;
    }
    UnitFile::Transaction tx(file);
    if (!startReviewYear(file, year, checklist, error))
        return false;
    counts.checklistItems = file.count(QStringLiteral("checklist_item"), RecordFilter::ofYear(year));
    if (previous) {
        const RecordFilter last = RecordFilter::ofYear(previous);
        const TableDef &action = *schema::table(QStringLiteral("action"));
        for (const Record &a : file.records(QStringLiteral("action"), last)) {
            if (action.isClosed(a)) // done or cancelled: stays in its year
                continue;
            Record next = carried(action, a, year, {QStringLiteral("completed_on")});
            next.insert(QStringLiteral("carried_from_id"), a.value(QStringLiteral("id")));
            if (file.insert(QStringLiteral("action"), next, error).isEmpty())
                return false;
            ++counts.carriedActions;
        }
        for (const QString &table : {QStringLiteral("role_assignment"), QStringLiteral("delegated_task")}) {
            for (const Record &r : file.records(table, last)) {
                if (file.insert(table, carried(*schema::table(table), r, year), error).isEmpty())
                    return false;
                counts.carriedRoles += table == QLatin1String("role_assignment");
            }
        }
        for (const Record &r : file.records(QStringLiteral("indicator"), last)) {
            if (file.insert(QStringLiteral("indicator"), carried(*schema::table(QStringLiteral("indicator")), r, year), error).isEmpty())
                return false;
            ++counts.carriedIndicators;
        }
        QString previousId;
        for (const Record &r : file.records(QStringLiteral("review_year")))
            if (r.value(QStringLiteral("year")).toInt() == previous)
                previousId = r.value(QStringLiteral("id")).toString();
        if (!file.update(QStringLiteral("review_year"), previousId,
                         {{QStringLiteral("locked"), true}, {QStringLiteral("status"), QStringLiteral("closed")}}, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    *result = counts;
    return true;
}

} // namespace ik
