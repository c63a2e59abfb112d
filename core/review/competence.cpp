#include "core/review/competence.h"

#include "core/store/sqlitestatement.h"
#include "core/store/unitfile.h"

#include <QHash>
#include <QVariant>

namespace ik {

namespace {

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace

QList<CompetenceLine> competenceLines(const UnitFile &file, int year, const QDate &asOf)
{
    struct Done
    {
        QString course;
        QDate completed, validUntil;
    };
    QHash<QString, QList<Done>> trained; // person id → courses, newest completion first
    // Every year's training up to this one of the people who hold a role this year, through
    // SQLite's C API (sqlitestatement.h): the year comparison asks this for every year, and the
    // training of everyone else, most of it, is never looked at.
    sqlite::ReadStatement t(file.database(),
                            QStringLiteral("SELECT person_id, course, completed_on, valid_until FROM training_record "
                                           "WHERE year <= ? AND completed_on IS NOT NULL "
                                           "AND person_id IN (SELECT person_id FROM role_assignment WHERE year = ?) "
                                           "ORDER BY completed_on DESC"),
                            {year, year});
    while (t.next())
        trained[t.value(0).toString()].append({t.value(1).toString().trimmed(), dateOf(t.value(2)), dateOf(t.value(3))});

    struct Holder
    {
        QString id, name;
    };
    QHash<QString, QList<Holder>> holders; // role → people
    QSqlQuery r = file.select(QStringLiteral("SELECT a.role, a.person_id, p.name FROM role_assignment a "
                                           "LEFT JOIN person p ON p.id = a.person_id WHERE a.year = ? ORDER BY a.rowid"),
                      {year});
    while (r.next())
        holders[r.value(0).toString()].append({r.value(1).toString(), r.value(2).toString()});

    QList<CompetenceLine> lines;
    QSqlQuery c = file.select(QStringLiteral("SELECT role, course, mandatory FROM competence_requirement ORDER BY rowid"));
    while (c.next()) {
        const QString role = c.value(0).toString();
        const QString course = c.value(1).toString().trimmed();
        for (const Holder &holder : holders.value(role)) {
            CompetenceLine line{role, course, c.value(2).toBool(), holder.id, holder.name, {}, {}, true};
            for (const Done &done : trained.value(holder.id))
                if (done.course.compare(course, Qt::CaseInsensitive) == 0) {
                    line.completedOn = done.completed;
                    line.validUntil = done.validUntil;
                    line.gap = done.validUntil.isValid() && done.validUntil < asOf;
                    break;
                }
            lines.append(line);
        }
    }
    return lines;
}

} // namespace ik
