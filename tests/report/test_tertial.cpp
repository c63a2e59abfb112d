// The tertial deviation overview (FO-2): counts per tertial beside last year, as PDF and CSV.
#include "catch.h"
#include "testsupport.h"

#include "core/report/reportrenderer.h"
#include "core/common/translations.h"
#include "core/exchange/csv.h"
#include "core/exchange/tableexchange.h"
#include "core/report/tertialreport.h"
#include "core/store/unitfile.h"

#include <QProcess>

using namespace ik;

namespace {
QString pdfText(const QString &path)
{
    return iktest::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, 60000)
        .out.normalized(QString::NormalizationForm_KC);
}
} // namespace

TEST_CASE("The tertial overview counts the tertial's deviations beside the same tertial last year")
{
    QTemporaryDir dir;
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("t.db")), {QStringLiteral("Seksjon Æ"), 2025, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    REQUIRE_FALSE(file->insert(QStringLiteral("review_year"), {{QStringLiteral("year"), 2026}}, &error).isEmpty());
    const QString action = file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Strø trappen")}}, &error);
    const auto deviation = [&](const char *date, const char *category, const char *status, const QString &actionId = {}) {
        Record r{{QStringLiteral("year"), QString::fromLatin1(date).left(4).toInt()}, {QStringLiteral("reported_on"), QString::fromLatin1(date)},
                 {QStringLiteral("title"), QStringLiteral("Glatt trapp")}, {QStringLiteral("category"), QString::fromLatin1(category)},
                 {QStringLiteral("status"), QString::fromLatin1(status)}};
        if (!actionId.isEmpty())
            r.insert(QStringLiteral("action_id"), actionId);
        REQUIRE_FALSE(file->insert(QStringLiteral("deviation"), r, &error).isEmpty());
    };
    deviation("2026-05-01", "near_miss", "open", action); // first day of tertial 2
    deviation("2026-08-31", "near_miss", "closed");       // last day of tertial 2
    deviation("2026-06-15", "injury", "closed");
    deviation("2026-04-30", "injury", "closed");          // tertial 1: not counted
    deviation("2026-09-01", "injury", "closed");          // tertial 3: not counted
    deviation("2025-07-01", "near_miss", "closed");       // tertial 2 last year
    const TertialOverview o = loadTertialOverview(*file, 2026, 2);
    CHECK(o.total == 3);
    CHECK(o.totalLastYear == 1);
    for (const TertialCount &c : o.byCategory) {
        if (c.key == QLatin1String("near_miss")) {
            CHECK(c.current == 2);
            CHECK(c.lastYear == 1);
        } else if (c.key == QLatin1String("injury")) {
            CHECK(c.current == 1);
            CHECK(c.lastYear == 0);
        }
    }
    REQUIRE(o.cases.size() == 3);
    CHECK(o.cases.first().action == QStringLiteral("Strø trappen"));

    const QString pdf = dir.filePath(QStringLiteral("t2.pdf"));
    REQUIRE(ReportRenderer(buildTertialDocument(*file, o, QStringLiteral("nb"))).writePdf(pdf, {}, &error));
    CHECK(untranslatedLookups().isEmpty());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Avvik, 2. tertial 2026")));
    CHECK(text.contains(QStringLiteral("Seksjon Æ")));
    CHECK(text.contains(QStringLiteral("3 avvik ble meldt i tertialet, mot 1 i samme tertial i fjor.")));
    CHECK(text.contains(QStringLiteral("Strø trappen")));
    const QString csv = QString::fromUtf8(tertialCsv(o, QStringLiteral("en")));
    CHECK(csv.contains(QStringLiteral("category,near_miss,Near miss,2,1")));
    CHECK(csv.contains(QStringLiteral("total,,,3,1")));

    const auto r = iktest::runCli({QStringLiteral("tertial"), file->path(), QStringLiteral("--year"), QStringLiteral("2026"),
                                   QStringLiteral("--tertial"), QStringLiteral("2"), QStringLiteral("-o"), dir.filePath(QStringLiteral("cli.csv"))});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("3 deviation(s) in tertial 2 2026 (1 a year before)")));
}

TEST_CASE("The tertial CSV shows formula-like titles as text, quoted as RFC 4180 says, like the export")
{
    QTemporaryDir dir;
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("f.db")), {QStringLiteral("Lab"), 2026, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    const QStringList titles{QStringLiteral("=HYPERLINK(\"http://x\";\"klikk\")"), QStringLiteral("+cmd|' /C calc'!A0"),
                             QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"), QStringLiteral("-2+3+cmd|' /C calc'!A0")};
    for (const QString &title : titles)
        REQUIRE_FALSE(file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-02-01")},
                                                                {QStringLiteral("title"), title}}, &error).isEmpty());
    const QByteArray tertial = tertialCsv(loadTertialOverview(*file, 2026, 1), QStringLiteral("en"));
    const QByteArray exported = exportTable(*file, QStringLiteral("deviation"), ExportFormat::Csv, &error);
    for (const QByteArray &csv : {tertial, exported}) {
        CHECK(csv.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klikk\"\")\""));
        CHECK(csv.contains(",'+cmd|' /C calc'!A0,"));
        CHECK(csv.contains(",'@SUM(1+1)*cmd|' /C calc'!A0,"));
        CHECK(csv.contains(",'-2+3+cmd|' /C calc'!A0,"));
        for (const char *raw : {",=", ",+", ",@", ",-2"})
            CHECK_FALSE(csv.contains(raw));
        // Every line ends in CRLF, and nothing else breaks a line outside quotes.
        CHECK(csv.endsWith("\r\n"));
        CHECK(int(csv.count("\n")) == int(csv.count("\r\n")));
    }
    // Written so, the cells import back as the text they were.
    csv::Writer writer;
    writer.row({QStringLiteral("reported_on"), QStringLiteral("title")});
    for (const QString &title : titles)
        writer.row({QStringLiteral("2026-03-01"), title});
    auto other = UnitFile::create(dir.filePath(QStringLiteral("g.db")), {QStringLiteral("Lab"), 2026, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(other);
    REQUIRE(importCsv(*other, QStringLiteral("deviation"), writer.data(), std::nullopt, nullptr, &error));
    QStringList back;
    for (const Record &r : other->records(QStringLiteral("deviation")))
        back << r.value(QStringLiteral("title")).toString();
    CHECK(back == titles);
}
