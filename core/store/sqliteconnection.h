#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace ik::sqlite {

// Opens a QSQLITE connection under a unique name, hardened for files that come from outside:
// trusted_schema off, cell size checks, and SQLite's defensive mode. Read-only connections are
// opened with SQLITE_OPEN_READONLY and cannot write to the file.
QSqlDatabase openConnection(const QString &path, bool readOnly, QString *error);
// Closes and removes a connection made by openConnection.
void closeConnection(const QString &connectionName);

// The one place that talks to the C API behind Qt's driver. It needs Qt's SQLite plugin to use
// the same SQLite library as this program (true on Linux distributions; on Windows and macOS
// build the plugin with -system-sqlite, or set IK_NATIVE_SQLITE=OFF to use pragmas alone).
bool enableDefensiveMode(const QSqlDatabase &db);
// The SQLite connection behind Qt's driver; null for another driver or without IK_NATIVE_SQLITE.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// What a failed statement means for a person, by SQLite's result code: a constraint in the
// schema's words (which field must be unique or filled in), a full disk, a busy, read-only,
// unreadable or damaged file. SQLite's own texts ("UNIQUE constraint failed: review_year.year
// Unable to fetch row") never reach users: every message made from a QSqlError comes from here.
QString userMessage(const QSqlError &error);
// Whether it failed for the disk or the file as a whole (full, busy, read-only, I/O, damaged)
// rather than for what was written: its message is then about the disk, not about a row.
bool isStorageFailure(const QSqlError &error);

// Runs a statement that returns nothing; on failure fills error with userMessage().
bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);
// The first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

// RAII for a connection used only inside one function.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly, QString *error)
        : m_db(openConnection(path, readOnly, error))
    {}
    ~ScopedConnection()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        closeConnection(name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)
    const QSqlDatabase &db() const { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }

private:
    QSqlDatabase m_db;
};

} // namespace ik::sqlite
