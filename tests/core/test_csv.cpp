#include "catch.h"

#include "core/exchange/csv.h"
#include "core/exchange/riskregisterimport.h"
#include "core/exchange/sheet.h"
#include "core/exchange/sheetimport.h"
#include "core/exchange/tableexchange.h"
#include "core/exchange/textencoding.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cstdio>

using namespace ik;

TEST_CASE("CSV as spreadsheets write it: quotes, semicolons, BOM, line breaks")
{
    QString error;
    const auto t = csv::parse("\xEF\xBB\xBFtitle;note\r\n\"Søl; \"\"stort\"\"\";\"to\nlinjer\"\r\nB;\r\n", &error);
    REQUIRE(t);
    CHECK(t->header == QStringList{QStringLiteral("title"), QStringLiteral("note")});
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows[0][0] == QStringLiteral("Søl; \"stort\""));
    CHECK(t->rows[0][1] == QStringLiteral("to\nlinjer"));
    CHECK(t->lines == QList<int>{2, 4});
    CHECK_FALSE(csv::parse("a,b\n1,2,3\n", &error));
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK_FALSE(csv::parse("a,b\n\"open\n", &error));
    // A quote inside a field that began without one is kept as written, and so is text after
    // a closing quote; a line break ends the row however it is written.
    const auto loose = csv::parse("a;b;c\r5\" skjerm;\"Hylle\" 3; \"x\"\r\n\n;;\n", &error);
    REQUIRE(loose);
    REQUIRE(loose->rows.size() == 2);
    CHECK(loose->rows[0] == QStringList{QStringLiteral("5\" skjerm"), QStringLiteral("Hylle 3"), QStringLiteral(" \"x\"")});
    CHECK(loose->rows[1] == QStringList{QString(), QString(), QString()});
    CHECK(loose->lines == QList<int>{2, 4});
    csv::Writer w;
    w.row({QStringLiteral("a,b"), QStringLiteral("c"), QStringLiteral("to\nlinjer"), QStringLiteral("x;y"), QStringLiteral("\"q\"")});
    w.row({QStringLiteral("-5"), QStringLiteral("+1.5"), QStringLiteral("=1+1"), QStringLiteral("\t=cmd"), {}});
    CHECK(w.data() == "\"a,b\",c,\"to\nlinjer\",\"x;y\",\"\"\"q\"\"\"\r\n-5,+1.5,'=1+1,'\t=cmd,\r\n");
}

TEST_CASE("A CSV cell written from UTF-8 is escaped and quoted as writtenCell() does it")
{
    // The export writes text cells straight from SQLite's UTF-8 (csv::Writer::cell); row() and
    // every other writer go through QString. Both must give the same bytes.
    const QStringList cells{QString(), QStringLiteral("plain"), QStringLiteral("Søl på gulvet «x» 😀"),
                            QStringLiteral("a,b"), QStringLiteral("x;y"), QStringLiteral("to\nlinjer"),
                            QStringLiteral("cr\rhere"), QStringLiteral("\"q\""), QStringLiteral("say \"hi\", then"),
                            QStringLiteral("-5"), QStringLiteral("+1.5"), QStringLiteral("-1e5"), QStringLiteral(" -2 "),
                            QStringLiteral("=1+1"), QStringLiteral("=\"a\";b"), QStringLiteral("@SUM(A1)"),
                            QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("\t=cmd"), QStringLiteral("\r=x,y"),
                            QStringLiteral("-æ"), QStringLiteral("'=1")};
    for (const QString &cell : cells) {
        INFO(cell.toStdString());
        csv::Writer bytes;
        bytes.cell(cell.toUtf8());
        bytes.endRow();
        CHECK(bytes.data() == csv::writtenCell(cell).toUtf8() + "\r\n");
    }
    csv::Writer byCell(';', false), byRow(';', false);
    for (const QString &cell : cells)
        byCell.cell(cell.toUtf8());
    byCell.endRow();
    byRow.row(cells);
    QStringList written;
    for (const QString &cell : cells)
        written << csv::writtenCell(cell);
    CHECK(byCell.data() == byRow.data());
    CHECK(byRow.data() == written.join(QLatin1Char(';')).toUtf8() + "\r\n");
}

namespace {
std::unique_ptr<UnitFile> fileWithYears(const QTemporaryDir &dir)
{
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("i.db")), {QStringLiteral("U"), 2025, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    REQUIRE(file->insert(QStringLiteral("review_year"), {{QStringLiteral("year"), 2026}}, &error).size() > 0);
    return file;
}
} // namespace

TEST_CASE("Deviations exported from a deviation system import, and again without duplicates")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    const QByteArray exported =
        "case_number;reported_on;category;severity;title;status\n"
        "HMS-1;03.02.2025;near_miss;high;Nestenulykke i lab;closed\n"
        "HMS-2;2026-05-04;Personal injury;low;Kutt i finger;open\n";
    ImportResult result;
    QString error;
    REQUIRE(importCsv(*file, QStringLiteral("deviation"), exported, std::nullopt, &result, &error));
    CHECK(result.inserted == 2);
    const auto rows = file->records(QStringLiteral("deviation"));
    CHECK(rows[0].value(QStringLiteral("year")).toInt() == 2025); // from the date
    CHECK(rows[1].value(QStringLiteral("year")).toInt() == 2026);
    CHECK(rows[1].value(QStringLiteral("category")).toString() == QStringLiteral("injury")); // label → key
    REQUIRE(importCsv(*file, QStringLiteral("deviation"), exported + "HMS-3;2026-06-01;hazard;low;Ny;open\n", std::nullopt, &result, &error));
    CHECK(result.inserted == 1);
    CHECK(result.skipped == 2);
}

TEST_CASE("An import with one bad value imports nothing and names its line and column")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    const int before = file->count(QStringLiteral("deviation"));
    QString error;
    CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"),
                          "case_number,reported_on,title\nA,2026-01-01,Ok\nB,2026-13-01,Bad date\nC,2026-02-01,Ok\n",
                          std::nullopt, nullptr, &error));
    CHECK(error.contains(QStringLiteral("line 3, column 2 (reported_on)")));
    CHECK(file->count(QStringLiteral("deviation")) == before);
    CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"), "case_number,colour\nA,red\n", std::nullopt, nullptr, &error));
    CHECK(error.contains(QStringLiteral("colour")));
    CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"), "case_number,title\nA,No date\n", std::nullopt, nullptr, &error));
    CHECK(error.contains(QStringLiteral("reported_on")));
}

TEST_CASE("References import by name, and exports keep user text as text")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    file->insert(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Kari Nordmann")}}, &error);
    REQUIRE(importCsv(*file, QStringLiteral("action"),
                      "title,responsible_id,cost_nok,year\n\"=HYPERLINK(\"\"x\"\")\",Kari Nordmann,\"1 500,50\",2026\n",
                      std::nullopt, nullptr, &error));
    const Record action = file->records(QStringLiteral("action")).first();
    CHECK(action.value(QStringLiteral("title")).toString() == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(action.value(QStringLiteral("cost_nok")).toDouble() == 1500.5);
    CHECK(file->displayName(QStringLiteral("person"), action.value(QStringLiteral("responsible_id")).toString()) == QStringLiteral("Kari Nordmann"));
    const QByteArray csvOut = exportTable(*file, QStringLiteral("action"), ExportFormat::Csv, &error);
    CHECK(csvOut.contains("\"'=HYPERLINK(\"\"x\"\")\"")); // a spreadsheet shows it, does not run it
    const QJsonArray json = QJsonDocument::fromJson(exportTable(*file, QStringLiteral("action"), ExportFormat::Json, &error)).array();
    REQUIRE(json.size() == 1);
    CHECK(json.first().toObject().value(QStringLiteral("title")).toString() == QStringLiteral("=HYPERLINK(\"x\")"));
}

TEST_CASE("The JSON export writes every value as Qt's driver reads it, awkward text included")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    const QStringList titles{QStringLiteral("Søl på gulvet – “€5” 😀"), QStringLiteral("a\"b\\c"), QStringLiteral("to\nlinjer\tog\rmer"),
                             QStringLiteral("plain")};
    for (const QString &title : titles)
        REQUIRE_FALSE(file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                                 {QStringLiteral("title"), title}}, &error).isEmpty());
    REQUIRE_FALSE(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Kurs")},
                                                          {QStringLiteral("cost_nok"), 0.1 + 0.2}}, &error).isEmpty());
    // What another program may have left in a file: a control character, a NUL, bytes that are not UTF-8.
    QSqlQuery raw(file->database());
    REQUIRE(raw.exec(QStringLiteral("UPDATE deviation SET description = 'x' || char(1) || 'y' || char(0) || 'z' || char(13) WHERE title = 'plain'")));
    REQUIRE(raw.exec(QStringLiteral("UPDATE deviation SET location = CAST(X'48C3FF49E282' AS TEXT) WHERE title = 'plain'")));
    for (const QString &table : {QStringLiteral("deviation"), QStringLiteral("action")}) {
        INFO(table.toStdString());
        const QByteArray out = exportTable(*file, table, ExportFormat::Json, &error);
        QJsonParseError parsed;
        const QJsonArray rows = QJsonDocument::fromJson(out, &parsed).array();
        REQUIRE(parsed.error == QJsonParseError::NoError);
        QSqlQuery q(file->database());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
        int n = 0;
        while (q.next()) {
            REQUIRE(n < rows.size());
            const QJsonObject row = rows.at(n++).toObject();
            for (int c = 0; c < q.record().count(); ++c) {
                INFO(q.record().fieldName(c).toStdString());
                const QVariant v = q.value(c);
                const QJsonValue written = row.value(q.record().fieldName(c));
                if (v.isNull())
                    CHECK(written.toString() == QString()); // an empty field as ""
                else if (v.typeId() == QMetaType::QString)
                    CHECK(written.toString() == v.toString());
                else
                    CHECK(written.toDouble() == v.toDouble());
            }
        }
        CHECK(n == rows.size());
        if (table == QLatin1String("deviation")) {
            CHECK(out.contains(R"("title": "a\"b\\c")"));
            CHECK(out.contains(R"("title": "to\nlinjer\tog\nmer")")); // a CR kept as a line break
            CHECK(out.contains(R"("description": "x\u0001y\u0000z\r")"));
            CHECK(out.contains(QStringLiteral("\"title\": \"Søl på gulvet – “€5” 😀\"").toUtf8()));
            CHECK(out.contains(QStringLiteral("\"location\": \"H\uFFFD").toUtf8())); // as Qt's driver reads it
        } else {
            CHECK(out.contains("\"cost_nok\": 0.30000000000000004"));
        }
    }
}

TEST_CASE("A name no record has, or two records have, is refused alike by the table and risk-register imports")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    for (int i = 0; i < 2; ++i)
        REQUIRE_FALSE(file->insert(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Ola Nordmann")}}, &error).isEmpty());
    const auto actionBy = [](const char *name) { return QByteArray("title,responsible_id,year\nKurs,") + name + ",2026\n"; };
    const auto riskOwnedBy = [](const char *name) { return QByteArray("assessment,event,owner_id\nLab,Søl,") + name + "\n"; };

    CHECK_FALSE(importCsv(*file, QStringLiteral("action"), actionBy("Ingen Slik"), std::nullopt, nullptr, &error));
    CHECK(error == QStringLiteral("line 2, column 2 (responsible_id): no record is named “Ingen Slik”."));
    CHECK_FALSE(importCsv(*file, QStringLiteral("action"), actionBy("Ola Nordmann"), std::nullopt, nullptr, &error));
    CHECK(error == QStringLiteral("line 2, column 2 (responsible_id): more than one record is named “Ola Nordmann”."));
    CHECK_FALSE(importRiskRegister(*file, riskOwnedBy("Ingen Slik"), 2026, nullptr, &error));
    CHECK(error == QStringLiteral("line 2, column 3 (owner_id): no record is named “Ingen Slik”."));
    CHECK_FALSE(importRiskRegister(*file, riskOwnedBy("Ola Nordmann"), 2026, nullptr, &error));
    CHECK(error == QStringLiteral("line 2, column 3 (owner_id): more than one record is named “Ola Nordmann”."));
    CHECK(file->count(QStringLiteral("action")) == 0);
    CHECK(file->count(QStringLiteral("risk")) == 0);

    // A name that one record has, or the record's id, names it.
    const QString kari = file->insert(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Kari")}}, &error);
    REQUIRE(importRiskRegister(*file, riskOwnedBy("Kari"), 2026, nullptr, &error));
    REQUIRE(importCsv(*file, QStringLiteral("action"), actionBy(kari.toUtf8().constData()), std::nullopt, nullptr, &error));
    CHECK(file->records(QStringLiteral("risk")).first().value(QStringLiteral("owner_id")).toString() == kari);
    CHECK(file->records(QStringLiteral("action")).first().value(QStringLiteral("responsible_id")).toString() == kari);
}

TEST_CASE("An import is taken back whole, and put back with the same rows")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    REQUIRE(importCsv(*file, QStringLiteral("deviation"), "case_number;reported_on;title\nHMS-0;2026-01-05;Før\n",
                      std::nullopt, nullptr, &error));
    const auto snapshot = [&] {
        QStringList rows;
        for (const Record &r : file->records(QStringLiteral("deviation")))
            rows << r.value(QStringLiteral("id")).toString() + QLatin1Char('|') + r.value(QStringLiteral("title")).toString()
                        + QLatin1Char('|') + r.value(QStringLiteral("reported_on")).toString();
        return rows;
    };
    const QStringList before = snapshot();
    QByteArray csv = "case_number;reported_on;title\n";
    for (int i = 1; i <= 200; ++i)
        csv += QStringLiteral("HMS-%1;2026-02-%2;Avvik %1\n").arg(i).arg(1 + i % 28, 2, 10, QLatin1Char('0')).toUtf8();
    ImportResult result;
    REQUIRE(importCsv(*file, QStringLiteral("deviation"), csv, std::nullopt, &result, &error));
    REQUIRE(result.added.size() == 200);
    const QStringList imported = snapshot();
    REQUIRE(imported.size() == 201);

    int resets = 0, removedSignals = 0;
    QObject::connect(file.get(), &UnitFile::dataReset, [&] { ++resets; });
    QObject::connect(file.get(), &UnitFile::recordRemoved, [&] { ++removedSignals; });
    DeletedRecords removed;
    REQUIRE(file->removeAll(result.added, &error, &removed));
    CHECK(snapshot() == before);  // the row that was there before stays
    CHECK(removed.rows.size() == 200);
    CHECK(resets == 1);           // one reset for the views, not 200 signals
    CHECK(removedSignals == 0);
    REQUIRE(file->restore(removed, &error));
    CHECK(snapshot() == imported); // the same ids and values, in the same order
    CHECK(resets == 2);
    // Each step is in the change log: 200 deletes, then 200 inserts again.
    QSqlQuery q(file->database());
    REQUIRE(q.exec(QStringLiteral("SELECT operation, count(*) FROM change_log WHERE table_name = 'deviation' GROUP BY operation ORDER BY operation")));
    QStringList log;
    while (q.next())
        log << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    CHECK(log == QStringList{QStringLiteral("delete=200"), QStringLiteral("insert=401")});
}

TEST_CASE("Taking back an import into a year locked since changes nothing")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    ImportResult result;
    REQUIRE(importCsv(*file, QStringLiteral("deviation"), "reported_on;title\n2026-02-01;A\n2026-02-02;B\n",
                      std::nullopt, &result, &error));
    for (const Record &r : file->records(QStringLiteral("review_year")))
        if (r.value(QStringLiteral("year")).toInt() == 2026)
            REQUIRE(file->update(QStringLiteral("review_year"), r.value(QStringLiteral("id")).toString(),
                                 {{QStringLiteral("locked"), true}}, &error));
    DeletedRecords removed;
    CHECK_FALSE(file->removeAll(result.added, &error, &removed));
    CHECK(error.contains(QStringLiteral("locked")));
    CHECK(file->count(QStringLiteral("deviation")) == 2);
}

TEST_CASE("An import reports its progress, and stopped halfway imports nothing")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QByteArray csv = "reported_on;title\n";
    for (int i = 0; i < 1000; ++i)
        csv += QStringLiteral("2026-04-01;Avvik %1\n").arg(i).toUtf8();
    QList<int> seen;
    const Progress stopAtHalf = [&seen](int done, int total) {
        CHECK(total == 1000);
        seen << done;
        return done < 500;
    };
    ImportResult result;
    QString error;
    CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"), csv, std::nullopt, &result, &error, stopAtHalf));
    CHECK(error == importCancelledMessage());
    CHECK(file->count(QStringLiteral("deviation")) == 0);
    CHECK(seen == QList<int>{0, 250, 500}); // every 250 rows, not every row
    // Left to run, the same import reports as it goes and imports every row.
    seen.clear();
    REQUIRE(importCsv(*file, QStringLiteral("deviation"), csv, std::nullopt, &result, &error,
                      [&seen](int done, int) { seen << done; return true; }));
    CHECK(file->count(QStringLiteral("deviation")) == 1000);
    CHECK(seen == QList<int>{0, 250, 500, 750});
}

// A benchmark, not run by ctest: `build-release/tests/test_core "[.bench]"` (docs/performance.md).
TEST_CASE("A plan leaves out the rows it refuses and holds the others' values as the file keeps them")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    const auto sheet = readSheet("case_number;reported_on;title\nA;2026-01-05;Ok\nB;1985-03-02;Too early\nC;2026-02-01;Ok\n",
                                 {}, {}, &error);
    REQUIRE(sheet);
    const TableDef &deviation = *schema::table(QStringLiteral("deviation"));
    const auto mapping = guessMapping(*file, deviation, sheet->header, {}, &error);
    REQUIRE(mapping);
    // No year column: a row's year is its date's. 1985 is before any review year can be.
    const auto plan = planImport(*file, deviation.name, *sheet, *mapping, 2026, &error);
    REQUIRE(plan);
    REQUIRE(plan->refused.size() == 1);
    INFO(plan->refused.first().toStdString());
    CHECK(plan->refused.first().startsWith(QStringLiteral("line 3, column 2 (reported_on): ")));
    CHECK(plan->refused.first().contains(QStringLiteral("1990")));
    REQUIRE(plan->inserts.size() == 2);
    CHECK(plan->inserts[0].line == 2);
    CHECK(plan->inserts[1].line == 4);
    CHECK(plan->inserts[0].values.toRecord()
          == Record{{QStringLiteral("case_number"), QStringLiteral("A")}, {QStringLiteral("reported_on"), QStringLiteral("2026-01-05")},
                    {QStringLiteral("title"), QStringLiteral("Ok")}, {QStringLiteral("year"), 2026}});

    ImportResult result;
    REQUIRE(applyImportPlan(*file, *plan, &result, &error));
    CHECK(result.inserted == 2);
    const QList<Record> rows = file->records(QStringLiteral("deviation"));
    QStringList cases;
    for (const Record &r : rows)
        cases << r.value(QStringLiteral("case_number")).toString();
    cases.sort();
    CHECK(cases == QStringList{QStringLiteral("A"), QStringLiteral("C")});
}

TEST_CASE("Checked rows keep each value as the file stores it, and are written only into their own table")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    const TableDef &deviation = *schema::table(QStringLiteral("deviation"));
    CheckedRow row(deviation);
    QString why;
    CHECK(row.set(QStringLiteral("title"), QStringLiteral("  Glatt gulv\r\n"), &why) == QStringLiteral("Glatt gulv"));
    CHECK(why.isEmpty());
    CHECK(row.set(QStringLiteral("reported_on"), QStringLiteral("2026-03-02"), &why) == QStringLiteral("2026-03-02"));
    CHECK(row.set(QStringLiteral("year"), QStringLiteral("2026"), &why) == 2026);
    // Refused: the reason, and the field held as empty; a field the table lacks, or one the file
    // keeps itself, is not held at all.
    CHECK(row.set(QStringLiteral("severity"), QStringLiteral("enormous"), &why).isNull());
    CHECK_FALSE(why.isEmpty());
    CHECK(row.has(QStringLiteral("severity")));
    row.set(QStringLiteral("colour"), QStringLiteral("red"), &why);
    CHECK(why.contains(QStringLiteral("colour")));
    row.set(QStringLiteral("created_by"), QStringLiteral("someone else"), &why);
    CHECK_FALSE(why.isEmpty());
    CHECK_FALSE(row.has(QStringLiteral("colour")));
    CHECK_FALSE(row.has(QStringLiteral("created_by")));
    row.dropNulls();
    CHECK(row.toRecord() == Record{{QStringLiteral("reported_on"), QStringLiteral("2026-03-02")},
                                   {QStringLiteral("title"), QStringLiteral("Glatt gulv")},
                                   {QStringLiteral("year"), 2026}});

    // The rows as a whole are checked when written: a year the file has not started is refused,
    // and so is a row of another table; either way nothing of the batch is written.
    QString error;
    QStringList ids;
    CheckedRow person(*schema::table(QStringLiteral("person")));
    person.set(QStringLiteral("name"), QStringLiteral("Kari"), &why);
    qsizetype failed = -1;
    CHECK_FALSE(file->insertMany(deviation.name, {&row, &person}, &ids, &error, &failed));
    CHECK(failed == 1);
    CHECK(error.contains(QStringLiteral("person")));
    CheckedRow later = row;
    later.set(QStringLiteral("year"), 2031, &why);
    failed = -1;
    CHECK_FALSE(file->insertMany(deviation.name, {&row, &later}, &ids, &error, &failed));
    CHECK(failed == 1);
    CHECK(error.contains(QStringLiteral("2031")));
    CHECK(file->count(QStringLiteral("deviation")) == 0);
    REQUIRE(file->insertMany(deviation.name, {&row}, &ids, &error));
    REQUIRE(ids.size() == 1);
    const auto stored = file->record(QStringLiteral("deviation"), ids.first());
    REQUIRE(stored);
    CHECK(stored->value(QStringLiteral("title")) == QStringLiteral("Glatt gulv"));
    CHECK(stored->value(QStringLiteral("status")) == QStringLiteral("open")); // a new row's first choice
}

TEST_CASE("Rows added together are logged as a row added alone is, in the order added")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    const TableDef &deviation = *schema::table(QStringLiteral("deviation"));
    const QString awkward = QStringLiteral("«Søl» \"sitat\" \\ back\\slash\nny linje\ttab </script> 😀 \u2028 æøå €");
    // Rows of two shapes, the shape changing twice: three runs.
    const QList<Record> values{
        {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")}, {QStringLiteral("title"), awkward}},
        {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-02")}, {QStringLiteral("title"), QStringLiteral("B")}},
        {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-03")}, {QStringLiteral("title"), QStringLiteral("C")},
         {QStringLiteral("absence"), true}, {QStringLiteral("description"), awkward}, {QStringLiteral("severity"), QStringLiteral("high")}},
        {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-04")}, {QStringLiteral("title"), QStringLiteral("D")}}};
    QList<CheckedRow> checked;
    for (const Record &r : values) {
        CheckedRow row(deviation);
        for (auto it = r.cbegin(); it != r.cend(); ++it) {
            QString why;
            row.set(it.key(), it.value(), &why);
            REQUIRE(why.isEmpty());
        }
        checked.append(row);
    }
    QList<const CheckedRow *> batch;
    for (const CheckedRow &row : checked)
        batch.append(&row);
    QString error;
    QStringList ids;
    REQUIRE(file->insertMany(deviation.name, batch, &ids, &error));
    REQUIRE(ids.size() == values.size());
    const auto logged = [&](const QString &id) {
        QSqlQuery q(file->database());
        q.prepare(QStringLiteral("SELECT seq, new_value FROM change_log WHERE operation = 'insert' AND record_id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return std::make_pair(q.value(0).toLongLong(), q.value(1).toString());
    };
    qlonglong seq = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString alone = file->insert(deviation.name, values[i], &error);
        REQUIRE_FALSE(alone.isEmpty());
        const auto [at, json] = logged(ids[i]);
        INFO(json.toStdString());
        CHECK(json == logged(alone).second);
        CHECK(at > seq); // one entry each, in the order added
        seq = at;
    }
}

// The import goes as the CLI's and the import dialog's: read the sheet, plan, apply the plan.
TEST_CASE("Benchmark: importing 100 000 deviations, undoing and redoing it", "[.bench]")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QByteArray csv = "case_number;reported_on;category;severity;title;status\n";
    for (int i = 0; i < 100000; ++i)
        csv += QStringLiteral("HMS-%1;2026-%2-%3;hazard;low;Avvik nummer %1;open\n")
                   .arg(i)
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    const TableDef &deviation = *schema::table(QStringLiteral("deviation"));
    QElapsedTimer clock;
    clock.start();
    QString error;
    const auto sheet = readSheet(csv, {}, {}, &error);
    REQUIRE(sheet);
    const auto mapping = guessMapping(*file, deviation, sheet->header, {}, &error);
    REQUIRE(mapping);
    const auto plan = planImport(*file, deviation.name, *sheet, *mapping, 2026, &error);
    REQUIRE(plan);
    REQUIRE(plan->refused.isEmpty());
    const qint64 planned = clock.restart();
    ImportResult result;
    REQUIRE(applyImportPlan(*file, *plan, &result, &error));
    const qint64 imported = clock.restart();
    DeletedRecords removed;
    REQUIRE(file->removeAll(result.added, &error, &removed));
    const qint64 undone = clock.restart();
    CHECK(file->count(QStringLiteral("deviation")) == 0);
    REQUIRE(file->restore(removed, &error));
    const qint64 redone = clock.restart();
    CHECK(file->count(QStringLiteral("deviation")) == 100000);
    std::printf("100 000 deviations: read and planned %lld ms, imported %lld ms, undo (removeAll) %lld ms, "
                "redo (restore) %lld ms\n",
                planned, imported, undone, redone);
}

TEST_CASE("CSV files in UTF-8, UTF-16 and Windows-1252 import with their Norwegian letters; other encodings are refused")
{
    const QString letters = QStringLiteral("æøåÆØÅ");
    const QString row = QStringLiteral("reported_on;title\r\n2026-03-01;Søl på gulvet: %1 – “€5”\r\n").arg(letters);
    const QString title = QStringLiteral("Søl på gulvet: %1 – “€5”").arg(letters);
    QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE);
    // Windows-1252 as older Excel writes it: æ ø å Æ Ø Å are E6 F8 E5 C6 D8 C5; – “ € ” are 96 93 80 94.
    const QByteArray windows1252 = "reported_on;title\r\n2026-03-01;S\xF8l p\xE5 gulvet: \xE6\xF8\xE5\xC6\xD8\xC5 \x96 \x93\x80" "5\x94\r\n";
    const QList<std::pair<const char *, QByteArray>> files{
        {"UTF-8", row.toUtf8()},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" + row.toUtf8()},
        {"UTF-16 LE", QByteArray("\xFF\xFE") + QByteArray(le.encode(row))},
        {"UTF-16 BE", QByteArray("\xFE\xFF") + QByteArray(be.encode(row))},
        {"Windows-1252", windows1252}};
    for (const auto &[name, bytes] : files) {
        INFO(name);
        QTemporaryDir dir;
        auto file = fileWithYears(dir);
        QString error;
        REQUIRE(importCsv(*file, QStringLiteral("deviation"), bytes, std::nullopt, nullptr, &error));
        CHECK(error.isEmpty());
        REQUIRE(file->count(QStringLiteral("deviation")) == 1);
        CHECK(file->records(QStringLiteral("deviation")).first().value(QStringLiteral("title")).toString() == title);
        text::Encoding found;
        CHECK(text::decode(bytes, &error, &found));
        CHECK(text::encodingName(found) == QString::fromLatin1(name).remove(QStringLiteral(" with BOM")));
    }
    const QList<std::tuple<const char *, QByteArray, QString>> refused{
        {"UTF-32", QByteArray("\xFF\xFE\0\0", 4) + QStringEncoder(QStringConverter::Utf32LE).encode(row), QStringLiteral("UTF-32")},
        {"UTF-16 without BOM", QByteArray(le.encode(row)), QStringLiteral("without a byte-order mark")},
        {"UTF-16 cut off", QByteArray("\xFF\xFE") + QByteArray(le.encode(row)).chopped(1), QStringLiteral("is not valid UTF-16 LE")},
        {"UTF-8 with BOM and a Windows-1252 line", "\xEF\xBB\xBF" + row.toUtf8() + windows1252.mid(19), QStringLiteral("line 3 holds bytes that are not UTF-8")},
        {"a byte Windows-1252 leaves undefined", "title\nS\xF8l\n\x81\n", QStringLiteral("line 3 holds the byte 0x81")},
        {"control bytes of another encoding", "title\nS\xF8l\x01\n", QStringLiteral("line 2 holds the byte 0x01")},
        {"a binary file", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), QStringLiteral("neither UTF-8, UTF-16 nor Windows-1252")}};
    for (const auto &[name, bytes, problem] : refused) {
        INFO(name);
        QTemporaryDir dir;
        auto file = fileWithYears(dir);
        QString error;
        CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"), bytes, std::nullopt, nullptr, &error));
        CHECK(error.contains(problem));
        CHECK(error.contains(QStringLiteral("UTF-8")));
        CHECK(file->count(QStringLiteral("deviation")) == 0);
        CHECK_FALSE(importRiskRegister(*file, bytes, 2026, nullptr, &error));
        CHECK(error.contains(problem));
    }
}

TEST_CASE("Numbers must be finite and plausible, dates between 1990 and 2200, and a case closed after it was reported")
{
    QTemporaryDir dir;
    auto file = fileWithYears(dir);
    QString error;
    const QList<std::pair<QByteArray, QString>> bad{
        {"title;cost_nok;year\nA;100;2026\nB;inf;2026\n", QStringLiteral("line 3, column 2 (cost_nok): Cost (NOK) must be a number, not “inf”.")},
        {"title;cost_nok;year\nA;nan;2026\n", QStringLiteral("line 2, column 2 (cost_nok): Cost (NOK) must be a number, not “nan”.")},
        {"title;cost_nok;year\nA;-infinity;2026\n", QStringLiteral("line 2, column 2 (cost_nok): Cost (NOK) must be a number, not “-infinity”.")},
        {"title;cost_nok;year\nA;1e308;2026\n", QStringLiteral("line 2, column 2 (cost_nok): Cost (NOK) must be between 0 and 1000000000.")},
        {"title;cost_nok;year\nA;1e999;2026\n", QStringLiteral("line 2, column 2 (cost_nok): Cost (NOK) must be a number, not “1e999”.")},
        {"title;deadline;year\nA;0001-01-01;2026\n", QStringLiteral("line 2, column 2 (deadline): Deadline must be a date between 1990 and 2200, not “0001-01-01”.")},
        {"title;deadline;year\nA;31.12.9999;2026\n", QStringLiteral("line 2, column 2 (deadline): Deadline must be a date between 1990 and 2200, not “31.12.9999”.")}};
    for (const auto &[csv, message] : bad) {
        INFO(csv.toStdString());
        CHECK_FALSE(importCsv(*file, QStringLiteral("action"), csv, std::nullopt, nullptr, &error));
        CHECK(error == message);
    }
    CHECK(file->count(QStringLiteral("action")) == 0);
    const QList<std::tuple<const char *, QByteArray, QString>> badReal{
        {"survey", "status;response_rate;year\nheld;101;2026\n", QStringLiteral("line 2, column 2 (response_rate): Response rate (%) must be between 0 and 100.")},
        {"survey", "status;response_rate;year\nheld;-1;2026\n", QStringLiteral("line 2, column 2 (response_rate): Response rate (%) must be between 0 and 100.")},
        {"training_record", "course;hours\nHMS;1e6\n", QStringLiteral("line 2, column 2 (hours): Hours must be between 0 and 10000.")},
        {"indicator", "name;target;year\nSkader;-inf;2026\n", QStringLiteral("line 2, column 2 (target): Target must be a number, not “-inf”.")},
        {"indicator", "name;target;year\nSkader;2e9;2026\n", QStringLiteral("line 2, column 2 (target): Target must be between -1000000000 and 1000000000.")}};
    for (const auto &[table, csv, message] : badReal) {
        INFO(csv.toStdString());
        CHECK_FALSE(importCsv(*file, QString::fromLatin1(table), csv, std::nullopt, nullptr, &error));
        CHECK(error == message);
    }
    // The edges are good values.
    REQUIRE(importCsv(*file, QStringLiteral("action"), "title;cost_nok;deadline;year\nA;1000000000;1990-01-01;2026\nB;0;31.12.2200;2026\n",
                      std::nullopt, nullptr, &error));
    REQUIRE(importCsv(*file, QStringLiteral("survey"), "status;response_rate;year\nheld;100;2026\n", std::nullopt, nullptr, &error));

    // A deviation closed before it was reported: refused on import, insert and update alike.
    CHECK_FALSE(importCsv(*file, QStringLiteral("deviation"), "title;reported_on;closed_on\nA;2026-03-01;2026-03-05\nB;2026-03-01;2026-02-28\n",
                          std::nullopt, nullptr, &error));
    CHECK(error == QStringLiteral("line 3: Closed on (2026-02-28) cannot be before Reported on (2026-03-01)."));
    CHECK(file->count(QStringLiteral("deviation")) == 0);
    const QString id = file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("A")},
                                                                  {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")},
                                                                  {QStringLiteral("closed_on"), QStringLiteral("2026-03-01")}}, &error);
    REQUIRE_FALSE(id.isEmpty()); // the same day is fine
    CHECK_FALSE(file->update(QStringLiteral("deviation"), id, {{QStringLiteral("reported_on"), QStringLiteral("2026-03-02")}}, &error));
    CHECK(error == QStringLiteral("Closed on (2026-03-01) cannot be before Reported on (2026-03-02)."));
    CHECK_FALSE(file->update(QStringLiteral("deviation"), id, {{QStringLiteral("closed_on"), QStringLiteral("2026-02-01")}}, &error));
    CHECK(file->record(QStringLiteral("deviation"), id)->value(QStringLiteral("closed_on")).toString() == QStringLiteral("2026-03-01"));
    CHECK(file->record(QStringLiteral("deviation"), id)->value(QStringLiteral("reported_on")).toString() == QStringLiteral("2026-03-01"));
    // A certificate cannot run out before it was earned.
    CHECK(file->insert(QStringLiteral("training_record"), {{QStringLiteral("course"), QStringLiteral("Førstehjelp")},
                                                           {QStringLiteral("completed_on"), QStringLiteral("2026-05-01")},
                                                           {QStringLiteral("valid_until"), QStringLiteral("2025-05-01")}}, &error).isEmpty());
    CHECK(error == QStringLiteral("Valid until (2025-05-01) cannot be before Completed on (2026-05-01)."));
}
