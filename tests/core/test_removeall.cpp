#include "catch.h"

#include "core/store/unitfile.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ik;

namespace {
std::unique_ptr<UnitFile> newUnitFile(const QTemporaryDir &dir, QString *error)
{
    return UnitFile::create(dir.filePath(QStringLiteral("r.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, error);
}

// Text that JSON must escape, or that is easily mangled on the way.
const QString kAwkward = QStringLiteral("«Søl» \"sitat\" \\ back\\slash\nny linje\ttab </script> 😀 \u2028 æøå €");
} // namespace

// removeAll asks for many rows set-wise (an import of 100 000 rows taken back); what it removes,
// logs and hands to restore() is what removing the rows one by one did.
TEST_CASE("Rows removed together come back in an order their parents allow, with the links to them")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    const QString assessment = file->insert(QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Lab")}}, &error);
    const QString risk = file->insert(QStringLiteral("risk"), {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("number"), 1},
                                                               {QStringLiteral("event"), QStringLiteral("Søl")}, {QStringLiteral("probability_before"), 4}}, &error);
    const QString consequence = file->insert(QStringLiteral("risk_consequence"), {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("health")},
                                                                                  {QStringLiteral("consequence_before"), 3}}, &error);
    const QString action = file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Avtrekk")}}, &error);
    const QString deviation = file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                                         {QStringLiteral("title"), QStringLiteral("Søl")}, {QStringLiteral("action_id"), action}}, &error);
    REQUIRE(!deviation.isEmpty());
    const QStringList tables{QStringLiteral("risk_assessment"), QStringLiteral("risk"), QStringLiteral("risk_consequence"),
                             QStringLiteral("action"), QStringLiteral("deviation")};
    const auto everything = [&] {
        QStringList rows;
        for (const QString &table : tables)
            for (const Record &r : file->records(table)) {
                QStringList cells;
                for (auto it = r.cbegin(); it != r.cend(); ++it)
                    if (it.key() != QLatin1String("modified_at")) // set anew where the link returns
                        cells << it.key() + QLatin1Char('=') + it.value().toString();
                rows << table + QLatin1Char(':') + cells.join(QLatin1Char(';'));
            }
        return rows;
    };
    const QStringList before = everything();
    REQUIRE(before.size() == 5);

    // The assessment (and with it its risk), the risk's consequence named as well, and the action
    // the deviation points to: as an import taken back, given first added first.
    DeletedRecords removed;
    REQUIRE(file->removeAll({{QStringLiteral("risk_assessment"), assessment}, {QStringLiteral("risk_consequence"), consequence},
                             {QStringLiteral("action"), action}},
                            &error, &removed));
    for (const QString &table : tables.mid(0, 4))
        CHECK(file->count(table) == 0);
    REQUIRE(file->record(QStringLiteral("deviation"), deviation));
    CHECK(file->record(QStringLiteral("deviation"), deviation)->value(QStringLiteral("action_id")).isNull());
    // Each row once, parents before children; the deviation's link as a cleared reference.
    QStringList order;
    for (const auto &[table, row] : removed.rows)
        order << table;
    CHECK(order == tables.mid(0, 4));
    REQUIRE(removed.nulledRefs.size() == 1);
    CHECK(removed.nulledRefs.first() == std::tuple{QStringLiteral("deviation"), deviation, QStringLiteral("action_id"), action});
    // The change log holds a delete of every row, with the row, and the cleared link (in any order).
    QSqlQuery q(file->database());
    REQUIRE(q.exec(QStringLiteral("SELECT table_name, operation, old_value FROM change_log WHERE operation <> 'insert' ORDER BY rowid")));
    QStringList log;
    while (q.next()) {
        log << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        if (q.value(1).toString() == QLatin1String("delete"))
            CHECK(q.value(2).toString().contains(QStringLiteral("\"id\":")));
    }
    log.sort();
    CHECK(log == QStringList{QStringLiteral("action:delete"), QStringLiteral("deviation:update"), QStringLiteral("risk:delete"),
                             QStringLiteral("risk_assessment:delete"), QStringLiteral("risk_consequence:delete")});

    REQUIRE(file->restore(removed, &error));
    CHECK(everything() == before); // the same ids and values, the link included

    // A row given twice, or one gone already, is passed over; a locked year refuses them all.
    REQUIRE(file->removeAll({{QStringLiteral("action"), action}, {QStringLiteral("action"), action}, {QStringLiteral("action"), QStringLiteral("gone")}},
                            &error, &removed));
    CHECK(removed.rows.size() == 1);
    CHECK(file->count(QStringLiteral("action")) == 0);
    REQUIRE(file->restore(removed, &error));
    const QString year = file->records(QStringLiteral("review_year")).first().value(QStringLiteral("id")).toString();
    REQUIRE(file->update(QStringLiteral("review_year"), year, {{QStringLiteral("locked"), true}}, &error));
    CHECK_FALSE(file->removeAll({{QStringLiteral("deviation"), deviation}, {QStringLiteral("action"), action}}, &error, &removed));
    CHECK(error.contains(QStringLiteral("locked")));
    CHECK(file->count(QStringLiteral("action")) == 1);
    CHECK(file->count(QStringLiteral("deviation")) == 1);
}

TEST_CASE("Rows asked for among ones already gone, tables interleaved, are each removed once and come back as they were")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    QStringList actions, deviations;
    for (int i = 0; i < 3; ++i) {
        actions << file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Tiltak %1").arg(i)}}, &error);
        deviations << file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                                 {QStringLiteral("title"), QStringLiteral("Avvik %1").arg(i)}}, &error);
    }
    // Gone ids first, between and last; a row twice; the two tables taking turns.
    const RowRefs asked{{QStringLiteral("action"), QStringLiteral("gone-1")}, {QStringLiteral("deviation"), deviations[0]},
                        {QStringLiteral("action"), actions[2]},           {QStringLiteral("deviation"), QStringLiteral("gone-2")},
                        {QStringLiteral("deviation"), deviations[2]},     {QStringLiteral("action"), actions[0]},
                        {QStringLiteral("action"), actions[2]},           {QStringLiteral("action"), QStringLiteral("gone-3")}};
    DeletedRecords removed;
    REQUIRE(file->removeAll(asked, &error, &removed));
    CHECK(file->count(QStringLiteral("action")) == 1);
    CHECK(file->count(QStringLiteral("deviation")) == 1);
    // Each once, with its own title, in the order restore() needs: as if removed one by one,
    // last asked first (a row asked twice goes at its last place), and put back the other way.
    QStringList back;
    for (const auto &[table, row] : removed.rows)
        back << table + QLatin1Char(':') + row.value(QStringLiteral("title")).toString();
    CHECK(back == QStringList{QStringLiteral("deviation:Avvik 0"), QStringLiteral("deviation:Avvik 2"),
                              QStringLiteral("action:Tiltak 0"), QStringLiteral("action:Tiltak 2")});
    REQUIRE(file->restore(removed, &error));
    CHECK(file->count(QStringLiteral("action")) == 3);
    CHECK(file->count(QStringLiteral("deviation")) == 3);
    CHECK(file->record(QStringLiteral("action"), actions[2])->value(QStringLiteral("title")) == QStringLiteral("Tiltak 2"));
}

namespace {
// What the change log says of the removal of the record `id`.
QString removalLogged(const UnitFile &file, const QString &id)
{
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT old_value FROM change_log WHERE operation = 'delete' AND record_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

// Many rows of a table are logged by SQLite in one statement; what it writes must be, to the
// letter, what the program writes for a row removed on its own.
TEST_CASE("Rows removed together are logged as a row removed alone is, kAwkward text and numbers included")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    const auto deviation = [&](const QString &title, const QVariant &absence) {
        return file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                          {QStringLiteral("title"), title}, {QStringLiteral("description"), kAwkward},
                                                          {QStringLiteral("absence"), absence}}, &error);
    };
    const QString a = deviation(QStringLiteral("A ") + kAwkward, true), b = deviation(QStringLiteral("B"), QVariant());
    const QString hours = file->insert(QStringLiteral("training_record"), {{QStringLiteral("year"), 2026}, {QStringLiteral("course"), kAwkward},
                                                                           {QStringLiteral("hours"), 0.1 + 0.2}}, &error);
    const QString hours2 = file->insert(QStringLiteral("training_record"), {{QStringLiteral("year"), 2026}, {QStringLiteral("course"), QStringLiteral("Brann")},
                                                                            {QStringLiteral("hours"), 2.0}}, &error);
    REQUIRE_FALSE(hours2.isEmpty());

    // Each removed alone (the program writes the JSON), then put back as it was, with its own id
    // and times, and removed together with the others (SQLite writes it).
    QMap<QString, QString> alone;
    for (const auto &[table, id] : RowRefs{{QStringLiteral("deviation"), a}, {QStringLiteral("deviation"), b},
                                           {QStringLiteral("training_record"), hours}, {QStringLiteral("training_record"), hours2}}) {
        DeletedRecords removed;
        REQUIRE(file->remove(table, id, &error, &removed));
        alone.insert(id, removalLogged(*file, id));
        REQUIRE(file->restore(removed, &error));
    }
    CHECK(alone.value(a).contains(QStringLiteral("\"absence\":1")));
    CHECK(alone.value(hours).contains(QStringLiteral("\"hours\":0.30000000000000004")));
    REQUIRE(file->removeAll({{QStringLiteral("deviation"), a}, {QStringLiteral("deviation"), b},
                             {QStringLiteral("training_record"), hours}, {QStringLiteral("training_record"), hours2}}, &error, nullptr));
    for (const QString &id : {a, b, hours, hours2}) {
        INFO(alone.value(id).toStdString());
        CHECK(removalLogged(*file, id) == alone.value(id));
    }

    // A value of another kind than its column's, as a file written elsewhere may hold: a decimal
    // in a whole-number column is logged with all its digits, and bytes in a text column (which
    // SQLite's JSON cannot hold) are logged as the program reads them.
    const QString c = deviation(QStringLiteral("C"), false), d = deviation(QStringLiteral("D"), false),
                  e = deviation(QStringLiteral("E"), false), f = deviation(QStringLiteral("F"), false);
    QSqlQuery odd(file->database());
    REQUIRE(odd.exec(QStringLiteral("UPDATE deviation SET absence = 0.30000000000000004 WHERE id = '%1'").arg(c)));
    REQUIRE(odd.exec(QStringLiteral("UPDATE deviation SET description = X'00FF41' WHERE id = '%1'").arg(e)));
    REQUIRE(file->removeAll({{QStringLiteral("deviation"), c}, {QStringLiteral("deviation"), d}}, &error, nullptr));
    CHECK(removalLogged(*file, c).contains(QStringLiteral("\"absence\":0.30000000000000004")));
    CHECK(removalLogged(*file, d).contains(QStringLiteral("\"absence\":0")));
    REQUIRE(file->removeAll({{QStringLiteral("deviation"), e}, {QStringLiteral("deviation"), f}}, &error, nullptr));
    CHECK(removalLogged(*file, e).contains(QStringLiteral("\"description\":\"\\u0000")));
    CHECK(removalLogged(*file, f).contains(QStringLiteral("\"title\":\"F\"")));
    // Text that reads otherwise than it is stored (bytes that are not UTF-8, U+FFFF) is logged
    // as it reads, in UTF-8, as a row removed alone is.
    const QString g = deviation(QStringLiteral("G"), false), h = deviation(QStringLiteral("H"), false);
    REQUIRE(odd.exec(QStringLiteral("UPDATE deviation SET title = CAST(X'6180FF' AS TEXT) WHERE id = '%1'").arg(g)));
    REQUIRE(odd.exec(QStringLiteral("UPDATE deviation SET description = CAST(X'41EFBFBF' AS TEXT) WHERE id = '%1'").arg(h)));
    REQUIRE(file->removeAll({{QStringLiteral("deviation"), g}, {QStringLiteral("deviation"), h}}, &error, nullptr));
    QSqlQuery bytes(file->database());
    REQUIRE(bytes.exec(QStringLiteral("SELECT hex(old_value) FROM change_log WHERE operation = 'delete' ORDER BY seq DESC LIMIT 2")));
    QStringList logged;
    while (bytes.next())
        logged << bytes.value(0).toString();
    REQUIRE(logged.size() == 2);
    INFO(logged.join(QLatin1Char('\n')).toStdString());
    // Newest first: h went first, so g's entry is the last.
    CHECK(logged[0].contains(QStringLiteral("61C280EFBFBD"))); // g: as SQLite reads 61 80 FF: U+0080, U+FFFD
    CHECK_FALSE(logged[0].contains(QStringLiteral("6180FF")));
    CHECK(logged[1].contains(QStringLiteral("41EFBFBD"))); // h: "A", U+FFFF read as U+FFFD
}

TEST_CASE("Rows removed together are logged in the order they are removed, newest first")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    RowRefs rows;
    for (int i = 0; i < 40; ++i)
        rows.append({QStringLiteral("deviation"),
                     file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                                {QStringLiteral("title"), QStringLiteral("Avvik %1").arg(i)}}, &error)});
    // Given in an order of their own: neither as added nor by id.
    RowRefs given;
    for (int i = 0; i < 40; ++i)
        given.append(rows[(i * 17) % 40]);
    REQUIRE(file->removeAll(given, &error, nullptr));
    QSqlQuery logged(file->database());
    REQUIRE(logged.exec(QStringLiteral("SELECT record_id FROM change_log WHERE operation = 'delete' ORDER BY seq")));
    QStringList order, expected;
    while (logged.next())
        order << logged.value(0).toString();
    for (auto it = given.crbegin(); it != given.crend(); ++it)
        expected << it->second;
    CHECK(order == expected);
}

// Rows put back whole are logged by SQLite in one statement: each entry must be what the program
// writes for a row added, the removal's entry without the columns every row has.
TEST_CASE("Rows put back together are logged as the program logs a row added, to the letter")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    const QString action = file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Avtrekk")}}, &error);
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << file->insert(QStringLiteral("deviation"),
                            {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-0%1").arg(i + 1)},
                             {QStringLiteral("title"), kAwkward + QString::number(i)}, {QStringLiteral("absence"), i % 2 == 0},
                             {QStringLiteral("description"), i == 1 ? QVariant() : QVariant(kAwkward)},
                             {QStringLiteral("action_id"), i == 2 ? QVariant(action) : QVariant()}}, &error);
    RowRefs rows;
    for (const QString &id : ids)
        rows.append({QStringLiteral("deviation"), id});
    DeletedRecords removed;
    REQUIRE(file->removeAll(rows, &error, &removed));
    QMap<QString, QString> removal;
    for (const QString &id : ids)
        removal.insert(id, removalLogged(*file, id));
    REQUIRE(file->restore(removed, &error));
    for (const QString &id : ids) {
        // The removal's entry without id, created_at, created_by, modified_at and modified_by.
        QString expected = removal.value(id);
        expected.remove(QRegularExpression(QStringLiteral("\"(created_at|created_by|id|modified_at|modified_by)\":(\"[^\"]*\"|null),?")));
        expected.replace(QStringLiteral(",}"), QStringLiteral("}"));
        if (id == ids[2]) // its link goes back after all rows are in, as a change of its own
            expected.remove(QStringLiteral("\"action_id\":\"%1\",").arg(action));
        QSqlQuery q(file->database());
        q.prepare(QStringLiteral("SELECT new_value FROM change_log WHERE operation = 'insert' AND record_id = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        INFO(expected.toStdString());
        CHECK(q.value(0).toString() == expected);
    }
    CHECK(file->record(QStringLiteral("deviation"), ids[2])->value(QStringLiteral("action_id")) == action);
    // One entry per row put back, in the order they went in, the link's change after them.
    QSqlQuery order(file->database());
    REQUIRE(order.exec(QStringLiteral("SELECT operation, record_id FROM change_log ORDER BY seq DESC LIMIT 5")));
    QStringList entries;
    while (order.next())
        entries.prepend(order.value(0).toString() + QLatin1Char(' ') + order.value(1).toString());
    QStringList expectedEntries;
    for (const QString &id : ids)
        expectedEntries << QStringLiteral("insert ") + id;
    expectedEntries << QStringLiteral("update ") + ids[2];
    CHECK(entries == expectedEntries);
}

// What is kept for a redo holds each row by its columns' places; rows given by name (another
// copy's, a table's edits) are placed first, and a row that does not fit its table is refused.
TEST_CASE("Rows given by name are kept as they are, and a row that does not fit its table is refused and nothing is put back")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    const QString action = file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), kAwkward}}, &error);
    REQUIRE(!action.isEmpty());
    const Record stored = *file->record(QStringLiteral("action"), action);

    const auto placed = DeletedRecords::placed({{QStringLiteral("action"), stored}}, &error);
    REQUIRE(placed);
    REQUIRE(placed->size() == 1);
    CHECK(placed->first().row.isWhole());
    CHECK(placed->first().row.toRecord() == stored);

    Record unknown = stored;
    unknown.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    CHECK(!DeletedRecords::placed({{QStringLiteral("action"), unknown}}, &error));
    CHECK(error.contains(QStringLiteral("colour")));
    CHECK(!DeletedRecords::placed({{QStringLiteral("no_such_table"), stored}}, &error));
    CHECK(error.contains(QStringLiteral("no_such_table")));

    DeletedRecords removed;
    REQUIRE(file->remove(QStringLiteral("action"), action, &error, &removed));
    REQUIRE(removed.rows.size() == 1);
    CHECK(removed.rows.first().row.toRecord() == stored);
    // The action's row handed over as a deviation's: refused, and the action stays gone.
    DeletedRecords mislabelled = removed;
    mislabelled.rows.first().table = QStringLiteral("deviation");
    CHECK(!file->restore(mislabelled, &error));
    CHECK(error == QStringLiteral("A row of another table was given to be put back in “deviation”."));
    CHECK(file->count(QStringLiteral("action")) == 0);
    CHECK(file->count(QStringLiteral("deviation")) == 0);
    REQUIRE(file->restore(removed, &error));
    CHECK(file->record(QStringLiteral("action"), action) == stored);
}

// What a delete keeps for its undo is the whole row: a column the program does not know (a
// file changed by another program) would be lost on the way back, so such a delete is refused.
TEST_CASE("A row with a column the program does not know is not removed, and an unknown table has nothing to remove")
{
    QTemporaryDir dir;
    QString error;
    auto file = newUnitFile(dir, &error);
    REQUIRE(file);
    const QString action = file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Avtrekk")}}, &error);
    REQUIRE(!action.isEmpty());
    CHECK(file->previewRemove(QStringLiteral("no_such_table"), action).rows.isEmpty());
    QSqlQuery q(file->database());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE action ADD COLUMN colour TEXT DEFAULT 'blue'")));
    DeletedRecords removed;
    CHECK(!file->remove(QStringLiteral("action"), action, &error, &removed));
    CHECK(error == QStringLiteral("“action” has no field “colour”."));
    error.clear();
    CHECK(!file->removeAll({{QStringLiteral("action"), action}}, &error, &removed));
    CHECK(error == QStringLiteral("“action” has no field “colour”."));
    CHECK(file->count(QStringLiteral("action")) == 1);
}
