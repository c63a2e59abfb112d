// Paste from a spreadsheet: the clipboard's tab-separated text (core/exchange/tabseparated.h) and
// the plan that reads it into a register as an import would (core/exchange/pasteplan.h).

#include "catch.h"

#include "core/exchange/pasteplan.h"
#include "core/exchange/tabseparated.h"
#include "core/review/demounit.h"
#include "core/store/unitfile.h"

#include <QTemporaryDir>

using namespace ik;

TEST_CASE("tab-separated text is written and read back as Excel puts it on the clipboard", "[paste]")
{
    const QList<QStringList> rows{{QStringLiteral("Tittel"), QStringLiteral("Beskrivelse")},
                                  {QStringLiteral("Glatt \"gulv\""), QStringLiteral("Linje 1\nLinje 2")},
                                  {QStringLiteral("\"Sitat\" først"), QStringLiteral("a\tb")},
                                  {QString(), QStringLiteral("tom først")}};
    const QString text = tsv::write(rows);
    CHECK(text.startsWith(QStringLiteral("Tittel\tBeskrivelse\r\nGlatt \"gulv\"\t\"Linje 1\nLinje 2\"\r\n")));
    CHECK(text.contains(QStringLiteral("\"\"\"Sitat\"\" først\"\t\"a\tb\"\r\n")));
    CHECK(tsv::parse(text) == rows);

    // As Excel and LibreOffice copy: LF or CRLF, a quoted cell over two lines, no line break at
    // the end, a quote inside an unquoted cell taken as it is.
    CHECK(tsv::parse(QStringLiteral("a\tb\nc\t\"d\ne\"")) == QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                                                 {QStringLiteral("c"), QStringLiteral("d\ne")}});
    CHECK(tsv::parse(QStringLiteral("5\" skjerm\t\r\n")) == QList<QStringList>{{QStringLiteral("5\" skjerm"), QString()}});
    CHECK(tsv::parse(QString()).isEmpty());
}

TEST_CASE("a paste is read as an import reads a sheet, and refused whole on its first bad cell", "[paste]")
{
    QTemporaryDir dir;
    QString error;
    DemoOptions options;
    options.year = 2026;
    auto file = createDemo(dir.filePath(QStringLiteral("paste.db")), options, &error);
    REQUIRE(file);

    PasteTarget target;
    target.table = QStringLiteral("deviation");
    target.fields = {QStringLiteral("reported_on"), QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("closed_on")};
    target.headers = {QStringLiteral("Reported on"), QStringLiteral("Category"), QStringLiteral("Title"), QStringLiteral("Closed on")};
    target.newRowValues = {{QStringLiteral("year"), 2026}, {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("reported_on"), QStringLiteral("2026-12-01")}};
    target.dateFormat = QStringLiteral("M/d/yyyy");
    target.year = 2026;

    const QList<QStringList> rows{
        {QStringLiteral("02.03.2026"), QStringLiteral("Nestenulykke"), QStringLiteral("Glatt gulv")},
        {QStringLiteral("2026-04-05"), QStringLiteral("Hazardous condition"), QStringLiteral("Løs kabel"), QStringLiteral("4/6/2026")}};
    const std::optional<ImportPlan> plan = planPaste(*file, target, rows, &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    REQUIRE(plan->inserts.size() == 2);
    CHECK(plan->updates.isEmpty());
    const Record first = plan->inserts[0].values.toRecord();
    CHECK(first.value(QStringLiteral("reported_on")).toString() == QStringLiteral("2026-03-02"));
    CHECK(first.value(QStringLiteral("category")).toString() == QStringLiteral("near_miss"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(first.value(QStringLiteral("year")).toInt() == 2026);
    CHECK(!first.contains(QStringLiteral("closed_on"))); // the short first row leaves it empty
    CHECK(plan->inserts[1].values.value(QStringLiteral("closed_on")).toString() == QStringLiteral("2026-04-06"));

    // A row on a record changes it; an empty cell empties the field.
    target.rowIds = {file->records(QStringLiteral("deviation"), RecordFilter::ofYear(2026)).first().value(QStringLiteral("id")).toString()};
    const std::optional<ImportPlan> onRecord = planPaste(*file, target, {rows[1]}, &error);
    REQUIRE(onRecord);
    CHECK(onRecord->inserts.isEmpty());
    REQUIRE(onRecord->updates.size() == 1);
    CHECK(onRecord->updates[0].id == target.rowIds.first());

    // The first bad cell: its line of the pasted text, its column and why.
    target.rowIds.clear();
    const QList<QStringList> bad{rows[0], {QStringLiteral("31.02.2026"), QStringLiteral("Nestenulykke"), QStringLiteral("Feil dato")}};
    CHECK(!planPaste(*file, target, bad, &error));
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK(error.contains(QStringLiteral("column 1")));
    CHECK(error.contains(QStringLiteral("Reported on")));
    CHECK(error.contains(QStringLiteral("31.02.2026")));
    // Wider than the table from the cell pasted onto.
    CHECK(!planPaste(*file, target, {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}}, &error));
    CHECK(error.contains(QStringLiteral("5 cells")));
}
