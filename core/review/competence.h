#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ik {

class UnitFile;

// One holder of an HSE role measured against one course the role requires (KA-7): the annual
// report's training table, the program's list of gaps and the year-over-year coverage all come
// from competenceLines(), so they never disagree.
struct CompetenceLine
{
    QString role;      // choice key
    QString course;
    bool mandatory = false;
    QString personId;
    QString person;    // name
    QDate completedOn; // invalid: no record of the course
    QDate validUntil;  // invalid: no expiry
    bool gap = false;  // no record, or expired before `asOf`
};

// Every (role holder, required course) pair of `year`, in requirement order. A course counts
// when a training record of the same course (case and surrounding spaces ignored) was completed
// in `year` or before; the newest such record decides whether it is still valid on `asOf`.
QList<CompetenceLine> competenceLines(const UnitFile &file, int year, const QDate &asOf);

} // namespace ik
