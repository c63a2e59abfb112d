#include "core/store/filelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace ik {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ik::FileLock", text); }
} // namespace

QString lockFilePath(const QString &unitPath) { return unitPath + QStringLiteral(".lock"); }

QString LockHolder::describe() const
{
    const QString process = application.isEmpty()
                                ? tr("process %1").arg(pid)
                                : tr("process %1 (%2)").arg(QString::number(pid), application);
    const QString computer = host.isEmpty() ? tr("an unknown computer") : host;
    const QString who = user.isEmpty() ? tr("%1 on %2").arg(process, computer)
                                       : tr("%1 of %2 on %3").arg(process, user, computer);
    if (!since.isValid())
        return who;
    return tr("%1, since %2").arg(who, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

QString LockHolder::whyAbandoned() const
{
    if (otherComputer)
        return tr("It is held from another computer, and whether the program still runs there "
                  "cannot be checked from here.");
    if (old)
        return tr("It has been held for more than %1 hours.").arg(kLockAbandonedAfterSeconds / 3600);
    return {};
}

std::optional<LockHolder> lockHolder(const QString &unitPath, const QDateTime &now)
{
    const QString path = lockFilePath(unitPath);
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    QLockFile file(path);
    LockHolder h;
    if (!file.getLockInfo(&h.pid, &h.host, &h.application))
        return std::nullopt;
    h.user = info.owner();
    h.since = info.lastModified().toUTC();
    // As QLockFile tells computers apart: by the machine id on the fourth line where both have
    // one (two computers may have one name), else by name.
    QByteArray machineId;
    QFile content(path);
    if (content.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = content.readAll().split('\n');
        machineId = lines.value(3).trimmed();
    }
    const QByteArray ourId = QSysInfo::machineUniqueId();
    h.otherComputer = !machineId.isEmpty() && !ourId.isEmpty()
                          ? machineId != ourId
                          : !h.host.isEmpty() && h.host != QSysInfo::machineHostName();
    h.old = h.since.isValid() && h.since.secsTo(now) > kLockAbandonedAfterSeconds;
    return h;
}

LockAttempt takeLock(const QString &unitPath, bool breakAbandoned)
{
    LockAttempt attempt;
    attempt.lock = std::make_unique<QLockFile>(lockFilePath(unitPath));
    attempt.lock->setStaleLockTime(0); // stale only when its process is gone (on this computer)
    if (attempt.lock->tryLock(0))
        return attempt;
    attempt.holder = lockHolder(unitPath);
    if (breakAbandoned && attempt.holder && attempt.holder->looksAbandoned()) {
        QFile stale(lockFilePath(unitPath));
        if (stale.remove() && attempt.lock->tryLock(0)) {
            attempt.broken = true;
            return attempt;
        }
        attempt.problem = stale.error() != QFileDevice::NoError
                              ? tr("The lock could not be broken: its file “%1” could not be removed (%2).")
                                    .arg(QFileInfo(stale).fileName(), stale.errorString())
                              : tr("The lock could not be broken: another program took it at the same moment.");
    } else if (breakAbandoned) {
        attempt.problem = tr("The lock was not broken: it belongs to a program that runs on this "
                             "computer. Close the file there.");
    }
    attempt.lock.reset();
    return attempt;
}

} // namespace ik
