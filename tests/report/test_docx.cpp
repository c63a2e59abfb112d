// The annual report as DOCX, read back the way another program would: libzip opens the archive,
// QXmlStreamReader reads its parts, and LibreOffice (where installed) opens it and makes a PDF
// of it that pdftotext reads. The expectations come from the report document itself.
#include "catch.h"
#include "testsupport.h"
#include "report/zipreadback.h"

#include "core/report/docxwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/store/filecheck.h"
#include "core/store/unitfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QXmlStreamReader>


#include <functional>

using namespace iktest;
using namespace ik;
using namespace ik::report;

namespace {

const QString kDate = QStringLiteral("2026-06-15");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What document.xml holds, as a reader of it sees it.
struct WordDocument
{
    struct Para
    {
        QString style;
        QString text; // w:t, w:tab as a tab, w:br as a line feed
    };
    struct Table
    {
        int gridColumns = 0;
        int firstRowCells = 0;
        bool firstRowIsHeader = false;
        int rows = 0;
    };
    QList<Para> paragraphs; // outside tables
    QList<Table> tables;
    QStringList imageDescriptions;
    QStringList instructions; // field codes
    QString error;            // XML error, if any
};

WordDocument readDocument(const QByteArray &xml)
{
    WordDocument d;
    QXmlStreamReader r(xml);
    int tableDepth = 0;
    bool inRun = false;
    WordDocument::Para para;
    while (!r.atEnd()) {
        r.readNext();
        const QStringView name = r.qualifiedName();
        if (r.isStartElement()) {
            if (name == u"w:tbl") {
                ++tableDepth;
                d.tables.append(WordDocument::Table());
            } else if (name == u"w:gridCol" && tableDepth == 1) {
                ++d.tables.last().gridColumns;
            } else if (name == u"w:tr" && tableDepth == 1) {
                ++d.tables.last().rows;
            } else if (name == u"w:tblHeader" && tableDepth == 1 && d.tables.last().rows == 1) {
                d.tables.last().firstRowIsHeader = true;
            } else if (name == u"w:tc" && tableDepth == 1 && d.tables.last().rows == 1) {
                ++d.tables.last().firstRowCells;
            } else if (name == u"w:p") {
                para = {};
            } else if (name == u"w:pStyle") {
                para.style = r.attributes().value(QStringLiteral("w:val")).toString();
            } else if (name == u"w:r") {
                inRun = true;
            } else if (name == u"w:t" && inRun) {
                para.text += r.readElementText();
            } else if (name == u"w:tab" && inRun) {
                para.text += QLatin1Char('\t');
            } else if (name == u"w:br" && inRun) {
                para.text += QLatin1Char('\n');
            } else if (name == u"w:instrText") {
                d.instructions << r.readElementText().trimmed();
            } else if (name == u"wp:docPr") {
                d.imageDescriptions << r.attributes().value(QStringLiteral("descr")).toString();
            }
        } else if (r.isEndElement()) {
            if (name == u"w:tbl")
                --tableDepth;
            else if (name == u"w:r")
                inRun = false;
            else if (name == u"w:p" && tableDepth == 0)
                d.paragraphs << para;
        }
    }
    if (r.hasError())
        d.error = r.errorString();
    return d;
}

QString makeDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")});
    REQUIRE(r.exitCode == 0);
    return path;
}

// The document the program builds for the report, to hold the DOCX against.
Document reportDocument(const QString &path, const QString &language)
{
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check);
    REQUIRE(file);
    ReportOptions options{file->latestYear(), language, QDate::fromString(kDate, Qt::ISODate)};
    return buildDocument(loadReportData(*file, options.year), options);
}

QString writeDocxWithCli(const QString &unit, const QString &docx, const QString &language)
{
    const auto r = runCli({QStringLiteral("report"), unit, QStringLiteral("-o"), docx, QStringLiteral("--lang"), language,
                           QStringLiteral("--date"), kDate});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return docx;
}

bool isHeading(TextStyle s) { return s == TextStyle::Heading1 || s == TextStyle::Heading2; }

// The headings after the contents (the report's sections), as (style id, text).
QList<std::pair<QString, QString>> sections(const Document &doc)
{
    QList<std::pair<QString, QString>> out;
    bool afterContents = false;
    for (const Block &b : doc.blocks) {
        if (std::holds_alternative<Contents>(b))
            afterContents = true;
        if (const auto *p = std::get_if<Paragraph>(&b); p && isHeading(p->style) && afterContents)
            out.append({p->style == TextStyle::Heading1 ? QStringLiteral("Heading1") : QStringLiteral("Heading2"), p->text});
    }
    return out;
}

QString soffice() { return QStandardPaths::findExecutable(QStringLiteral("soffice")); }

// LibreOffice's PDF of the DOCX, in `dir`; empty when it failed.
QString convertWithLibreOffice(const QString &docx, const QTemporaryDir &dir)
{
    QProcess p;
    // A profile of its own, so a running LibreOffice of the user's is neither used nor disturbed.
    p.start(soffice(), {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                        QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                        QStringLiteral("--outdir"), dir.filePath(QStringLiteral("out")), docx});
    if (!p.waitForFinished(300000))
        return {};
    const QString pdf = QDir(dir.filePath(QStringLiteral("out"))).filePath(QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf"));
    return QFileInfo::exists(pdf) ? pdf : QString();
}

QString pdfText(const QString &pdf)
{
    return iktest::runProgram(QStringLiteral("pdftotext"),
                              {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, 60000)
        .out.normalized(QString::NormalizationForm_KC);
}

// One page's text in reading order, each contents line whole with its dots and number.
QString rawText(const QString &pdf, int page)
{
    return iktest::runProgram(QStringLiteral("pdftotext"),
                              {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                               QString::number(page), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                              60000)
        .out;
}

// The outline of a PDF as (depth, title), depth-first: what LibreOffice took for headings (its
// navigator's tree) when it wrote the PDF.
QList<std::pair<int, QString>> pdfOutline(const QString &pdf)
{
    const QString json =
        iktest::runProgram(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), pdf}, 60000).out;
    QList<std::pair<int, QString>> out;
    const std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &items, int depth) {
        for (const QJsonValue &item : items) {
            out.append({depth, item.toObject().value(QStringLiteral("title")).toString()});
            walk(item.toObject().value(QStringLiteral("kids")).toArray(), depth + 1);
        }
    };
    walk(QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("outlines")).toArray(), 0);
    return out;
}

QString collapse(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.replace(space, QStringLiteral(" ")).trimmed();
}

} // namespace

TEST_CASE("the demo report as DOCX has Word headings, tables with header rows, described pictures and page numbers")
{
    QTemporaryDir dir;
    const QString unit = makeDemo(dir);
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Document doc = reportDocument(unit, language);
        const QHash<QString, QByteArray> parts =
            unzip(readFile(writeDocxWithCli(unit, dir.filePath(QStringLiteral("report-%1.docx").arg(language)), language)));
        REQUIRE(parts.contains(QStringLiteral("word/document.xml")));
        for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
                                 "word/settings.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"})
            CHECK(parts.contains(QString::fromLatin1(part)));

        // Every XML part is well-formed.
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
                continue;
            INFO(it.key().toStdString());
            QXmlStreamReader r(it.value());
            while (!r.atEnd())
                r.readNext();
            CHECK_FALSE(r.hasError());
        }

        const WordDocument word = readDocument(parts.value(QStringLiteral("word/document.xml")));
        REQUIRE(word.error.isEmpty());

        // The sections, each in its heading style, in order; nothing else in those styles.
        QList<std::pair<QString, QString>> headings;
        for (const WordDocument::Para &p : word.paragraphs)
            if (p.style == QLatin1String("Heading1") || p.style == QLatin1String("Heading2"))
                headings.append({p.style, p.text});
        const auto expected = sections(doc);
        CHECK(expected.size() > 10);
        CHECK(headings == expected);

        // The styles give them the outline levels the navigation pane and the contents use, and
        // the document its language.
        const QString styles = QString::fromUtf8(parts.value(QStringLiteral("word/styles.xml")));
        CHECK(styles.contains(QStringLiteral("<w:name w:val=\"heading 1\"/>")));
        CHECK(QRegularExpression(QStringLiteral("w:styleId=\"Heading2\".*?<w:outlineLvl w:val=\"1\"/>"),
                                 QRegularExpression::DotMatchesEverythingOption).match(styles).hasMatch());
        CHECK(styles.contains(QStringLiteral("<w:lang w:val=\"%1\"").arg(language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("nb-NO"))));

        // Every table with rows, with its columns and a header row that repeats.
        QList<const Table *> tables;
        for (const Block &b : doc.blocks)
            if (const auto *t = std::get_if<Table>(&b); t && !t->rows.isEmpty() && !t->columns.isEmpty())
                tables << t;
        REQUIRE(word.tables.size() == tables.size());
        CHECK(tables.size() > 5);
        for (int i = 0; i < tables.size(); ++i) {
            INFO("table " << i);
            CHECK(word.tables[i].firstRowIsHeader);
            CHECK(word.tables[i].gridColumns == tables[i]->columns.size());
            CHECK(word.tables[i].firstRowCells == tables[i]->columns.size());
            int details = 0;
            for (const TableRow &row : tables[i]->rows)
                details += !row.detail.isEmpty();
            CHECK(word.tables[i].rows == 1 + tables[i]->rows.size() + details);
        }

        // A picture per figure, each described: its alternative text where the report gives one.
        QStringList altTexts;
        for (const Block &b : doc.blocks)
            if (const auto *f = std::get_if<Figure>(&b); f && f->paint)
                altTexts << f->altText;
        REQUIRE(word.imageDescriptions.size() == altTexts.size());
        CHECK(altTexts.size() >= 2);
        for (int i = 0; i < altTexts.size(); ++i) {
            CHECK_FALSE(word.imageDescriptions[i].trimmed().isEmpty());
            if (!altTexts[i].isEmpty())
                CHECK(word.imageDescriptions[i] == altTexts[i]);
            CHECK(parts.value(QStringLiteral("word/media/image%1.png").arg(i + 1)).startsWith("\x89PNG"));
        }

        // The contents: a TOC field over the heading levels, filled with a line per section.
        CHECK(word.instructions.contains(QStringLiteral("TOC \\o \"1-3\" \\h \\z \\u")));
        int entries = 0;
        for (const WordDocument::Para &p : word.paragraphs)
            entries += p.style.startsWith(QLatin1String("TOC")) && p.style != QLatin1String("TOCHeading") && !p.text.isEmpty();
        CHECK(entries == expected.size());
        CHECK(QString::fromUtf8(parts.value(QStringLiteral("word/settings.xml"))).contains(QStringLiteral("<w:updateFields w:val=\"true\"/>")));

        // The running header, and the page number and count in the footer.
        const WordDocument header = readDocument(parts.value(QStringLiteral("word/header1.xml")));
        REQUIRE(header.paragraphs.size() == 1);
        CHECK(header.paragraphs.first().text == doc.header);
        const WordDocument footer = readDocument(parts.value(QStringLiteral("word/footer1.xml")));
        CHECK(footer.instructions == QStringList{QStringLiteral("PAGE"), QStringLiteral("NUMPAGES")});
        CHECK(footer.paragraphs.first().text
              == (language == QLatin1String("en") ? QStringLiteral("Page 1 of 1") : QStringLiteral("Side 1 av 1"))); // the fields' placeholders

        // The properties: title, subject, author, language.
        const QString core = QString::fromUtf8(parts.value(QStringLiteral("docProps/core.xml")));
        QXmlStreamReader props(core);
        QHash<QString, QString> values;
        while (!props.atEnd())
            if (props.readNext() == QXmlStreamReader::StartElement && props.qualifiedName().startsWith(u"dc:"))
                values.insert(props.qualifiedName().toString(), props.readElementText());
        CHECK(values.value(QStringLiteral("dc:title")) == doc.title);
        CHECK(values.value(QStringLiteral("dc:creator")) == doc.author);
        CHECK(values.value(QStringLiteral("dc:subject")) == doc.subject);
    }
}

TEST_CASE("user text in the DOCX is text: markup, entities, placeholders and characters XML cannot hold")
{
    // Through the unit file: what a person typed comes out as typed, in the body and the header.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unit.db"));
    const QString typed = QStringLiteral("<b>&amp; %1 \"x\" 'y' ]]> <!-- -->");
    {
        QString error;
        auto file = UnitFile::create(path, {typed, 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        REQUIRE(!file->insert(QStringLiteral("report_text"), {{QStringLiteral("year"), 2026}, {QStringLiteral("section"), QStringLiteral("ra3a")},
                                                              {QStringLiteral("body"), typed + QStringLiteral("\nLinje to")}}, &error).isEmpty());
    }
    // Control characters, as a file from before they were refused could hold them.
    QFile::remove(path + QStringLiteral(".lock"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("docx-raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE report_text SET body = body || ' bell' || char(7) || ' end' || char(27) || '[2J'")));
        CHECK(q.numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("docx-raw"));

    const QString docx = writeDocxWithCli(path, dir.filePath(QStringLiteral("typed.docx")), QStringLiteral("nb"));
    const QHash<QString, QByteArray> parts = unzip(readFile(docx));
    const WordDocument word = readDocument(parts.value(QStringLiteral("word/document.xml")));
    REQUIRE(word.error.isEmpty());
    QStringList texts;
    for (const WordDocument::Para &p : word.paragraphs)
        texts << p.text;
    INFO(texts.join(QLatin1Char('|')).toStdString());
    CHECK(texts.count(typed) == 2); // the cover's unit name, and the first line of the section's text
    CHECK(texts.contains(QStringLiteral("Linje to bell<U+0007> end<U+001B>[2J"))); // the next line, a paragraph of its own
    const WordDocument header = readDocument(parts.value(QStringLiteral("word/header1.xml")));
    REQUIRE(header.error.isEmpty());
    CHECK(header.paragraphs.first().text.startsWith(typed + QStringLiteral(" – 2026")));
    QXmlStreamReader props(parts.value(QStringLiteral("docProps/core.xml")));
    while (!props.atEnd())
        props.readNext();
    CHECK_FALSE(props.hasError());

    // Straight from a document: a surrogate without its pair and non-characters, which no unit
    // file can give (Qt reads them from SQLite as U+FFFD), and which XML cannot hold.
    Document doc;
    doc.language = QStringLiteral("en");
    doc.title = QStringLiteral("T");
    doc.pageFormat = QStringLiteral("%2 pages, page %1");
    doc.blocks << Paragraph{QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" surrogate ") + QChar(0xFFFF) + QChar(0xFFFE)
                                + QChar(0xD83D) + QChar(0xDE00), // a pair: 😀
                            TextStyle::Heading1};
    doc.blocks << Table{{{QStringLiteral("<th>"), 1, false}}, {}, QStringLiteral("&nbsp;none")};
    QString error;
    const QByteArray bytes = reportDocx(doc, {}, &error);
    INFO(error.toStdString());
    const QHash<QString, QByteArray> direct = unzip(bytes);
    const WordDocument d = readDocument(direct.value(QStringLiteral("word/document.xml")));
    REQUIRE(d.error.isEmpty());
    REQUIRE(d.paragraphs.size() >= 2);
    CHECK(d.paragraphs[0].style == QStringLiteral("Heading1"));
    CHECK(d.paragraphs[0].text == QStringLiteral("lone <U+D800> surrogate <U+FFFF><U+FFFE>") + QChar(0xD83D) + QChar(0xDE00));
    CHECK(d.paragraphs[1].text == QStringLiteral("&nbsp;none")); // an empty table says so
    CHECK(d.tables.isEmpty());
    const WordDocument f = readDocument(direct.value(QStringLiteral("word/footer1.xml")));
    CHECK(f.instructions == QStringList{QStringLiteral("NUMPAGES"), QStringLiteral("PAGE")});
    CHECK(f.paragraphs.first().text == QStringLiteral("1 pages, page 1"));
}

TEST_CASE("report -o x.docx refuses what the PDF refuses and never writes over the unit file")
{
    QTemporaryDir dir;
    const QString unit = makeDemo(dir);
    const QByteArray before = fileHash(unit);
    const QString link = dir.filePath(QStringLiteral("link.docx"));
    REQUIRE(QFile::link(unit, link));
    auto r = runCli({QStringLiteral("report"), unit, QStringLiteral("-o"), link});
    CHECK(r.exitCode == 1); // as for the PDF
    CHECK(r.err.contains(QStringLiteral("unit file itself")));
    r = runCli({QStringLiteral("report"), unit, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.docx")), QStringLiteral("--year"), QStringLiteral("1999")});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.docx"))));
    CHECK(fileHash(unit) == before);

    FileCheck check;
    auto file = UnitFile::open(unit, UnitFile::Mode::ReadOnly, &check);
    REQUIRE(file);
    QString error;
    CHECK_FALSE(writeReportDocx(*file, unit + QStringLiteral("-journal"), {}, {}, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(writeReportDocx(*file, dir.filePath(QStringLiteral("y.docx")), {1999, QStringLiteral("nb"), {}}, {}, &error));
    CHECK(error.contains(QStringLiteral("1999")));
    // Cancelled: what was there stays, whole.
    const QString previous = dir.filePath(QStringLiteral("z.docx"));
    REQUIRE(writeFile(previous, "previous report"));
    int calls = 0;
    CHECK_FALSE(writeReportDocx(*file, previous, {}, [&calls](int done, int) { ++calls; return done < 5; }, &error));
    CHECK(calls == 5);
    CHECK(readFile(previous) == "previous report");
    CHECK_FALSE(error.isEmpty());
    // Progress counts every block once, up to the whole.
    QList<int> seen;
    int total = 0;
    CHECK(writeReportDocx(*file, previous, {}, [&](int done, int all) { seen << done; total = all; return true; }, &error));
    CHECK(seen.size() == total);
    CHECK(seen.last() == total);
    CHECK(readFile(previous).startsWith("PK"));
}

TEST_CASE("LibreOffice opens the report's DOCX and makes a PDF with its headings, contents and page numbers")
{
    if (soffice().isEmpty()) {
        WARN("SKIPPED: LibreOffice (soffice) is not installed; CI installs it (scripts/install-deps.sh with CI=true)");
        return;
    }
    QTemporaryDir dir;
    const QString unit = makeDemo(dir);
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Document doc = reportDocument(unit, language);
        const QString docx = writeDocxWithCli(unit, dir.filePath(QStringLiteral("lo-%1.docx").arg(language)), language);
        const QString pdf = convertWithLibreOffice(docx, dir);
        REQUIRE(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        const QString flat = collapse(text);
        QList<std::pair<int, QString>> expected;
        for (const auto &[style, heading] : sections(doc)) {
            INFO(heading.toStdString());
            CHECK(flat.contains(collapse(heading)));
            expected.append({style == QLatin1String("Heading1") ? 0 : 1, collapse(heading)});
        }
        // LibreOffice took the sections for headings, each at its level (its navigator shows
        // this tree, and its PDF export makes the outline of it); the cover's status is none.
        QList<std::pair<int, QString>> outline = pdfOutline(pdf);
        for (auto &item : outline)
            item.second = collapse(item.second);
        CHECK(outline == expected);
        // The contents list the sections with a page number each, before the first section.
        const QStringList pages = text.split(QLatin1Char('\f'));
        REQUIRE(pages.size() > 3);
        const QString firstSection = sections(doc).first().second;
        QStringList words = collapse(firstSection).split(QLatin1Char(' '));
        for (QString &w : words)
            w = QRegularExpression::escape(w);
        const QRegularExpression entry(QStringLiteral("%1[ .\\x{2026}]*(\\d+)\\s*$").arg(words.join(QStringLiteral("\\s+"))),
                                       QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = entry.match(rawText(pdf, 1) + rawText(pdf, 2));
        INFO(rawText(pdf, 1).toStdString());
        REQUIRE(m.hasMatch());
        const int page = m.captured(1).toInt();
        REQUIRE(page >= 2);
        REQUIRE(page <= pages.size());
        CHECK(collapse(pages[page - 1]).contains(collapse(firstSection)));
        // The footer's fields, computed by LibreOffice: "Side 2 av N" on page 2.
        const QString second = language == QLatin1String("en") ? QStringLiteral("Page 2 of %1") : QStringLiteral("Side 2 av %1");
        CHECK(pages[1].contains(second.arg(pages.size() - (pages.last().trimmed().isEmpty() ? 1 : 0))));
        CHECK(collapse(pages[1]).contains(collapse(doc.header)));
    }
}
