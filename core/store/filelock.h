#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace ik {

// One instance at a time holds a unit file for writing, through a lock file beside it
// (FILE.db.lock, a QLockFile: the holder's process id, program and computer). On the holder's
// own computer a lock whose program has gone is taken over by itself; another computer's lock
// cannot be checked from here, so one left by a laptop that crashed with the file on a shared
// folder stays until someone decides to break it.

// A lock held longer than this looks left behind: nobody keeps a file open for writing that long.
inline constexpr qint64 kLockAbandonedAfterSeconds = 12 * 60 * 60;

// Who holds a unit file's lock, as far as its lock file tells.
struct LockHolder
{
    qint64 pid = 0;
    QString application; // the holder's program, as its process is named
    QString host;        // the holder's computer; empty where the lock file does not say
    QString user;        // the lock file's owner, where the file system keeps one
    QDateTime since;     // when the lock was taken (the lock file's time); invalid if unknown
    bool otherComputer = false;
    bool old = false;    // held longer than kLockAbandonedAfterSeconds

    // Perhaps left behind by a program that stopped without closing the file: another
    // computer's lock, or an old one. Only such a lock may be broken (openBreakingLock).
    bool looksAbandoned() const { return otherComputer || old; }
    // For messages: "process 4711 (internkontroll) of kari on laptop-kari, since 01.12.2026 09:14".
    QString describe() const;
    // Why it looks abandoned, as a sentence; empty when it does not.
    QString whyAbandoned() const;
};

QString lockFilePath(const QString &unitPath);

// The lock's holder, when a lock file is there and says who holds it.
std::optional<LockHolder> lockHolder(const QString &unitPath,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

// Taking a unit file's lock for this instance.
struct LockAttempt
{
    std::unique_ptr<QLockFile> lock;  // null: another instance holds it
    std::optional<LockHolder> holder; // who held it (whose lock was broken, where it was)
    bool broken = false;              // the lock was taken by breaking the holder's
    QString problem;                  // why breaking it failed, for people
};

// Why a file opened read-only for another instance's lock.
struct LockRefusal
{
    std::optional<LockHolder> holder; // empty where the lock file does not say whose it is
    QString notBroken;                // asked to break it: why it was not, for people
};

// Takes the lock. With `breakAbandoned`, a lock that looks abandoned is broken: its lock file is
// removed and the lock taken in its place. If its program does still run, both then write the
// file; the caller has warned about that and records that it broke the lock.
LockAttempt takeLock(const QString &unitPath, bool breakAbandoned);

} // namespace ik
