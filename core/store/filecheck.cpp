#include "core/store/filecheck.h"

#include "core/store/filelock.h"
#include "core/store/schema.h"
#include "core/store/sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::FileCheck", text); }

FileCheck refuse(FileProblem problem, const QString &message)
{
    FileCheck c;
    c.problem = problem;
    c.message = message;
    return c;
}

// Objects in the file that the program's schema does not have, or has differently.
QStringList unexpectedObjects(const QSqlDatabase &db)
{
    const QMap<QString, QString> expected = schema::expectedObjects();
    QStringList problems;
    QSet<QString> seen;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        seen.insert(key);
        const auto it = expected.constFind(key);
        if (it == expected.constEnd())
            problems << tr("an extra %1 “%2”").arg(q.value(0).toString(), q.value(1).toString());
        else if (it.value() != q.value(2).toString())
            problems << tr("a changed %1 “%2”").arg(q.value(0).toString(), q.value(1).toString());
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (!seen.contains(it.key()))
            problems << tr("a missing %1 “%2”").arg(it.key().section(QLatin1Char(':'), 0, 0),
                                                  it.key().section(QLatin1Char(':'), 1));
    return problems;
}

} // namespace

FileCheck inspectFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return refuse(FileProblem::Missing, tr("The file “%1” does not exist.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(FileProblem::Unreadable,
                      tr("The file “%1” cannot be read: %2").arg(name, file.errorString()));
    if (info.size() == 0)
        return refuse(FileProblem::Empty,
                      tr("The file “%1” is empty, so it holds no unit. Perhaps a copy or download "
                         "was interrupted; look for the original.")
                          .arg(name));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return refuse(FileProblem::NotSqlite,
                      tr("“%1” is not an Internkontroll unit file (it is not an SQLite database).")
                          .arg(name));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    if (qFromBigEndian<quint32>(bytes + 68) != schema::kApplicationId)
        return refuse(FileProblem::ForeignDatabase,
                      tr("“%1” is an SQLite database made by another program, not an "
                         "Internkontroll unit file. It was not opened and has not been changed.")
                          .arg(name));
    FileCheck result;
    result.schemaVersion = int(qFromBigEndian<quint32>(bytes + 60));
    if (result.schemaVersion > schema::kVersion)
        return refuse(FileProblem::NewerSchema,
                      tr("“%1” was written by a newer version of Internkontroll (file format %2; "
                         "this version reads up to %3). Install the newer version to open it.")
                          .arg(name)
                          .arg(result.schemaVersion)
                          .arg(schema::kVersion));
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    // A journal beside the file belongs either to a writer that is at work right now (it holds
    // the program's lock file) or to one that stopped half-way: a "hot" journal, which SQLite
    // plays back when the file is next opened for writing. Either way the file's pages may be
    // mid-change, so its size is judged only when there is no journal.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool journalPresent = journal.exists() && journal.size() > 0;
    if (journalPresent) {
        // Stale only when its process is gone: QLockFile's default would take (and delete) any
        // lock older than 30 s, another computer's too. A lock that looks left behind (a crash,
        // see filelock.h) has no writer at work.
        QLockFile probe(lockFilePath(path));
        probe.setStaleLockTime(0);
        const bool held = !probe.tryLock(0) && probe.error() == QLockFile::LockFailedError;
        const std::optional<LockHolder> holder = held ? lockHolder(path) : std::nullopt;
        result.hotJournal = !held || (holder && holder->looksAbandoned());
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0
        || (!journalPresent && countValid && qint64(pageCount) * pageSize > info.size()))
        return refuse(FileProblem::Damaged,
                      tr("“%1” is damaged: it is shorter than its own header says (it may have "
                         "been cut off while copying). It was not opened and has not been changed.")
                          .arg(name));
    file.close();

    QString error;
    sqlite::ScopedConnection connection(path, true, &error);
    if (!connection.isOpen())
        return refuse(FileProblem::Damaged, tr("“%1” cannot be opened: %2").arg(name, error));
    QSqlQuery check(connection.db());
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (result.hotJournal)
            return result; // the read-only check cannot look past an unfinished write; see open()
        if (check.lastError().nativeErrorCode() == QLatin1String("5")) // SQLITE_BUSY
            return refuse(FileProblem::Unreadable,
                          tr("“%1” is being written by another program and stayed busy; try again "
                             "in a moment.")
                              .arg(name));
        return refuse(FileProblem::Damaged,
                      tr("“%1” is damaged and cannot be read (%2). It was not opened and has not "
                         "been changed; use a backup copy.")
                          .arg(name, check.lastError().text()));
    }
    QStringList faults;
    while (check.next())
        faults << check.value(0).toString();
    if (faults != QStringList{QStringLiteral("ok")})
        return refuse(FileProblem::Damaged,
                      QCoreApplication::translate(
                          "ik::FileCheck",
                          "“%1” is damaged: SQLite's integrity check found %n problem(s), the first being "
                          "“%2”. It was not opened and has not been changed; use a backup copy.",
                          "", int(faults.size()))
                          .arg(name, faults.value(0)));
    if (result.schemaVersion == schema::kVersion) {
        const QStringList unexpected = unexpectedObjects(connection.db());
        if (!unexpected.isEmpty())
            return refuse(FileProblem::Untrusted,
                          tr("“%1” has been changed outside Internkontroll: it holds %2. Such a "
                             "file could behave differently from what you see, so it was not "
                             "opened and has not been changed.")
                              .arg(name, unexpected.mid(0, 5).join(QStringLiteral(", "))));
    }
    return result;
}

} // namespace ik
