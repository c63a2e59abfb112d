// What the program says when SQLite fails: a person's words, never SQLite's own text; and a
// write that fails leaves the file whole at once.
#include "catch.h"
#include "testsupport.h"

#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ik;

namespace {

std::unique_ptr<UnitFile> newFile(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto file = UnitFile::create(dir.filePath(name), {QStringLiteral("Lab"), 2026, QStringLiteral("ntnu"), {}}, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}


void checkNoSqliteText(const QString &message)
{
    INFO(message.toStdString());
    for (const char *raw : {"constraint", "Unable to", "database or disk", "SQL", "sqlite"})
        CHECK_FALSE(message.contains(QLatin1String(raw), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("A full disk says so, imports nothing and leaves no journal")
{
    QTemporaryDir dir;
    auto file = newFile(dir, QStringLiteral("full.db"));
    // The connection may not grow the file past its size now plus a few pages: a full disk.
    QSqlQuery q(file->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 3)));
    const QByteArray before = iktest::fileHash(file->path());
    QByteArray csv = "reported_on;title;description\n";
    for (int i = 0; i < 500; ++i)
        csv += "2026-03-01;Avvik " + QByteArray::number(i) + ";" + QByteArray(300, 'x') + "\n";
    QString error;
    CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"), csv, std::nullopt, nullptr, &error));
    CHECK(error == QStringLiteral("The disk is full (or the file has reached its size limit). Free some space and try again."));
    checkNoSqliteText(error);
    CHECK(file->count(QStringLiteral("deviation")) == 0);
    CHECK_FALSE(QFileInfo::exists(file->path() + QStringLiteral("-journal")));
    CHECK(iktest::fileHash(file->path()) == before);
    // A single insert says the same, without a line.
    CHECK(file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                     {QStringLiteral("title"), QString(20000, QLatin1Char('x'))}}, &error).isEmpty());
    CHECK(error.startsWith(QStringLiteral("The disk is full")));
}

TEST_CASE("A constraint the file enforces is explained, not quoted")
{
    QTemporaryDir dir;
    auto file = newFile(dir, QStringLiteral("unique.db"));
    QString error;
    // Review year 2026 is there already: the year must be unique.
    CHECK_FALSE(importCsv(*file, QStringLiteral("review_year"), "year\n2027\n2026\n", std::nullopt, nullptr, &error));
    CHECK(error == QStringLiteral("line 3: “Year” is already taken by another record of the kind “Review year”; each must have its own."));
    checkNoSqliteText(error);
    CHECK(file->years() == QList<int>{2026});
    CHECK(file->insert(QStringLiteral("review_year"), {{QStringLiteral("year"), 2026}}, &error).isEmpty());
    CHECK(error == QStringLiteral("“Year” is already taken by another record of the kind “Review year”; each must have its own."));
}

TEST_CASE("A stray journal of another database is refused in words that name the user's file")
{
    QTemporaryDir dir;
    // Another program's database, with its own page size, stopped in the middle of a write.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size=1024")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)")));
        for (int i = 0; i < 300; ++i)
            REQUIRE(q.exec(QStringLiteral("INSERT INTO meta VALUES ('o%1', '%2')").arg(i).arg(QString(300, QLatin1Char('o')))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    REQUIRE(iktest::snapshotMidTransaction(other, dir.filePath(QStringLiteral("snapshot.sqlite"))));
    const QString path = newFile(dir, QStringLiteral("mine.db"))->path();
    QFile::remove(path + QStringLiteral(".lock"));
    REQUIRE(QFile::rename(dir.filePath(QStringLiteral("snapshot.sqlite-journal")), path + QStringLiteral("-journal")));
    const QByteArray before = iktest::fileHash(path);
    FileCheck check;
    CHECK_FALSE(UnitFile::open(path, UnitFile::Mode::ReadWrite, &check));
    INFO(check.message.toStdString());
    CHECK(check.message.startsWith(QStringLiteral("“mine.db” was left half-written")));
    CHECK(check.message.count(QStringLiteral("“mine.db”")) == 2); // and the check of what it would become
    CHECK_FALSE(check.message.contains(QStringLiteral("recovered")));
    CHECK(iktest::fileHash(path) == before);
}

TEST_CASE("A journal SQLite does not play back (zeroed) goes at the first open for writing, even when nothing is written")
{
    QTemporaryDir dir;
    const QString path = newFile(dir, QStringLiteral("stale.db"))->path();
    QFile::remove(path + QStringLiteral(".lock"));
    REQUIRE(iktest::writeFile(path + QStringLiteral("-journal"), QByteArray(3000, '\0')));
    REQUIRE(inspectFile(path).hotJournal); // read-only opening refuses it
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        INFO(check.message.toStdString());
        REQUIRE(file);
        ImportResult result;
        QString error;
        REQUIRE(importCsv(*file, QStringLiteral("person"), "name\n", std::nullopt, &result, &error)); // the header alone
        CHECK(result.inserted == 0);
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    FileCheck check;
    CHECK(UnitFile::open(path, UnitFile::Mode::ReadOnly, &check));
    CHECK(check.message.isEmpty());
}
