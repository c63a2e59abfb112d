#include "core/review/deviationstats.h"

#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ik {

QHash<QString, std::array<int, 5>> deviationCountsByTertial(const UnitFile &file, int year)
{
    QHash<QString, std::array<int, 5>> counts;
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT category, (CAST(substr(reported_on, 6, 2) AS INTEGER) - 1) / 4 AS tertial, count(*), "
        "sum(status IN %1) FROM deviation WHERE year = ? GROUP BY category, tertial")
                  .arg(schema::sqlList(schema::choiceSet(QStringLiteral("deviation_status"))->keys(Completion::Open))));
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        std::array<int, 5> &c = counts[q.value(0).toString()];
        const int tertial = q.value(1).toInt();
        if (tertial >= 0 && tertial <= 2)
            c[tertial] += q.value(2).toInt();
        c[3] += q.value(2).toInt();
        c[4] += q.value(3).toInt();
    }
    return counts;
}

} // namespace ik
