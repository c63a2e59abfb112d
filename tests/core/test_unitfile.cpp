#include "catch.h"
#include "testsupport.h"

#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>

using namespace ik;

namespace {
std::unique_ptr<UnitFile> newFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("unit.db"))
{
    QString error;
    auto file = UnitFile::create(dir.filePath(name), {QStringLiteral("Institutt for test"), 2026, QStringLiteral("ntnu"), {}}, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}
QVariant scalar(const UnitFile &f, const QString &sql)
{
    QSqlQuery q(f.database());
    q.exec(sql);
    return q.next() ? q.value(0) : QVariant();
}
} // namespace

TEST_CASE("A new unit file carries the program's identity and the first year's checklist")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    CHECK(scalar(*file, QStringLiteral("PRAGMA application_id")).toUInt() == schema::kApplicationId);
    CHECK(scalar(*file, QStringLiteral("PRAGMA user_version")).toInt() == schema::kVersion);
    CHECK(scalar(*file, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(scalar(*file, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(file->unitName() == QStringLiteral("Institutt for test"));
    CHECK(file->years() == QList<int>{2026});
    CHECK(file->count(QStringLiteral("checklist_item"), RecordFilter::ofYear(2026)) > 30);
    CHECK(file->count(QStringLiteral("matrix_cell")) == 25);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("unit.db-journal"))));
    // Nothing half-made is left beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("unit.db"), QStringLiteral("unit.db.lock")});
}

TEST_CASE("Creating refuses to overwrite an existing file")
{
    QTemporaryDir dir;
    iktest::writeFile(dir.filePath(QStringLiteral("taken.db")), "precious");
    QString error;
    CHECK_FALSE(UnitFile::create(dir.filePath(QStringLiteral("taken.db")), {QStringLiteral("X"), 2026, QStringLiteral("ntnu"), {}}, &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    CHECK(iktest::fileHash(dir.filePath(QStringLiteral("taken.db"))) == QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
}

TEST_CASE("Records are inserted, updated, deleted and restored, each in the change log")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    file->setUserName(QStringLiteral("kari"));
    QString error;
    const QString person = file->insert(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Åse Ødegård")}}, &error);
    REQUIRE_FALSE(person.isEmpty());
    const QString action = file->insert(QStringLiteral("action"),
                                        {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Skifte avtrekk")},
                                         {QStringLiteral("cost_nok"), QStringLiteral("12 500")}, {QStringLiteral("deadline"), QStringLiteral("1.9.2026")},
                                         {QStringLiteral("responsible_id"), person}},
                                        &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(action.isEmpty());
    auto row = file->record(QStringLiteral("action"), action);
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("cost_nok")).toDouble() == 12500.0);
    CHECK(row->value(QStringLiteral("deadline")).toString() == QStringLiteral("2026-09-01"));
    CHECK(row->value(QStringLiteral("status")).toString() == QStringLiteral("planned")); // first choice
    CHECK(row->value(QStringLiteral("created_by")).toString() == QStringLiteral("kari"));
    CHECK(QUuid::fromString(row->value(QStringLiteral("id")).toString()).isNull() == false);

    REQUIRE(file->update(QStringLiteral("action"), action, {{QStringLiteral("status"), QStringLiteral("done")}}, &error));
    CHECK(scalar(*file, QStringLiteral("SELECT old_value || '>' || new_value FROM change_log WHERE operation='update' ORDER BY seq DESC LIMIT 1")).toString()
          == QStringLiteral("planned>done"));

    // Deleting the person clears the reference; undoing the delete puts both back.
    DeletedRecords removed;
    REQUIRE(file->remove(QStringLiteral("person"), person, &error, &removed));
    CHECK(file->record(QStringLiteral("action"), action)->value(QStringLiteral("responsible_id")).isNull());
    REQUIRE(removed.nulledRefs.size() == 1);
    REQUIRE(file->restore(removed, &error));
    CHECK(file->record(QStringLiteral("action"), action)->value(QStringLiteral("responsible_id")).toString() == person);
    CHECK(file->displayName(QStringLiteral("person"), person) == QStringLiteral("Åse Ødegård"));
    CHECK(scalar(*file, QStringLiteral("SELECT count(*) FROM change_log WHERE record_id='%1'").arg(person)).toInt() >= 3);
}

TEST_CASE("Deleting a parent takes its children along, and undo brings them back")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    const QString round = file->insert(QStringLiteral("inspection_round"), {{QStringLiteral("year"), 2026}, {QStringLiteral("area"), QStringLiteral("Lab")}}, &error);
    for (int i = 0; i < 3; ++i)
        file->insert(QStringLiteral("inspection_finding"), {{QStringLiteral("round_id"), round}, {QStringLiteral("description"), QStringLiteral("Funn %1").arg(i)}}, &error);
    CHECK(file->previewRemove(QStringLiteral("inspection_round"), round).rows.size() == 4);
    DeletedRecords removed;
    REQUIRE(file->remove(QStringLiteral("inspection_round"), round, &error, &removed));
    CHECK(file->count(QStringLiteral("inspection_finding")) == 0);
    REQUIRE(file->restore(removed, &error));
    CHECK(file->count(QStringLiteral("inspection_finding"), RecordFilter::ofParent(round)) == 3);
}

TEST_CASE("Bad values are refused with a message and change nothing")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    const int before = file->count(QStringLiteral("action"));
    const int logged = scalar(*file, QStringLiteral("SELECT count(*) FROM change_log")).toInt();
    QString error;
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("X")}, {QStringLiteral("deadline"), QStringLiteral("31.02.2026")}}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("Deadline")));
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("  ")}}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("must be filled in")));
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("X")}, {QStringLiteral("status"), QStringLiteral("finished")}}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("finished")));
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2031}, {QStringLiteral("title"), QStringLiteral("X")}}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("2031")));
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("X")}, {QStringLiteral("cost_nok"), QStringLiteral("-5")}}, &error).isEmpty());
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("X")}, {QStringLiteral("responsible_id"), QStringLiteral("nobody")}}, &error).isEmpty());
    CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("X")}, {QStringLiteral("no_such_field"), 1}}, &error).isEmpty());
    CHECK(file->count(QStringLiteral("action")) == before);
    CHECK(scalar(*file, QStringLiteral("SELECT count(*) FROM change_log")).toInt() == logged);
}

TEST_CASE("A transaction keeps all of its writes or none")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    {
        UnitFile::Transaction tx(*file);
        file->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("A")}}, &error);
        file->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("B")}}, &error);
        // no commit: rolled back
    }
    CHECK(file->count(QStringLiteral("goal")) == 0);
    {
        UnitFile::Transaction tx(*file);
        file->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("A")}}, &error);
        REQUIRE(tx.commit(&error));
    }
    CHECK(file->count(QStringLiteral("goal")) == 1);
}

TEST_CASE("A second opener of a file in use gets it read-only and is told why")
{
    QTemporaryDir dir;
    auto first = newFile(dir);
    FileCheck check;
    auto second = UnitFile::open(first->path(), UnitFile::Mode::ReadWrite, &check);
    REQUIRE(second);
    CHECK(second->isReadOnly());
    CHECK(second->readOnlyReason().contains(QStringLiteral("process")));
    QString error;
    CHECK(second->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("A")}}, &error).isEmpty());
    CHECK(error == second->readOnlyReason());
    first.reset();
    auto third = UnitFile::open(dir.filePath(QStringLiteral("unit.db")), UnitFile::Mode::ReadWrite, &check);
    REQUIRE(third);
    CHECK_FALSE(third->isReadOnly());
}

TEST_CASE("A read-only file opens for reading and refuses writes")
{
    QTemporaryDir dir;
    const QString path = newFile(dir)->path();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray hash = iktest::fileHash(path);
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    REQUIRE(file);
    CHECK(file->isReadOnly());
    CHECK(file->readOnlyReason().contains(QStringLiteral("read-only")));
    CHECK(file->count(QStringLiteral("checklist_item")) > 30);
    QString error;
    CHECK_FALSE(file->update(QStringLiteral("unit"), file->records(QStringLiteral("unit")).first().value(QStringLiteral("id")).toString(),
                             {{QStringLiteral("name"), QStringLiteral("Y")}}, &error));
    file.reset();
    CHECK(iktest::fileHash(path) == hash);
}

TEST_CASE("A read transaction holds one state of the file: another program's write waits until it ends")
{
    QTemporaryDir dir;
    const QString path = newFile(dir)->path();
    QFile::remove(path + QStringLiteral(".lock"));
    auto reader = UnitFile::open(path, UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(reader);
    const int goals = reader->count(QStringLiteral("goal"));
    // Another program, which does not wait when the file is busy.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
    other.setDatabaseName(path);
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    REQUIRE(other.open());
    const auto writeGoal = [&] {
        QSqlQuery q(other);
        const bool written = q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                             && q.exec(QStringLiteral("INSERT INTO goal (id, year, title, result, created_at, created_by, modified_at, modified_by) "
                                                      "VALUES ('%1', 2026, 'Nytt mål', 'not_evaluated', '2026-01-01T00:00:00Z', 'x', '2026-01-01T00:00:00Z', 'x')")
                                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
                             && q.exec(QStringLiteral("COMMIT"));
        if (!written)
            q.exec(QStringLiteral("ROLLBACK"));
        return written;
    };
    {
        const UnitFile::ReadTransaction oneState(*reader);
        CHECK(reader->count(QStringLiteral("goal")) == goals); // its first read takes the state
        CHECK_FALSE(writeGoal());                               // no commit while it lasts
        CHECK(reader->count(QStringLiteral("goal")) == goals);
    }
    CHECK(writeGoal()); // once it has ended
    CHECK(reader->count(QStringLiteral("goal")) == goals + 1);
    other.close();
    other = {};
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));

    // Inside a write transaction it nests, and the writes around it are kept.
    auto writer = UnitFile::open(path, UnitFile::Mode::ReadWrite, nullptr);
    REQUIRE(writer);
    QString error;
    {
        UnitFile::Transaction tx(*writer);
        {
            const UnitFile::ReadTransaction oneState(*writer);
            CHECK(writer->count(QStringLiteral("goal")) == goals + 1);
        }
        CHECK_FALSE(writer->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Mål")}}, &error).isEmpty());
        CHECK(tx.commit(&error));
    }
    CHECK(writer->count(QStringLiteral("goal")) == goals + 2);
}

TEST_CASE("Save a Copy writes a file that passes the check, while the original stays in use")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    file->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Kopiert mål")}}, &error);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(file->saveCopy(copy, &error));
    CHECK(inspectFile(copy).ok());
    FileCheck check;
    auto reopened = UnitFile::open(copy, UnitFile::Mode::ReadOnly, &check);
    REQUIRE(reopened);
    CHECK(reopened->records(QStringLiteral("goal")).first().value(QStringLiteral("title")).toString() == QStringLiteral("Kopiert mål"));
    // The original is still writable.
    CHECK_FALSE(file->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Etter")}}, &error).isEmpty());
}

TEST_CASE("Signals announce each change for the models")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QSignalSpy inserted(file.get(), &UnitFile::recordInserted);
    QSignalSpy updated(file.get(), &UnitFile::recordUpdated);
    QString error;
    const QString id = file->insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("A")}}, &error);
    file->update(QStringLiteral("goal"), id, {{QStringLiteral("title"), QStringLiteral("B")}}, &error);
    file->update(QStringLiteral("goal"), id, {{QStringLiteral("title"), QStringLiteral("B")}}, &error); // no change, no signal
    CHECK(inserted.size() == 1);
    CHECK(updated.size() == 1);
}

namespace {
// Every change signal of a file, in the order sent: "inserted goal/<title>", "updated goal/<title> title",
// "removed goal/<id>", "reset". Rows are named by their title where one exists, as a person would.
struct SignalLog
{
    explicit SignalLog(UnitFile &file)
    {
        const auto name = [&file](const QString &table, const QString &id) {
            const std::optional<Record> row = file.record(table, id);
            return table + QLatin1Char('/') + (row ? row->value(QStringLiteral("title")).toString() : id);
        };
        QObject::connect(&file, &UnitFile::recordInserted, &file, [this, name](const QString &t, const QString &id) {
            // What a view reads when told: the row must be there, committed.
            seen << QStringLiteral("inserted ") + name(t, id);
        });
        QObject::connect(&file, &UnitFile::recordUpdated, &file,
                         [this, name](const QString &t, const QString &id, const QStringList &columns) {
                             seen << QStringLiteral("updated ") + name(t, id) + QLatin1Char(' ') + columns.join(QLatin1Char(','));
                         });
        QObject::connect(&file, &UnitFile::recordRemoved, &file, [this](const QString &t, const QString &id) {
            seen << QStringLiteral("removed ") + t + QLatin1Char('/') + id;
        });
        QObject::connect(&file, &UnitFile::dataReset, &file, [this] { seen << QStringLiteral("reset"); });
    }
    QStringList seen;
};

Record goal(const QString &title)
{
    return {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), title}};
}
} // namespace

TEST_CASE("Change signals inside a transaction arrive once the outermost one commits, in order")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    SignalLog log(*file);
    QString error;
    const QString g = QStringLiteral("goal");
    UnitFile::Transaction outer(*file);
    const QString a = file->insert(g, goal(QStringLiteral("A")), &error);
    REQUIRE_FALSE(a.isEmpty());
    {
        UnitFile::Transaction inner(*file);
        REQUIRE(file->update(g, a, {{QStringLiteral("title"), QStringLiteral("A2")}}, &error));
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("B")), &error).isEmpty());
        REQUIRE(inner.commit(&error));
    }
    CHECK(log.seen.isEmpty()); // a savepoint's commit is not the end
    REQUIRE(outer.commit(&error));
    // Sent after the commit, so a view reading the row finds it as it now is.
    CHECK(log.seen == QStringList{QStringLiteral("inserted goal/A2"), QStringLiteral("updated goal/A2 title"),
                                  QStringLiteral("inserted goal/B")});

    // Without a transaction around it, each write announces itself when it returns.
    log.seen.clear();
    REQUIRE(file->remove(g, a, &error));
    CHECK(log.seen == QStringList{QStringLiteral("removed goal/") + a});
}

TEST_CASE("A rolled-back transaction sends no change signals; a savepoint rolled back drops only its own")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    SignalLog log(*file);
    QString error;
    const QString g = QStringLiteral("goal");
    {
        UnitFile::Transaction tx(*file);
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Gone")), &error).isEmpty());
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Gone too")), &error).isEmpty());
        // not committed: a write failed, say
    }
    CHECK(file->count(g) == 0);
    CHECK(log.seen.isEmpty());

    {
        UnitFile::Transaction outer(*file);
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Kept")), &error).isEmpty());
        {
            UnitFile::Transaction inner(*file);
            REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Taken back")), &error).isEmpty());
            // not committed
        }
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Kept too")), &error).isEmpty());
        REQUIRE(outer.commit(&error));
    }
    CHECK(log.seen == QStringList{QStringLiteral("inserted goal/Kept"), QStringLiteral("inserted goal/Kept too")});
    CHECK(file->count(g) == 2);

    // A write that fails inside its own savepoint (a bad value) takes its signal back with it.
    log.seen.clear();
    {
        UnitFile::Transaction tx(*file);
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Fine")), &error).isEmpty());
        CHECK(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("X")},
                                                      {QStringLiteral("deadline"), QStringLiteral("not a date")}},
                           &error)
                  .isEmpty());
        REQUIRE(tx.commit(&error));
    }
    CHECK(log.seen == QStringList{QStringLiteral("inserted goal/Fine")});
}

TEST_CASE("Many changes in one transaction come as one reset, also when a savepoint is rolled back")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    SignalLog log(*file);
    QString error;
    const QString g = QStringLiteral("goal");
    {
        UnitFile::Transaction tx(*file);
        for (int i = 0; i <= UnitFile::kResetAbove; ++i)
            REQUIRE_FALSE(file->insert(g, goal(QString::number(i)), &error).isEmpty());
        REQUIRE(tx.commit(&error));
    }
    CHECK(log.seen == QStringList{QStringLiteral("reset")});

    // Exactly kResetAbove still come one by one.
    log.seen.clear();
    {
        UnitFile::Transaction tx(*file);
        for (int i = 0; i < UnitFile::kResetAbove; ++i)
            REQUIRE_FALSE(file->insert(g, goal(QString::number(i)), &error).isEmpty());
        REQUIRE(tx.commit(&error));
    }
    CHECK(log.seen.size() == UnitFile::kResetAbove);
    CHECK_FALSE(log.seen.contains(QStringLiteral("reset")));

    // The reset came from a savepoint that was then rolled back: the changes before it are no
    // longer listed one by one, so the reset stays.
    log.seen.clear();
    {
        UnitFile::Transaction outer(*file);
        REQUIRE_FALSE(file->insert(g, goal(QStringLiteral("Before")), &error).isEmpty());
        {
            UnitFile::Transaction inner(*file);
            for (int i = 0; i <= UnitFile::kResetAbove; ++i)
                REQUIRE_FALSE(file->insert(g, goal(QString::number(i)), &error).isEmpty());
        }
        REQUIRE(outer.commit(&error));
    }
    CHECK(log.seen == QStringList{QStringLiteral("reset")});
}

TEST_CASE("Records sort in the file as people expect, with ties in insertion order")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    const auto action = [&](const char *title) {
        return file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QString::fromUtf8(title)}}, &error);
    };
    const QString zeta = action("zeta"), alpha = action("Alpha");
    const auto deviation = [&](const char *title, const char *severity, const QString &actionId) {
        Record r{{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                 {QStringLiteral("title"), QString::fromUtf8(title)}};
        if (severity)
            r.insert(QStringLiteral("severity"), QString::fromUtf8(severity));
        if (!actionId.isEmpty())
            r.insert(QStringLiteral("action_id"), actionId);
        REQUIRE_FALSE(file->insert(QStringLiteral("deviation"), r, &error).isEmpty());
    };
    deviation("b", "high", zeta);
    deviation("C", "low", {});
    deviation("a", "medium", alpha);
    deviation("B", "high", alpha);
    const auto titles = [&](const QString &column, bool descending) {
        RecordFilter f = RecordFilter::ofYear(2026);
        f.orderBy = column;
        f.descending = descending;
        QStringList out;
        for (const Record &r : file->records(QStringLiteral("deviation"), f))
            out << r.value(QStringLiteral("title")).toString();
        return out;
    };
    // Text ignores case; equal keys ("b", "B") keep insertion order either way.
    CHECK(titles(QStringLiteral("title"), false) == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(titles(QStringLiteral("title"), true) == QStringList{QStringLiteral("C"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("a")});
    // A choice sorts by its place in the set (low, medium, high), not by key or label.
    CHECK(titles(QStringLiteral("severity"), false) == QStringList{QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("B")});
    // A reference sorts by the linked row's name; no link comes first ascending, last descending.
    CHECK(titles(QStringLiteral("action_id"), false) == QStringList{QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("b")});
    CHECK(titles(QStringLiteral("action_id"), true) == QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("C")});
    // Paging a sorted listing neither repeats nor skips a row.
    RecordFilter page = RecordFilter::ofYear(2026);
    page.orderBy = QStringLiteral("severity");
    page.limit = 2;
    QStringList paged;
    for (page.offset = 0; page.offset < 4; page.offset += 2)
        for (const Record &r : file->records(QStringLiteral("deviation"), page))
            paged << r.value(QStringLiteral("title")).toString();
    CHECK(paged == titles(QStringLiteral("severity"), false));
    // A name that is not a column is never put into the query.
    CHECK(titles(QStringLiteral("title; DROP TABLE deviation"), false).size() == 4);
}

TEST_CASE("Text sorts in Norwegian order and is found whatever its case, æ, ø and å included")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    const QStringList stored{QStringLiteral("Ørsta"), QStringLiteral("ål"), QStringLiteral("Zeta"), QStringLiteral("æble"),
                             QStringLiteral("Rom 10"), QStringLiteral("Rom 2"), QStringLiteral("Åsen"), QStringLiteral("oslo")};
    for (const QString &title : stored)
        REQUIRE_FALSE(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), title}}, &error).isEmpty());
    const auto titles = [&](const QString &text) {
        RecordFilter f = RecordFilter::ofYear(2026);
        f.orderBy = QStringLiteral("title");
        f.text = text;
        QStringList out;
        for (const Record &r : file->records(QStringLiteral("action"), f))
            out << r.value(QStringLiteral("title")).toString();
        return out;
    };
    // Æ, Ø, Å come after Z, in that order; numbers in a text by their value.
    CHECK(titles({}) == QStringList{QStringLiteral("oslo"), QStringLiteral("Rom 2"), QStringLiteral("Rom 10"), QStringLiteral("Zeta"),
                                    QStringLiteral("æble"), QStringLiteral("Ørsta"), QStringLiteral("ål"), QStringLiteral("Åsen")});
    CHECK(titles(QStringLiteral("ØRSTA")) == QStringList{QStringLiteral("Ørsta")});
    CHECK(titles(QStringLiteral("Æ")) == QStringList{QStringLiteral("æble")});
    CHECK(titles(QStringLiteral("å")) == QStringList{QStringLiteral("ål"), QStringLiteral("Åsen")});
    // Pattern characters are plain text.
    CHECK(titles(QStringLiteral("%")).isEmpty());
    CHECK(titles(QStringLiteral("_")).isEmpty());
}

TEST_CASE("Actions sort by the name of their source record, as the action plan shows it")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    // Ids whose own order is the opposite of their records' names.
    const QString goal = file->insert(QStringLiteral("goal"), {{QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000001")}, {QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Beta")}}, &error);
    const QString deviation = file->insert(QStringLiteral("deviation"), {{QStringLiteral("id"), QStringLiteral("ffffffff-0000-4000-8000-000000000002")}, {QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")}, {QStringLiteral("title"), QStringLiteral("alpha")}}, &error);
    REQUIRE_FALSE(goal.isEmpty());
    REQUIRE_FALSE(deviation.isEmpty());
    const auto action = [&](const char *title, const char *source, const QString &sourceId) {
        Record r{{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QString::fromUtf8(title)}};
        if (source) {
            r.insert(QStringLiteral("source"), QString::fromUtf8(source));
            r.insert(QStringLiteral("source_id"), sourceId);
        }
        REQUIRE_FALSE(file->insert(QStringLiteral("action"), r, &error).isEmpty());
    };
    action("from the goal", "goal", goal);
    action("on its own", nullptr, {});
    action("from the deviation", "deviation", deviation);
    RecordFilter f = RecordFilter::ofYear(2026);
    f.orderBy = QStringLiteral("source_id");
    QStringList titles;
    for (const Record &r : file->records(QStringLiteral("action"), f))
        titles << r.value(QStringLiteral("title")).toString();
    CHECK(titles == QStringList{QStringLiteral("on its own"), QStringLiteral("from the deviation"), QStringLiteral("from the goal")});
}

TEST_CASE("A filter asks for rows with a value in a column, and for a child table's rows of a year")
{
    QTemporaryDir dir;
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("f.db")), {QStringLiteral("U"), 2025, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    REQUIRE_FALSE(file->insert(QStringLiteral("review_year"), {{QStringLiteral("year"), 2026}}, &error).isEmpty());
    QMap<int, QString> assessmentOf;
    for (const int year : {2025, 2026})
        assessmentOf[year] = file->insert(QStringLiteral("risk_assessment"), {{QStringLiteral("year"), year}, {QStringLiteral("title"), QStringLiteral("Lab")}}, &error);
    const auto addRisk = [&](int year, int number, const QVariant &review) {
        Record values{{QStringLiteral("assessment_id"), assessmentOf[year]}, {QStringLiteral("number"), number},
                      {QStringLiteral("event"), QStringLiteral("Søl %1").arg(number)}};
        if (review.isValid())
            values.insert(QStringLiteral("acceptance_review_on"), review);
        REQUIRE_FALSE(file->insert(QStringLiteral("risk"), values, &error).isEmpty());
    };
    addRisk(2025, 1, QStringLiteral("2025-10-01"));
    addRisk(2026, 2, QStringLiteral("2026-10-01"));
    addRisk(2026, 3, {});
    addRisk(2026, 4, QStringLiteral("2026-11-01"));
    const auto numbers = [&](const RecordFilter &filter) {
        QList<int> out;
        for (const Record &r : file->records(QStringLiteral("risk"), filter))
            out << r.value(QStringLiteral("number")).toInt();
        return out;
    };
    RecordFilter of2026;
    of2026.parentYear = 2026;
    CHECK(numbers(of2026) == QList<int>{2, 3, 4});
    of2026.present = {QStringLiteral("acceptance_review_on")};
    CHECK(numbers(of2026) == QList<int>{2, 4});
    RecordFilter dated;
    dated.present = {QStringLiteral("acceptance_review_on"), QStringLiteral("no_such_column")}; // unknown: ignored
    CHECK(numbers(dated) == QList<int>{1, 2, 4});
    // A year-scoped table has no parent: parentYear asks nothing of it.
    RecordFilter assessments;
    assessments.parentYear = 2026;
    CHECK(file->records(QStringLiteral("risk_assessment"), assessments).size() == 2);
}

TEST_CASE("Names of some rows are those of all rows, for the ids asked that exist")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    QString error;
    QStringList ids;
    for (const QString &name : {QStringLiteral("Åse Ødegård"), QStringLiteral("Ola Nordmann"), QStringLiteral("Kari \"K\" Berg")})
        ids << file->insert(QStringLiteral("person"), {{QStringLiteral("name"), name}}, &error);
    REQUIRE_FALSE(ids.contains(QString()));
    const QHash<QString, QString> all = file->displayNames(QStringLiteral("person"));
    const QHash<QString, QString> some =
        file->displayNames(QStringLiteral("person"), {ids[0], ids[2], ids[2], QStringLiteral("no-such-id")});
    CHECK(some.size() == 2);
    CHECK(some.value(ids[0]) == all.value(ids[0]));
    CHECK(some.value(ids[0]) == QStringLiteral("Åse Ødegård"));
    CHECK(some.value(ids[2]) == QStringLiteral("Kari \"K\" Berg"));
    CHECK_FALSE(some.contains(ids[1]));
    CHECK(file->displayNames(QStringLiteral("person"), QStringList()).isEmpty());
    CHECK(file->displayNames(QStringLiteral("no_such_table"), ids).isEmpty());
}
