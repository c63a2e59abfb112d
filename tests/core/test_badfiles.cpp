// Files that are not sound unit files: each is refused with its own message, the CLI exits 2,
// and the file is left byte-for-byte as it was.
#include "catch.h"
#include "testsupport.h"

#include "core/exchange/outputfile.h"
#include "core/store/filecheck.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ik;

namespace {

QString goodFile(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    const QString path = dir.filePath(name);
    REQUIRE(UnitFile::create(path, {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error));
    return path;
}

void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements)
            REQUIRE(QSqlQuery(db).exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void patch(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(offset);
    f.write(bytes);
}

// Opening is refused with `problem`, a message containing `words`, CLI exit 2, file unchanged.
void expectRefused(const QString &path, FileProblem problem, const QString &words)
{
    const QByteArray before = iktest::fileHash(path);
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    FileCheck check;
    CHECK_FALSE(UnitFile::open(path, UnitFile::Mode::ReadWrite, &check));
    CHECK(check.problem == problem);
    INFO(check.message.toStdString());
    CHECK(check.message.contains(words));
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("status")}) {
        const auto r = iktest::runCli({command, path});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(words));
    }
    CHECK(iktest::fileHash(path) == before);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == filesBefore);
}

} // namespace

TEST_CASE("Refused: an empty file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    iktest::writeFile(path, {});
    expectRefused(path, FileProblem::Empty, QStringLiteral("is empty"));
}

TEST_CASE("Refused: a file that is not SQLite")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    iktest::writeFile(path, QByteArray("Dette er et regneark, ikke en database.\n").repeated(50));
    expectRefused(path, FileProblem::NotSqlite, QStringLiteral("not an SQLite database"));
}

TEST_CASE("Refused: another program's SQLite database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"), QStringLiteral("INSERT INTO contacts VALUES ('Ola')")});
    expectRefused(path, FileProblem::ForeignDatabase, QStringLiteral("another program"));
}

TEST_CASE("Refused: a file from a newer version of the program")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("newer.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    patch(path, 60, QByteArray("\x00\x00\x00\x63", 4)); // user_version 99
    expectRefused(path, FileProblem::NewerSchema, QStringLiteral("newer version"));
}

TEST_CASE("Refused: a damaged file")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("damaged.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    patch(path, 4096 * 3, QByteArray(4096 * 4, '\xA5')); // four pages of noise
    expectRefused(path, FileProblem::Damaged, QStringLiteral("damaged"));
}

TEST_CASE("Refused: a truncated file")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("cut.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    QFile::resize(path, QFileInfo(path).size() / 2);
    expectRefused(path, FileProblem::Damaged, QStringLiteral("shorter than"));
}

TEST_CASE("Refused: a unit file with a trigger planted in it")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("planted.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    rawSql(path, {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON goal BEGIN DELETE FROM action; END")});
    expectRefused(path, FileProblem::Untrusted, QStringLiteral("trigger “wipe”"));
}

TEST_CASE("A read-only file: read yes, write refused (exit 2), unchanged")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("ro.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    const QByteArray before = iktest::fileHash(path);
    iktest::writeFile(dir.filePath(QStringLiteral("d.csv")), "case_number,reported_on,title\nA,2026-01-01,X\n");
    CHECK(iktest::runCli({QStringLiteral("status"), path}).exitCode == 0);
    const auto r = iktest::runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("d.csv"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("read-only")));
    CHECK(iktest::fileHash(path) == before);
}

TEST_CASE("A file held by another writer: read yes, write refused (exit 2) with who holds it")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("held.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    QLockFile holder(path + QStringLiteral(".lock")); // as another running program holds it
    REQUIRE(holder.tryLock(0));
    const QByteArray before = iktest::fileHash(path);
    iktest::writeFile(dir.filePath(QStringLiteral("d.csv")), "case_number,reported_on,title\nA,2026-01-01,X\n");
    CHECK(iktest::runCli({QStringLiteral("check"), path}).exitCode == 0);
    const auto r = iktest::runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("d.csv"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
    CHECK(iktest::fileHash(path) == before);
}

TEST_CASE("Refused: a view that shadows a table")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("view.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    rawSql(path, {QStringLiteral("PRAGMA foreign_keys=OFF"), QStringLiteral("DROP TABLE focus_area"),
                  QStringLiteral("CREATE VIEW focus_area AS SELECT * FROM goal")});
    expectRefused(path, FileProblem::Untrusted, QStringLiteral("view “focus_area”"));
}

TEST_CASE("Refused: a table whose column was given another type")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("typed.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    rawSql(path, {QStringLiteral("PRAGMA foreign_keys=OFF"), QStringLiteral("DROP TABLE indicator_value"),
                  QStringLiteral("CREATE TABLE indicator_value (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, "
                                 "created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT, indicator_id BLOB, "
                                 "period TEXT NOT NULL, value TEXT)")});
    expectRefused(path, FileProblem::Untrusted, QStringLiteral("changed table “indicator_value”"));
}

TEST_CASE("A garbage journal beside a good file does no harm")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("journal.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    iktest::writeFile(path + QStringLiteral("-journal"), QByteArray(3000, '\x5A'));
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    INFO(check.message.toStdString());
    REQUIRE(file);
    CHECK(file->unitName() == QStringLiteral("U"));
    CHECK(file->count(QStringLiteral("checklist_item")) > 30);
}

TEST_CASE("A hot journal that would restore a planted trigger is refused before it is played back")
{
    QTemporaryDir dir;
    const QString source = goodFile(dir, QStringLiteral("source.db"));
    QFile::remove(source + QStringLiteral(".lock"));
    rawSql(source, {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON goal BEGIN DELETE FROM action; END")});
    // Snapshot the file in the middle of a transaction that removes the trigger: the journal
    // holds the pages with the trigger, as a crash at that moment would leave them.
    const QString path = dir.filePath(QStringLiteral("hostile.db"));
    REQUIRE(iktest::snapshotMidTransaction(source, path, {QStringLiteral("DROP TRIGGER wipe")}));
    REQUIRE(inspectFile(path).hotJournal);
    const QByteArray before = iktest::fileHash(path);
    const QByteArray journalBefore = iktest::fileHash(path + QStringLiteral("-journal"));
    FileCheck check;
    CHECK_FALSE(UnitFile::open(path, UnitFile::Mode::ReadWrite, &check));
    INFO(check.message.toStdString());
    CHECK(check.problem == FileProblem::Untrusted);
    CHECK(check.message.contains(QStringLiteral("half-written")));
    CHECK(iktest::fileHash(path) == before);
    CHECK(iktest::fileHash(path + QStringLiteral("-journal")) == journalBefore);
}

namespace {
void setUserVersion(const QString &path, qint32 version)
{
    const quint32 v = quint32(version);
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    patch(path, 60, QByteArray(bytes, 4));
}
} // namespace

TEST_CASE("Refused: a file format number no version writes (0, -1) or a newer one (3, 99)")
{
    for (const qint32 version : {0, -1, schema::kVersion + 1, 99}) {
        INFO("user_version " << version);
        QTemporaryDir dir;
        const QString path = goodFile(dir, QStringLiteral("version.db"));
        QFile::remove(path + QStringLiteral(".lock"));
        setUserVersion(path, version);
        if (version > schema::kVersion)
            expectRefused(path, FileProblem::NewerSchema, QStringLiteral("newer version"));
        else
            expectRefused(path, FileProblem::InvalidFormat,
                          QStringLiteral("file format number (%1) is not one").arg(version));
    }
}

TEST_CASE("Refused: a planted trigger behind a format number of 0 or -1 (no format escapes the schema check)")
{
    for (const char *version : {"0", "-1"}) {
        INFO("user_version " << version);
        QTemporaryDir dir;
        const QString path = goodFile(dir, QStringLiteral("planted.db"));
        QFile::remove(path + QStringLiteral(".lock"));
        rawSql(path, {QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON deviation BEGIN DELETE FROM action; "
                                     "DELETE FROM change_log; END"),
                      QStringLiteral("PRAGMA user_version=%1").arg(QLatin1String(version))});
        expectRefused(path, FileProblem::InvalidFormat, QStringLiteral("is not one that any version"));
    }
}

TEST_CASE("Refused: a format-1 file with a planted trigger is checked against format 1 and not upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    rawSql(path, {QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON deviation BEGIN DELETE FROM action; END")});
    expectRefused(path, FileProblem::Untrusted, QStringLiteral("trigger “evil”"));
    // expectRefused also saw that no copy was made beside it.
}

TEST_CASE("Refused: a format-1 file with format 2's index, and a format-2 file without it")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    rawSql(old, {QStringLiteral("CREATE UNIQUE INDEX matrix_cell_position ON matrix_cell(probability, consequence)")});
    expectRefused(old, FileProblem::Untrusted, QStringLiteral("an extra index “matrix_cell_position”"));
    const QString current = goodFile(dir, QStringLiteral("current.db"));
    QFile::remove(current + QStringLiteral(".lock"));
    rawSql(current, {QStringLiteral("DROP INDEX matrix_cell_position")});
    expectRefused(current, FileProblem::Untrusted, QStringLiteral("a missing index “matrix_cell_position”"));
}

TEST_CASE("Refused: an object named sqlite_* that SQLite did not make (written with writable_schema)")
{
    struct Planted
    {
        const char *what;
        QString row; // type, name, tbl_name, rootpage, sql
        QString words;
    };
    const QList<Planted> planted{
        {"a trigger",
         QStringLiteral("'trigger', 'sqlite_evil', 'deviation', 0, 'CREATE TRIGGER sqlite_evil AFTER INSERT ON "
                        "deviation BEGIN DELETE FROM action; DELETE FROM change_log; END'"),
         QStringLiteral("an extra trigger “sqlite_evil”")},
        {"a view", QStringLiteral("'view', 'sqlite_view', 'sqlite_view', 0, 'CREATE VIEW sqlite_view AS SELECT 1'"),
         QStringLiteral("an extra view “sqlite_view”")},
    };
    for (const Planted &p : planted) {
        INFO(p.what);
        QTemporaryDir dir;
        const QString path = goodFile(dir, QStringLiteral("planted.db"));
        QFile::remove(path + QStringLiteral(".lock"));
        rawSql(path, {QStringLiteral("PRAGMA writable_schema=ON"),
                      QStringLiteral("INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (%1)").arg(p.row)});
        expectRefused(path, FileProblem::Untrusted, p.words);
    }
    // A table of SQLite's name but not of its making: ANALYZE's sqlite_stat1 with another column.
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("stat.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    rawSql(path, {QStringLiteral("CREATE TABLE planted(tbl,idx,stat,x)"), QStringLiteral("PRAGMA writable_schema=ON"),
                  QStringLiteral("UPDATE sqlite_schema SET name = 'sqlite_stat1', tbl_name = 'sqlite_stat1', "
                                 "sql = 'CREATE TABLE sqlite_stat1(tbl,idx,stat,x)' WHERE name = 'planted'")});
    expectRefused(path, FileProblem::Untrusted, QStringLiteral("an extra table “sqlite_stat1”"));
}

TEST_CASE("Refused: a planted index that takes the name of one of SQLite's automatic indexes")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("auto.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    rawSql(path, {QStringLiteral("CREATE INDEX planted ON goal(title)"), QStringLiteral("PRAGMA writable_schema=ON"),
                  QStringLiteral("UPDATE sqlite_schema SET name = 'sqlite_autoindex_goal_2', "
                                 "sql = 'CREATE INDEX sqlite_autoindex_goal_2 ON goal(title)' WHERE name = 'planted'")});
    expectRefused(path, FileProblem::Untrusted, QStringLiteral("an extra index “sqlite_autoindex_goal_2”"));
}

TEST_CASE("SQLite's own statistics tables (ANALYZE) do not make a file untrusted")
{
    QTemporaryDir dir;
    const QString path = goodFile(dir, QStringLiteral("analyzed.db"));
    QFile::remove(path + QStringLiteral(".lock"));
    rawSql(path, {QStringLiteral("ANALYZE")});
    const FileCheck check = inspectFile(path);
    INFO(check.message.toStdString());
    CHECK(check.ok());
}

TEST_CASE("Refused as damaged: two indexes whose root pages were swapped, which quick_check passes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("swapped.db"));
    REQUIRE(QFile::copy(QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(iktest::swapIndexRoots(path));
    QString quick;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("quick"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA quick_check")));
        REQUIRE(q.next());
        quick = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("quick"));
    CHECK(quick == QStringLiteral("ok")); // the damage the quick check does not see
    expectRefused(path, FileProblem::Damaged, QStringLiteral("integrity check found"));
}

TEST_CASE("Opened before its integrity check, a file is read at once and written only once the check has passed")
{
    QTemporaryDir dir;
    QString error;
    const Record action{{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Kurs")}};
    {
        const QString path = goodFile(dir, QStringLiteral("sound.db"));
        const FileCheck inspected = inspectFile(path, IntegrityCheck::Later);
        REQUIRE(inspected.ok());
        CHECK(inspected.integrityPending);
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, nullptr, inspected);
        REQUIRE(file);
        CHECK(file->integrityPending());
        CHECK_FALSE(file->isReadOnly());
        CHECK(file->years() == QList<int>{2026}); // reading goes on
        CHECK(file->insert(QStringLiteral("action"), action, &error).isEmpty());
        CHECK(error.contains(QStringLiteral("still being checked")));
        CHECK(file->count(QStringLiteral("action")) == 0);
        const FileCheck checked = checkIntegrity(path); // as on the GUI's other thread
        CHECK(checked.ok());
        file->finishIntegrityCheck(checked);
        CHECK_FALSE(file->integrityPending());
        CHECK_FALSE(file->insert(QStringLiteral("action"), action, &error).isEmpty());
    }
    {
        // With a way to wait for the check (the GUI's thread), a write waits for it and goes on.
        const QString path = goodFile(dir, QStringLiteral("waited.db"));
        QFile::remove(path + QStringLiteral(".lock"));
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, nullptr, inspectFile(path, IntegrityCheck::Later));
        REQUIRE(file);
        int waited = 0;
        file->awaitIntegrityWith([&] { ++waited; return checkIntegrity(path); });
        CHECK_FALSE(file->insert(QStringLiteral("action"), action, &error).isEmpty());
        CHECK_FALSE(file->insert(QStringLiteral("action"), action, &error).isEmpty());
        CHECK(waited == 1);
        CHECK_FALSE(file->integrityPending());
    }
    {
        // Damage only the full check finds: opened, but never written; read-only with the reason.
        const QString path = goodFile(dir, QStringLiteral("swapped.db"));
        {
            auto writer = UnitFile::open(path, UnitFile::Mode::ReadWrite, nullptr);
            REQUIRE(writer);
            for (int i = 0; i < 3; ++i) // rows in both indexes, more in one
                REQUIRE_FALSE(writer->insert(QStringLiteral("action"), action, &error).isEmpty());
            REQUIRE_FALSE(writer->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Søl")},
                                                                       {QStringLiteral("reported_on"), QStringLiteral("2026-02-01")}}, &error).isEmpty());
        }
        REQUIRE(iktest::swapIndexRoots(path));
        const QByteArray before = iktest::fileHash(path);
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, nullptr, inspectFile(path, IntegrityCheck::Later));
        REQUIRE(file);
        CHECK(file->insert(QStringLiteral("action"), action, &error).isEmpty());
        const FileCheck checked = checkIntegrity(path);
        CHECK(checked.problem == FileProblem::Damaged);
        CHECK(checked.message.contains(QStringLiteral("integrity check found")));
        file->finishIntegrityCheck(checked);
        CHECK(file->isReadOnly());
        CHECK(file->readOnlyReason() == checked.message);
        CHECK(file->insert(QStringLiteral("action"), action, &error).isEmpty());
        CHECK(error == checked.message);
        file.reset();
        CHECK(iktest::fileHash(path) == before);
    }
    {
        // An older format is upgraded when opened for writing, which writes: checked whole first.
        const QString path = dir.filePath(QStringLiteral("old-swapped.db"));
        REQUIRE(QFile::copy(QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        REQUIRE(iktest::swapIndexRoots(path));
        const QByteArray before = iktest::fileHash(path);
        const FileCheck inspected = inspectFile(path, IntegrityCheck::Later);
        REQUIRE(inspected.ok());
        FileCheck check;
        CHECK_FALSE(UnitFile::open(path, UnitFile::Mode::ReadWrite, &check, inspected));
        CHECK(check.problem == FileProblem::Damaged);
        CHECK(iktest::fileHash(path) == before);
    }
    {
        // A file in WAL mode would be changed by opening it for writing: checked now, not later.
        const QString path = goodFile(dir, QStringLiteral("wal.db"));
        QFile::remove(path + QStringLiteral(".lock"));
        rawSql(path, {QStringLiteral("PRAGMA journal_mode=WAL")});
        CHECK_FALSE(inspectFile(path, IntegrityCheck::Later).integrityPending);
    }
}

TEST_CASE("What is made from a file while its check runs is written only once the check has passed")
{
    QTemporaryDir dir;
    QString error;
    const QString sound = goodFile(dir, QStringLiteral("sound.db"));
    const QString damaged = goodFile(dir, QStringLiteral("damaged.db"));
    {
        auto writer = UnitFile::open(damaged, UnitFile::Mode::ReadWrite, nullptr);
        REQUIRE(writer);
        const Record action{{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Kurs")}};
        for (int i = 0; i < 3; ++i) // rows in both indexes, more in one
            REQUIRE_FALSE(writer->insert(QStringLiteral("action"), action, &error).isEmpty());
        REQUIRE_FALSE(writer->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Søl")},
                                                                   {QStringLiteral("reported_on"), QStringLiteral("2026-02-01")}}, &error).isEmpty());
    }
    REQUIRE(iktest::swapIndexRoots(damaged)); // damage that only the full integrity check finds
    for (const QString &path : {sound, damaged})
        QFile::remove(path + QStringLiteral(".lock"));

    // In the library: writeOutputFile asks the file for the check's verdict, and waits for it.
    {
        auto file = UnitFile::open(damaged, UnitFile::Mode::ReadOnly, nullptr, inspectFile(damaged, IntegrityCheck::Later));
        REQUIRE(file);
        REQUIRE(file->integrityPending());
        const QString out = dir.filePath(QStringLiteral("early.csv"));
        CHECK_FALSE(writeOutputFile(*file, out, "x", &error)); // no check to wait for: not yet known
        CHECK(error.contains(QStringLiteral("still being checked")));
        file->awaitIntegrityWith([&] { return checkIntegrity(damaged); });
        CHECK_FALSE(writeOutputFile(*file, out, "x", &error));
        CHECK(error.contains(QStringLiteral("integrity check found")));
        CHECK_FALSE(QFile::exists(out));
        // Output written as it is made is not put in place either.
        const auto produce = [](QIODevice &device, QString *) { return device.write("made while checked") > 0; };
        error.clear();
        CHECK_FALSE(writeOutputFile(*file, out, produce, &error));
        CHECK(error.contains(QStringLiteral("integrity check found")));
        CHECK_FALSE(QFile::exists(out));
        const QString kept = dir.filePath(QStringLiteral("kept.json")); // and what was there stays
        REQUIRE(iktest::writeFile(kept, "as it was"));
        CHECK_FALSE(writeOutputFile(*file, kept, produce, &error));
        CHECK(iktest::readAll(kept) == "as it was");
    }
    {
        auto file = UnitFile::open(sound, UnitFile::Mode::ReadOnly, nullptr, inspectFile(sound, IntegrityCheck::Later));
        REQUIRE(file);
        file->awaitIntegrityWith([&] { return checkIntegrity(sound); });
        const QString out = dir.filePath(QStringLiteral("sound.csv"));
        CHECK(writeOutputFile(*file, out, "x", &error));
        // Written in pieces: the file holds them all; a producer that gives up leaves the old file.
        CHECK(writeOutputFile(*file, out, [](QIODevice &device, QString *) {
            return device.write("one,") == 4 && device.write("two") == 3;
        }, &error));
        CHECK(iktest::readAll(out) == "one,two");
        error.clear();
        CHECK_FALSE(writeOutputFile(*file, out, [](QIODevice &device, QString *why) {
            device.write("half");
            *why = QStringLiteral("Cannot read “action”.");
            return false;
        }, &error));
        CHECK(error == QStringLiteral("Cannot read “action”."));
        CHECK(iktest::readAll(out) == "one,two");
        // One that stops because a write was cut short (a full disk) says so, not nothing.
        CHECK_FALSE(writeOutputFile(*file, out, [](QIODevice &, QString *) { return false; }, &error));
        CHECK(error.startsWith(QStringLiteral("Cannot write")));
        CHECK(iktest::readAll(out) == "one,two");
        CHECK_FALSE(writeOutputFile(*file, sound, [](QIODevice &, QString *) { return true; }, &error)); // never the unit file
    }

    // The CLI's report and export read while the check runs: refused, and nothing written.
    const QByteArray before = iktest::fileHash(damaged);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf")), json = dir.filePath(QStringLiteral("all.json"));
    for (const QStringList &args : {QStringList{QStringLiteral("report"), damaged, QStringLiteral("-o"), pdf},
                                    QStringList{QStringLiteral("export"), damaged, QStringLiteral("--all"), QStringLiteral("--format"),
                                                QStringLiteral("json"), QStringLiteral("-o"), json},
                                    QStringList{QStringLiteral("export"), damaged, QStringLiteral("--table"), QStringLiteral("action"),
                                                QStringLiteral("--format"), QStringLiteral("json")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto r = iktest::runCli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("integrity check found")));
        CHECK(r.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(json));
    CHECK(iktest::fileHash(damaged) == before);
    // The same commands on the sound file write what they made.
    CHECK(iktest::runCli({QStringLiteral("report"), sound, QStringLiteral("-o"), pdf}).exitCode == 0);
    CHECK(QFile::exists(pdf));
}
