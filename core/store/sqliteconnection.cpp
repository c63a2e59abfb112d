#include "core/store/sqliteconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
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
            *error = db.lastError().text();
        return db;
    }
    enableDefensiveMode(db);
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

bool enableDefensiveMode(const QSqlDatabase &db)
{
#ifdef IK_NATIVE_SQLITE
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.data());
    if (!native)
        return false;
    int on = 0;
    return sqlite3_db_config(native, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) == SQLITE_OK && on == 1;
#else
    Q_UNUSED(db);
    return false;
#endif
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
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
