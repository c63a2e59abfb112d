#include "core/store/filecheck.h"

#include "core/store/filelock.h"
#include "core/store/frozenschema.h"
#include "core/store/schema.h"
#include "core/store/sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

// A name from the file, fit to quote in a message: it is the file's text, not ours, so control
// and bidirectional-override characters are shown as "?" and a long one is cut.
QString quotedName(const QString &name)
{
    QString out = name.left(60);
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    return out;
}

// The tables SQLite makes by itself in any database when asked to (AUTOINCREMENT's counters,
// ANALYZE's statistics: sqlite_stat2 and 3 by older versions, 4 by some builds). They hold data
// for SQLite, no code, so a file that has them is still the program's file.
bool isSqliteInternalTable(const frozen::SchemaObject &o)
{
    static const QList<frozen::SchemaObject> internal{
        {QStringLiteral("table"), QStringLiteral("sqlite_sequence"), QStringLiteral("sqlite_sequence"),
         QStringLiteral("CREATE TABLE sqlite_sequence(name,seq)")},
        {QStringLiteral("table"), QStringLiteral("sqlite_stat1"), QStringLiteral("sqlite_stat1"),
         QStringLiteral("CREATE TABLE sqlite_stat1(tbl,idx,stat)")},
        {QStringLiteral("table"), QStringLiteral("sqlite_stat2"), QStringLiteral("sqlite_stat2"),
         QStringLiteral("CREATE TABLE sqlite_stat2(tbl,idx,sampleno,sample)")},
        {QStringLiteral("table"), QStringLiteral("sqlite_stat3"), QStringLiteral("sqlite_stat3"),
         QStringLiteral("CREATE TABLE sqlite_stat3(tbl,idx,neq,nlt,ndlt,sample)")},
        {QStringLiteral("table"), QStringLiteral("sqlite_stat4"), QStringLiteral("sqlite_stat4"),
         QStringLiteral("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)")},
    };
    return internal.contains(o);
}

} // namespace

bool FileCheck::olderFormat() const { return ok() && schemaVersion < schema::kVersion; }

QStringList schemaDifferences(const QSqlDatabase &db, int version)
{
    // Every object counts, SQLite's own included: a name beginning with "sqlite_" is no pass.
    const QList<frozen::SchemaObject> format = frozen::expectedObjects(version);
    QHash<QString, frozen::SchemaObject> expected;
    for (const frozen::SchemaObject &o : format)
        expected.insert(o.type + QLatin1Char(':') + o.name, o);
    QStringList problems;
    QSet<QString> seen;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        return {tr("a schema that cannot be read")};
    while (q.next()) {
        const frozen::SchemaObject o{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).isNull() ? QString() : q.value(3).toString()};
        const QString key = o.type + QLatin1Char(':') + o.name;
        seen.insert(key);
        const auto it = expected.constFind(key);
        if (it == expected.constEnd()) {
            if (!isSqliteInternalTable(o))
                problems << tr("an extra %1 “%2”").arg(quotedName(o.type), quotedName(o.name));
        } else if (*it != o) {
            problems << tr("a changed %1 “%2”").arg(o.type, o.name);
        }
    }
    for (const frozen::SchemaObject &o : format)
        if (!seen.contains(o.type + QLatin1Char(':') + o.name))
            problems << tr("a missing %1 “%2”").arg(o.type, o.name);
    return problems;
}

bool integrityFaults(const QSqlDatabase &db, QStringList *faults, QString *errorCode)
{
    faults->clear();
    // integrity_check, not quick_check: only the full check compares every index with its
    // table, and so finds indexes whose root pages were swapped in the schema.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (errorCode)
            *errorCode = check.lastError().nativeErrorCode();
        return false;
    }
    while (check.next())
        *faults << check.value(0).toString();
    if (*faults == QStringList{QStringLiteral("ok")})
        faults->clear();
    return true;
}

namespace {

// SQLite's integrity check of an open connection to `path`, as inspectFile judges it: `result`
// back as it came when the file is sound, or when the check cannot look past an unfinished
// write (`unfinished` is then set; open() checks a recovered copy).
FileCheck judgeIntegrity(const QSqlDatabase &db, const QString &name, FileCheck result, bool *unfinished = nullptr)
{
    QStringList faults;
    QString errorCode;
    if (!integrityFaults(db, &faults, &errorCode)) {
        if (result.hotJournal) {
            if (unfinished)
                *unfinished = true;
            return result;
        }
        if (errorCode == QLatin1String("5")) // SQLITE_BUSY
            return refuse(FileProblem::Unreadable,
                          tr("“%1” is being written by another program and stayed busy; try again "
                             "in a moment.")
                              .arg(name));
        return refuse(FileProblem::Damaged,
                      tr("“%1” is damaged and cannot be read. It was not opened and has not been "
                         "changed; use a backup copy.")
                          .arg(name));
    }
    if (!faults.isEmpty())
        return refuse(FileProblem::Damaged,
                      QCoreApplication::translate(
                          "ik::FileCheck",
                          "“%1” is damaged: SQLite's integrity check found %n problem(s), the first being "
                          "“%2”. It was not opened and has not been changed; use a backup copy.",
                          "", int(faults.size()))
                          .arg(name, faults.value(0)));
    return result;
}

} // namespace

FileCheck checkIntegrity(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QString error;
    sqlite::ScopedConnection connection(path, true, &error);
    if (!connection.isOpen())
        return refuse(FileProblem::Damaged, tr("“%1” cannot be opened: %2").arg(name, error));
    return judgeIntegrity(connection.db(), name, FileCheck());
}

FileCheck inspectFile(const QString &path, IntegrityCheck integrity)
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
    // user_version is a signed 32-bit number in the header; 0 or below was never written by us.
    result.schemaVersion = qFromBigEndian<qint32>(bytes + 60);
    if (result.schemaVersion > schema::kVersion)
        return refuse(FileProblem::NewerSchema,
                      tr("“%1” was written by a newer version of Internkontroll (file format %2; "
                         "this version reads up to %3). Install the newer version to open it.")
                          .arg(name, QString::number(result.schemaVersion),
                               QString::number(schema::kVersion)));
    if (!frozen::isKnownFormat(result.schemaVersion))
        return refuse(FileProblem::InvalidFormat,
                      tr("“%1” is marked as an Internkontroll unit file, but its file format "
                         "number (%2) is not one that any version of Internkontroll writes: it has "
                         "been changed outside the program or damaged. It was not opened and has "
                         "not been changed; use a backup copy.")
                          .arg(name, QString::number(result.schemaVersion)));
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
    // Only a file in rollback-journal mode (header bytes 18 and 19: 1), as the program writes
    // them: opening one in WAL mode for writing changes its mode, a write before the check.
    if (integrity == IntegrityCheck::Later && !result.hotJournal && bytes[18] == 1 && bytes[19] == 1) {
        result.integrityPending = true;
    } else {
        bool unfinished = false;
        result = judgeIntegrity(connection.db(), name, result, &unfinished);
        if (!result.ok() || unfinished)
            return result;
    }
    const QStringList unexpected = schemaDifferences(connection.db(), result.schemaVersion);
    if (!unexpected.isEmpty())
        return refuse(FileProblem::Untrusted,
                      tr("“%1” has been changed outside Internkontroll: it holds %2. Such a "
                         "file could behave differently from what you see, so it was not "
                         "opened and has not been changed.")
                          .arg(name, unexpected.mid(0, 5).join(QStringLiteral(", "))));
    return result;
}

} // namespace ik
