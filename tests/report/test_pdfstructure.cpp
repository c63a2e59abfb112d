// What a reader gets from the report's PDF besides its pages: text that searches and copies as
// typed (no ligature code points), an outline of every section, contents that link to the
// sections, the document's language; and a file that still passes `qpdf --check` as PDF/A-2.
// Everything is read back with qpdf and poppler, not with the code that wrote it.
#include "catch.h"
#include "pdfreadback.h"
#include "testsupport.h"

#include "core/report/pdfstructure.h"
#include "core/report/pdfupdate.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reportrenderer.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

using namespace iktest;
using namespace ik::report;

namespace {

// The text as pdftotext gives it, not normalised: a ligature would show as U+FB00…U+FB06.
QString rawText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .out;
}

QString ligatures(const QString &text)
{
    QString found;
    for (const QChar c : text)
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            found += c;
    return found;
}

struct Expected
{
    QString title;
    int level; // 0: a section (or the contents), 1: a sub-section
};

// What the outline of a document with contents must hold: the contents' title, then every
// heading after it, sub-sections under their section.
QList<Expected> expectedOutline(const Document &doc)
{
    QList<Expected> out;
    bool after = false;
    for (const Block &b : doc.blocks) {
        if (const auto *c = std::get_if<Contents>(&b)) {
            out.append({c->title.simplified(), 0});
            after = true;
        } else if (const auto *p = std::get_if<Paragraph>(&b); p && after) {
            if (p->style == TextStyle::Heading1)
                out.append({p->text.simplified(), 0});
            else if (p->style == TextStyle::Heading2)
                out.append({p->text.simplified(), 1});
        }
    }
    return out;
}

struct Flat
{
    QString title;
    int level;
    PdfStructureReader::Destination dest;
};

QList<Flat> flatten(const QList<PdfStructureReader::OutlineItem> &items, int level = 0)
{
    QList<Flat> out;
    for (const auto &i : items) {
        out.append({i.title, level, i.dest});
        out += flatten(i.kids, level + 1);
    }
    return out;
}

QString firstWords(const QString &text, int n)
{
    return text.simplified().section(QLatin1Char(' '), 0, n - 1);
}

// A structurally sound PDF that qpdf itself finds nothing wrong with, and that keeps to what
// PDF/A-2 asks of the file's syntax.
void checkSoundPdfA(const QString &pdf)
{
    const PdfRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("No syntax or stream encoding errors found")));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("%PDF-1.7\n")); // PDF/A-2 is PDF 1.7
    for (qsizetype at = bytes.indexOf("endstream"); at >= 0;
         at = bytes.indexOf("endstream", at + 1)) {
        INFO(at);
        CHECK((bytes.at(at - 1) == '\n' || bytes.at(at - 1) == '\r'));
    }
    const QString meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).out;
    CHECK(meta.contains(
        QStringLiteral("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>")));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf}).out;
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    CHECK(!fontLines.isEmpty());
    for (const QString &line : fontLines)
        CHECK(
            line.simplified().split(QLatin1Char(' ')).contains(QStringLiteral("yes"))); // embedded
}

} // namespace

TEST_CASE("the demo report's text reads as typed: no ligature code points, in either language")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), db, QStringLiteral("--year"), QStringLiteral("2026")})
                .exitCode == 0);
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(lang.toStdString());
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        const CliResult r = runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf,
                                    QStringLiteral("--lang"), lang, QStringLiteral("--date"),
                                    QStringLiteral("2026-06-15")});
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
    for (TextStyle style :
         {TextStyle::Title, TextStyle::Subtitle, TextStyle::Heading1, TextStyle::Heading2,
          TextStyle::Body, TextStyle::Emphasis, TextStyle::Small}) {
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

TEST_CASE("the report's PDF has an outline of its sections, linked contents and its language")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), db, QStringLiteral("--year"), QStringLiteral("2026")})
                .exitCode == 0);
    auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(lang.toStdString());
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        const CliResult r = runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf,
                                    QStringLiteral("--lang"), lang, QStringLiteral("--date"),
                                    QStringLiteral("2026-06-15")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        ik::ReportOptions o;
        o.year = 2026;
        o.language = lang;
        o.date = QDate(2026, 6, 15);
        const QList<Expected> expected =
            expectedOutline(buildDocument(loadReportData(*file, 2026), o));
        REQUIRE(expected.size() >= 19);

        const PdfStructureReader reader(pdf);
        REQUIRE(reader.isValid());
        const QJsonObject catalog = reader.catalog();
        CHECK(
            catalog.value(QStringLiteral("/Lang")).toString() ==
            (lang == QLatin1String("nb") ? QStringLiteral("u:nb-NO") : QStringLiteral("u:en-GB")));
        CHECK(catalog.value(QStringLiteral("/PageMode")).toString() ==
              QStringLiteral("/UseOutlines"));
        const QString meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).out;
        CHECK(meta.contains(QStringLiteral("<dc:language><rdf:Bag><rdf:li>%1</rdf:li>")
                                .arg(lang == QLatin1String("nb") ? QStringLiteral("nb-NO")
                                                                 : QStringLiteral("en-GB"))));

        // One outline entry per heading, in order, sub-sections under their section.
        const QList<Flat> outline = flatten(reader.outline());
        REQUIRE(outline.size() == expected.size());
        for (qsizetype i = 0; i < outline.size(); ++i) {
            INFO(expected[i].title.toStdString());
            CHECK(outline[i].title == expected[i].title);
            CHECK(outline[i].level == expected[i].level);
            CHECK(outline[i].dest.kind == QStringLiteral("/XYZ"));
        }

        // The links: on the contents page(s), one per entry, each over its entry's line (which
        // ends in the page number) and leading where the outline leads.
        QList<PdfStructureReader::Annotation> links;
        int lastContentsPage = 0;
        for (int page = 1; page <= reader.pageCount(); ++page) {
            const auto annots = reader.annotations(page);
            if (annots.isEmpty())
                continue;
            lastContentsPage = page;
            const QList<PdfWord> words = pageWords(pdf, page);
            const double top = reader.mediaBoxTop(page);
            for (const auto &a : annots) {
                CHECK(a.dict.value(QStringLiteral("/Subtype")).toString() ==
                      QStringLiteral("/Link"));
                CHECK(a.dict.value(QStringLiteral("/F")).toInt() == 4); // printed: PDF/A-1
                CHECK(!a.dict.contains(QStringLiteral("/A")));          // no action, no URI
                const QRectF rect(a.rect.left(), top - a.rect.bottom(), a.rect.width(),
                                  a.rect.height()); // top-down
                QStringList inside;
                for (const PdfWord &w : words)
                    if (rect.contains(w.box.center()))
                        inside << w.text;
                const qsizetype i = links.size() + 1; // the outline's entry after the contents' own
                REQUIRE(i < expected.size());
                INFO(expected[i].title.toStdString() + " | " +
                     inside.join(QLatin1Char(' ')).toStdString());
                CHECK(inside.join(QLatin1Char(' ')).startsWith(firstWords(expected[i].title, 2)));
                CHECK(!inside.isEmpty());
                if (!inside.isEmpty())
                    CHECK(inside.last() == QString::number(a.dest.page));
                CHECK(a.dest.page == outline[i].dest.page);
                CHECK(qAbs(a.dest.top - outline[i].dest.top) < 0.01);
                links << a;
            }
        }
        CHECK(links.size() == expected.size() - 1);
        CHECK(lastContentsPage == 1);

        // Each entry leads to the page its heading is printed on, to just above its first line.
        QHash<int, QList<PdfWord>> pageText;
        int from = lastContentsPage + 1;
        for (qsizetype i = 0; i < outline.size(); ++i) {
            INFO(expected[i].title.toStdString());
            const QString phrase = firstWords(expected[i].title, 3);
            int found = 0;
            QRectF box;
            for (int page = i == 0 ? 1 : from; page <= reader.pageCount() && !found; ++page) {
                if (!pageText.contains(page))
                    pageText.insert(page, pageWords(pdf, page));
                box = findPhrase(pageText.value(page), phrase);
                if (!box.isEmpty())
                    found = page;
            }
            CHECK(outline[i].dest.page == found);
            if (!found)
                continue;
            if (i > 0)
                from = found; // headings come in order
            const double textTop = reader.mediaBoxTop(found) - box.top();
            CHECK(outline[i].dest.top >= textTop - 1);
            CHECK(outline[i].dest.top <= textTop + 12);
        }
        checkSoundPdfA(pdf);
    }
}

TEST_CASE("a document without contents has every heading in its outline and no links")
{
    QTemporaryDir dir;
    Document doc;
    doc.language = QStringLiteral("nb");
    doc.title = QStringLiteral("Avvik");
    doc.pageFormat = QStringLiteral("Side %1 av %2");
    doc.blocks << Paragraph{QStringLiteral("Avvik, 2. tertial"), TextStyle::Title}
               << Paragraph{QStringLiteral("Før hovedkapitlene"), TextStyle::Heading2}
               << Paragraph{QStringLiteral("Tekst."), TextStyle::Body}
               << Paragraph{QStringLiteral("1  Første kapittel"), TextStyle::Heading1}
               << Paragraph{QStringLiteral("1.1  Underkapittel med æøå"), TextStyle::Heading2}
               << PageBreak{}
               << Paragraph{QStringLiteral("2  Andre kapittel"), TextStyle::Heading1};
    const QString pdf = dir.filePath(QStringLiteral("plain.pdf"));
    QString error;
    REQUIRE(ik::ReportRenderer(doc).writePdf(pdf, {}, &error));
    const PdfStructureReader reader(pdf);
    REQUIRE(reader.pageCount() == 2);
    CHECK(reader.catalog().value(QStringLiteral("/Lang")).toString() == QStringLiteral("u:nb-NO"));
    const QList<Flat> outline = flatten(reader.outline());
    REQUIRE(outline.size() == 4);
    CHECK(outline[0].title == QStringLiteral("Før hovedkapitlene"));
    CHECK(outline[0].level == 0);
    CHECK(outline[1].title == QStringLiteral("1 Første kapittel"));
    CHECK(outline[2].title == QStringLiteral("1.1 Underkapittel med æøå"));
    CHECK(outline[2].level == 1);
    CHECK(outline[3].title == QStringLiteral("2 Andre kapittel"));
    CHECK(outline[3].level == 0);
    CHECK(outline[3].dest.page == 2);
    CHECK(outline[0].dest.page == 1);
    for (int page = 1; page <= 2; ++page)
        CHECK(reader.annotations(page).isEmpty());
    checkSoundPdfA(pdf);
}

TEST_CASE("adding the structure fails cleanly on what is not a PDF or does not match it")
{
    QString error;
    CHECK(addPdfStructure(QByteArray("not a PDF at all"), {}, &error).isEmpty());
    CHECK(!error.isEmpty());

    Document doc;
    doc.language = QStringLiteral("en");
    doc.pageFormat = QStringLiteral("Page %1 of %2");
    doc.blocks << Paragraph{QStringLiteral("One page"), TextStyle::Heading1};
    const QByteArray pdf = ik::ReportRenderer(doc).pdf();
    REQUIRE(pdf.startsWith("%PDF-"));
    PdfStructure beyond;
    beyond.pageSize = ReportStyle().pageSize();
    beyond.outline = {{QStringLiteral("Nowhere"), {5, 0}, {}}};
    error.clear();
    CHECK(addPdfStructure(pdf, beyond, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("pages")));
}

TEST_CASE("an update gives each object one place, and one that numbers an object twice is refused")
{
    Document doc;
    doc.language = QStringLiteral("en");
    doc.pageFormat = QStringLiteral("Page %1 of %2");
    doc.blocks << Paragraph{QStringLiteral("One page"), TextStyle::Heading1};
    const QByteArray written = ik::ReportRenderer(doc).pdf();
    std::string pdf(written.constData(), size_t(written.size()));
    const int count = ik::report::pdfObjectCount(pdf);
    REQUIRE(count > 0);

    ik::report::PdfUpdateObjects twice;
    twice.add(count) += "<< /Note (first) >>";
    twice.add(count + 1) += "<< /Note (second) >>";
    twice.add(count) += "<< /Note (again) >>";
    const std::string before = pdf;
    CHECK_FALSE(ik::report::appendPdfUpdate(pdf, twice).empty());
    CHECK(pdf == before);

    ik::report::PdfUpdateObjects once;
    once.add(count) += "<< /Note (first) >>";
    once.add(count + 1) += "<< /Note (second) >>";
    CHECK(ik::report::appendPdfUpdate(pdf, once).empty());
    CHECK(pdf.size() > before.size());
    CHECK(ik::report::pdfObjectCount(pdf) > count + 1); // the two, their stream and the cross-reference
    // As another program reads it: sound, the page as it was, the new objects where they are.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("updated.pdf"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(pdf.data(), qint64(pdf.size()));
    out.close();
    const PdfRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(rawText(path).contains(QStringLiteral("One page")));
    CHECK(runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=%1").arg(count + 1), path}).out.contains(QStringLiteral("(second)")));
}
