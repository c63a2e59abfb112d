#include "core/review/deviationstats.h"

#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ik {

QMap<int, TertialCountsByCategory> deviationCountsByTertial(const UnitFile &file, int firstYear, int lastYear,
                                                            DeviationGrouping by)
{
    QMap<int, TertialCountsByCategory> counts;
    // reported_on is an ISO date (validated on every write), so its text orders as its date.
    QSqlQuery q = file.select(
        QStringLiteral("SELECT CAST(substr(reported_on, 1, 4) AS INTEGER), %2, "
                       "CAST(substr(reported_on, 6, 2) AS INTEGER), count(*), sum(status IN %1) "
                       "FROM deviation WHERE reported_on >= ? AND reported_on < ? GROUP BY 1, 2, 3")
            .arg(schema::sqlList(schema::choiceSet(QStringLiteral("deviation_status"))->keys(Completion::Open)),
                 by == DeviationGrouping::Severity ? QStringLiteral("severity") : QStringLiteral("category")),
        {QStringLiteral("%1-01-01").arg(firstYear, 4, 10, QLatin1Char('0')),
         QStringLiteral("%1-01-01").arg(lastYear + 1, 4, 10, QLatin1Char('0'))});
    while (q.next()) {
        const int month = q.value(2).toInt();
        if (month < 1 || month > 12)
            continue;
        TertialCounts &c = counts[q.value(0).toInt()][q.value(1).toString()];
        c[tertialOfMonth(month)] += q.value(3).toInt();
        c[3] += q.value(3).toInt();
        c[4] += q.value(4).toInt();
    }
    return counts;
}

TertialCountsByCategory deviationCountsByTertial(const UnitFile &file, int year, DeviationGrouping by)
{
    return deviationCountsByTertial(file, year, year, by).value(year);
}

QList<QVariantMap> deviationsReportedIn(const UnitFile &file, int year)
{
    return file.selectRecords(QStringLiteral("SELECT * FROM deviation WHERE reported_on >= ? AND reported_on < ? "
                                             "ORDER BY reported_on, rowid"),
                              {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-01-01").arg(year + 1)});
}

DeviationFacts deviationFacts(const QList<QVariantMap> &rows)
{
    DeviationFacts f;
    const TableDef &def = *schema::table(QStringLiteral("deviation"));
    for (const QVariantMap &r : rows) {
        ++f.reported;
        const QDate reported = QDate::fromString(r.value(QStringLiteral("reported_on")).toString(), Qt::ISODate);
        if (def.isClosed(r)) {
            ++f.closed;
            const QDate closed = QDate::fromString(r.value(QStringLiteral("closed_on")).toString(), Qt::ISODate);
            if (reported.isValid() && closed.isValid() && closed >= reported)
                f.daysToClose << int(reported.daysTo(closed));
        } else {
            ++f.open;
        }
        if (r.value(QStringLiteral("category")).toString() == QLatin1String("injury")) {
            ++f.injuries;
            f.injuriesWithAbsence += r.value(QStringLiteral("absence")).toBool();
        }
    }
    return f;
}

bool tertialFinished(int year, int tertial, const QDate &today)
{
    return today >= QDate(year, tertial * 4 + 1, 1).addMonths(4);
}

} // namespace ik
