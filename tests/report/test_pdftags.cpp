// The report's PDF as a screen reader and an archive get it: tagged (every text object on every
// page is in a tagged element of the structure tree or an artifact), headings for every section,
// tables with header cells, figures with alternative text that says what they show, the
// contents as links in the tree, and an XMP that claims PDF/A-2a and PDF/UA-1. The structure is
// read back with libqpdf (pdftagreader.h) and poppler, not with the code that wrote it; and
// the tagging refuses a structure that does not fit its pages rather than tag them wrongly.
#include "catch.h"
#include "pdfreadback.h"
#include "pdftagreader.h"
#include "testsupport.h"

#include "core/report/figuretext.h"
#include "core/report/pdfstructure.h"
#include "core/report/pdfwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reportrenderer.h"
#include "core/risk/riskmatrix.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>

using namespace iktest;
using namespace ik::report;

namespace {

QString problems(const TaggedPdf &t) { return t.problems.mid(0, 10).join(QLatin1Char('\n')); }

// The headings of the structure tree with their text, as poppler reads them (pdfinfo
// -struct-text): "H2", "1 Sammendrag".
QList<QPair<QString, QString>> structHeadings(const QString &pdf)
{
    const QStringList lines =
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf}).out.split(QLatin1Char('\n'));
    static const QRegularExpression heading(QStringLiteral("^\\s*(H[1-6])\\b"));
    QList<QPair<QString, QString>> out;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const auto m = heading.match(lines[i]);
        if (!m.hasMatch())
            continue;
        QString text = lines[i + 1].trimmed();
        if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            text = text.mid(1, text.size() - 2);
        out.append({m.captured(1), text.replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified()});
    }
    return out;
}

QString noSpaces(QString s) { return s.remove(QLatin1Char(' ')); }

struct Section
{
    QString title;
    bool sub; // a Heading2 after a Heading1
};

// The headings from the contents on, as the outline holds them.
QList<Section> sectionsFromContents(const Document &doc)
{
    QList<Section> out;
    bool after = false;
    for (const Block &b : doc.blocks) {
        if (const auto *c = std::get_if<Contents>(&b)) {
            out.append({c->title.simplified(), false});
            after = true;
        } else if (const auto *p = std::get_if<Paragraph>(&b); p && after) {
            if (p->style == TextStyle::Heading1 || p->style == TextStyle::Heading2)
                out.append({p->text.simplified(), p->style == TextStyle::Heading2});
        }
    }
    return out;
}

// Every text object is tagged or an artifact; each page has an artifact (its footer) and, but
// for an empty page, tagged text.
void checkEveryTextTagged(const TaggedPdf &t, int pages)
{
    INFO(problems(t).toStdString());
    CHECK(t.read);
    CHECK(t.problems.isEmpty());
    CHECK(t.marked);
    CHECK(t.displayDocTitle);
    CHECK(t.structTreeRoot);
    REQUIRE(!t.elements.isEmpty());
    CHECK(t.elements.first().type == "Document");
    QList<int> artifacts(pages, 0), tagged(pages, 0);
    for (const TaggedPdf::TextObject &o : t.texts) {
        REQUIRE(o.page < pages);
        ++(o.artifact ? artifacts : tagged)[o.page];
        if (!o.artifact)
            CHECK(o.element >= 0);
    }
    for (int p = 0; p < pages; ++p) {
        INFO("page " << p + 1);
        CHECK(artifacts[p] > 0);
        CHECK(tagged[p] > 0);
    }
}

// A table's first row holds its header cells, each the header of its column; its other rows hold
// data cells only.
void checkTables(const TaggedPdf &t, int expected)
{
    const QList<int> tables = t.ofType("Table");
    CHECK(tables.size() == expected);
    for (int table : tables) {
        const TaggedPdf::Element &e = t.elements[table];
        REQUIRE(e.kids.size() >= 2);
        const TaggedPdf::Element &header = t.elements[e.kids.first()];
        CHECK(header.type == "TR");
        CHECK(!header.kids.isEmpty());
        for (int th : header.kids) {
            CHECK(t.elements[th].type == "TH");
            CHECK(t.elements[th].columnScope);
        }
        for (qsizetype r = 1; r < e.kids.size(); ++r) {
            const TaggedPdf::Element &row = t.elements[e.kids[r]];
            CHECK(row.type == "TR");
            for (int td : row.kids)
                CHECK(t.elements[td].type == "TD");
        }
    }
}

void writeReport(const QString &db, const QString &pdf, const QString &lang)
{
    const CliResult r = runCli({QStringLiteral("report"), db, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), lang,
                                QStringLiteral("--date"), QStringLiteral("2026-06-15")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("the demo report is tagged for screen readers and claims PDF/A-2a and PDF/UA-1, in either language")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), db, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    auto file = ik::UnitFile::open(db, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(lang.toStdString());
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        writeReport(db, pdf, lang);
        ik::ReportOptions o;
        o.year = 2026;
        o.language = lang;
        o.date = QDate(2026, 6, 15);
        const Document doc = buildDocument(loadReportData(*file, 2026), o);
        const PdfStructureReader reader(pdf);
        const TaggedPdf t = readTaggedPdf(pdf);
        checkEveryTextTagged(t, reader.pageCount());

        // Each figure with the alternative text the report computed for it, in order.
        QStringList alts;
        int tables = 0;
        for (const Block &b : doc.blocks) {
            if (const auto *f = std::get_if<Figure>(&b))
                alts << f->altText.simplified();
            if (const auto *table = std::get_if<Table>(&b); table && !table->rows.isEmpty())
                ++tables;
        }
        const QList<int> figures = t.ofType("Figure");
        REQUIRE(figures.size() == alts.size());
        REQUIRE(figures.size() >= 5); // risk matrices, deviations, two year-over-year charts, signatures
        for (qsizetype i = 0; i < figures.size(); ++i) {
            INFO(alts[i].toStdString());
            CHECK(!t.elements[figures[i]].alt.isEmpty());
            CHECK(t.elements[figures[i]].alt == alts[i]);
            CHECK(!t.elements[figures[i]].content.isEmpty());
        }
        const QString riskAlt = alts.first();
        CHECK(riskAlt.contains(lang == QLatin1String("nb") ? QStringLiteral("Før tiltak") : QStringLiteral("Before measures")));
        CHECK(riskAlt.contains(lang == QLatin1String("nb") ? QStringLiteral("rødt (ikke akseptabel)")
                                                            : QStringLiteral("red (not acceptable)")));

        checkTables(t, tables);

        // Headings: the title, then one for every section of the outline at its level.
        const QList<Section> sections = sectionsFromContents(doc);
        REQUIRE(sections.size() >= 19);
        const QList<QPair<QString, QString>> headings = structHeadings(pdf);
        REQUIRE(!headings.isEmpty());
        CHECK(headings.first().first == QStringLiteral("H1"));
        CHECK(t.ofType("H1").size() == 1);
        qsizetype at = -1;
        for (qsizetype i = 0; i < headings.size() && at < 0; ++i)
            if (noSpaces(headings[i].second) == noSpaces(sections.first().title))
                at = i;
        REQUIRE(at >= 0);
        REQUIRE(headings.size() - at == sections.size());
        for (qsizetype i = 0; i < sections.size(); ++i) {
            INFO(sections[i].title.toStdString());
            CHECK(noSpaces(headings[at + i].second) == noSpaces(sections[i].title));
            CHECK(headings[at + i].first == (sections[i].sub ? QStringLiteral("H3") : QStringLiteral("H2")));
        }

        // The contents: one entry per heading after it, each a Link element with its link.
        const QList<int> toc = t.ofType("TOC");
        REQUIRE(toc.size() == 1);
        CHECK(t.elements[toc.first()].kids.size() == sections.size() - 1);
        const QList<int> links = t.ofType("Link");
        CHECK(links.size() == sections.size() - 1);
        for (int l : links) {
            CHECK(t.elements[l].links == 1);
            CHECK(t.elements[t.elements[l].parent].type == "TOCI");
        }
        for (const auto &a : reader.annotations(1)) // the contents
            CHECK(!a.dict.value(QStringLiteral("/Contents")).toString().isEmpty());

        // What the file claims to be.
        const QString meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).out;
        CHECK(meta.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>")));
        CHECK(meta.contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));
        CHECK(meta.contains(QStringLiteral("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>")));
        CHECK(meta.contains(QStringLiteral("<dc:title>")));
        const PdfRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        CHECK(check.exitCode == 0);

        // pdftotext reads the sections' headings in the order they are printed, after the contents.
        const QString body = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                                   QStringLiteral("-f"), QStringLiteral("2"), pdf,
                                                                   QStringLiteral("-")})
                                 .out.simplified();
        qsizetype from = 0;
        for (qsizetype i = 1; i < sections.size(); ++i) {
            INFO(sections[i].title.toStdString());
            const qsizetype found = body.indexOf(sections[i].title, from);
            CHECK(found >= from);
            if (found >= 0)
                from = found + 1;
        }
    }
}

TEST_CASE("headings take their level from the sections; a table's repeated header is an artifact")
{
    QTemporaryDir dir;
    const auto headingsOf = [&](const Document &doc, const QString &name) {
        const QString pdf = dir.filePath(name);
        QString error;
        REQUIRE(ik::ReportRenderer(doc).writePdf(pdf, {}, &error));
        const TaggedPdf t = readTaggedPdf(pdf);
        checkEveryTextTagged(t, PdfStructureReader(pdf).pageCount());
        QStringList types;
        for (const TaggedPdf::Element &e : t.elements)
            if (e.type.startsWith('H'))
                types << QString::fromLatin1(e.type);
        return types.join(QLatin1Char(' '));
    };
    Document doc;
    doc.language = QStringLiteral("en");
    doc.pageFormat = QStringLiteral("Page %1 of %2");
    for (TextStyle style : {TextStyle::Title, TextStyle::Heading2, TextStyle::Heading1, TextStyle::Heading2,
                            TextStyle::Heading1})
        doc.blocks << Paragraph{QStringLiteral("Heading %1").arg(doc.blocks.size() + 1), style};
    CHECK(headingsOf(doc, QStringLiteral("titled.pdf")) == QStringLiteral("H1 H2 H2 H3 H2"));
    doc.blocks.removeFirst(); // no title: every level one up, the first heading is H1
    CHECK(headingsOf(doc, QStringLiteral("untitled.pdf")) == QStringLiteral("H1 H1 H2 H1"));

    // A table over three pages: its header row is tagged once (TH) and repeated as an artifact.
    Document table;
    table.language = QStringLiteral("en");
    table.pageFormat = QStringLiteral("Page %1 of %2");
    Table t;
    t.columns = {{QStringLiteral("Number"), 1, true}, {QStringLiteral("What"), 4}};
    for (int i = 1; i <= 150; ++i)
        t.rows << TableRow{{QString::number(i), QStringLiteral("Row %1").arg(i)},
                           i % 10 == 0 ? QStringLiteral("A note under row %1").arg(i) : QString(), false};
    table.blocks << Paragraph{QStringLiteral("A long table"), TextStyle::Heading1} << t;
    const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
    QString error;
    REQUIRE(ik::ReportRenderer(table).writePdf(pdf, {}, &error));
    const int pages = PdfStructureReader(pdf).pageCount();
    REQUIRE(pages >= 3);
    const TaggedPdf tagged = readTaggedPdf(pdf);
    checkEveryTextTagged(tagged, pages);
    checkTables(tagged, 1);
    CHECK(tagged.ofType("TH").size() == 2);
    CHECK(tagged.ofType("TR").size() == 1 + 150 + 15); // header, rows, the notes' rows
    CHECK(tagged.ofType("TD").size() == 2 * 150 + 15);
    const QList<int> rows = tagged.elements[tagged.ofType("Table").first()].kids;
    // Reading order: row 10, then its note, then row 11.
    const auto firstText = [&](int tr) { return tagged.elements[tagged.elements[tr].kids.first()].content; };
    CHECK(tagged.elements[rows[11]].kids.size() == 1); // the note under row 10
    CHECK(!firstText(rows[12]).isEmpty());
    QList<int> headerArtifacts(pages, 0);
    for (const TaggedPdf::TextObject &o : tagged.texts)
        if (o.artifact)
            ++headerArtifacts[o.page];
    for (int p = 1; p < pages; ++p) // footer and the repeated header's two cells
        CHECK(headerArtifacts[p] >= 3);
}

TEST_CASE("a figure's alternative text counts the risks by level, in the report's language")
{
    const ik::RiskMatrix matrix = ik::RiskMatrix::defaultMatrix();
    QList<QList<int>> counts(matrix.probabilitySteps(), QList<int>(matrix.consequenceSteps(), 0));
    int red = 0, yellow = 0, green = 0;
    for (int p = 1; p <= matrix.probabilitySteps(); ++p)
        for (int c = 1; c <= matrix.consequenceSteps(); ++c) {
            counts[p - 1][c - 1] = p + c; // a different number in every cell
            switch (matrix.level(p, c)) {
            case ik::RiskMatrix::Level::Unacceptable: red += p + c; break;
            case ik::RiskMatrix::Level::Assess: yellow += p + c; break;
            case ik::RiskMatrix::Level::Acceptable: green += p + c; break;
            }
        }
    CHECK(riskMatrixAltText(QStringLiteral("Before measures"), matrix, counts, QStringLiteral("en")) ==
          QStringLiteral("Before measures, risks by cell colour: red (not acceptable) %1, yellow (assess measures) %2, "
                         "green (acceptable) %3.")
              .arg(red)
              .arg(yellow)
              .arg(green));
    CHECK(riskMatrixAltText(QStringLiteral("Før tiltak"), matrix, counts, QStringLiteral("nb")) ==
          QStringLiteral("Før tiltak, antall risikoer per farge: rødt (ikke akseptabel) %1, gult (vurder tiltak) %2, "
                         "grønt (akseptabel) %3.")
              .arg(red)
              .arg(yellow)
              .arg(green));

    BarChart chart;
    chart.groups = {QStringLiteral("T1"), QStringLiteral("T2")};
    chart.bars = {QStringLiteral("2025"), QStringLiteral("2026")};
    chart.series = {QStringLiteral("A"), QStringLiteral("B")};
    chart.values = {{{1, 2}, {3, 4}}, {{0, 0}, {5, 0}}};
    CHECK(barChartAltText(QStringLiteral("Deviations"), chart) ==
          QStringLiteral("Deviations: T1: 2025 3, 2026 7; T2: 2025 0, 2026 5."));
}

namespace {

// One page on the report's PDF writer, its text in the one marked sequence of element 1.
QByteArray markedPage()
{
    PdfDocumentInfo info;
    info.title = QStringLiteral("One paragraph");
    info.created = QDateTime::currentDateTime();
    info.xmp = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'/><?xpacket end='w'?>";
    PdfWriter writer(QSizeF(595, 842), info);
    {
        QPainter p(&writer);
        p.setFont(ReportStyle().font(TextStyle::Body));
        writer.beginMarkedContent("/P <</MCID 0>> BDC");
        writer.drawText(&p, QPointF(600, 1000), QStringLiteral("Tagged"));
        writer.endMarkedContent();
    }
    QString error;
    return writer.finish(&error);
}

PdfStructure oneParagraph(int sequences)
{
    PdfStructure s;
    s.pageSize = ReportStyle().pageSize();
    s.elements = {PdfElement{"Document", -1, {}, false, 1, {}, -1}, PdfElement{"P", 0, {}, false, 1, {}, -1}};
    QList<PdfContent> page;
    for (int i = 0; i < sequences; ++i)
        page.append(PdfContent{1, PdfArtifact::Layout, true});
    s.content = {page};
    return s;
}

} // namespace

TEST_CASE("a structure that does not fit its pages is refused, not tagged wrongly")
{
    QString error;
    const QByteArray good = markedPage();
    REQUIRE(!good.isEmpty());
    const QByteArray tagged = addPdfStructure(good, oneParagraph(1), &error);
    INFO(error.toStdString());
    REQUIRE(!tagged.isEmpty());
    // The tagged page read back: its one text in element 1, nothing amiss.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("good.pdf"));
    REQUIRE(iktest::writeFile(path, tagged));
    const TaggedPdf t = readTaggedPdf(path);
    INFO(problems(t).toStdString());
    CHECK(t.problems.isEmpty());
    REQUIRE(t.texts.size() == 1);
    CHECK(t.texts.first().element == 1);

    // A structure of two pages for a PDF of one.
    PdfStructure twoPages = oneParagraph(1);
    twoPages.content.append(twoPages.content.first());
    error.clear();
    CHECK(addPdfStructure(good, twoPages, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("2 pages")));

    // Content of an element that is not there.
    PdfStructure missing = oneParagraph(1);
    missing.content[0][0].element = 5;
    error.clear();
    CHECK(addPdfStructure(good, missing, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("not there")));

    // A figure without alternative text.
    PdfStructure figure = oneParagraph(1);
    figure.elements[1].type = "Figure";
    figure.content[0][0].text = false;
    error.clear();
    CHECK(addPdfStructure(good, figure, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("alternative text")));
}
