// The annual report, read back from the PDF the way a reader (or a script) would: pdftotext,
// pdfinfo, pdffonts and pdfimages from poppler-utils.
#include "catch.h"
#include "pdfreadback.h"
#include "testsupport.h"

#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reportrenderer.h"
#include "core/common/translations.h"
#include "core/review/deviationstats.h"
#include "core/risk/riskmatrix.h"
#include "core/sharing/signoff.h"
#include "core/store/unitfile.h"
#include "core/report/yearcomparisonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace iktest;

namespace {

const QString kYear = QStringLiteral("2026");
const QString kMarkup = QStringLiteral(R"(<b>bold</b> <a href="http://x">link</a> <img src="file:///etc/passwd">)");

QString tool(const QString &program, const QStringList &args) { return iktest::runProgram(program, args, 60000).out; }

// The PDF's text, NFKC-normalised (ligatures and compatibility forms folded).
QString pdfText(const QString &pdf)
{
    // -raw: in drawing order, which keeps each table cell's lines together.
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

QString collapse(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.replace(space, QStringLiteral(" ")).trimmed();
}

// The body text alone: the running header and footer lines dropped, whitespace collapsed.
QString bodyText(const QString &text, const QString &header)
{
    static const QRegularExpression footer(QStringLiteral("^(Side|Page) \\d+ (av|of) \\d+$"));
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed().remove(QLatin1Char('\f'));
        if (l == header || footer.match(l).hasMatch())
            continue;
        kept << l;
    }
    return collapse(kept.join(QLatin1Char(' ')));
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString makeDemo(const QTemporaryDir &dir, int scale)
{
    const QString path = dir.filePath(QStringLiteral("demo%1.db").arg(scale));
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), kYear, QStringLiteral("--scale"),
                           QString::number(scale)});
    REQUIRE(r.exitCode == 0);
    return path;
}

CliResult report(const QString &db, const QString &pdf, const QString &lang)
{
    return runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), lang,
                   QStringLiteral("--date"), QStringLiteral("2026-06-15")});
}

// Numbered one-word tokens: each must come out whole and in order wherever lines and pages break.
QString tokens(const QString &prefix, int count)
{
    QStringList words;
    for (int i = 1; i <= count; ++i)
        words << QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
    return words.join(QLatin1Char(' '));
}

void checkTokensInOrder(const QString &text, const QString &prefix, int count)
{
    qsizetype at = 0;
    for (int i = 1; i <= count; ++i) {
        const QString token = QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
        const qsizetype found = text.indexOf(token, at);
        INFO(token.toStdString());
        REQUIRE(found >= 0);
        at = found + token.size();
    }
}

// A small unit built through the API, with the texts the PDF checks look for.
struct CraftedUnit
{
    QString path;
    QString longText; // 5,000 characters with Norwegian letters
};

CraftedUnit craftUnit(const QTemporaryDir &dir)
{
    CraftedUnit u;
    u.path = dir.filePath(QStringLiteral("crafted.db"));
    QString error;
    auto file = ik::UnitFile::create(u.path, {QStringLiteral("Seksjon for Æøå-studier på Ørland"), 2026, QStringLiteral("ntnu"), {}},
                                     &error);
    REQUIRE(file);
    const auto add = [&](const char *table, const ik::Record &values) {
        const QString id = file->insert(QString::fromLatin1(table), values, &error);
        INFO(error.toStdString());
        REQUIRE(!id.isEmpty());
        return id;
    };
    add("review_year", {{QStringLiteral("year"), 2025}, {QStringLiteral("status"), QStringLiteral("closed")}});
    add("goal", {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), kMarkup}, {QStringLiteral("result"), QStringLiteral("not_evaluated")}});
    add("goal", {{QStringLiteral("year"), 2025}, {QStringLiteral("title"), QStringLiteral("Fjorårets mål om færre skader")},
                 {QStringLiteral("result"), QStringLiteral("reached")}, {QStringLiteral("evaluation"), QStringLiteral("Nådd med god margin.")}});

    QString text;
    int i = 0;
    while (text.size() < 5000)
        text += QStringLiteral("Ord%1 blåbær ærfugl øyvær ÆØÅ. ").arg(++i, 4, 10, QLatin1Char('0'));
    u.longText = text.left(5000);
    add("report_text", {{QStringLiteral("year"), 2026}, {QStringLiteral("section"), QStringLiteral("ra3d")}, {QStringLiteral("body"), u.longText}});
    add("report_text", {{QStringLiteral("year"), 2026}, {QStringLiteral("section"), QStringLiteral("ra3e")},
                        {QStringLiteral("body"), QStringLiteral("Arbeidstilsynet: <script>alert(1)</script> &amp; [lenke](http://x)")}});
    // A table row taller than a page: it must continue on the next page, nothing cut.
    add("action", {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Langt tiltak")},
                   {QStringLiteral("priority"), QStringLiteral("high")}, {QStringLiteral("status"), QStringLiteral("planned")},
                   {QStringLiteral("source"), QStringLiteral("other")}, {QStringLiteral("deadline"), QStringLiteral("2026-01-31")},
                   {QStringLiteral("description"), tokens(QStringLiteral("T"), 1500)}});

    // Deviations on the tertial borders, this year and last.
    const QList<std::pair<QString, QString>> deviations{{QStringLiteral("2026-04-30"), QStringLiteral("injury")},
                                                        {QStringLiteral("2026-05-01"), QStringLiteral("injury")},
                                                        {QStringLiteral("2026-12-31"), QStringLiteral("near_miss")},
                                                        {QStringLiteral("2026-01-01"), QStringLiteral("near_miss")},
                                                        {QStringLiteral("2025-08-31"), QStringLiteral("injury")}};
    for (const auto &[date, category] : deviations)
        add("deviation", {{QStringLiteral("year"), date.left(4).toInt()}, {QStringLiteral("reported_on"), date},
                          {QStringLiteral("category"), category}, {QStringLiteral("title"), QStringLiteral("Avvik")},
                          {QStringLiteral("severity"), QStringLiteral("low")}, {QStringLiteral("status"), QStringLiteral("open")}});

    // Competence: one holder trained, one not.
    const QString kari = add("person", {{QStringLiteral("name"), QStringLiteral("Kari Ås")}});
    const QString ola = add("person", {{QStringLiteral("name"), QStringLiteral("Ola Ødegård")}});
    add("role_assignment", {{QStringLiteral("year"), 2026}, {QStringLiteral("person_id"), kari}, {QStringLiteral("role"), QStringLiteral("line_manager")}});
    add("role_assignment", {{QStringLiteral("year"), 2026}, {QStringLiteral("person_id"), ola}, {QStringLiteral("role"), QStringLiteral("line_manager")}});
    add("competence_requirement", {{QStringLiteral("role"), QStringLiteral("line_manager")}, {QStringLiteral("course"), QStringLiteral("HMS for ledere")},
                                   {QStringLiteral("mandatory"), true}});
    add("training_record", {{QStringLiteral("year"), 2025}, {QStringLiteral("person_id"), kari}, {QStringLiteral("course"), QStringLiteral("HMS for ledere")},
                            {QStringLiteral("completed_on"), QStringLiteral("2025-03-01")}});

    // Sign-offs: one withdrawn, and one in force over the file as it is (signed last).
    add("signoff", {{QStringLiteral("year"), 2026}, {QStringLiteral("scope"), QStringLiteral("action_plan")}, {QStringLiteral("name"), QStringLiteral("Trukket Tilbake")},
                    {QStringLiteral("signed_at"), QStringLiteral("2026-03-01T12:00:00.000Z")},
                    {QStringLiteral("withdrawn_at"), QStringLiteral("2026-03-02T12:00:00.000Z")}});
    INFO(error.toStdString());
    REQUIRE_FALSE(ik::signOff(*file, 2026, QStringLiteral("review"), QStringLiteral("Åse Leder"), QStringLiteral("Instituttleder"), {}, &error)
                      .isEmpty());
    return u;
}

const char *const kHeadings[] = {"HSE annual report", "Status against the HSE goals", "Focus areas", "The systematic HSE work",
                                 "The annual review, phase by phase", "Risk assessment", "Action plan", "Deviations per tertial",
                                 "Training and competence", "Appraisal talks and work-environment survey",
                                 "Inspection rounds and findings", "Indicators",
                                 "Annual review of the HSE system", "The occupational health service's work",
                                 "Supervision and inspections by authorities or external parties",
                                 "Need for changes in the HSE system", "Contributors", "Sign-off", "Risks above the acceptable level",
                                 "Before measures", "After measures", "Summary", "The most important findings",
                                 "What must change", "The HSE organisation", "HSE roles", "Delegated HSE tasks",
                                 "Legal requirements", "Overall mapping and risk assessments",
                                 "Local routines, coordination agreements and documentation", "Deviations in detail",
                                 "Key figures", "Next year's goals and plan", "Orders given (open orders are marked)"};

} // namespace

TEST_CASE("the demo report has every section in both languages, as an A4 PDF/A with embedded fonts")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const QByteArray before = fileHash(db);
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(lang.toStdString());
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        const auto r = report(db, pdf, lang);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = collapse(pdfText(pdf));
        for (const char *heading : kHeadings)
            CHECK(text.contains(collapse(ik::translateFor(lang, "ik::Report", heading))));
        CHECK(text.contains(QStringLiteral("Institutt for materialteknologi (demo)")));
        CHECK(text.contains(lang == QLatin1String("nb") ? QStringLiteral("Side 1 av") : QStringLiteral("Page 1 of")));

        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
        CHECK(info.contains(QStringLiteral("Creator:         Internkontroll")));
        CHECK(info.contains(QStringLiteral("Title:           ") + ik::translateFor(lang, "ik::Report", "HSE annual report")));
        const QString meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        CHECK(meta.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
        CHECK(meta.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Institutt for materialteknologi (demo)")));
        CHECK(meta.contains(QStringLiteral("<dc:description>")));
        const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
        const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        REQUIRE(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            CHECK(line.simplified().split(QLatin1Char(' ')).contains(QStringLiteral("yes"))); // emb column
        CHECK(!fonts.contains(QStringLiteral(" no  no ")));
    }
    CHECK(fileHash(db) == before); // read-only: the unit file is untouched
}

TEST_CASE("every fixed text of the bokmål report has a bokmål form")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const CraftedUnit crafted = craftUnit(dir);
    for (const QString &path : {db, crafted.path}) {
        auto file = ik::UnitFile::open(path, ik::UnitFile::Mode::ReadOnly, nullptr);
        REQUIRE(file);
        ik::ReportOptions o;
        o.language = QStringLiteral("nb");
        const ik::ReportRenderer renderer(*file, o);
        CHECK(renderer.pageCount() > 1);
    }
    INFO(ik::untranslatedLookups().join(QStringLiteral(" | ")).toStdString());
    CHECK(ik::untranslatedLookups().isEmpty());
}

TEST_CASE("user text is printed whole and literally: long texts, Norwegian letters, markup")
{
    QTemporaryDir dir;
    const CraftedUnit u = craftUnit(dir);
    const QString pdf = dir.filePath(QStringLiteral("crafted.pdf"));
    const auto r = report(u.path, pdf, QStringLiteral("nb"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    if (qEnvironmentVariableIsSet("IK_KEEP_PDF")) // to look at it: IK_KEEP_PDF=/tmp/x.pdf
        QFile::copy(pdf, qEnvironmentVariable("IK_KEEP_PDF"));
    const QString raw = pdfText(pdf);
    const QString header = QStringLiteral("Seksjon for Æøå-studier på Ørland – 2026");
    const QString text = bodyText(raw, header);

    CHECK(text.contains(QStringLiteral("Seksjon for Æøå-studier på Ørland")));
    for (const QString &letters : {QStringLiteral("æ"), QStringLiteral("ø"), QStringLiteral("å"), QStringLiteral("Æ"), QStringLiteral("Ø"),
                                  QStringLiteral("Å")})
        CHECK(text.contains(letters));
    CHECK(text.contains(collapse(u.longText)));  // the 5,000 characters, whole, across lines and pages
    checkTokensInOrder(text, QStringLiteral("T"), 1500); // a table row taller than a page
    CHECK(pageCount(pdf) >= 4);

    // Markup appears as the characters typed; nothing becomes a link, an image or a file read.
    // A table cell may wrap inside the markup (after "http://"): compare without whitespace there.
    CHECK(QString(text).remove(QLatin1Char(' ')).contains(QString(kMarkup).remove(QLatin1Char(' '))));
    CHECK(text.contains(QStringLiteral("<b>bold</b> <a href=")));
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script> &amp; [lenke](http://x)")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The only annotations are the contents' links to the report's own pages: no URI, no action.
    const iktest::PdfStructureReader structure(pdf);
    REQUIRE(structure.pageCount() == pageCount(pdf));
    int links = 0;
    for (int page = 1; page <= structure.pageCount(); ++page)
        for (const auto &annot : structure.annotations(page)) {
            CHECK(annot.dict.value(QStringLiteral("/Subtype")).toString() == QStringLiteral("/Link"));
            CHECK(!annot.dict.contains(QStringLiteral("/A")));
            CHECK(annot.dest.page >= 1);
            CHECK(page == 1); // the contents
            ++links;
        }
    CHECK(links >= 18);
    CHECK(!bytes.contains("/URI"));
    CHECK(!bytes.contains("/Launch"));
    CHECK(!bytes.contains("/JavaScript"));
    const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // the two heading lines, no image

    // Cover: signed off by the valid sign-off; the withdrawn one is not printed.
    CHECK(text.contains(QStringLiteral("Status: Godkjent")));
    CHECK(text.contains(QStringLiteral("Åse Leder (Instituttleder)")));
    CHECK(!text.contains(QStringLiteral("Trukket Tilbake")));
    // Competence gap per role, and last year's goal with its result.
    CHECK(text.contains(QStringLiteral("Ola Ødegård")));
    CHECK(text.contains(QStringLiteral("Mangler")));
    CHECK(text.contains(QStringLiteral("Fjorårets mål om færre skader")));
    CHECK(text.contains(QStringLiteral("(forfalt)")));
}

TEST_CASE("deviations are counted per tertial and category, with the year before")
{
    QTemporaryDir dir;
    const CraftedUnit u = craftUnit(dir);
    auto file = ik::UnitFile::open(u.path, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    const ik::report::ReportData d = ik::report::loadReportData(*file, 2026);
    CHECK(d.deviationCategories == QStringList{QStringLiteral("injury"), QStringLiteral("near_miss")});
    CHECK(d.deviations.value(QStringLiteral("injury")) == std::array<int, 3>{1, 1, 0}); // 30 Apr, 1 May
    CHECK(d.deviations.value(QStringLiteral("near_miss")) == std::array<int, 3>{1, 0, 1}); // 1 Jan, 31 Dec
    CHECK(d.previousDeviations.value(QStringLiteral("injury")) == std::array<int, 3>{0, 1, 0}); // 31 Aug
    REQUIRE(d.competence.size() == 2);
    CHECK(!d.competence[0].gap);
    CHECK(d.competence[1].gap);
    CHECK(d.competence[1].person == QStringLiteral("Ola Ødegård"));
}

TEST_CASE("the report's deviations per tertial agree with the tertial overview for the AMU")
{
    // The demo files two December cases under the next year; both tools count them in December.
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    QStringList sums{QStringLiteral("Total")};
    int current = 0, previous = 0;
    for (int tertial = 1; tertial <= 3; ++tertial) {
        const QString csv = dir.filePath(QStringLiteral("t%1.csv").arg(tertial));
        REQUIRE(runCli({QStringLiteral("tertial"), db, QStringLiteral("--year"), kYear, QStringLiteral("--tertial"),
                        QString::number(tertial), QStringLiteral("-o"), csv})
                    .exitCode == 0);
        QFile f(csv);
        REQUIRE(f.open(QIODevice::ReadOnly));
        int now = 0, before = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> cells = line.trimmed().split(',');
            if (cells.size() == 5 && cells[0] == "category") {
                now += cells[3].toInt();
                before += cells[4].toInt();
            }
        }
        sums << QString::number(before) << QString::number(now);
        current += now;
        previous += before;
    }
    sums << QString::number(previous) << QString::number(current);
    INFO(sums.join(QLatin1Char(' ')).toStdString());
    CHECK(text.contains(sums.join(QLatin1Char(' '))));
}

TEST_CASE("the report names linked records and never prints a record id")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadWrite, nullptr);
    REQUIRE(file);
    // An action made from a risk, as Create Action does it: the report names the risk by its event.
    QSqlQuery q = file->select(QStringLiteral("SELECT r.id, r.event FROM risk r JOIN risk_assessment a ON a.id = r.assessment_id "
                                              "WHERE a.year = 2026 LIMIT 1"));
    REQUIRE(q.next());
    const QString event = q.value(1).toString();
    QString error;
    REQUIRE_FALSE(file->insert(QStringLiteral("action"),
                               {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Sikre stigen")},
                                {QStringLiteral("source"), QStringLiteral("risk")}, {QStringLiteral("source_id"), q.value(0)},
                                {QStringLiteral("priority"), QStringLiteral("high")}, {QStringLiteral("status"), QStringLiteral("planned")}},
                               &error)
                       .isEmpty());
    q.finish();
    file.reset();
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"));
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        REQUIRE(report(db, pdf, lang).exitCode == 0);
        const QString text = collapse(pdfText(pdf));
        INFO(lang.toStdString());
        CHECK_FALSE(uuid.match(text).hasMatch());
        CHECK(text.contains(collapse(event)));
    }
}

TEST_CASE("the report shows the sign-off state as status does, and a draft says so on every page")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const auto pagesWith = [&](const QString &word) {
        int pages = 0;
        for (int page = 2; page <= pageCount(pdf); ++page)
            pages += tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                        QString::number(page), pdf, QStringLiteral("-")})
                         .contains(word);
        return pages;
    };
    // Not signed: a draft, on every page after the cover.
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    CHECK(collapse(pdfText(pdf)).contains(QStringLiteral("Status: Draft, not signed off")));
    CHECK(pagesWith(QStringLiteral("DRAFT")) == pageCount(pdf) - 1);

    // Signed and unchanged: no draft mark, and the sign-off reads as status reads it.
    REQUIRE(runCli({QStringLiteral("signoff"), db, QStringLiteral("--year"), kYear, QStringLiteral("--name"),
                    QStringLiteral("Linn Leder"), QStringLiteral("--role"), QStringLiteral("Instituttleder")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("status"), db, QStringLiteral("--year"), kYear}).out.contains(QStringLiteral("unchanged since")));
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    QString text = collapse(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Status: Signed off")));
    CHECK(text.contains(QStringLiteral("Unchanged since.")));
    CHECK(pagesWith(QStringLiteral("DRAFT")) == 0);

    // An edit after signing: status says changed, and so does the report, a draft again.
    REQUIRE(writeFile(dir.filePath(QStringLiteral("p.csv")), "name\nNy Person\n"));
    REQUIRE(runCli({QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("person"), dir.filePath(QStringLiteral("p.csv"))})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("status"), db, QStringLiteral("--year"), kYear}).out.contains(QStringLiteral("CHANGED since sign-off")));
    REQUIRE(report(db, pdf, QStringLiteral("nb")).exitCode == 0);
    text = collapse(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Status: Utkast, endret etter at det ble godkjent")));
    CHECK_FALSE(text.contains(QStringLiteral("Status: Godkjent")));
    CHECK(pagesWith(QStringLiteral("UTKAST")) == pageCount(pdf) - 1);
}

TEST_CASE("the risk headline counts each level by its name, and the table puts the worst first")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    int byLevel[3] = {0, 0, 0};
    int risks = 0;
    {
        auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
        REQUIRE(file);
        for (const ik::RiskEvaluation &e : ik::evaluateRisks(*file, 2026)) {
            ++risks;
            if (e.residual().level)
                ++byLevel[int(*e.residual().level)];
        }
    }
    REQUIRE(byLevel[int(ik::RiskMatrix::Level::Assess)] > 0);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Risks assessed in 2026: %1. After measures: not acceptable %2, assess measures %3, acceptable %4.")
                            .arg(QString::number(risks), QString::number(byLevel[2]), QString::number(byLevel[1]),
                                 QString::number(byLevel[0]))));
    // In the table, every "not acceptable" row comes before the first "assess measures" row.
    const qsizetype table = text.indexOf(QStringLiteral("Risks above the acceptable level"));
    REQUIRE(table >= 0);
    const QString rows = text.mid(table, text.indexOf(QStringLiteral("Action plan"), table) - table);
    const qsizetype firstAssess = rows.indexOf(QStringLiteral("Assess measures"));
    const qsizetype lastUnacceptable = rows.lastIndexOf(QStringLiteral("Not acceptable"));
    if (byLevel[2] > 0 && firstAssess >= 0)
        CHECK(lastUnacceptable < firstAssess);
}

TEST_CASE("a tertial that has not ended is marked in the report's chart and table")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    const auto reportOn = [&](const char *date) {
        REQUIRE(runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--year"), kYear, QStringLiteral("--date"), QString::fromLatin1(date)})
                    .exitCode == 0);
        return collapse(pdfText(pdf));
    };
    QString text = reportOn("2026-06-15"); // in the second tertial
    CHECK(text.contains(QStringLiteral("T1 2026 T2 2025 T2 2026* T3 2025 T3 2026*")));
    CHECK(text.contains(QStringLiteral("Tertial 2 (May–Aug) (not ended)")));
    CHECK_FALSE(text.contains(QStringLiteral("Tertial 1 (Jan–Apr) (not ended)")));
    CHECK(text.contains(QStringLiteral("* The tertial had not ended on 2026-06-15: its figures are not final.")));
    text = reportOn("2027-01-10"); // the year is over
    CHECK(text.contains(QStringLiteral("T3 2025 T3 2026 Total 2025")));
    CHECK_FALSE(text.contains(QStringLiteral("not ended")));
}

TEST_CASE("the page count grows with the data")
{
    QTemporaryDir dir;
    const QString small = makeDemo(dir, 1), large = makeDemo(dir, 3);
    REQUIRE(report(small, dir.filePath(QStringLiteral("1.pdf")), QStringLiteral("en")).exitCode == 0);
    REQUIRE(report(large, dir.filePath(QStringLiteral("3.pdf")), QStringLiteral("en")).exitCode == 0);
    const int one = pageCount(dir.filePath(QStringLiteral("1.pdf"))), three = pageCount(dir.filePath(QStringLiteral("3.pdf")));
    CHECK(one >= 8);
    // Three times the rows: the tables run several pages longer (the fixed sections do not grow).
    CHECK(three >= one + 4);
}

TEST_CASE("report refuses bad input with the CLI's exit codes and never leaves half a PDF")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    CHECK(runCli({QStringLiteral("report"), db}).exitCode == 1);                                   // no -o
    CHECK(report(db, pdf, QStringLiteral("de")).exitCode == 1);                                      // language
    CHECK(runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf, QStringLiteral("--year"), QStringLiteral("1999")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("report"), dir.filePath(QStringLiteral("missing.db")), QStringLiteral("-o"), pdf}).exitCode == 2);
    const QString notUnit = dir.filePath(QStringLiteral("text.db"));
    REQUIRE(writeFile(notUnit, "just text"));
    CHECK(runCli({QStringLiteral("report"), notUnit, QStringLiteral("-o"), pdf}).exitCode == 2);
    CHECK(report(db, dir.filePath(QStringLiteral("no/such/dir/out.pdf")), QStringLiteral("nb")).exitCode == 1);
    CHECK(!QFile::exists(pdf));
    const QByteArray unitHash = fileHash(db);
    CHECK(report(db, db, QStringLiteral("nb")).exitCode == 1); // never over the unit file itself
    CHECK(fileHash(db) == unitHash);
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--help")}).out.contains(QStringLiteral("--lang")));

    // Cancelling half-way leaves an existing file as it was and no temporary file behind.
    REQUIRE(writeFile(pdf, "previous report"));
    auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    int calls = 0;
    QString error;
    CHECK(!ik::ReportRenderer::writePdf(*file, pdf, {}, [&](int done, int total) {
        ++calls;
        return done < total / 2;
    }, &error));
    CHECK(!error.isEmpty());
    CHECK(calls > 0);
    QFile kept(pdf);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "previous report");
    CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("out.pdf")).size() == 1);

    // And a full run with progress reports every page once.
    QList<int> seen;
    CHECK(ik::ReportRenderer::writePdf(*file, pdf, {}, [&](int done, int) { seen << done; return true; }, &error));
    CHECK(seen.size() == pageCount(pdf));
}

TEST_CASE("a new, empty unit gets a complete draft report")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.db"));
    REQUIRE(runCli({QStringLiteral("new"), db, QStringLiteral("--unit"), QStringLiteral("Tom enhet"), QStringLiteral("--year"), kYear}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("new.pdf"));
    const auto r = report(db, pdf, QStringLiteral("en"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Status: Draft")));
    CHECK(text.contains(QStringLiteral("No actions are recorded for this year.")));
    CHECK(text.contains(QStringLiteral("(No text has been written for this section.)")));
    CHECK(pageCount(pdf) >= 3);
}

TEST_CASE("the paginator repeats table headers, splits tall rows and keeps every line")
{
    using namespace ik::report;
    const ReportStyle style;
    Document doc;
    doc.pageFormat = QStringLiteral("%1/%2");
    Table t;
    t.columns = {{QStringLiteral("HeaderA"), 1}, {QStringLiteral("HeaderB"), 3}};
    for (int i = 0; i < 300; ++i)
        t.rows << TableRow{{QStringLiteral("R%1").arg(i), QStringLiteral("cell %1").arg(i)}, {}, i % 7 == 0};
    t.rows << TableRow{{QStringLiteral("tall"), tokens(QStringLiteral("W"), 3000)}, {}, false}; // taller than a page
    doc.blocks << Paragraph{tokens(QStringLiteral("P"), 2500), TextStyle::Body} << t;

    const QList<LaidOutPage> pages = paginate(doc, style);
    REQUIRE(pages.size() > 4);
    QString all;
    int headers = 0;
    bool tableStarted = false;
    for (const LaidOutPage &page : pages) {
        bool hasHeader = false, hasCell = false;
        for (const LaidOutPage::Text &text : page.texts) {
            all += text.text + QLatin1Char(' ');
            hasHeader |= text.text == QLatin1String("HeaderA");
            hasCell |= text.style == TextStyle::TableText;
            CHECK(text.baseline.y() <= style.bodyRect().bottom() + 1); // nothing below the body
        }
        headers += hasHeader;
        tableStarted |= hasHeader;
        if (tableStarted && hasCell)
            CHECK(hasHeader); // every page the table runs over starts with its header
    }
    CHECK(headers >= 3);
    const QString text = collapse(all);
    checkTokensInOrder(text, QStringLiteral("P"), 2500);
    checkTokensInOrder(text, QStringLiteral("W"), 3000);
    for (int i = 0; i < 300; ++i)
        CHECK(text.count(QStringLiteral("R%1 ").arg(i)) == 1);
}

TEST_CASE("the table of contents gives the page each heading is on")
{
    using namespace ik::report;
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 3);
    auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    ik::ReportOptions o;
    o.year = 2026;
    o.language = QStringLiteral("en");
    const ReportStyle style;
    const Document doc = buildDocument(loadReportData(*file, 2026), o);
    const QList<LaidOutPage> pages = paginate(doc, style);
    REQUIRE(pages.size() > 10);

    // Where each heading's first line is in the body.
    QHash<QString, int> headingPage; // heading text → 1-based page
    for (const Block &b : doc.blocks) {
        const auto *p = std::get_if<Paragraph>(&b);
        if (!p || (p->style != TextStyle::Heading1 && p->style != TextStyle::Heading2))
            continue;
        for (int page = 1; page < pages.size() && !headingPage.contains(p->text); ++page)
            for (const LaidOutPage::Text &t : pages[page].texts)
                if (t.style == p->style && !t.text.isEmpty() && p->text.startsWith(t.text)) {
                    headingPage.insert(p->text, page + 1);
                    break;
                }
    }
    // On the cover: each entry's text followed by its number.
    const QList<LaidOutPage::Text> &cover = pages.first().texts;
    int entries = 0;
    for (int i = 0; i + 1 < cover.size(); ++i) {
        if (!headingPage.contains(cover[i].text))
            continue;
        INFO(cover[i].text.toStdString());
        CHECK(cover[i + 1].text.toInt() == headingPage.value(cover[i].text));
        ++entries;
    }
    CHECK(entries == headingPage.size());
    CHECK(entries >= 18);
}

TEST_CASE("a run of blocks kept together starts a new page rather than leave its last block alone")
{
    using namespace ik::report;
    const ReportStyle style;
    // A heading, a line and signature lines after texts of every length that puts the page's
    // end somewhere in them.
    const auto pagesOf = [&](int fillerWords, bool kept) {
        Document doc;
        doc.pageFormat = QStringLiteral("%1/%2");
        Figure signatures;
        signatures.height = 1300;
        doc.blocks << Paragraph{tokens(QStringLiteral("F"), fillerWords), TextStyle::Body}
                   << Paragraph{QStringLiteral("Sign-off"), TextStyle::Heading1}
                   << Paragraph{QStringLiteral("Not signed."), TextStyle::Body} << signatures;
        if (kept)
            doc.keptTogether.append({1, 3});
        const QList<LaidOutPage> pages = paginate(doc, style);
        int headingPage = -1, figurePage = -1;
        for (int p = 0; p < pages.size(); ++p) {
            for (const LaidOutPage::Text &t : pages[p].texts)
                if (t.block == 1 && headingPage < 0)
                    headingPage = p;
            if (!pages[p].figures.isEmpty())
                figurePage = p;
        }
        return std::pair{headingPage, figurePage};
    };
    int splitWithoutKeeping = 0;
    for (int words = 400; words < 1200; words += 7) {
        INFO(words);
        const auto [heading, figure] = pagesOf(words, true);
        CHECK(heading == figure);
        const auto [looseHeading, looseFigure] = pagesOf(words, false);
        splitWithoutKeeping += looseHeading != looseFigure;
    }
    CHECK(splitWithoutKeeping > 0); // the lengths tried do reach the case kept together
}

TEST_CASE("the annual report compares every year up to its own, with the figures of each")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Year over year")));

    auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    const ik::YearComparison c = ik::loadYearComparison(*file, 2026);
    REQUIRE(c.years.size() == 3); // the demo holds 2024–2026
    // The table's header and rows as a reader sees them: one figure per year, oldest first.
    CHECK(text.contains(QStringLiteral("Figure 2024 2025 2026")));
    QStringList deviations{QStringLiteral("Deviations, whole year")}, goals{QStringLiteral("Goals reached")};
    for (const ik::YearFigures &y : c.years) {
        deviations << QString::number(y.deviations);
        goals << QString::number(y.goalsReached);
    }
    INFO(deviations.join(QLatin1Char(' ')).toStdString());
    CHECK(text.contains(deviations.join(QLatin1Char(' '))));
    CHECK(text.contains(goals.join(QLatin1Char(' '))));
    CHECK(c.years.last().deviations > 0);

    const ik::report::Table nb = ik::report::yearComparisonTable(c, QStringLiteral("nb"));
    REQUIRE(nb.columns.size() == 4);
    CHECK(nb.columns[0].header == QStringLiteral("Nøkkeltall"));
    CHECK(nb.rows[3].cells[0] == QStringLiteral("Avvik, hele året"));
}

TEST_CASE("the summary's figures agree with status, and the registers of supervision and the health service are printed")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, 1);
    const auto status = runCli({QStringLiteral("status"), db, QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-06-15")});
    REQUIRE(status.exitCode == 0);
    const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
    REQUIRE(s.value(QStringLiteral("supervisions")).toInt() >= 1);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    const auto has = [&](const QString &needle) {
        INFO(needle.toStdString());
        CHECK(text.contains(needle));
    };
    has(QStringLiteral("Actions done %1 of %2, %3 overdue")
            .arg(s.value(QStringLiteral("actions_done")).toInt())
            .arg(s.value(QStringLiteral("actions")).toInt())
            .arg(s.value(QStringLiteral("overdue_actions")).toInt()));
    has(QStringLiteral("External supervision %1, open orders: %2")
            .arg(s.value(QStringLiteral("supervisions")).toInt())
            .arg(s.value(QStringLiteral("open_orders")).toInt()));
    // Deviations per tertial as the one count gives them (by date reported); on 15 June the second
    // and third tertials have not ended.
    {
        auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
        REQUIRE(file);
        int t[3] = {0, 0, 0};
        for (const ik::TertialCounts &c : ik::deviationCountsByTertial(*file, 2026))
            for (int i = 0; i < 3; ++i)
                t[i] += c[i];
        has(QStringLiteral("(T1: %1, T2: %2*, T3: %3*)").arg(t[0]).arg(t[1]).arg(t[2]));
    }
    // The demo's 2026 visit by the fire service, its orders and the health service's work.
    has(QStringLiteral("Branntilsyn i bygg K4"));
    has(QStringLiteral("Dokumentere opplæring i bruk av avtrekksskap"));
    has(QStringLiteral("Støymålinger i verkstedet"));
    has(QStringLiteral("H-value (injuries with absence per million hours worked)"));
    has(QStringLiteral("The unit's goal is to close a deviation within 60 days."));
    // Signature lines for the line manager and the safety representative.
    has(QStringLiteral("Line manager"));
    has(QStringLiteral("Safety representative"));
    // The summary comes before the first section of the review.
    CHECK(text.indexOf(QStringLiteral("1 Summary")) < text.indexOf(QStringLiteral("Status against the HSE goals"), text.indexOf(QStringLiteral("1 Summary"))));
}

TEST_CASE("an empty unit's report says what is not yet recorded, and draws no empty charts")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.db"));
    REQUIRE(runCli({QStringLiteral("new"), db, QStringLiteral("--unit"), QStringLiteral("Tom enhet"), QStringLiteral("--year"), kYear}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("new.pdf"));
    REQUIRE(report(db, pdf, QStringLiteral("en")).exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("For 2026 nothing is recorded yet of: HSE roles, Goals, Risk assessments, Action plan, Deviations, "
                                       "Inspection rounds, Training, Key figures.")));
    CHECK(text.contains(QStringLiteral("2026 is the first review year recorded: there is no earlier year to compare with.")));
    // The deviation chart's axis title appears only with a chart.
    CHECK_FALSE(text.contains(QStringLiteral("Pale bars")));
}

namespace {

// A table of the unit file as `export --format json` gives it: what anyone can check the report against.
QList<QJsonObject> exported(const QString &db, const char *table)
{
    const auto r = runCli({QStringLiteral("export"), db, QStringLiteral("--table"), QString::fromLatin1(table),
                           QStringLiteral("--format"), QStringLiteral("json")});
    INFO(table);
    REQUIRE(r.exitCode == 0);
    QList<QJsonObject> rows;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        rows << v.toObject();
    return rows;
}

QList<QJsonObject> ofYear(const QList<QJsonObject> &rows, int year)
{
    QList<QJsonObject> kept;
    for (const QJsonObject &r : rows)
        if (r.value(QStringLiteral("year")).toInt() == year)
            kept << r;
    return kept;
}

QString field(const QJsonObject &row, const char *name)
{
    return row.value(QString::fromLatin1(name)).toVariant().toString();
}

} // namespace

TEST_CASE("every figure of the demo report agrees with the exported tables and with the report's other figures")
{
    QTemporaryDir dir;
    const QString asOf = QStringLiteral("2026-09-20"); // the second tertial has ended, the third has not
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), db, QStringLiteral("--year"), kYear, QStringLiteral("--as-of"), asOf}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--date"), asOf})
                .exitCode == 0);
    const QString text = collapse(pdfText(pdf));
    const QLocale english(QLocale::English);
    const auto has = [&](const QString &needle) {
        INFO(needle.toStdString());
        CHECK(text.contains(needle));
    };
    const auto count = [](const QList<QJsonObject> &rows, const std::function<bool(const QJsonObject &)> &pred) {
        return int(std::count_if(rows.cbegin(), rows.cend(), pred));
    };

    // Goals.
    const auto goals = ofYear(exported(db, "goal"), 2026);
    REQUIRE(!goals.isEmpty());
    has(QStringLiteral("Goals reached %1 of %2 (%3 partly)")
            .arg(count(goals, [](const QJsonObject &g) { return field(g, "result") == QLatin1String("reached"); }))
            .arg(goals.size())
            .arg(count(goals, [](const QJsonObject &g) { return field(g, "result") == QLatin1String("partly"); })));

    // Actions: the cancelled ones are left out; overdue = past the deadline and not done.
    QList<QJsonObject> actions;
    for (const QJsonObject &a : ofYear(exported(db, "action"), 2026))
        if (field(a, "status") != QLatin1String("cancelled"))
            actions << a;
    REQUIRE(actions.size() > 5);
    const int done = count(actions, [](const QJsonObject &a) { return field(a, "status") == QLatin1String("done"); });
    const int overdue = count(actions, [&](const QJsonObject &a) {
        const QString deadline = field(a, "deadline");
        return field(a, "status") != QLatin1String("done") && !deadline.isEmpty() && deadline < asOf;
    });
    double cost = 0, costDone = 0;
    for (const QJsonObject &a : actions) {
        cost += a.value(QStringLiteral("cost_nok")).toDouble();
        if (field(a, "status") == QLatin1String("done"))
            costDone += a.value(QStringLiteral("cost_nok")).toDouble();
    }
    REQUIRE(cost > 0);
    has(QStringLiteral("Actions done %1 of %2, %3 overdue").arg(done).arg(actions.size()).arg(overdue));
    has(QStringLiteral("Cost of the actions %1 kr in all, %2 kr of it for actions done")
            .arg(english.toString(qint64(cost)), english.toString(qint64(costDone))));
    has(QStringLiteral("%1 actions, by deadline; %2 of them overdue").arg(actions.size()).arg(overdue));
    {   // the action plan's cost total, in its own section
        const qsizetype plan = text.lastIndexOf(QStringLiteral("5.5 Action plan")); // the heading, after the contents' line
        const QString section = text.mid(plan, text.indexOf(QStringLiteral("5.6 Local routines"), plan) - plan);
        CHECK(section.contains(QStringLiteral("Total %1").arg(english.toString(qint64(cost)))));
    }

    // Deviations of the year, by the date reported.
    QList<QJsonObject> deviations;
    for (const QJsonObject &dv : exported(db, "deviation"))
        if (field(dv, "reported_on").startsWith(kYear))
            deviations << dv;
    REQUIRE(deviations.size() > 10);
    int perTertial[3] = {0, 0, 0};
    for (const QJsonObject &dv : deviations)
        ++perTertial[(field(dv, "reported_on").mid(5, 2).toInt() - 1) / 4];
    const int open = count(deviations, [](const QJsonObject &dv) { return field(dv, "status") != QLatin1String("closed"); });
    const int injuries = count(deviations, [](const QJsonObject &dv) { return field(dv, "category") == QLatin1String("injury"); });
    const int withAbsence = count(deviations, [](const QJsonObject &dv) {
        return field(dv, "category") == QLatin1String("injury") && dv.value(QStringLiteral("absence")).toVariant().toBool();
    });
    has(QStringLiteral("Deviations reported %1 (T1: %2, T2: %3, T3: %4*); %5 still open")
            .arg(deviations.size()).arg(perTertial[0]).arg(perTertial[1]).arg(perTertial[2]).arg(open));
    has(QStringLiteral("Personal injuries %1, of them %2 with absence").arg(injuries).arg(withAbsence));
    // The tertial table's total row ends with this year's total; the detail table's total row
    // splits the same deviations into closed and open.
    const int lastYear = count(exported(db, "deviation"), [](const QJsonObject &dv) { return field(dv, "reported_on").startsWith(QLatin1String("2025")); });
    has(QStringLiteral(" %1 %2 %3 * The tertial had not ended").arg(perTertial[2]).arg(lastYear).arg(deviations.size()));
    has(QStringLiteral("Total %1 %2 %3 ").arg(deviations.size()).arg(deviations.size() - open).arg(open));
    has(QStringLiteral("Personal injuries with absence %1").arg(withAbsence));
    has(QStringLiteral("Personal injuries without absence %1").arg(injuries - withAbsence));

    // The H-value from the hours worked entered for the year.
    const auto keyFigures = ofYear(exported(db, "key_figures"), 2026);
    REQUIRE(keyFigures.size() == 1);
    const double hours = keyFigures[0].value(QStringLiteral("hours_worked")).toDouble();
    REQUIRE(hours > 0);
    has(QStringLiteral("Hours worked %1").arg(english.toString(qint64(std::llround(hours)))));
    has(QStringLiteral("per million hours worked) %1").arg(english.toString(withAbsence * 1e6 / hours, 'f', 1)));

    // Inspection rounds, supervision and its orders, HSE meetings.
    const auto rounds = ofYear(exported(db, "inspection_round"), 2026);
    has(QStringLiteral("Inspection rounds held %1 of %2")
            .arg(count(rounds, [](const QJsonObject &r) { return field(r, "status") == QLatin1String("done"); }))
            .arg(rounds.size()));
    const auto supervisions = ofYear(exported(db, "supervision"), 2026);
    QSet<QString> supervisionIds;
    for (const QJsonObject &sv : supervisions)
        supervisionIds.insert(field(sv, "id"));
    const int openOrders = count(exported(db, "supervision_order"), [&](const QJsonObject &o) {
        return supervisionIds.contains(field(o, "supervision_id")) && field(o, "status") != QLatin1String("closed");
    });
    has(QStringLiteral("External supervision %1, open orders: %2").arg(supervisions.size()).arg(openOrders));
    const auto meetings = ofYear(exported(db, "hse_meeting"), 2026);
    REQUIRE(!meetings.isEmpty());
    has(QStringLiteral("HSE meetings held %1").arg(meetings.size()));
}
