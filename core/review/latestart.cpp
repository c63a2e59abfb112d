#include "core/review/latestart.h"

#include <QDateTime>

#include <algorithm>

namespace ik {

namespace {

QDate createdOn(const Record &r)
{
    // created_at is UTC; the day the user saw is the local one.
    return QDateTime::fromString(r.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace

bool isDueBeforeItWasMade(const Record &item)
{
    const QDate due = QDate::fromString(item.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    const QDate created = createdOn(item);
    return due.isValid() && created.isValid() && due < created
        && item.value(QStringLiteral("status")).toString() == QLatin1String("not_started");
}

QList<LateItem> itemsDueBeforeTheyWereMade(const UnitFile &file, int year)
{
    QList<LateItem> out;
    for (const Record &r : file.records(QStringLiteral("checklist_item"), RecordFilter::ofYear(year)))
        if (isDueBeforeItWasMade(r))
            out.append({r.value(QStringLiteral("id")).toString(),
                        QDate::fromString(r.value(QStringLiteral("due_date")).toString(), Qt::ISODate), createdOn(r)});
    std::stable_sort(out.begin(), out.end(), [](const LateItem &a, const LateItem &b) { return a.due < b.due; });
    return out;
}

QList<DueItem> takeItemsDueBeforeTheyWereMade(const UnitFile &file, QList<DueItem> &overdue)
{
    QList<DueItem> late;
    for (qsizetype i = overdue.size() - 1; i >= 0; --i) {
        if (overdue[i].table != QLatin1String("checklist_item"))
            continue;
        if (const auto item = file.record(overdue[i].table, overdue[i].id); item && isDueBeforeItWasMade(*item))
            late.prepend(overdue.takeAt(i));
    }
    return late;
}

QList<MovedDeadline> deadlinesInRestOfYear(const QList<LateItem> &items, int year, const QDate &from)
{
    const QDate first(year, 1, 1), last(year, 12, 31);
    if (items.isEmpty() || !from.isValid() || from >= last)
        return {};
    QDate made = first;
    for (const LateItem &i : items)
        made = std::max(made, i.created);
    const qint64 span = std::max<qint64>(1, first.daysTo(made));
    const qint64 room = from.daysTo(last);
    QList<MovedDeadline> out;
    for (const LateItem &i : items) {
        const qint64 at = std::clamp<qint64>(first.daysTo(i.due), 0, span);
        out.append({i.id, from.addDays(at * room / span)});
    }
    return out;
}

} // namespace ik
