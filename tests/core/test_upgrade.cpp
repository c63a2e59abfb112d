// Files of an older format: each fixture (tests/fixtures/format-N.db, made by the program that
// wrote format N) opened for writing is upgraded with a copy of it beside it, and keeps every row;
// opened read-only it is read as it is and nothing is written.
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

QString fixturePath(int format)
{
    return QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-%1.db").arg(format);
}
const QString kFixture = fixturePath(1);

QString fixtureCopy(const QTemporaryDir &dir, const QString &name = QStringLiteral("unit.db"), int format = 1)
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(fixturePath(format), path));
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
using Shape = QMap<QString, QStringList>; // table → its columns
Shape shapeOf(const QString &path)
{
    Shape out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shape"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
                                      "WHERE m.type = 'table' ORDER BY m.name, p.cid")));
        while (q.next())
            out[q.value(0).toString()] << q.value(1).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shape"));
    return out;
}

// Rows of the tables and columns of `shape` (default: all of the file's).
Rows allRows(const QString &path, const Shape &shape = {})
{
    const Shape columns = shape.isEmpty() ? shapeOf(path) : shape;
    Rows out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        for (auto table = columns.cbegin(); table != columns.cend(); ++table) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(table.value().join(QLatin1Char(',')), table.key())));
            QStringList &rows = out[table.key()];
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

// The tables format 3 added, empty in every file upgraded from an older one.
const QStringList kFormat3Tables{QStringLiteral("hse_meeting"), QStringLiteral("supervision"),
                                 QStringLiteral("supervision_order"), QStringLiteral("health_service_work"),
                                 QStringLiteral("key_figures"), QStringLiteral("report_treatment")};

TEST_CASE("Each fixture is a sound file of its format with rows in every table and sign-offs in force")
{
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const FileCheck check = inspectFile(fixturePath(format));
    INFO(check.message.toStdString());
    REQUIRE(check.ok());
    CHECK(check.schemaVersion == format);
    CHECK(check.olderFormat());
    const Rows rows = allRows(fixturePath(format));
    CHECK(rows.size() == schema::tables().size() - kFormat3Tables.size() + 2); // with meta and change_log
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().isEmpty());
    }
}

TEST_CASE("A file of an older format opened for writing is upgraded, with the file as it was beside it, and keeps every row")
{
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const QString fixture = fixturePath(format);
    const QString backupName = QStringLiteral("unit.format-%1-backup.db").arg(format);
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, QStringLiteral("unit.db"), format);
    const Rows before = allRows(path);
    const QString status2025 = statusOf(path, 2025), status2026 = statusOf(path, 2026);
    CHECK(status2025.contains(QStringLiteral("unchanged since")));
    CHECK(iktest::fileHash(path) == iktest::fileHash(fixture)); // status wrote nothing

    const QString backup = dir.filePath(backupName);
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        CHECK_FALSE(file->isReadOnly());
        CHECK(check.schemaVersion == schema::kVersion);
        CHECK(file->upgradeBackupPath() == backup);
        INFO(file->upgradeNote().toStdString());
        CHECK(file->upgradeNote().contains(QStringLiteral("“%1”").arg(backupName)));
        CHECK(file->upgradeNote().contains(QStringLiteral("format %1").arg(schema::kVersion)));
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
    CHECK(iktest::fileHash(backup) == iktest::fileHash(fixture));
    CHECK(filesIn(dir) == (QStringList{QStringLiteral("unit.db"), backupName}));

    // Every row of every table is as it was, in the columns it had; the upgrade added an index,
    // the new tables (empty) and the new columns (empty in every row).
    const Rows after = allRows(path, shapeOf(fixture));
    CHECK(after.keys() == before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    const Rows all = allRows(path);
    for (const QString &table : kFormat3Tables) {
        INFO(table.toStdString());
        CHECK(all.contains(table));
        CHECK(all.value(table).isEmpty());
    }
    const Rows added = allRows(path, {{QStringLiteral("unit"), {QStringLiteral("deviation_close_days")}},
                                      {QStringLiteral("deviation"), {QStringLiteral("absence")}}});
    CHECK(added.value(QStringLiteral("deviation")).size() == before.value(QStringLiteral("deviation")).size());
    for (const QStringList &values : added)
        for (const QString &v : values)
            CHECK(v == QStringLiteral("NULL"));
    CHECK(userVersion(path) == schema::kVersion);
    const FileCheck check = inspectFile(path);
    CHECK(check.ok());
    CHECK(check.schemaVersion == schema::kVersion);
    const auto cli = iktest::runCli({QStringLiteral("check"), path});
    CHECK(cli.exitCode == 0);
    CHECK(cli.out.contains(QStringLiteral("format %1").arg(schema::kVersion)));
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
    CHECK(filesIn(dir) == (QStringList{QStringLiteral("unit.db"), backupName}));
}

TEST_CASE("The CLI upgrades a file of an older format it writes to, names the copy on stderr, and the change is kept")
{
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const QString kFixture = fixturePath(format);
    const QString backupName = QStringLiteral("unit.format-%1-backup.db").arg(format);
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, QStringLiteral("unit.db"), format);
    const auto check = iktest::runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("format %1").arg(format)));
    CHECK(check.out.contains(QStringLiteral("will be upgraded to format %1").arg(schema::kVersion)));
    iktest::writeFile(dir.filePath(QStringLiteral("d.csv")), "case_number,reported_on,title\nHMS-2026-00099,2026-02-02,Ny\n");
    const auto r = iktest::runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"),
                                   dir.filePath(QStringLiteral("d.csv"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(backupName));
    CHECK(iktest::fileHash(dir.filePath(backupName)) == iktest::fileHash(kFixture));
    CHECK(userVersion(path) == schema::kVersion);
    CHECK(allRows(path).value(QStringLiteral("deviation")).size() == allRows(kFixture).value(QStringLiteral("deviation")).size() + 1);
}

TEST_CASE("A file of an older format opened read-only is read as it is and not written")
{
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const QString kFixture = fixturePath(format);
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, QStringLiteral("unit.db"), format);
    const Rows raw = allRows(path);
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        CHECK(file->isReadOnly());
        CHECK(check.schemaVersion == format);
        CHECK(file->upgradeNote().isEmpty());
        CHECK(file->readOnlyReason().contains(QStringLiteral("format %1").arg(format)));
        CHECK(file->readOnlyReason().contains(QStringLiteral("upgraded to format %1").arg(schema::kVersion)));
        // The readers work on it: every table (the ones of later formats empty), the matrix, the
        // risks, the sign-offs, as they will be once the file is upgraded.
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
        for (int year : {2025, 2026})
            for (const SignOffState &s : signOffStates(*file, year))
                CHECK_FALSE(s.changedSince);
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

TEST_CASE("A read-only file of an older format opened for writing opens read-only, saying it will be upgraded, unchanged")
{
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const QString kFixture = fixturePath(format);
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, QStringLiteral("unit.db"), format);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(file);
        CHECK(file->isReadOnly());
        INFO(file->readOnlyReason().toStdString());
        CHECK(file->readOnlyReason().contains(QStringLiteral("read-only")));
        CHECK(file->readOnlyReason().contains(QStringLiteral("upgraded to format %1").arg(schema::kVersion)));
        CHECK(file->count(QStringLiteral("action")) == 5);
        CHECK(file->count(QStringLiteral("supervision")) == 0);
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
        // Read through the upgraded view, the matrix shows only the later cells already.
        CHECK(file->count(QStringLiteral("matrix_cell")) == 25);
    }
    // The earlier cells at (1,1) and (2,3), as the file holds them.
    for (const QString &row : before.value(QStringLiteral("matrix_cell"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        const QString id = v.value(0).section(QLatin1Char(':'), 1);
        if (id.startsWith(QLatin1String("dup-")))
            continue;
        if (v.value(5) == QLatin1String("qlonglong:1") && v.value(6) == QLatin1String("qlonglong:1"))
            replacedFirst = id;
        if (v.value(5) == QLatin1String("qlonglong:2") && v.value(6) == QLatin1String("qlonglong:3"))
            replacedSecond = id;
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
    const Rows after = allRows(path, shapeOf(kFixture));
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
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const QString kFixture = fixturePath(format);
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, QStringLiteral("unit.db"), format);
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

TEST_CASE("A file of an older format left half-written is rolled back first, then upgraded from what it was")
{
    const int format = GENERATE(1, 2);
    INFO("format " << format);
    const QString kFixture = fixturePath(format);
    QTemporaryDir dir;
    const QString source = fixtureCopy(dir, QStringLiteral("source.db"), format);
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
        CHECK(check.schemaVersion == schema::kVersion);
        CHECK_FALSE(file->upgradeNote().isEmpty());
        CHECK(file->count(QStringLiteral("action")) == 5);
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(iktest::fileHash(dir.filePath(QStringLiteral("unit.format-%1-backup.db").arg(format))) == iktest::fileHash(kFixture));
    const Rows before = allRows(kFixture), after = allRows(path, shapeOf(kFixture));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
}

TEST_CASE("After the upgrade to format 3 a sign-off holds until one of the new fields is filled in")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, QStringLiteral("unit.db"), 2);
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    INFO(check.message.toStdString());
    REQUIRE(file);
    REQUIRE_FALSE(file->isReadOnly());
    const auto changed = [&](int year) {
        for (const SignOffState &s : signOffStates(*file, year))
            if (s.changedSince)
                return true;
        return false;
    };
    REQUIRE_FALSE(changed(2025));
    REQUIRE_FALSE(changed(2026));
    // 2025's review sign-off covers its deviations; its fingerprint was made in format 2.
    QString deviation2025;
    for (const Record &r : file->records(QStringLiteral("deviation")))
        if (r.value(QStringLiteral("year")).toInt() == 2025 && deviation2025.isEmpty())
            deviation2025 = r.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(deviation2025.isEmpty());
    QString error;
    const UnitFile::YearLocksLifted lifted(*file); // 2025 is locked
    REQUIRE(file->update(QStringLiteral("deviation"), deviation2025, {{QStringLiteral("absence"), true}}, &error));
    CHECK(changed(2025));
    // A new register row of a signed year is a change to what was signed, too.
    REQUIRE(file->update(QStringLiteral("deviation"), deviation2025, {{QStringLiteral("absence"), QVariant()}}, &error));
    CHECK_FALSE(changed(2025));
    REQUIRE_FALSE(file->insert(QStringLiteral("supervision"),
                               {{QStringLiteral("year"), 2025}, {QStringLiteral("subject"), QStringLiteral("Kjemikalier")},
                                {QStringLiteral("authority"), QStringLiteral("labour_inspection")}},
                               &error).isEmpty());
    CHECK(changed(2025));
}
