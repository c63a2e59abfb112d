#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace ik::upgrade {

// Upgrades of a unit file from an older format to the current one (schema::kVersion), step by
// step. Each released format's schema is frozen (frozenschema.h); a step turns a file of its
// format into one of the next, and a new format comes with its step (docs/fileformat.md).

// Who the change log names for rows an upgrade changes.
inline constexpr const char *kUpgradeUser = "Internkontroll upgrade";

struct StepContext
{
    QSqlDatabase db;   // inside the upgrade's transaction
    QString at;        // when, for the change log
    QStringList notes; // what the step changed in rows, for people ("2 duplicate cells removed")
};

struct Step
{
    int fromVersion = 0; // turns format fromVersion into fromVersion + 1
    // Changes to rows that the new schema needs, run first (may be empty). Every row changed is
    // recorded in the change log as kUpgradeUser's change.
    std::function<bool(StepContext &, QString *error)> changeRows;
    QStringList statements; // then these, in order
};

// Every step, oldest first: one for each format before schema::kVersion.
const QList<Step> &steps();

struct Result
{
    bool ok = false;
    QString backupPath; // the copy of the file as it was (ok only)
    QString message;    // for people: what was done and where the copy is, or why not
};

// Upgrades the unit file at `path`, of format `fromVersion` and sound by inspectFile(), to
// schema::kVersion. The caller holds the file's lock (no other writer of ours is at work).
// First a copy of the file as it is, byte for byte, is written beside it under a name not yet
// taken (unit.format-1-backup.db); then every step runs in one transaction with the new
// user_version, and the result must pass the new format's full check (schema and integrity)
// before it is committed. Any problem rolls back: the file is left as it was and the copy removed.
Result upgradeFile(const QString &path, int fromVersion);

// The name the copy of `path` as format `version` gets: beside it, the first not yet taken.
QString backupPathFor(const QString &path, int version);

// For a file of an older format opened read-only: it is shown as it is, and upgraded when it
// is opened for writing.
QString upgradeLaterText(const QString &fileName, int version);

// For reading a file of an older format without writing to it: copies `path` to `copy` (a new
// file in a scratch folder) and runs every step on the copy, as upgradeFile would on the file.
// The program's readers know only the newest schema; the copy is what the file will be once
// upgraded. False, with `error` for the log, if the copy cannot be made or fails the check.
bool upgradeScratchCopy(const QString &path, const QString &copy, int fromVersion, QString *error);

} // namespace ik::upgrade
