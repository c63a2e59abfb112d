#include "core/store/schemaupgrade.h"

#include "core/store/filecheck.h"
#include "core/store/schema.h"
#include "core/store/sqliteconnection.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ik::upgrade {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::SchemaUpgrade", text); }

// Deletes rows (by rowid) of `table` and records each in the change log as a deletion, with
// the whole row, as UnitFile::remove does: a merge and the log's readers see it like any other.
bool deleteLogged(StepContext &context, const QString &table, const QString &where, int *deleted,
                  QString *error)
{
    QSqlQuery rows(context.db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT rowid, * FROM %1 WHERE %2 ORDER BY rowid").arg(table, where))) {
        *error = sqlite::userMessage(rows.lastError());
        return false;
    }
    QList<QPair<qint64, QVariantMap>> found;
    while (rows.next()) {
        QVariantMap row;
        const QSqlRecord columns = rows.record();
        for (int i = 1; i < columns.count(); ++i)
            row.insert(columns.fieldName(i), rows.value(i));
        found.append({rows.value(0).toLongLong(), row});
    }
    rows.finish();
    QSqlQuery log(context.db);
    log.prepare(QStringLiteral("INSERT INTO change_log (at, user, table_name, record_id, operation, "
                               "column_name, old_value, new_value) VALUES (?, ?, ?, ?, 'delete', NULL, ?, NULL)"));
    QSqlQuery remove(context.db);
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table));
    for (const auto &[rowid, row] : std::as_const(found)) {
        log.addBindValue(context.at);
        log.addBindValue(QString::fromLatin1(kUpgradeUser));
        log.addBindValue(table);
        log.addBindValue(row.value(QStringLiteral("id")).toString());
        log.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact)));
        remove.addBindValue(rowid);
        if (!log.exec() || !remove.exec()) {
            *error = sqlite::userMessage(log.lastError().isValid() ? log.lastError() : remove.lastError());
            return false;
        }
    }
    *deleted = int(found.size());
    return true;
}

// Format 2 allows one risk-matrix cell per probability × consequence. A bug let an import add
// more; of those the program used the last one written (RiskMatrix::load reads the cells in
// rowid order, a later one overriding an earlier), so that one stays and the others go.
bool removeDuplicateMatrixCells(StepContext &context, QString *error)
{
    int deleted = 0;
    if (!deleteLogged(context, QStringLiteral("matrix_cell"),
                      QStringLiteral("EXISTS (SELECT 1 FROM matrix_cell later WHERE "
                                     "later.probability = matrix_cell.probability AND "
                                     "later.consequence = matrix_cell.consequence AND "
                                     "later.rowid > matrix_cell.rowid)"),
                      &deleted, error))
        return false;
    if (deleted > 0)
        context.notes << QCoreApplication::translate(
            "ik::SchemaUpgrade",
            "%n duplicate risk-matrix cell(s), which the program did not use, were removed (the "
            "change log lists them); the matrix is as you saw it.",
            "", deleted);
    return true;
}

// Copies the file byte for byte to a new file `target` (never over an existing one). The copy
// is read while this process holds no SQLite lock on the file: closing a second descriptor of a
// file drops every POSIX lock the process holds on it, SQLite's included.
bool copyFile(const QString &path, const QString &target, QString *error)
{
    QFile in(path);
    const QString part = target + QStringLiteral(".part");
    {
        QSaveFile out(part); // written beside, synced to disk, then renamed
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = in.isOpen() ? out.errorString() : in.errorString();
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                *error = out.errorString();
                return false;
            }
        }
        in.close();
        if (!out.commit()) {
            *error = out.errorString();
            return false;
        }
    }
    if (!QFile::rename(part, target)) { // refuses an existing name
        QFile::remove(part);
        *error = tr("the name is taken");
        return false;
    }
    return true;
}

// Runs every step from `fromVersion` on, sets the new format and checks the result, inside the
// transaction the caller has begun.
bool runSteps(StepContext &context, int fromVersion, QString *error)
{
    for (const Step &step : steps()) {
        if (step.fromVersion < fromVersion)
            continue;
        if (step.changeRows && !step.changeRows(context, error))
            return false;
        for (const QString &sql : step.statements)
            if (!sqlite::exec(context.db, sql, error))
                return false;
    }
    if (!sqlite::exec(context.db, QStringLiteral("PRAGMA user_version=%1").arg(schema::kVersion), error))
        return false;
    const QStringList differences = schemaDifferences(context.db, schema::kVersion);
    if (!differences.isEmpty()) {
        *error = differences.join(QStringLiteral(", "));
        return false;
    }
    QStringList faults;
    if (!integrityFaults(context.db, &faults, error) || !faults.isEmpty()) {
        *error = faults.value(0, *error);
        return false;
    }
    return true;
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all{
        // 1 → 2: matrix cells unique per probability × consequence.
        {1, removeDuplicateMatrixCells,
         {QStringLiteral("CREATE UNIQUE INDEX matrix_cell_position ON matrix_cell(probability, consequence)")}},
        // 2 → 3: the registers of the annual report, and two columns. New tables start empty;
        // an existing deviation or unit gets NULL, which the sign-off fingerprint reads as absent.
        {2, nullptr,
         {QStringLiteral("ALTER TABLE unit ADD COLUMN deviation_close_days INTEGER"),
          QStringLiteral("ALTER TABLE deviation ADD COLUMN absence INTEGER"),
          QStringLiteral("CREATE TABLE hse_meeting (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, year INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE, held_on TEXT NOT NULL, forum TEXT NOT NULL, minutes_ref TEXT, topics TEXT)"),
          QStringLiteral("CREATE TABLE supervision (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, year INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE, held_on TEXT, authority TEXT NOT NULL, subject TEXT NOT NULL, report_ref TEXT, summary TEXT)"),
          QStringLiteral("CREATE TABLE supervision_order (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, supervision_id TEXT NOT NULL REFERENCES supervision(id) ON DELETE CASCADE, description TEXT NOT NULL, deadline TEXT, status TEXT NOT NULL, action_id TEXT REFERENCES action(id) ON DELETE SET NULL)"),
          QStringLiteral("CREATE TABLE health_service_work (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, year INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE, work TEXT NOT NULL, done_on TEXT, for_whom TEXT, note TEXT)"),
          QStringLiteral("CREATE TABLE key_figures (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, year INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE, hours_worked REAL, sick_leave_q1 REAL, sick_leave_q2 REAL, sick_leave_q3 REAL, sick_leave_q4 REAL, fire_protection TEXT, chemical_register TEXT, note TEXT)"),
          QStringLiteral("CREATE TABLE report_treatment (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, year INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE, body TEXT NOT NULL, treated_on TEXT NOT NULL, case_ref TEXT, note TEXT)"),
          QStringLiteral("CREATE INDEX hse_meeting_year ON hse_meeting(year)"),
          QStringLiteral("CREATE INDEX supervision_year ON supervision(year)"),
          QStringLiteral("CREATE INDEX supervision_order_supervision_id ON supervision_order(supervision_id)"),
          QStringLiteral("CREATE INDEX supervision_order_action_id ON supervision_order(action_id)"),
          QStringLiteral("CREATE INDEX health_service_work_year ON health_service_work(year)"),
          QStringLiteral("CREATE INDEX key_figures_year ON key_figures(year)"),
          QStringLiteral("CREATE INDEX report_treatment_year ON report_treatment(year)")}},
    };
    return all;
}

QString backupPathFor(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString stem = info.completeBaseName() + QStringLiteral(".format-%1-backup").arg(version);
    QString candidate = info.dir().filePath(stem + suffix);
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral(".part")); ++n)
        candidate = info.dir().filePath(stem + QStringLiteral("-%1").arg(n) + suffix);
    return candidate;
}

QString upgradeLaterText(const QString &fileName, int version)
{
    return tr("“%1” is in file format %2, of an older version of Internkontroll. It is shown as it "
              "is; it will be upgraded to format %3, with a copy of it as it was kept beside it, "
              "when it is opened for writing.")
        .arg(fileName, QString::number(version), QString::number(schema::kVersion));
}

Result upgradeFile(const QString &path, int fromVersion)
{
    Result result;
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &why) {
        result.message = tr("“%1” is in file format %2, of an older version of Internkontroll, and "
                            "could not be upgraded to format %3 (%4). It has not been changed. You "
                            "can read it; to change it, try again, or open it with the version "
                            "that wrote it.")
                             .arg(name, QString::number(fromVersion), QString::number(schema::kVersion), why);
        return result;
    };
    QString error;
    sqlite::ScopedConnection connection(path, false, &error);
    if (!connection.isOpen())
        return refuse(tr("it cannot be opened for writing"));
    const QSqlDatabase &db = connection.db();
    sqlite::exec(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
    sqlite::exec(db, QStringLiteral("PRAGMA synchronous=FULL"));
    // A first read plays back what an interrupted write left (UnitFile::open has checked it), and
    // counts the file's commits so far, to be compared once the upgrade holds the file.
    sqlite::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    const QVariant commitsBefore = sqlite::scalar(db, QStringLiteral("PRAGMA data_version"));

    // The copy, first. Whatever the steps do, the file as it was is kept.
    const QString backup = backupPathFor(path, fromVersion);
    if (!copyFile(path, backup, &error))
        return refuse(tr("no copy of it could be written beside it: %1").arg(error));
    const FileCheck copied = inspectFile(backup);
    if (!copied.ok() || copied.schemaVersion != fromVersion) {
        QFile::remove(backup);
        return refuse(tr("the copy of it did not match the file"));
    }
    const auto undo = [&](const QString &why) {
        sqlite::exec(db, QStringLiteral("ROLLBACK"));
        QFile::remove(backup);
        return refuse(why);
    };
    if (!sqlite::exec(db, QStringLiteral("BEGIN IMMEDIATE")))
        return undo(tr("another program is writing to it"));
    if (sqlite::scalar(db, QStringLiteral("PRAGMA data_version")) != commitsBefore)
        return undo(tr("another program changed it while the copy was made"));
    StepContext context{db, UnitFile::nowUtc(), {}};
    if (!runSteps(context, fromVersion, &error)) {
        qWarning("Upgrading %s from format %d: %s", qPrintable(path), fromVersion, qPrintable(error));
        return undo(tr("the upgraded file did not pass the file check"));
    }
    if (!sqlite::exec(db, QStringLiteral("COMMIT"), &error))
        return undo(tr("it could not be written; perhaps the disk is full"));
    result.ok = true;
    result.backupPath = backup;
    result.message = tr("“%1” was in file format %2, of an older version of Internkontroll, and has "
                        "been upgraded to format %3. A copy of the file as it was is kept beside "
                        "it as “%4”; older versions of Internkontroll can open only that copy.")
                         .arg(name, QString::number(fromVersion), QString::number(schema::kVersion),
                              QFileInfo(backup).fileName());
    for (const QString &note : std::as_const(context.notes))
        result.message += QLatin1Char(' ') + note;
    return result;
}

bool upgradeScratchCopy(const QString &path, const QString &copy, int fromVersion, QString *error)
{
    if (!copyFile(path, copy, error))
        return false;
    sqlite::ScopedConnection connection(copy, false, error);
    if (!connection.isOpen())
        return false;
    const QSqlDatabase &db = connection.db();
    // A scratch file: no journal to keep, nothing to sync.
    sqlite::exec(db, QStringLiteral("PRAGMA journal_mode=MEMORY"));
    sqlite::exec(db, QStringLiteral("PRAGMA synchronous=OFF"));
    if (!sqlite::exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    StepContext context{db, UnitFile::nowUtc(), {}};
    if (!runSteps(context, fromVersion, error) || !sqlite::exec(db, QStringLiteral("COMMIT"), error)) {
        sqlite::exec(db, QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace ik::upgrade
