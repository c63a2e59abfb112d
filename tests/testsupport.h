#pragma once
// Helpers shared by the tests: scratch folders, file hashes, running the CLI.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace iktest {

// A copy of `source` at `target`, with its journal, taken in the middle of a transaction that ran
// `statements` and then enough inserts to spill pages into the file: what a program that stopped
// at that moment leaves behind. The source itself is rolled back. False if a step failed.
inline bool snapshotMidTransaction(const QString &source, const QString &target, const QStringList &statements = {})
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("iktest-mid"));
        db.setDatabaseName(source);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA cache_size=1")) && q.exec(QStringLiteral("BEGIN"));
            for (const QString &sql : statements)
                ok = ok && q.exec(sql);
            for (int i = 0; i < 200 && ok; ++i)
                ok = q.exec(QStringLiteral("INSERT INTO meta VALUES ('spill%1', '%2')").arg(i).arg(QString(500, QLatin1Char('y'))));
            ok = ok && QFile::copy(source, target)
                 && QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal"));
            q.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("iktest-mid"));
    return ok;
}

// Damage that only SQLite's full integrity check sees (quick_check passes it): the indexes
// action_year and deviation_year given each other's root page. False if a step failed.
inline bool swapIndexRoots(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("iktest-swap"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SELECT (SELECT rootpage FROM sqlite_schema WHERE name = 'action_year'), "
                                       "(SELECT rootpage FROM sqlite_schema WHERE name = 'deviation_year')"))
                 && q.next();
            const int action = q.value(0).toInt(), deviation = q.value(1).toInt();
            q.finish();
            ok = ok && q.exec(QStringLiteral("PRAGMA writable_schema=ON"))
                 && q.exec(QStringLiteral("UPDATE sqlite_schema SET rootpage = %1 WHERE name = 'action_year'").arg(deviation))
                 && q.exec(QStringLiteral("UPDATE sqlite_schema SET rootpage = %1 WHERE name = 'deviation_year'").arg(action));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("iktest-swap"));
    return ok;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end and returns what it printed. Its output goes to files, not pipes:
// read through pipes, a long output (pdfinfo -struct-text of a whole report) came back cut short
// now and then on a loaded machine, with the exit code of a program that ended well. A program
// that has not ended after `timeoutMs` is killed and reported as exit code -1.
inline CliResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QTemporaryDir scratch;
    const QString out = scratch.filePath(QStringLiteral("out")), err = scratch.filePath(QStringLiteral("err"));
    QProcess p;
    p.setStandardOutputFile(out);
    p.setStandardErrorFile(err);
    p.start(program, args);
    const bool ended = p.waitForFinished(timeoutMs);
    if (!ended) {
        p.kill();
        p.waitForFinished(5000);
    }
    const auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    return {ended && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, read(out), read(err)};
}

inline CliResult runCli(const QStringList &args) { return runProgram(QStringLiteral(IK_CLI), args); }

} // namespace iktest
