#include "core/store/sqliteconnection.h"

#include "core/store/schema.h"
#include "core/store/textmatching.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef IK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace ik::sqlite {

QSqlDatabase openConnection(const QString &path, bool readOnly, QString *error)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("ik-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        // Without Qt's SQLite plugin no unit file can be read; say what to install.
        if (error)
            *error = QCoreApplication::translate(
                "ik::UnitFile",
                "Qt's SQLite driver (the plugin “qsqlite” in Qt's “sqldrivers” folder) is missing, so no unit "
                "file can be opened. On Debian and Ubuntu install the package libqt6sql6-sqlite; on Windows "
                "and macOS reinstall Internkontroll, whose installer brings the driver along.");
        return QSqlDatabase();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = userMessage(db.lastError());
        return db;
    }
    enableDefensiveMode(db);
    if (!installTextMatching(db)) {
        if (error)
            *error = QCoreApplication::translate("ik::UnitFile",
                                                 "The file could not be opened: this program's SQLite library does not "
                                                 "accept its text sorting. Reinstall Internkontroll.");
        db.close();
        return db;
    }
    // These only affect this connection; they write nothing to the file.
    exec(db, QStringLiteral("PRAGMA trusted_schema=OFF"));
    exec(db, QStringLiteral("PRAGMA cell_size_check=ON"));
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    if (readOnly)
        exec(db, QStringLiteral("PRAGMA query_only=ON"));
    return db;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
#ifdef IK_NATIVE_SQLITE
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

bool enableDefensiveMode(const QSqlDatabase &db)
{
#ifdef IK_NATIVE_SQLITE
    sqlite3 *native = nativeHandle(db);
    if (!native)
        return false;
    int on = 0;
    return sqlite3_db_config(native, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) == SQLITE_OK && on == 1;
#else
    Q_UNUSED(db);
    return false;
#endif
}

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::Sqlite", text); }

// SQLite's primary result codes (sqlite3.h), without linking to it: Qt's driver reports them
// as the error's native code.
enum Code {
    Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13,
    CantOpen = 14, Protocol = 15, TooBig = 18, Constraint = 19, Auth = 23, NotADb = 26
};

int codeOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xFF : -1; // an extended code carries the primary one in its low byte
}

// "UNIQUE constraint failed: review_year.year" → the table and the column, from the schema.
std::pair<const TableDef *, const ColumnDef *> constrained(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("constraint failed: (\\w+)\\.(\\w+)"));
    const QRegularExpressionMatch m = name.match(text);
    const TableDef *table = m.hasMatch() ? schema::table(m.captured(1)) : nullptr;
    return {table, table ? table->column(m.captured(2)) : nullptr};
}

QString constraintMessage(const QString &text)
{
    const auto [table, column] = constrained(text);
    const QString field = column ? QCoreApplication::translate("ik::Field", column->label)
                          : text.contains(QLatin1String(".year")) ? QCoreApplication::translate("ik::Field", "Year")
                                                                  : QString();
    if (text.startsWith(QLatin1String("UNIQUE"))) {
        if (table && !field.isEmpty())
            return tr("“%1” is already taken by another record of the kind “%2”; each must have its own.")
                .arg(field, QCoreApplication::translate("ik::Table", table->singular));
        return tr("A value that must be unique is already taken by another record.");
    }
    if (text.startsWith(QLatin1String("NOT NULL")))
        return field.isEmpty() ? tr("A field that must be filled in is empty.")
                               : tr("%1 must be filled in.").arg(field);
    if (text.startsWith(QLatin1String("FOREIGN KEY")))
        return tr("A linked record does not exist (any more).");
    return tr("A value breaks a rule of the file, so the change was not made.");
}

} // namespace

QString userMessage(const QSqlError &error)
{
    switch (codeOf(error)) {
    case Constraint: return constraintMessage(error.databaseText());
    case Full: return tr("The disk is full (or the file has reached its size limit). Free some space and try again.");
    case Busy:
    case Locked: return tr("The file is busy: another program is writing to it. Try again in a moment.");
    case ReadOnly:
    case Perm:
    case Auth: return tr("The file cannot be written to: it, its folder or its disk has become read-only.");
    case IoErr:
    case CantOpen:
    case Protocol: return tr("The file could not be read or written (a disk or network error). Check the disk or the connection and try again.");
    case Corrupt:
    case NotADb: return tr("The file is damaged. Nothing more can be written to it; use a backup copy.");
    case TooBig: return tr("A value is too large to be stored.");
    default: return tr("The file could not be read or changed (SQLite error %1).").arg(error.nativeErrorCode());
    }
}

bool isStorageFailure(const QSqlError &error)
{
    switch (codeOf(error)) {
    case Full: case Busy: case Locked: case ReadOnly: case Perm: case Auth: case IoErr:
    case CantOpen: case Protocol: case Corrupt: case NotADb:
        return true;
    default:
        return false;
    }
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = userMessage(q.lastError());
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

} // namespace ik::sqlite
