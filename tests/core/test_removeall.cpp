#include "catch.h"

#include "core/store/unitfile.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ik;

// removeAll asks for many rows set-wise (an import of 100 000 rows taken back); what it removes,
// logs and hands to restore() is what removing the rows one by one did.
TEST_CASE("Rows removed together come back in an order their parents allow, with the links to them")
{
    QTemporaryDir dir;
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("r.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
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
    auto file = UnitFile::create(dir.filePath(QStringLiteral("r.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
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
