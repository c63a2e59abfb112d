// Files of an older format: the format-1 fixture (tests/fixtures/format-1.db, made by the
// program that wrote format 1) opened for writing is upgraded with a copy of it beside it, and
// keeps every row; opened read-only it is read as it is and nothing is written.
#include "catch.h"
#include "testsupport.h"

#include "core/risk/riskmatrix.h"
#include "core/sharing/signoff.h"
#include "core/store/schema.h"
#include "core/store/schemaupgrade.h"
#include "core/store/unitfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace ik;

namespace {

const QString kFixture = QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db");

QString fixtureCopy(const QTemporaryDir &dir, const QString &name = QStringLiteral("unit.db"))
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(kFixture, path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    return path;
}

// Runs statements on a file through a plain connection of its own, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// What an upgrade must keep: every row of every table (the change log and meta included), each
// value with its SQLite type, in rowid order; read read-only through a connection of its own.
using Rows = QMap<QString, QStringList>;
Rows allRows(const QString &path)
{
    Rows out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QStringList tables;
        QSqlQuery names(db);
        REQUIRE(names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
        while (names.next())
            tables << names.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
            QStringList &rows = out[table];
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.value(i).isNull() ? QStringLiteral("NULL")
                                                   : QString::fromLatin1(q.value(i).typeName()) + QLatin1Char(':')
                                                         + q.value(i).toString());
                rows << values.join(QLatin1Char('|'));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return out;
}

int userVersion(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(64);
    return qint32((uchar(header[60]) << 24) | (uchar(header[61]) << 16) | (uchar(header[62]) << 8) | uchar(header[63]));
}

QStringList filesIn(const QTemporaryDir &dir) { return QDir(dir.path()).entryList(QDir::Files, QDir::Name); }

// The sign-offs as `status` reports them, a fixed day so that two runs compare.
QString statusOf(const QString &path, int year)
{
    const auto r = iktest::runCli({QStringLiteral("status"), path, QStringLiteral("--year"), QString::number(year),
                                   QStringLiteral("--today"), QStringLiteral("2026-06-01")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("The fixture is a sound format-1 file with rows in every table and sign-offs in force")
{
    const FileCheck check = inspectFile(kFixture);
    INFO(check.message.toStdString());
    REQUIRE(check.ok());
    CHECK(check.schemaVersion == 1);
    CHECK(check.olderFormat());
    const Rows rows = allRows(kFixture);
    CHECK(rows.size() == schema::tables().size() + 2); // with meta and change_log
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().isEmpty());
    }
}

TEST_CASE("A format-1 file opened for writing is upgraded, with the file as it was beside it, and keeps every row")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    const Rows before = allRows(path);
    const QString status2025 = statusOf(path, 2025), status2026 = statusOf(path, 2026);
    CHECK(status2025.contains(QStringLiteral("unchanged since")));
    CHECK(iktest::fileHash(path) == iktest::fileHash(kFixture)); // status wrote nothing

    const QString backup = dir.filePath(QStringLiteral("unit.format-1-backup.db"));
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        CHECK_FALSE(file->isReadOnly());
        CHECK(check.schemaVersion == schema::kVersion);
        CHECK(file->upgradeBackupPath() == backup);
        INFO(file->upgradeNote().toStdString());
        CHECK(file->upgradeNote().contains(QStringLiteral("“unit.format-1-backup.db”")));
        CHECK(file->upgradeNote().contains(QStringLiteral("format 2")));
        // The sign-offs stay in force: only the format changed.
        for (int year : {2025, 2026}) {
            const QList<SignOffState> states = signOffStates(*file, year);
            CHECK(states.size() == (year == 2025 ? 2 : 1));
            for (const SignOffState &s : states)
                CHECK_FALSE(s.changedSince);
        }
    }
    // The copy is the file as it was, byte for byte.
    REQUIRE(QFileInfo::exists(backup));
    CHECK(iktest::fileHash(backup) == iktest::fileHash(kFixture));
    CHECK(filesIn(dir) == (QStringList{QStringLiteral("unit.db"), QStringLiteral("unit.format-1-backup.db")}));

    // Every row of every table is as it was; the upgrade only added the index.
    const Rows after = allRows(path);
    CHECK(after.keys() == before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(userVersion(path) == 2);
    const FileCheck check = inspectFile(path);
    CHECK(check.ok());
    CHECK(check.schemaVersion == 2);
    const auto cli = iktest::runCli({QStringLiteral("check"), path});
    CHECK(cli.exitCode == 0);
    CHECK(cli.out.contains(QStringLiteral("format 2")));
    CHECK_FALSE(cli.out.contains(QStringLiteral("older format")));
    CHECK(statusOf(path, 2025) == status2025);
    CHECK(statusOf(path, 2026) == status2026);

    // Once upgraded, opening again changes nothing and makes no second copy.
    const QByteArray upgraded = iktest::fileHash(path);
    {
        FileCheck again;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &again);
        REQUIRE(file);
        CHECK(file->upgradeNote().isEmpty());
        CHECK(file->upgradeBackupPath().isEmpty());
    }
    CHECK(iktest::fileHash(path) == upgraded);
    CHECK(filesIn(dir) == (QStringList{QStringLiteral("unit.db"), QStringLiteral("unit.format-1-backup.db")}));
}

TEST_CASE("The CLI upgrades a format-1 file it writes to, names the copy on stderr, and the change is kept")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    const auto check = iktest::runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("format 1")));
    CHECK(check.out.contains(QStringLiteral("will be upgraded to format 2")));
    iktest::writeFile(dir.filePath(QStringLiteral("d.csv")), "case_number,reported_on,title\nHMS-2026-00099,2026-02-02,Ny\n");
    const auto r = iktest::runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"),
                                   dir.filePath(QStringLiteral("d.csv"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("unit.format-1-backup.db")));
    CHECK(iktest::fileHash(dir.filePath(QStringLiteral("unit.format-1-backup.db"))) == iktest::fileHash(kFixture));
    CHECK(userVersion(path) == 2);
    CHECK(allRows(path).value(QStringLiteral("deviation")).size() == allRows(kFixture).value(QStringLiteral("deviation")).size() + 1);
}

TEST_CASE("A format-1 file opened read-only is read as it is and not written")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    const Rows raw = allRows(path);
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        CHECK(file->isReadOnly());
        CHECK(check.schemaVersion == 1);
        CHECK(file->upgradeNote().isEmpty());
        CHECK(file->readOnlyReason().contains(QStringLiteral("format 1")));
        CHECK(file->readOnlyReason().contains(QStringLiteral("upgraded to format 2")));
        // The readers work on it: every table, the matrix, the risks, the sign-offs.
        for (const TableDef &t : schema::tables()) {
            INFO(t.name.toStdString());
            CHECK(file->count(t.name) == raw.value(t.name).size());
            CHECK(file->records(t.name).size() == raw.value(t.name).size());
        }
        CHECK(file->unitName() == QStringLiteral("Institutt for prøvefag"));
        CHECK(file->years() == (QList<int>{2025, 2026}));
        CHECK(file->isYearLocked(2025));
        CHECK(RiskMatrix::load(*file).probabilitySteps() == 5);
        CHECK(evaluateRisks(*file, 2025).size() == 3);
        CHECK(signOffStates(*file, 2025).size() == 2);
        QString error;
        CHECK_FALSE(file->setMeta(QStringLiteral("x"), QStringLiteral("y"), &error));
        CHECK(error.contains(QStringLiteral("upgraded")));
    }
    // The CLI's read-only commands, each on the file as it is.
    const QList<QStringList> commands{
        {QStringLiteral("check"), path},
        {QStringLiteral("status"), path, QStringLiteral("--json")},
        {QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("risk")},
        {QStringLiteral("log"), path},
        {QStringLiteral("report"), path, QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("out/report.pdf"))},
        {QStringLiteral("calendar"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("out/cal.ics"))},
        {QStringLiteral("matrix"), path, QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("out/m.svg"))},
    };
    QDir(dir.path()).mkdir(QStringLiteral("out"));
    for (const QStringList &c : commands) {
        const auto r = iktest::runCli(c);
        INFO(c.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK_FALSE(r.err.contains(QStringLiteral("upgraded")));
    }
    CHECK(QFileInfo(dir.filePath(QStringLiteral("out/report.pdf"))).size() > 1000);
    CHECK(iktest::fileHash(path) == iktest::fileHash(kFixture));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("unit.db")});
}

TEST_CASE("A read-only format-1 file opened for writing opens read-only, saying it will be upgraded, unchanged")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(file);
        CHECK(file->isReadOnly());
        INFO(file->readOnlyReason().toStdString());
        CHECK(file->readOnlyReason().contains(QStringLiteral("read-only")));
        CHECK(file->readOnlyReason().contains(QStringLiteral("upgraded to format 2")));
        CHECK(file->count(QStringLiteral("action")) == 5);
    }
    const auto r = iktest::runCli({QStringLiteral("newyear"), path});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("upgraded")));
    CHECK(iktest::fileHash(path) == iktest::fileHash(kFixture));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("unit.db")});
}

TEST_CASE("Upgrading keeps, of duplicate matrix cells, the one the program showed, and logs the others' removal")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    // As the import bug left them: cells added again, later rows overriding earlier ones.
    const QString common = QStringLiteral("'2026-01-01T00:00:00.000Z', 'tester', '2026-01-01T00:00:00.000Z', 'tester'");
    rawSql(path, {QStringLiteral("INSERT INTO matrix_cell VALUES ('dup-a', %1, 1, 1, 'unacceptable')").arg(common),
                  QStringLiteral("INSERT INTO matrix_cell VALUES ('dup-b', %1, 2, 3, 'acceptable')").arg(common),
                  QStringLiteral("INSERT INTO matrix_cell VALUES ('dup-c', %1, 2, 3, 'unacceptable')").arg(common)});
    const Rows before = allRows(path);
    QList<RiskMatrix::Level> shown;
    QString replacedFirst, replacedSecond; // the earlier cells at (1,1) and (2,3)
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check); // a format-1 file may hold them
        REQUIRE(file);
        const RiskMatrix m = RiskMatrix::load(*file);
        for (int p = 1; p <= 5; ++p)
            for (int c = 1; c <= 5; ++c)
                shown << m.level(p, c);
        CHECK(m.level(1, 1) == RiskMatrix::Level::Unacceptable);
        CHECK(m.level(2, 3) == RiskMatrix::Level::Unacceptable);
        for (const Record &r : file->records(QStringLiteral("matrix_cell"))) {
            const QString id = r.value(QStringLiteral("id")).toString();
            if (id.startsWith(QLatin1String("dup-")))
                continue;
            if (r.value(QStringLiteral("probability")).toInt() == 1 && r.value(QStringLiteral("consequence")).toInt() == 1)
                replacedFirst = id;
            if (r.value(QStringLiteral("probability")).toInt() == 2 && r.value(QStringLiteral("consequence")).toInt() == 3)
                replacedSecond = id;
        }
    }
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        CHECK_FALSE(file->isReadOnly());
        INFO(file->upgradeNote().toStdString());
        CHECK(file->upgradeNote().contains(QStringLiteral("3 duplicate risk-matrix cell")));
        CHECK(file->count(QStringLiteral("matrix_cell")) == 25);
        const RiskMatrix m = RiskMatrix::load(*file);
        QList<RiskMatrix::Level> now;
        for (int p = 1; p <= 5; ++p)
            for (int c = 1; c <= 5; ++c)
                now << m.level(p, c);
        CHECK(now == shown);
        CHECK(file->record(QStringLiteral("matrix_cell"), QStringLiteral("dup-a")));
        CHECK(file->record(QStringLiteral("matrix_cell"), QStringLiteral("dup-c")));
        CHECK_FALSE(file->record(QStringLiteral("matrix_cell"), QStringLiteral("dup-b")));
        CHECK_FALSE(file->record(QStringLiteral("matrix_cell"), replacedFirst));
        CHECK_FALSE(file->record(QStringLiteral("matrix_cell"), replacedSecond));
        // The sign-offs do not cover the matrix rows; the matrix as shown did not change anyway.
        for (const SignOffState &s : signOffStates(*file, 2025))
            CHECK_FALSE(s.changedSince);
    }
    // The change log gained exactly the three deletions, by the upgrade, with the whole rows.
    const Rows after = allRows(path);
    const QStringList log = after.value(QStringLiteral("change_log"));
    REQUIRE(log.size() == before.value(QStringLiteral("change_log")).size() + 3);
    CHECK(log.mid(0, log.size() - 3) == before.value(QStringLiteral("change_log")));
    QStringList removedIds;
    for (const QString &entry : log.mid(log.size() - 3)) {
        INFO(entry.toStdString());
        CHECK(entry.contains(QStringLiteral("|QString:Internkontroll upgrade|QString:matrix_cell|")));
        CHECK(entry.contains(QStringLiteral("|QString:delete|NULL|QString:{")));
        CHECK(entry.endsWith(QStringLiteral("|NULL")));
        removedIds << entry.section(QLatin1Char('|'), 4, 4).section(QLatin1Char(':'), 1);
    }
    CHECK(removedIds == (QStringList{replacedFirst, replacedSecond, QStringLiteral("dup-b")}));
    // Nothing else changed.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == QLatin1String("matrix_cell") || it.key() == QLatin1String("change_log"))
            continue;
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(inspectFile(path).ok());
}

TEST_CASE("The copy never takes the name of an existing file")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    const QString taken = dir.filePath(QStringLiteral("unit.format-1-backup.db"));
    REQUIRE(iktest::writeFile(taken, "an older copy of the user's"));
    CHECK(upgrade::backupPathFor(path, 1) == dir.filePath(QStringLiteral("unit.format-1-backup-2.db")));
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    REQUIRE(file);
    CHECK(file->upgradeBackupPath() == dir.filePath(QStringLiteral("unit.format-1-backup-2.db")));
    CHECK(file->upgradeNote().contains(QStringLiteral("“unit.format-1-backup-2.db”")));
    CHECK(iktest::fileHash(taken) == QCryptographicHash::hash("an older copy of the user's", QCryptographicHash::Sha256));
    CHECK(iktest::fileHash(file->upgradeBackupPath()) == iktest::fileHash(kFixture));
    CHECK(upgrade::backupPathFor(dir.filePath(QStringLiteral("plain")), 1) == dir.filePath(QStringLiteral("plain.format-1-backup")));
}

TEST_CASE("An upgrade that cannot finish changes nothing, removes its copy and opens the file read-only")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir);
    // Another program writes to the file and holds it (SQLite's busy wait runs out).
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(path);
    REQUIRE(other.open());
    REQUIRE(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(file);
        CHECK(file->isReadOnly());
        INFO(file->readOnlyReason().toStdString());
        CHECK(file->readOnlyReason().contains(QStringLiteral("could not be upgraded")));
        CHECK(file->readOnlyReason().contains(QStringLiteral("has not been changed")));
        CHECK(file->upgradeNote().isEmpty());
        CHECK(file->count(QStringLiteral("person")) == 3);
    }
    QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    CHECK(iktest::fileHash(path) == iktest::fileHash(kFixture));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("unit.db")});
}

TEST_CASE("A format-1 file left half-written is rolled back first, then upgraded from what it was")
{
    QTemporaryDir dir;
    const QString source = fixtureCopy(dir, QStringLiteral("source.db"));
    // The file and its journal as a crash in the middle of a write would leave them.
    const QString path = dir.filePath(QStringLiteral("unit.db"));
    REQUIRE(iktest::snapshotMidTransaction(source, path, {QStringLiteral("DELETE FROM action")}));
    REQUIRE(inspectFile(path).hotJournal);
    REQUIRE(iktest::fileHash(path) != iktest::fileHash(kFixture));
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        CHECK_FALSE(file->isReadOnly());
        CHECK(check.schemaVersion == 2);
        CHECK_FALSE(file->upgradeNote().isEmpty());
        CHECK(file->count(QStringLiteral("action")) == 5);
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(iktest::fileHash(dir.filePath(QStringLiteral("unit.format-1-backup.db"))) == iktest::fileHash(kFixture));
    const Rows before = allRows(kFixture), after = allRows(path);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
}
