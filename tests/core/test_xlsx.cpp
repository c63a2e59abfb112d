#include "catch.h"

#include "core/common/translations.h"
#include "core/exchange/csv.h"
#include "core/exchange/sheet.h"
#include "core/exchange/sheetexport.h"
#include "core/exchange/sheetimport.h"
#include "core/exchange/tableexchange.h"
#include "core/exchange/xlsxreader.h"
#include "core/review/demounit.h"
#include "core/risk/riskmatrix.h"
#include "core/sharing/changelog.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"
#include "testsupport.h"
#include "zippart.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdio>

using namespace ik;
using namespace iktest;

namespace {

std::unique_ptr<UnitFile> demo(const QTemporaryDir &dir, int scale = 1)
{
    QString error;
    DemoOptions options;
    options.scale = scale;
    options.year = 2026;
    auto file = createDemo(dir.filePath(QStringLiteral("demo.db")), options, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}

// A zip archive of these parts, as a spreadsheet program would write a workbook.
QByteArray zipOf(const QTemporaryDir &dir, const QList<std::pair<const char *, QByteArray>> &parts)
{
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("made.xlsx")));
    QFile::remove(QFile::decodeName(path));
    int err = 0;
    zip_t *z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(z);
    QList<QByteArray> keep; // libzip reads the buffers when it closes the archive
    for (const auto &[name, data] : parts) {
        keep << data;
        zip_source_t *s = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        REQUIRE(zip_file_add(z, name, s, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    QFile f(QFile::decodeName(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

using iktest::partOf;

std::optional<ImportPlan> plan(const UnitFile &file, const QString &table, const Sheet &sheet,
                               const QString &map = {})
{
    QString error;
    const auto given = parseMapping(map, &error);
    REQUIRE(given);
    const TableDef *def = schema::table(table);
    REQUIRE(def);
    const auto mapping = guessMapping(file, *def, sheet.header, *given, &error);
    INFO(error.toStdString());
    REQUIRE(mapping);
    auto p = planImport(file, table, sheet, *mapping, std::nullopt, &error);
    INFO(error.toStdString());
    REQUIRE(p);
    return p;
}

QString cellText(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("<empty>") : QStringLiteral("%1 (%2)").arg(v.toString(), QString::fromLatin1(v.typeName()));
}

} // namespace

TEST_CASE("Every register exported as XLSX reads back with the program's reader, value for value")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    for (const char *language : {"nb", "en"}) {
        SheetExportOptions options;
        options.language = QString::fromLatin1(language);
        for (const QString &table : workbookTables()) {
            INFO(table.toStdString() << " in " << language);
            QString error;
            const auto expected = peopleTable(*file, table, options, &error);
            REQUIRE(expected);
            const QByteArray xlsx = exportXlsx(*file, {table}, options, &error);
            INFO(error.toStdString());
            REQUIRE(!xlsx.isEmpty());
            REQUIRE(sniffSheetFormat(xlsx) == SheetFormat::Xlsx);
            const auto read = readSheet(xlsx, {}, {}, &error);
            INFO(error.toStdString());
            REQUIRE(read);
            CHECK(read->name == expected->title.left(31));
            CHECK(read->header == expected->header);
            CHECK(read->header.last() == QStringLiteral("id"));
            REQUIRE(read->rows.size() == expected->rows.size());
            int compared = 0;
            for (qsizetype r = 0; r < read->rows.size(); ++r)
                for (qsizetype c = 0; c < read->header.size(); ++c) {
                    const QVariant &want = expected->rows[r][c];
                    const QVariant &got = read->rows[r][c];
                    const bool emptyWant = want.isNull() || (want.typeId() == QMetaType::QString && want.toString().isEmpty());
                    INFO("row " << r + 2 << ", " << read->header[c].toStdString() << ": " << cellText(want).toStdString()
                                << " read as " << cellText(got).toStdString());
                    if (emptyWant) {
                        CHECK(got.isNull());
                    } else {
                        CHECK(got.typeId() == want.typeId());
                        CHECK(got == want);
                    }
                    ++compared;
                }
            CHECK(compared == read->rows.size() * read->header.size());
        }
    }
    // The year as one workbook: a sheet per register, each choosable by name or number.
    SheetExportOptions year;
    year.year = 2026;
    QString error;
    const QByteArray book = exportXlsx(*file, workbookTables(), year, &error);
    const auto workbook = xlsx::Workbook::open(book, &error);
    REQUIRE(workbook);
    CHECK(workbook->sheetNames().size() == workbookTables().size());
    const TableDef *deviation = schema::table(QStringLiteral("deviation"));
    const auto deviations = readSheet(book, tableLabel(*deviation, QStringLiteral("nb")), {}, &error);
    REQUIRE(deviations);
    CHECK(deviations->rows.size() == file->count(QStringLiteral("deviation"), RecordFilter::ofYear(2026)));
    const auto second = readSheet(book, QStringLiteral("2"), {}, &error);
    REQUIRE(second);
    CHECK(second->name == workbook->sheetNames().at(1));
    CHECK_FALSE(readSheet(book, QStringLiteral("Finnes ikke"), {}, &error));
    CHECK(error.contains(QStringLiteral("no sheet “Finnes ikke”")));
    // The header row is frozen and filtered; dates are date cells with a date format.
    const QByteArray sheetXml = partOf(book, "xl/worksheets/sheet1.xml");
    CHECK(sheetXml.contains("state=\"frozen\""));
    CHECK(sheetXml.contains("<autoFilter"));
}

TEST_CASE("Moments (a comment's resolution) go out as date-time cells and come back to the millisecond")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const QString id = file->insert(QStringLiteral("comment"),
                                    {{QStringLiteral("table_name"), QStringLiteral("goal")}, {QStringLiteral("record_id"), QStringLiteral("x")},
                                     {QStringLiteral("body"), QStringLiteral("Sjekk målet")}, {QStringLiteral("resolved"), 1},
                                     {QStringLiteral("resolved_at"), QStringLiteral("2026-11-30T13:45:12.345Z")}},
                                    &error);
    REQUIRE(!id.isEmpty());
    SheetExportOptions options;
    for (const QByteArray &data : {exportXlsx(*file, {QStringLiteral("comment")}, options, &error),
                                   exportPeopleCsv(*file, QStringLiteral("comment"), options, &error)}) {
        const auto sheet = readSheet(data, {}, {}, &error);
        REQUIRE(sheet);
        const auto p = plan(*file, QStringLiteral("comment"), *sheet);
        CHECK(p->writesNothing());
        CHECK(p->refused.isEmpty());
    }
    // Sign-offs are made by signing, review years by starting them: not from a spreadsheet.
    for (const char *table : {"signoff", "review_year", "matrix_cell"}) {
        CHECK_FALSE(planImport(*file, QString::fromLatin1(table), Sheet{}, {}, std::nullopt, &error));
        CHECK(error.contains(QStringLiteral("cannot be imported from a spreadsheet")));
    }
}

TEST_CASE("Excel's serial dates: the 1900 system with its leap-year quirk, and 1904")
{
    CHECK(xlsx::dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(xlsx::dateFromSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(xlsx::dateFromSerial(60).isValid()); // 1900-02-29, which never was
    CHECK(xlsx::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(xlsx::dateFromSerial(45658) == QDate(2025, 1, 1));
    CHECK(xlsx::dateFromSerial(45658.75) == QDate(2025, 1, 1));
    CHECK(xlsx::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK(xlsx::dateFromSerial(44196, true) == QDate(2025, 1, 1));
    for (const QDate d : {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2026, 12, 31)})
        CHECK(xlsx::dateFromSerial(xlsx::serialFromDate(d)) == d);
}

TEST_CASE("A workbook as other programs write it: shared, rich and inline strings, booleans, dates, formulas, sheets")
{
    QTemporaryDir dir;
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"/xl/worksheets/other.xml\"/></Relationships>";
    const QByteArray workbook =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Forside\" sheetId=\"1\" r:id=\"rId2\"/><sheet name=\"Tiltak\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray shared = QStringLiteral(
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
        "<si><t>Tiltak</t></si><si><t>Frist</t></si>"
        "<si><r><rPr><b/></rPr><t>Bytt </t></r><r><t xml:space=\"preserve\">lysrør i gang</t></r><rPh><t>x</t></rPh></si>"
        "</sst>").toUtf8();
    const QByteArray styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>";
    const QByteArray sheet = QStringLiteral(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>Ferdig</t></is></c>"
        "<c r=\"D2\" t=\"inlineStr\"><is><t>Kostnad</t></is></c><c r=\"E2\" t=\"inlineStr\"><is><t>Sum</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" s=\"1\"><v>46040</v></c><c r=\"C3\" t=\"b\"><v>1</v></c>"
        "<c r=\"D3\" s=\"3\"><v>1250.5</v></c><c r=\"E3\" t=\"str\"><f>A3&amp;\"!\"</f><v>Bytt lysrør i gang!</v></c></row>"
        "<row r=\"4\"/>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Kurs i HMS</t></is></c><c r=\"B5\" s=\"2\"><v>46100.5</v></c>"
        "<c r=\"C5\" t=\"b\"><v>0</v></c><c r=\"E5\" t=\"e\"><v>#REF!</v></c><c r=\"F5\"><v>7</v></c></row>"
        "</sheetData></worksheet>").toUtf8();
    const QByteArray first =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row><c t=\"inlineStr\"><is><t>Om</t></is></c></row></sheetData></worksheet>";
    const QByteArray data = zipOf(dir, {{"xl/_rels/workbook.xml.rels", rels}, {"xl/workbook.xml", workbook},
                                        {"xl/sharedStrings.xml", shared}, {"xl/styles.xml", styles},
                                        {"xl/worksheets/sheet1.xml", sheet}, {"xl/worksheets/other.xml", first}});
    QString error;
    const auto book = xlsx::Workbook::open(data, &error);
    INFO(error.toStdString());
    REQUIRE(book);
    CHECK(book->sheetNames() == QStringList{QStringLiteral("Forside"), QStringLiteral("Tiltak")});
    const auto cover = readSheet(data, {}, {}, &error);
    REQUIRE(cover);
    CHECK(cover->header == QStringList{QStringLiteral("Om")});
    // Chosen by the name the import prefers (the table's label).
    const auto s = readSheet(data, {}, {QStringLiteral("tiltak")}, &error);
    INFO(error.toStdString());
    REQUIRE(s);
    CHECK(s->name == QStringLiteral("Tiltak"));
    CHECK(s->header == QStringList{QStringLiteral("Tiltak"), QStringLiteral("Frist"), QStringLiteral("Ferdig"),
                                   QStringLiteral("Kostnad"), QStringLiteral("Sum")});
    REQUIRE(s->rows.size() == 2);
    CHECK(s->lines == QList<int>{3, 5});
    CHECK(s->rows[0][0] == QVariant(QStringLiteral("Bytt lysrør i gang")));
    CHECK(s->rows[0][1] == QVariant(QDate(2026, 1, 18)));
    CHECK(s->rows[0][2] == QVariant(true));
    CHECK(s->rows[0][3] == QVariant(1250.5));
    CHECK(s->rows[0][4] == QVariant(QStringLiteral("Bytt lysrør i gang!")));
    CHECK(s->rows[1][1] == QVariant(QDateTime(QDate(2026, 3, 19), QTime(12, 0))));
    CHECK(s->rows[1][2] == QVariant(false));
    CHECK(s->rows[1][4].isNull());
    CHECK(s->rows[1].size() == 5); // F5 lies beyond the header

    // A damaged archive, a missing part, bad XML and an oversized part are refused, saying so.
    CHECK_FALSE(xlsx::Workbook::open(QByteArray("PK\x03\x04 not really a zip"), &error));
    CHECK(error.contains(QStringLiteral("not a workbook")));
    CHECK_FALSE(xlsx::Workbook::open(data.left(data.size() / 2), &error));
    CHECK(error.contains(QStringLiteral("not a workbook")));
    CHECK_FALSE(xlsx::Workbook::open(zipOf(dir, {{"xl/workbook.xml", workbook}}), &error));
    CHECK(error.contains(QStringLiteral("xl/_rels/workbook.xml.rels")));
    CHECK_FALSE(xlsx::Workbook::open(zipOf(dir, {{"xl/_rels/workbook.xml.rels", rels}, {"xl/workbook.xml", "<workbook><sheets>"}}), &error));
    CHECK(error.contains(QStringLiteral("not well-formed XML")));
    // A zip bomb: 64 MB of zeros packed into a few kilobytes, against a cap of 1 MB.
    const QByteArray bomb = zipOf(dir, {{"xl/_rels/workbook.xml.rels", rels}, {"xl/workbook.xml", workbook},
                                        {"xl/sharedStrings.xml", QByteArray(64 * 1024 * 1024, ' ')}});
    CHECK(bomb.size() < 1024 * 1024);
    xlsx::Limits small;
    small.partBytes = 1024 * 1024;
    CHECK_FALSE(xlsx::Workbook::open(bomb, &error, small));
    CHECK(error.contains(QStringLiteral("too large")));
    small = {};
    small.totalBytes = 32 * 1024 * 1024;
    CHECK_FALSE(xlsx::Workbook::open(bomb, &error, small));
    CHECK(error.contains(QStringLiteral("too large")));
}

TEST_CASE("Export, edit one cell, import: exactly that field changes, and the change log shows it")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    const QString table = QStringLiteral("action");
    const int before = file->count(table);
    SheetExportOptions options;
    QString error;

    SECTION("through XLSX")
    {
        const QByteArray xlsx = exportXlsx(*file, {table}, options, &error);
        auto sheet = readSheet(xlsx, {}, {}, &error);
        REQUIRE(sheet);
        const qsizetype deadline = sheet->header.indexOf(fieldLabel(table, QStringLiteral("deadline"), QStringLiteral("nb")));
        const qsizetype idColumn = sheet->header.indexOf(QStringLiteral("id"));
        REQUIRE(deadline >= 0);
        // As the spreadsheet would hold it after the edit.
        sheet->rows[3][deadline] = QDate(2027, 6, 15);
        const QString id = sheet->rows[3][idColumn].toString();
        const QString old = file->record(table, id)->value(QStringLiteral("deadline")).toString();
        // And a new row at the bottom, without an id; a removed row is not a deletion.
        QVariantList added(sheet->header.size());
        added[0] = QStringLiteral("Nytt tiltak fra regnearket");
        sheet->rows.removeAt(5);
        sheet->lines.removeAt(5);
        sheet->rows << added;
        sheet->lines << 999;
        const auto p = plan(*file, table, *sheet);
        CHECK(p->inserts.size() == 1);
        REQUIRE(p->updates.size() == 1);
        CHECK(p->updates[0].id == id);
        CHECK(p->updates[0].values == Record{{QStringLiteral("deadline"), QStringLiteral("2027-06-15")}});
        CHECK(p->unchanged == before - 2);
        CHECK(p->refused.isEmpty());
        CHECK(planSummary(*p).startsWith(QStringLiteral("1 new, 1 changed (Deadline), %1 unchanged, 0 refused").arg(before - 2)));
        const qint64 lastSeq = changeLog(*file).isEmpty() ? 0 : changeLog(*file).last().seq;
        ImportResult result;
        REQUIRE(applyImportPlan(*file, *p, &result, &error));
        CHECK(result.inserted == 1);
        CHECK(file->count(table) == before + 1);
        CHECK(file->record(table, id)->value(QStringLiteral("deadline")).toString() == QStringLiteral("2027-06-15"));
        QList<ChangeEntry> changes;
        for (const ChangeEntry &e : changeLog(*file))
            if (e.seq > lastSeq && e.operation == QLatin1String("update"))
                changes << e;
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].recordId == id);
        CHECK(changes[0].column == QStringLiteral("deadline"));
        CHECK(changes[0].oldValue == old);
        CHECK(changes[0].newValue == QStringLiteral("2027-06-15"));
        // Imported again as it is now: nothing to do.
        const auto again = plan(*file, table, *readSheet(exportXlsx(*file, {table}, options, &error), {}, {}, &error));
        CHECK(again->writesNothing());
        CHECK(again->unchanged == before + 1);
    }
    SECTION("through CSV for Excel, edited as text")
    {
        QByteArray csv = exportPeopleCsv(*file, table, options, &error);
        REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
        const QList<Record> rows = file->records(table);
        const QString title = rows[2].value(QStringLiteral("title")).toString();
        const QString changed = title + QStringLiteral(" (endret i Excel)");
        QString text = QString::fromUtf8(csv.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"));
        REQUIRE(lines[3].startsWith(title + QLatin1Char(';')));
        lines[3].replace(0, title.size(), changed);
        csv = "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8();
        const auto sheet = readSheet(csv, {}, {}, &error);
        REQUIRE(sheet);
        const auto p = plan(*file, table, *sheet);
        REQUIRE(p->updates.size() == 1);
        CHECK(p->updates[0].values == Record{{QStringLiteral("title"), changed}});
        CHECK(p->inserts.isEmpty());
        REQUIRE(applyImportPlan(*file, *p, nullptr, &error));
        CHECK(file->record(table, rows[2].value(QStringLiteral("id")).toString())->value(QStringLiteral("title")) == changed);
        CHECK(changeLog(*file).last().column == QStringLiteral("title"));
    }
}

TEST_CASE("A record named by a choice (a survey by its status) goes out as its label and matches on the way back")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const Record survey = file->records(QStringLiteral("survey")).first();
    const QString status = survey.value(QStringLiteral("status")).toString();
    REQUIRE(!file->insert(QStringLiteral("action"),
                          {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Følg opp undersøkelsen")},
                           {QStringLiteral("source"), QStringLiteral("survey")},
                           {QStringLiteral("source_id"), survey.value(QStringLiteral("id"))}},
                          &error)
                 .isEmpty());
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString label = choiceLabel(QStringLiteral("survey_status"), status, language);
        REQUIRE(label != status);
        SheetExportOptions options;
        options.language = language;
        const auto sheet = readSheet(exportXlsx(*file, {QStringLiteral("action")}, options, &error), {}, {}, &error);
        REQUIRE(sheet);
        const qsizetype source = sheet->header.indexOf(fieldLabel(QStringLiteral("action"), QStringLiteral("source_id"), language));
        REQUIRE(source >= 0);
        QStringList names;
        for (const QVariantList &row : sheet->rows)
            names << row.value(source).toString();
        CHECK(names.contains(label));
        CHECK_FALSE(names.contains(status));
        CHECK(plan(*file, QStringLiteral("action"), *sheet)->writesNothing());
    }
}

TEST_CASE("Headers by key, label in either language or a Norwegian synonym; --map wins; choices and people by name")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    const TableDef &action = *schema::table(QStringLiteral("action"));
    QString error;
    const QStringList header{QStringLiteral("Tiltak"), QStringLiteral("Ansvarlig"), QStringLiteral("Frist"),
                             QStringLiteral("Priority"), QStringLiteral("status"), QStringLiteral("Beskrivelse:"),
                             QStringLiteral("Opprettet av"), QStringLiteral("created_at"), QStringLiteral("Kostnad (kr)")};
    const auto mapping = guessMapping(action, header, {}, &error);
    REQUIRE(mapping);
    CHECK(*mapping == QStringList{QStringLiteral("title"), QStringLiteral("responsible_id"), QStringLiteral("deadline"),
                                  QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("description"),
                                  QString(), QString(), QStringLiteral("cost_nok")});
    const TableDef &risk = *schema::table(QStringLiteral("risk"));
    const auto riskMapping = guessMapping(risk, {QStringLiteral("Uønsket hendelse"), QStringLiteral("Sannsynlighet"),
                                                 QStringLiteral("Årsak"), QStringLiteral("Ansvarlig"), QStringLiteral("Tiltak"),
                                                 QStringLiteral("Eksisterende tiltak")}, {}, &error);
    REQUIRE(riskMapping);
    CHECK(*riskMapping == QStringList{QStringLiteral("event"), QStringLiteral("probability_before"), QStringLiteral("cause"),
                                      QStringLiteral("owner_id"), QStringLiteral("proposed_measures"), QStringLiteral("existing_measures")});
    // A given mapping: by key or label, "-" leaves a column out.
    const auto given = parseMapping(QStringLiteral("Hva skjedde=title, Frist=-, Hvem=Responsible"), &error);
    REQUIRE(given);
    const auto mapped = guessMapping(action, {QStringLiteral("Hva skjedde"), QStringLiteral("Frist"), QStringLiteral("Hvem")}, *given, &error);
    REQUIRE(mapped);
    CHECK(*mapped == QStringList{QStringLiteral("title"), QString(), QStringLiteral("responsible_id")});
    CHECK_FALSE(guessMapping(action, {QStringLiteral("A")}, *parseMapping(QStringLiteral("A=nope"), &error), &error));
    CHECK(error.contains(QStringLiteral("the field “nope”")));
    CHECK_FALSE(guessMapping(action, {QStringLiteral("A")}, *parseMapping(QStringLiteral("B=title"), &error), &error));
    CHECK(error.contains(QStringLiteral("the column “b”")));
    CHECK_FALSE(parseMapping(QStringLiteral("bare tekst"), &error));

    // Values as people write them: labels in bokmål or English, a person by name, a local date.
    const QString person = file->records(QStringLiteral("person")).first().value(QStringLiteral("name")).toString();
    Sheet sheet;
    sheet.header = header;
    sheet.rows << QVariantList{QStringLiteral("Ny rutine for avfall"), person, QStringLiteral("01.09.2026"),
                               QStringLiteral("Høy"), QStringLiteral("Planned"), QStringLiteral("'=ikke en formel"),
                               QStringLiteral("Noen"), QStringLiteral("2020-01-01"), QStringLiteral("12 500")};
    sheet.rows << QVariantList{QStringLiteral("Ukjent ansvarlig"), QStringLiteral("Ingen Slik Person"), {}, {}, {}, {}, {}, {}, {}};
    sheet.rows << QVariantList{QStringLiteral("Feil frist"), {}, QStringLiteral("31.02.2026"), {}, {}, {}, {}, {}, {}};
    sheet.lines = {2, 3, 4};
    const auto p = planImport(*file, QStringLiteral("action"), sheet, *mapping, 2026, &error);
    REQUIRE(p);
    REQUIRE(p->inserts.size() == 1);
    const Record row = p->inserts[0].values.toRecord();
    CHECK(row.value(QStringLiteral("responsible_id")).toString() == file->records(QStringLiteral("person")).first().value(QStringLiteral("id")).toString());
    CHECK(row.value(QStringLiteral("deadline")) == QStringLiteral("2026-09-01"));
    CHECK(row.value(QStringLiteral("priority")) == QStringLiteral("high"));
    CHECK(row.value(QStringLiteral("status")) == QStringLiteral("planned"));
    CHECK(row.value(QStringLiteral("description")) == QStringLiteral("=ikke en formel"));
    CHECK(row.value(QStringLiteral("cost_nok")).toDouble() == 12500);
    CHECK_FALSE(row.contains(QStringLiteral("created_by")));
    REQUIRE(p->refused.size() == 2);
    CHECK(p->refused[0].startsWith(QStringLiteral("line 3, column 2 (Ansvarlig): no person is named “Ingen Slik Person”")));
    CHECK(p->refused[1].startsWith(QStringLiteral("line 4, column 3 (Frist):")));
    CHECK(planSummary(*p).contains(QStringLiteral("Columns left out (no field matches them): Opprettet av")));
}

TEST_CASE("A risk register as coordinators keep it: steps by number or label, the assessment by title")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const Record assessment = file->records(QStringLiteral("risk_assessment"), RecordFilter::ofYear(2026)).first();
    const QString person = file->records(QStringLiteral("person")).first().value(QStringLiteral("name")).toString();
    Sheet sheet;
    sheet.header = {QStringLiteral("Risikovurdering"), QStringLiteral("Uønsket hendelse"), QStringLiteral("Årsak"),
                    QStringLiteral("Sannsynlighet"), QStringLiteral("Sannsynlighet etter tiltak"),
                    QStringLiteral("Eksisterende tiltak"), QStringLiteral("Tiltak"), QStringLiteral("Ansvarlig")};
    const QString title = assessment.value(QStringLiteral("title")).toString();
    sheet.rows << QVariantList{title, QStringLiteral("Fall fra stige"), QStringLiteral("Glatt gulv"), QStringLiteral("Middels"),
                               QStringLiteral("1 - Svært liten"), QStringLiteral("Sklimatter"), QStringLiteral("Ny stige"), person};
    sheet.rows << QVariantList{title, QStringLiteral("Kutt"), {}, 4.0, QStringLiteral("Unlikely"), {}, {}, {}};
    sheet.rows << QVariantList{title, QStringLiteral("Ukjent steg"), {}, QStringLiteral("Kanskje"), {}, {}, {}, {}};
    sheet.lines = {2, 3, 4};
    const auto p = plan(*file, QStringLiteral("risk"), sheet);
    INFO(p->refused.join(QLatin1Char('\n')).toStdString());
    REQUIRE(p->inserts.size() == 2);
    const Record first = p->inserts[0].values.toRecord();
    CHECK(first.value(QStringLiteral("assessment_id")) == assessment.value(QStringLiteral("id")));
    CHECK(first.value(QStringLiteral("event")) == QStringLiteral("Fall fra stige"));
    CHECK(first.value(QStringLiteral("cause")) == QStringLiteral("Glatt gulv"));
    CHECK(first.value(QStringLiteral("probability_before")).toInt() == 3);
    CHECK(first.value(QStringLiteral("probability_after")).toInt() == 1);
    CHECK(first.value(QStringLiteral("existing_measures")) == QStringLiteral("Sklimatter"));
    CHECK(first.value(QStringLiteral("proposed_measures")) == QStringLiteral("Ny stige"));
    CHECK(!first.value(QStringLiteral("owner_id")).toString().isEmpty());
    CHECK(p->inserts[1].values.value(QStringLiteral("probability_before")).toInt() == 4);
    CHECK(p->inserts[1].values.value(QStringLiteral("probability_after")).toInt() == 2);
    REQUIRE(p->refused.size() == 1);
    CHECK(p->refused[0].contains(QStringLiteral("“Kanskje”")));
}

// A risk's consequences in a category, as the file holds them: "before/after", "-" for none.
QString consequenceOf(const UnitFile &file, const QString &risk, const QString &category)
{
    for (const Record &c : file.records(QStringLiteral("risk_consequence")))
        if (c.value(QStringLiteral("risk_id")).toString() == risk && c.value(QStringLiteral("category")).toString() == category) {
            const auto step = [&](const char *column) {
                const QVariant v = c.value(QString::fromLatin1(column));
                return v.isNull() ? QStringLiteral("-") : v.toString();
            };
            return step("consequence_before") + QLatin1Char('/') + step("consequence_after");
        }
    return QStringLiteral("none");
}

TEST_CASE("An NTNU-style risk register: consequences per category, headed in bokmål, imported with the right scores")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const Record assessment = file->records(QStringLiteral("risk_assessment"), RecordFilter::ofYear(2026)).first();
    const QString title = assessment.value(QStringLiteral("title")).toString();
    const QString activity = file->displayName(QStringLiteral("activity"), assessment.value(QStringLiteral("activity_id")).toString());
    const QString person = file->records(QStringLiteral("person")).first().value(QStringLiteral("name")).toString();
    const int risksBefore = file->count(QStringLiteral("risk"));
    const int consequencesBefore = file->count(QStringLiteral("risk_consequence"));
    // As a coordinator keeps it in Excel, saved as CSV from a Norwegian Excel (';').
    const QByteArray csv = QStringLiteral(
        "Risikovurdering;Aktivitet;Uønsket hendelse;Årsak;Eksisterende tiltak;Sannsynlighet;Konsekvens Helse;"
        "Konsekvens: Ytre miljø;Materielle verdier;Omdømme;Tiltak;Sannsynlighet etter tiltak;Helse etter;Ansvarlig;Frist\n"
        "%1;%3;Brann i avtrekk;Glemt varmeplate;Brannteppe;3;Alvorlig;2;4;1;Tidsur på varmeplaten;2;2;%2;01.10.2026\n"
        "%1;%3;Fall på glatt fjell;Is;;4;3;;;;Brodder;;;;\n"
        "%1;;Lekkasje;;;2;9;;;;;;;;\n").arg(title, person, activity).toUtf8();
    const auto sheet = readSheet(csv, {}, {}, &error);
    REQUIRE(sheet);
    const auto mapping = guessMapping(*file, *schema::table(QStringLiteral("risk")), sheet->header, {}, &error);
    REQUIRE(mapping);
    CHECK(*mapping == QStringList{QStringLiteral("assessment_id"), QStringLiteral("activity"), QStringLiteral("event"), QStringLiteral("cause"),
                                  QStringLiteral("existing_measures"), QStringLiteral("probability_before"),
                                  QStringLiteral("health_before"), QStringLiteral("environment_before"),
                                  QStringLiteral("material_before"), QStringLiteral("reputation_before"),
                                  QStringLiteral("proposed_measures"), QStringLiteral("probability_after"),
                                  QStringLiteral("health_after"), QStringLiteral("owner_id"), QString()});
    const auto p = planImport(*file, QStringLiteral("risk"), *sheet, *mapping, 2026, &error);
    REQUIRE(p);
    REQUIRE(p->inserts.size() == 2);
    REQUIRE(p->refused.size() == 1); // consequence 9 on a five-step matrix
    CHECK(p->refused[0].startsWith(QStringLiteral("line 4, column 7 (Konsekvens Helse)")));
    CHECK(p->inserts[0].consequences.size() == 4);
    CHECK(p->ignoredColumns == QStringList{QStringLiteral("Frist")});
    // In bokmål, each count with its plural: "2 nye", "1 avvist", "0 uendrede".
    REQUIRE(installTranslations(QStringLiteral("nb")));
    const QString summary = planSummary(*p);
    ImportPlan one = *p;
    one.inserts.removeLast();
    const QString singular = planSummary(one);
    installTranslations(QStringLiteral("en")); // as the other tests expect
    CHECK(summary.startsWith(QStringLiteral("2 nye, 0 endret, 0 uendrede, 1 avvist")));
    CHECK(singular.startsWith(QStringLiteral("1 ny, 0 endret, 0 uendrede, 1 avvist")));
    ImportResult result;
    REQUIRE(applyImportPlan(*file, *p, &result, &error));
    CHECK(file->count(QStringLiteral("risk")) == risksBefore + 2);
    CHECK(file->count(QStringLiteral("risk_consequence")) == consequencesBefore + 5);
    const QString fire = result.added[0].second, fall = result.added[1].second;
    CHECK(consequenceOf(*file, fire, QStringLiteral("health")) == QStringLiteral("4/2")); // "Alvorlig" is step 4
    CHECK(consequenceOf(*file, fire, QStringLiteral("environment")) == QStringLiteral("2/-"));
    CHECK(consequenceOf(*file, fire, QStringLiteral("material")) == QStringLiteral("4/-"));
    CHECK(consequenceOf(*file, fall, QStringLiteral("health")) == QStringLiteral("3/-"));
    CHECK(consequenceOf(*file, fall, QStringLiteral("material")) == QStringLiteral("none"));
    bool seenFire = false, seenFall = false;
    for (const RiskEvaluation &e : evaluateRisks(*file, 2026)) {
        if (e.riskId == fire) {
            seenFire = true;
            CHECK(e.before.value == 12); // 3 × the worst category's 4
            CHECK(e.after.value == 4);   // 2 × 2
        } else if (e.riskId == fall) {
            seenFall = true;
            CHECK(e.before.value == 12);
            CHECK(e.before.category == QStringLiteral("health"));
        }
    }
    CHECK((seenFire && seenFall));

    SECTION("one consequence column and a category column")
    {
        Sheet one;
        one.header = {QStringLiteral("Risikovurdering"), QStringLiteral("Uønsket hendelse"), QStringLiteral("Sannsynlighet"),
                      QStringLiteral("Konsekvenskategori"), QStringLiteral("Konsekvens"), QStringLiteral("Konsekvens etter tiltak")};
        one.rows << QVariantList{title, QStringLiteral("Støy"), 2.0, QStringLiteral("Health"), 3.0, 1.0};
        one.rows << QVariantList{title, QStringLiteral("Utslipp"), 3.0, QStringLiteral("Ytre miljø"), QStringLiteral("Middels"), {}};
        one.rows << QVariantList{title, QStringLiteral("Lukt"), 3.0, QStringLiteral("Lukt"), 2.0, {}};
        one.rows << QVariantList{title, QStringLiteral("Uten kategori"), 3.0, {}, 2.0, {}};
        one.lines = {2, 3, 4, 5};
        const auto q = plan(*file, QStringLiteral("risk"), one);
        REQUIRE(q->inserts.size() == 2);
        REQUIRE(q->refused.size() == 2);
        CHECK(q->refused[0].contains(QStringLiteral("“Lukt”")));
        CHECK(q->refused[1].startsWith(QStringLiteral("line 5, column 5")));
        REQUIRE(q->inserts[0].consequences.size() == 1);
        CHECK(q->inserts[0].consequences[0].category == QStringLiteral("health"));
        CHECK(q->inserts[0].consequences[0].values
              == Record{{QStringLiteral("consequence_before"), 3}, {QStringLiteral("consequence_after"), 1}});
        CHECK(q->inserts[1].consequences[0].category == QStringLiteral("environment"));
        CHECK(q->inserts[1].consequences[0].values == Record{{QStringLiteral("consequence_before"), 3}});
    }
}

TEST_CASE("A risk register that names each risk's activity, not its assessment, puts the risk in that activity's assessment")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const Record assessment = file->records(QStringLiteral("risk_assessment"), RecordFilter::ofYear(2026)).first();
    const QString activity = file->displayName(QStringLiteral("activity"), assessment.value(QStringLiteral("activity_id")).toString());
    const Record other = file->records(QStringLiteral("risk_assessment"), RecordFilter::ofYear(2026)).last();
    REQUIRE(other.value(QStringLiteral("activity_id")) != assessment.value(QStringLiteral("activity_id")));
    Sheet sheet;
    sheet.header = {QStringLiteral("Aktivitet"), QStringLiteral("Uønsket hendelse"), QStringLiteral("Sannsynlighet")};
    sheet.rows << QVariantList{activity.toUpper(), QStringLiteral("Søl under veiing"), 2.0};
    sheet.rows << QVariantList{QStringLiteral("Dykking"), QStringLiteral("Drukning"), 2.0};
    sheet.lines = {2, 3};
    const auto p = plan(*file, QStringLiteral("risk"), sheet);
    REQUIRE(p->inserts.size() == 1);
    CHECK(p->inserts[0].values.value(QStringLiteral("assessment_id")) == assessment.value(QStringLiteral("id")));
    REQUIRE(p->refused.size() == 1);
    CHECK(p->refused[0].startsWith(QStringLiteral("line 3, column 1 (Aktivitet): no risk assessment of 2026 is of the activity “Dykking”")));
    CHECK(p->ignoredColumns.isEmpty());
    // Named both ways, the assessment and the activity must agree.
    Sheet both;
    both.header = {QStringLiteral("Risikovurdering"), QStringLiteral("Aktivitet"), QStringLiteral("Uønsket hendelse")};
    both.rows << QVariantList{other.value(QStringLiteral("title")), activity, QStringLiteral("Feil aktivitet")};
    both.lines = {2};
    const auto q = plan(*file, QStringLiteral("risk"), both);
    CHECK(q->inserts.isEmpty());
    REQUIRE(q->refused.size() == 1);
    CHECK(q->refused[0].contains(QStringLiteral("is not of the activity")));
}

TEST_CASE("A risk register exported, one consequence edited, imported: exactly that consequence changes")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const QString table = QStringLiteral("risk");
    SheetExportOptions options;
    options.year = 2026;
    auto sheet = readSheet(exportXlsx(*file, {table}, options, &error), {}, {}, &error);
    REQUIRE(sheet);
    const qsizetype health = sheet->header.indexOf(QStringLiteral("Helse før"));
    const qsizetype healthAfter = sheet->header.indexOf(QStringLiteral("Helse etter"));
    const qsizetype idColumn = sheet->header.indexOf(QStringLiteral("id"));
    REQUIRE(health >= 0);
    REQUIRE(healthAfter > health);
    CHECK(sheet->header.indexOf(QStringLiteral("Omdømme før")) > health);
    // Each risk's activity beside its assessment, as registers keep it.
    const qsizetype assessmentColumn = sheet->header.indexOf(fieldLabel(table, QStringLiteral("assessment_id"), QStringLiteral("nb")));
    REQUIRE(assessmentColumn >= 0);
    REQUIRE(sheet->header.value(assessmentColumn + 1) == QStringLiteral("Aktivitet"));
    for (const QVariantList &cells : sheet->rows) {
        const QString assessmentTitle = cells[assessmentColumn].toString();
        const QString activity = cells[assessmentColumn + 1].toString();
        INFO(assessmentTitle.toStdString());
        CHECK(assessmentTitle.endsWith(activity)); // the demo's assessments are titled "Risikovurdering: <activity>"
    }
    // Imported as exported: nothing changes, consequences included.
    const auto same = plan(*file, table, *sheet);
    CHECK(same->writesNothing());
    CHECK(same->refused.isEmpty());
    CHECK(same->ignoredColumns.isEmpty());
    CHECK(same->unchanged == sheet->rows.size());

    // A risk with a health consequence: raise it by one (or lower a 5).
    qsizetype row = -1;
    for (qsizetype r = 0; r < sheet->rows.size() && row < 0; ++r)
        if (!sheet->rows[r][health].isNull())
            row = r;
    REQUIRE(row >= 0);
    const QString id = sheet->rows[row][idColumn].toString();
    const int old = sheet->rows[row][health].toInt();
    const int edited = old == 5 ? 4 : old + 1;
    const QString others = consequenceOf(*file, id, QStringLiteral("environment"));
    const QString oldAfter = consequenceOf(*file, id, QStringLiteral("health")).section(QLatin1Char('/'), 1);
    sheet->rows[row][health] = double(edited);
    const auto p = plan(*file, table, *sheet);
    REQUIRE(p->updates.size() == 1);
    CHECK(p->updates[0].id == id);
    CHECK(p->updates[0].values.isEmpty());
    REQUIRE(p->updates[0].consequences.size() == 1);
    CHECK(p->updates[0].consequences[0].category == QStringLiteral("health"));
    CHECK(!p->updates[0].consequences[0].id.isEmpty());
    CHECK(p->updates[0].consequences[0].values == Record{{QStringLiteral("consequence_before"), edited}});
    CHECK(p->changedFields() == QStringList{QStringLiteral("health_before")});
    CHECK(planSummary(*p).startsWith(QStringLiteral("0 new, 1 changed (Health before), %1 unchanged").arg(sheet->rows.size() - 1)));
    const int consequences = file->count(QStringLiteral("risk_consequence"));
    const qint64 lastSeq = changeLog(*file).isEmpty() ? 0 : changeLog(*file).last().seq;
    REQUIRE(applyImportPlan(*file, *p, nullptr, &error));
    CHECK(consequenceOf(*file, id, QStringLiteral("health")) == QString::number(edited) + QLatin1Char('/') + oldAfter);
    CHECK(consequenceOf(*file, id, QStringLiteral("environment")) == others);
    CHECK(file->count(QStringLiteral("risk_consequence")) == consequences);
    QList<ChangeEntry> changes;
    for (const ChangeEntry &e : changeLog(*file))
        if (e.seq > lastSeq)
            changes << e;
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].column == QStringLiteral("consequence_before"));
    CHECK(changes[0].newValue == QString::number(edited));

    // A category the risk has no consequence in gets one; with keys as headers, as --keys writes.
    for (const Record &c : file->records(QStringLiteral("risk_consequence")))
        if (c.value(QStringLiteral("risk_id")).toString() == id && c.value(QStringLiteral("category")).toString() == QLatin1String("reputation"))
            REQUIRE(file->remove(QStringLiteral("risk_consequence"), c.value(QStringLiteral("id")).toString(), &error));
    REQUIRE(consequenceOf(*file, id, QStringLiteral("reputation")) == QStringLiteral("none"));
    options.keys = true;
    sheet = readSheet(exportPeopleCsv(*file, table, options, &error), {}, {}, &error);
    REQUIRE(sheet);
    const qsizetype reputation = sheet->header.indexOf(QStringLiteral("reputation_after"));
    REQUIRE(reputation >= 0);
    qsizetype bare = -1;
    for (qsizetype r = 0; r < sheet->rows.size(); ++r)
        if (sheet->rows[r][sheet->header.indexOf(QStringLiteral("id"))].toString() == id)
            bare = r;
    REQUIRE(bare >= 0);
    CHECK(sheet->rows[bare][reputation].isNull());
    const QString bareId = id;
    sheet->rows[bare][reputation] = QStringLiteral("2");
    const auto added = plan(*file, table, *sheet);
    REQUIRE(added->updates.size() == 1);
    CHECK(added->updates[0].consequences[0].id.isEmpty());
    REQUIRE(applyImportPlan(*file, *added, nullptr, &error));
    CHECK(consequenceOf(*file, bareId, QStringLiteral("reputation")) == QStringLiteral("-/2"));
    CHECK(file->count(QStringLiteral("risk_consequence")) == consequences);
}

TEST_CASE("Windows-1252 and UTF-16 sheets import with æøå intact, headed in bokmål")
{
    const QString body = QStringLiteral("Tittel;Meldt dato;Beskrivelse\r\nSøl på gulvet;03.02.2026;Blåbærsyltetøy – ÆØÅ\r\n");
    QStringEncoder le(QStringConverter::Utf16LE);
    const QList<std::pair<const char *, QByteArray>> files{
        {"Windows-1252", "Tittel;Meldt dato;Beskrivelse\r\nS\xF8l p\xE5 gulvet;03.02.2026;Bl\xE5" "b\xE6rsyltet\xF8y \x96 \xC6\xD8\xC5\r\n"},
        {"UTF-16 LE", QByteArray("\xFF\xFE") + QByteArray(le.encode(body))},
        {"UTF-8", body.toUtf8()}};
    for (const auto &[name, bytes] : files) {
        INFO(name);
        QTemporaryDir dir;
        QString error;
        auto file = UnitFile::create(dir.filePath(QStringLiteral("u.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        const auto sheet = readSheet(bytes, {}, {}, &error);
        INFO(error.toStdString());
        REQUIRE(sheet);
        const TableDef &def = *schema::table(QStringLiteral("deviation"));
        // "Meldt dato" is no label of the table, so it is given.
        const auto mapping = guessMapping(def, sheet->header, *parseMapping(QStringLiteral("Meldt dato=reported_on"), &error), &error);
        REQUIRE(mapping);
        const auto p = planImport(*file, QStringLiteral("deviation"), *sheet, *mapping, std::nullopt, &error);
        REQUIRE(p);
        INFO(p->refused.join(QLatin1Char('\n')).toStdString());
        REQUIRE(p->inserts.size() == 1);
        REQUIRE(applyImportPlan(*file, *p, nullptr, &error));
        const Record r = file->records(QStringLiteral("deviation")).first();
        CHECK(r.value(QStringLiteral("title")) == QStringLiteral("Søl på gulvet"));
        CHECK(r.value(QStringLiteral("description")) == QStringLiteral("Blåbærsyltetøy – ÆØÅ"));
        CHECK(r.value(QStringLiteral("reported_on")) == QStringLiteral("2026-02-03"));
    }
}

TEST_CASE("Formula-like text is escaped in every output and comes back as it was")
{
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    const QStringList texts{QStringLiteral("=HYPERLINK(\"http://x\";\"klikk\")"), QStringLiteral("+47 99 99 99 99"),
                            QStringLiteral("-fjern alt"), QStringLiteral("@SUM(A1)")};
    QStringList ids;
    for (const QString &t : texts)
        ids << file->insert(QStringLiteral("action"), {{QStringLiteral("title"), t}, {QStringLiteral("year"), 2026}}, &error);
    SheetExportOptions options;
    const QByteArray csv = exportPeopleCsv(*file, QStringLiteral("action"), options, &error);
    for (const QString &t : texts)
        CHECK(csv.contains((QStringLiteral("\n'") + t).toUtf8()) != csv.contains((QStringLiteral("\n\"'") + t.left(3)).toUtf8()));
    const QByteArray xlsx = exportXlsx(*file, {QStringLiteral("action")}, options, &error);
    // A string cell is never run: no formula in the sheet at all.
    CHECK_FALSE(partOf(xlsx, "xl/worksheets/sheet1.xml").contains("<f>"));
    for (const QByteArray &data : {csv, xlsx}) {
        const auto sheet = readSheet(data, {}, {}, &error);
        REQUIRE(sheet);
        const auto p = plan(*file, QStringLiteral("action"), *sheet);
        CHECK(p->writesNothing()); // read back exactly as stored, apostrophe and all taken off
        CHECK(p->refused.isEmpty());
    }
}

TEST_CASE("A dry run through the CLI prints the summary and writes nothing; the import then updates")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    const QString xlsx = dir.filePath(QStringLiteral("tiltak.xlsx"));
    auto r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("action"), QStringLiteral("-o"), xlsx});
    REQUIRE(r.exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("tiltak.csv"));
    REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("action"), QStringLiteral("--format"),
                    QStringLiteral("excel-csv"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), csv}).exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll().mid(3));
    f.close();
    QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines[0].startsWith(QStringLiteral("Action;Description;")));
    // The first row's priority set to another one, whatever it was.
    const qsizetype priority = lines[0].split(QLatin1Char(';')).indexOf(QStringLiteral("Priority"));
    REQUIRE(priority >= 0);
    QStringList cells = lines[1].split(QLatin1Char(';'));
    cells[priority] = cells[priority] == QLatin1String("High") ? QStringLiteral("Low") : QStringLiteral("High");
    lines[1] = cells.join(QLatin1Char(';'));
    REQUIRE(writeFile(csv, "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8()));
    const QByteArray before = fileHash(path);
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("action"), csv, QStringLiteral("--dry-run")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("0 new, 1 changed (Priority), 50 unchanged, 0 refused")));
    CHECK(fileHash(path) == before);
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("action"), csv});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 0 row(s) into action, updated 1")));
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("action"), xlsx, QStringLiteral("--dry-run")});
    CHECK(r.out.contains(QStringLiteral("0 new, 1 changed (Priority), 50 unchanged, 0 refused")));
    // A refused row stops the import as a whole; the summary says which.
    REQUIRE(writeFile(csv, "Tiltak;Frist\r\nNoe;i morgen\r\n"));
    const QByteArray now = fileHash(path);
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("action"), csv});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("0 new, 0 changed, 0 unchanged, 1 refused")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(fileHash(path) == now);
    // --keys heads the columns with the fields' keys; --separator , for other spreadsheets.
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("person"), QStringLiteral("--format"),
                QStringLiteral("excel-csv"), QStringLiteral("--keys"), QStringLiteral("--separator"), QStringLiteral(",")});
    CHECK(r.out.remove(QChar(0xFEFF)).startsWith(QStringLiteral("name,position,email,is_leader,active,id\r\n")));
    // A mapping file, for a sheet headed in words no field has.
    const QString mapFile = dir.filePath(QStringLiteral("kobling.txt"));
    REQUIRE(writeFile(mapFile, "# the deviation system's columns\nHva skjedde=title\nNår=reported_on\nIntern=-\n"));
    REQUIRE(writeFile(csv, "Hva skjedde;Når;Intern\r\nSøl i gangen;02.03.2026;x\r\n"));
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), csv,
                QStringLiteral("--map-file"), mapFile});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 1 row(s) into deviation")));
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), csv,
                QStringLiteral("--map"), QStringLiteral("Hva skjedde=nope"), QStringLiteral("--dry-run")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("the field “nope”")));
    // The whole year as one workbook, and a register from it by --sheet.
    const QString book = dir.filePath(QStringLiteral("2026.xlsx"));
    REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("--workbook"), QStringLiteral("-o"), book}).exitCode == 0);
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("person"), book, QStringLiteral("--dry-run")});
    CHECK(r.out.contains(QStringLiteral("0 new, 0 changed, 40 unchanged, 0 refused")));
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("person"), book, QStringLiteral("--sheet"), QStringLiteral("Finnes ikke"), QStringLiteral("--dry-run")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("no sheet “Finnes ikke”")));
}

TEST_CASE("LibreOffice round trip: the CSV export converted to XLSX by LibreOffice imports as unchanged")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("SKIPPED: LibreOffice (soffice) is not installed; CI installs it (scripts/install-deps.sh with CI=true)");
        return;
    }
    QTemporaryDir dir;
    auto file = demo(dir);
    QString error;
    for (const QString &table : {QStringLiteral("action"), QStringLiteral("deviation"), QStringLiteral("risk")}) {
        INFO(table.toStdString());
        SheetExportOptions options;
        const QString csv = dir.filePath(table + QStringLiteral(".csv"));
        REQUIRE(writeFile(csv, exportPeopleCsv(*file, table, options, &error)));
        QProcess p;
        // Own profile, so a running LibreOffice of the user's is neither used nor disturbed.
        p.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                          QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:59,34,76,1"),
                          QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), dir.path(), csv});
        REQUIRE(p.waitForFinished(180000));
        QFile converted(dir.filePath(table + QStringLiteral(".xlsx")));
        REQUIRE(converted.open(QIODevice::ReadOnly));
        const auto sheet = readSheet(converted.readAll(), {}, {}, &error);
        INFO(error.toStdString());
        REQUIRE(sheet);
        const auto planned = plan(*file, table, *sheet);
        INFO(planned->refused.join(QLatin1Char('\n')).toStdString() << planSummary(*planned).toStdString());
        CHECK(planned->refused.isEmpty());
        CHECK(planned->writesNothing());
        CHECK(planned->unchanged == file->count(table));
    }
}

// A benchmark, not run by ctest: `build-release/tests/test_xlsx "[.bench]"` (docs/performance.md).
TEST_CASE("Benchmark: importing 100 000 deviations from XLSX and from CSV", "[.bench]")
{
    QTemporaryDir dir;
    QString error;
    // The sheets: made by the program's own export of a file that holds the rows.
    QByteArray xlsxData, csvData;
    {
        auto source = UnitFile::create(dir.filePath(QStringLiteral("source.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(source);
        UnitFile::Transaction tx(*source);
        for (int i = 0; i < 100000; ++i)
            REQUIRE(!source->insert(QStringLiteral("deviation"),
                                    {{QStringLiteral("case_number"), QStringLiteral("HMS-%1").arg(i)},
                                     {QStringLiteral("reported_on"), QDate(2026, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate)},
                                     {QStringLiteral("category"), QStringLiteral("hazard")}, {QStringLiteral("severity"), QStringLiteral("low")}, {QStringLiteral("year"), 2026},
                                     {QStringLiteral("title"), QStringLiteral("Avvik nummer %1").arg(i)}, {QStringLiteral("status"), QStringLiteral("open")}},
                                    &error).isEmpty());
        REQUIRE(tx.commit(&error));
        SheetExportOptions options;
        xlsxData = exportXlsx(*source, {QStringLiteral("deviation")}, options, &error);
        csvData = exportPeopleCsv(*source, QStringLiteral("deviation"), options, &error);
    }
    const auto run = [&](const QByteArray &data, const char *name) {
        auto file = UnitFile::create(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        QElapsedTimer clock;
        clock.start();
        const auto sheet = readSheet(data, {}, {}, &error);
        REQUIRE(sheet);
        const qint64 read = clock.elapsed();
        const auto mapping = guessMapping(*schema::table(QStringLiteral("deviation")), sheet->header, {}, &error);
        const auto p = planImport(*file, QStringLiteral("deviation"), *sheet, *mapping, std::nullopt, &error);
        REQUIRE(p);
        const qint64 planned = clock.elapsed();
        REQUIRE(applyImportPlan(*file, *p, nullptr, &error));
        const qint64 total = clock.elapsed();
        CHECK(file->count(QStringLiteral("deviation")) == 100000);
        std::printf("100 000 deviations from %s (%lld kB): read %lld ms, planned %lld ms, imported %lld ms in all\n",
                    name, qint64(data.size() / 1024), read, planned - read, total);
        return total;
    };
    const qint64 fromCsv = run(csvData, "CSV");
    const qint64 fromXlsx = run(xlsxData, "XLSX");
    std::printf("XLSX / CSV: %.2f\n", double(fromXlsx) / double(fromCsv));
    CHECK(fromXlsx < 2 * fromCsv);
}
