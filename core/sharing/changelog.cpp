#include "core/sharing/changelog.h"

#include "core/store/unitfile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ik {

QList<ChangeEntry> changeLog(const UnitFile &file, const ChangeFilter &filter)
{
    QStringList where{QStringLiteral("seq > ?")};
    QVariantList binds{filter.afterSeq};
    if (filter.since.isValid()) {
        where << QStringLiteral("at > ?");
        binds << filter.since.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        binds << filter.until.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.tables.isEmpty()) {
        QStringList marks;
        for (const QString &t : filter.tables) {
            marks << QStringLiteral("?");
            binds << t;
        }
        where << QStringLiteral("table_name IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, user, table_name, record_id, operation, column_name, "
                             "old_value, new_value FROM change_log WHERE %1 ORDER BY seq %2 LIMIT %3")
                  .arg(where.join(QStringLiteral(" AND ")),
                       filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                  .arg(filter.limit));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<ChangeEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString()});
    return out;
}

} // namespace ik
