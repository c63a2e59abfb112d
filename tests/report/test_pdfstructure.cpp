// What a reader gets from the report's PDF besides its pages: text that searches and copies as
// typed (no ligature code points). Read back with poppler, not with the code that wrote it.
#include "catch.h"
#include "pdfreadback.h"
#include "testsupport.h"

#include "core/report/reportrenderer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace iktest;
using namespace ik::report;

namespace {

// The text as pdftotext gives it, not normalised: a ligature would show as U+FB00…U+FB06.
QString rawText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).out;
}

QString ligatures(const QString &text)
{
    QString found;
    for (const QChar c : text)
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            found += c;
    return found;
}

} // namespace

TEST_CASE("the demo report's text reads as typed: no ligature code points, in either language")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), db, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(lang.toStdString());
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        const CliResult r = runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), lang,
                                    QStringLiteral("--date"), QStringLiteral("2026-06-15")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = rawText(pdf);
        CHECK(ligatures(text).isEmpty());
        // The demo's own words, in both languages' reports.
        CHECK(text.contains(QStringLiteral("Stoffkartotek")));
        CHECK(text.contains(QStringLiteral("flussyre")));
        CHECK(text.contains(QStringLiteral("gassflasker")));
    }
}

TEST_CASE("every text style of the report keeps ff, fi, fl, ffi and ffl as letters")
{
    QTemporaryDir dir;
    const QString words = QStringLiteral("Stoffkartotek flussyre office affine baffle fjell");
    Document doc;
    doc.language = QStringLiteral("en");
    doc.title = words;
    doc.header = words;
    doc.pageFormat = QStringLiteral("Page %1 of %2");
    int styles = 0;
    for (TextStyle style : {TextStyle::Title, TextStyle::Subtitle, TextStyle::Heading1, TextStyle::Heading2, TextStyle::Body,
                            TextStyle::Emphasis, TextStyle::Small}) {
        doc.blocks << Paragraph{words, style};
        ++styles;
    }
    Table t;
    t.columns = {{words, 1}};
    t.rows = {{{words}, {}, false}};
    doc.blocks << t; // TableHeader and TableText
    styles += 2;
    const QString pdf = dir.filePath(QStringLiteral("styles.pdf"));
    QString error;
    REQUIRE(ik::ReportRenderer(doc).writePdf(pdf, {}, &error));
    const QString text = rawText(pdf);
    INFO(text.toStdString());
    CHECK(ligatures(text).isEmpty());
    CHECK(text.count(QStringLiteral("Stoffkartotek")) == styles);
    CHECK(text.count(QStringLiteral("office")) == styles);
    CHECK(text.count(QStringLiteral("baffle")) == styles);
}
