#pragma once

#include "core/sharing/changelog.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ik {

class UnitFile;

// What a sign-off covers: "review" (everything recorded for the year) or "action_plan" (the
// year's actions). Shared registers (people, legal register, routines, agreements) are living
// documents and not part of a year's fingerprint.
QStringList signedTables(const QString &scope);

// SHA-256 (hex) of the signed content of a year, independent of row order and timestamps.
QString contentFingerprint(const UnitFile &file, int year, const QString &scope);

// Records a sign-off of `scope` for `year` with the content's fingerprint; returns its id.
QString signOff(UnitFile &file, int year, const QString &scope, const QString &name,
                const QString &role, const QString &comment, QString *error);
bool withdrawSignOff(UnitFile &file, const QString &signoffId, const QString &reason, QString *error);

struct SignOffState
{
    QString id;
    QString scope, name, role, comment;
    QDateTime signedAt;
    bool changedSince = false;       // the fingerprint differs from the signed one
    QList<ChangeEntry> changes;      // what the change log holds for the scope since signing
};

// The year's sign-offs in force (not withdrawn), each with whether its content has changed.
QList<SignOffState> signOffStates(const UnitFile &file, int year);

} // namespace ik
