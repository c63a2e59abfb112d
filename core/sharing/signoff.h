#pragma once

#include "core/sharing/changelog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ik {

class UnitFile;

// What a sign-off of `scope` covers: the tables whose rows its fingerprint takes in, parents
// before children. "review": everything the year's annual report is made from: the records of
// the year and of the years before it (the report compares years), with the registers it
// prints: the unit, people, required competence and the risk matrix. "action_plan": the year's
// actions, the unit and people (each action names who is responsible). Not covered: registers
// the report does not print (legal register, routines, agreements), comments and review years.
QStringList signedTables(const QString &scope);

// The fingerprint a sign-off records today: "v2:" and the SHA-256 (hex) of the covered content
// (see signedTables) and of the sign-off's own year, scope, name, role, comment and time, as
// `signoff` (a signoff row's values) holds them. Independent of row order and timestamps.
// It detects change; it is no signature: anyone who can write the file can sign it again.
QString contentFingerprint(const UnitFile &file, int year, const QString &scope, const QVariantMap &signoff);
// The first fingerprint, which sign-offs made before "v2:" hold (bare hex): the year's own records
// only, without the matrix, people or the signer. Kept so that those sign-offs still verify.
QString fingerprintV1(const UnitFile &file, int year, const QString &scope);
// Whether a signoff row's recorded fingerprint matches the file as it is now, by its version.
bool fingerprintMatches(const UnitFile &file, const QVariantMap &signoff);

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

// What is not finished in the year's review, for people, in `language` (nb or en), before the
// review is signed off: the system review (FO-4) criteria not assessed, report sections (RA-3 a–e,
// RA-1) without text, and checklist items still open. Empty when nothing is missing. Signing
// is still allowed; the program asks first (the CLI says it on stderr).
QStringList reviewGaps(const UnitFile &file, int year, const QString &language);

// The year's sign-offs in force (not withdrawn), each with whether its content has changed.
QList<SignOffState> signOffStates(const UnitFile &file, int year);

// The sign-off of the review itself (scope "review") among `states`, or null: what the annual
// report's status and its DRAFT mark go by, and the faculty overview's sign-off column.
const SignOffState *reviewSignOff(const QList<SignOffState> &states);

// The criteria of the annual system review (FO-4, keys of "review_criterion") that the year's
// review has not assessed: no row, or "not assessed".
QStringList unassessedCriteria(const UnitFile &file, int year);

} // namespace ik
