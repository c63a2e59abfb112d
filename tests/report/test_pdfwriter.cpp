// The report's own PDF writer (core/report/pdfwriter.h) on its own: what it draws is where it was
// painted, its text reads back as typed, its fonts are embedded, clips clip, and the marked
// content it writes nests with the graphics states. Read back with poppler and qpdf.
#include "catch.h"
#include "pdfreadback.h"
#include "testsupport.h"

#include "core/report/pdfwriter.h"
#include "core/report/reportstyle.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>

#include <qpdf/Pl_String.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

using namespace iktest;
using ik::report::PdfWriter;

namespace {

ik::report::PdfDocumentInfo info()
{
    ik::report::PdfDocumentInfo i;
    i.title = QStringLiteral("Writer test æøå");
    i.creator = i.producer = QStringLiteral("test_pdfwriter");
    i.created = QDateTime::currentDateTime();
    i.xmp = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'/><?xpacket end='w'?>";
    return i;
}

QFont font(int pixels)
{
    QFont f(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")) ? QStringLiteral("DejaVu Sans")
                                                                              : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    f.setPixelSize(pixels);
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString write(const QString &path, const std::function<void(PdfWriter &, QPainter &)> &paint)
{
    PdfWriter writer(QSizeF(595, 842), info());
    {
        QPainter painter(&writer);
        paint(writer, painter);
    }
    QString error;
    const QByteArray pdf = writer.finish(&error);
    INFO(error.toStdString());
    REQUIRE(!pdf.isEmpty());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    return path;
}

QString pageText(const QString &pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                                QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                pdf, QStringLiteral("-")})
        .out;
}

// Page 1 at 72 dpi: one pixel per point.
QImage rendered(const QString &pdf, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    REQUIRE(runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"),
                                                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                 QStringLiteral("-png"), pdf, prefix})
                .exitCode == 0);
    const QImage image(prefix + QStringLiteral("-1.png"));
    REQUIRE(!image.isNull());
    return image;
}

// Each page's content as qpdf decodes it.
std::vector<std::string> pageContents(const QString &pdf)
{
    QPDF q;
    q.processFile(pdf.toLocal8Bit().constData());
    std::vector<std::string> pages;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
        std::string content;
        Pl_String sink("content", nullptr, content);
        page.pipeContents(&sink);
        pages.push_back(content);
    }
    return pages;
}

} // namespace

TEST_CASE("the PDF writer's text reads back as typed, from its fonts, embedded")
{
    QTemporaryDir dir;
    const QString pdf = write(dir.filePath(QStringLiteral("text.pdf")), [](PdfWriter &writer, QPainter &painter) {
        painter.setFont(font(120));
        // As the report draws its laid-out lines, and through QPainter as a figure does.
        writer.drawText(&painter, QPointF(500, 800), QStringLiteral("Stoffkartotek – ærlig, søt og «åpen»: 12,5 %"));
        painter.drawText(QPointF(500, 1100), QStringLiteral("Figurtekst fra QPainter"));
        painter.drawText(QRectF(500, 1300, 2500, 1000), Qt::TextWordWrap,
                         QStringLiteral("Brutt tekst som går over flere linjer i et rektangel"));
        // A combining accent: shaped by Qt, not read glyph for glyph from the character map.
        writer.drawText(&painter, QPointF(500, 3000), QStringLiteral("Kafe\u0301en"));
        writer.newPage();
        painter.setFont(font(100));
        painter.save();
        painter.translate(1000, 6000);
        painter.rotate(-90);
        painter.drawText(QPointF(0, 0), QStringLiteral("Konsekvens"));
        painter.restore();
    });

    const PdfRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    const QString first = pageText(pdf, 1);
    INFO(first.toStdString());
    CHECK(first.contains(QStringLiteral("Stoffkartotek – ærlig, søt og «åpen»: 12,5 %")));
    CHECK(first.contains(QStringLiteral("Figurtekst fra QPainter")));
    CHECK(first.simplified().contains(QStringLiteral("Brutt tekst som går over flere linjer i et rektangel")));
    // Qt shapes the letter and its accent into one glyph, which reads back composed.
    CHECK(first.normalized(QString::NormalizationForm_C).contains(QStringLiteral("Kaf\u00E9en")));
    CHECK(pageText(pdf, 2).contains(QStringLiteral("Konsekvens")));

    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf}).out;
    INFO(fonts.toStdString());
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        CHECK(columns.contains(QStringLiteral("CID"))); // CID TrueType
        CHECK(columns.mid(columns.size() - 5, 3) == QStringList({QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes")})); // emb sub uni
    }
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).out.contains(QStringLiteral("595 x 842 pts (A4)")));
}

TEST_CASE("the PDF writer draws shapes where they were painted, and clips what is clipped")
{
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("IK_KEEP"));
    const QString pdf = write(dir.filePath(QStringLiteral("shapes.pdf")), [](PdfWriter &, QPainter &painter) {
        // The device counts 0.1 pt: 10 dots to a point, and to a pixel of the 72 dpi rendering.
        painter.fillRect(QRectF(1000, 1000, 1000, 1000), QColor(0xD0, 0x20, 0x20)); // red at 100–200 pt
        painter.save();
        painter.setClipRect(QRectF(3000, 1000, 500, 1000));
        painter.fillRect(QRectF(3000, 1000, 1000, 1000), QColor(0x20, 0x20, 0xD0)); // blue, clipped to half
        painter.restore();
        painter.fillRect(QRectF(5000, 1000, 500, 500), QColor(0x20, 0xA0, 0x20)); // after the clip: whole
        painter.setPen(QPen(Qt::black, 40));
        painter.drawLine(QPointF(1000, 3000), QPointF(4000, 3000));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x20, 0xA0, 0x20));
        painter.drawEllipse(QRectF(1000, 4000, 1000, 1000));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(QColor(0xF0, 0xC0, 0x00));
        painter.drawImage(QRectF(3000, 4000, 1000, 1000), image);
    });
    const PdfRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    INFO(check.out.toStdString());
    REQUIRE(check.exitCode == 0);
    const QImage page = rendered(pdf, dir.path());
    const auto near = [&](int x, int y, QColor expected) {
        const QColor c = page.pixelColor(x, y);
        INFO(x << "," << y << ": " << c.name().toStdString() << " expected " << expected.name().toStdString());
        CHECK(std::abs(c.red() - expected.red()) < 40);
        CHECK(std::abs(c.green() - expected.green()) < 40);
        CHECK(std::abs(c.blue() - expected.blue()) < 40);
    };
    near(150, 150, QColor(0xD0, 0x20, 0x20));
    near(325, 150, QColor(0x20, 0x20, 0xD0)); // inside the clip
    near(375, 150, Qt::white);                // outside it
    near(525, 125, QColor(0x20, 0xA0, 0x20)); // the clip ended with the painter's restore()
    near(250, 300, Qt::black);
    near(250, 320, Qt::white);
    near(150, 450, QColor(0x20, 0xA0, 0x20)); // the ellipse's middle
    near(102, 402, Qt::white);                // its bounding box's corner
    near(350, 450, QColor(0xF0, 0xC0, 0x00));
    CHECK(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out.contains(QStringLiteral("rgb")));
}

TEST_CASE("the PDF writer's marked content nests with the clip's graphics state")
{
    QTemporaryDir dir;
    const QString pdf = write(dir.filePath(QStringLiteral("marked.pdf")), [](PdfWriter &writer, QPainter &painter) {
        painter.setFont(font(100));
        writer.beginMarkedContent("/P <</MCID 0>> BDC");
        writer.drawText(&painter, QPointF(1000, 1000), QStringLiteral("Avsnitt"));
        writer.beginMarkedContent("/Figure <</MCID 1>> BDC");
        painter.save();
        painter.setClipRect(QRectF(1000, 2000, 500, 500));
        painter.fillRect(QRectF(1000, 2000, 1000, 1000), Qt::red);
        writer.beginMarkedContent("/Artifact <</Type /Layout>> BDC"); // while the painter still clips
        painter.restore();
        painter.fillRect(QRectF(3000, 2000, 100, 100), Qt::gray);
        writer.endMarkedContent();
    });
    const std::vector<std::string> pages = pageContents(pdf);
    REQUIRE(pages.size() == 1);
    int depth = 0, open = 0, marks = 0;
    std::string line;
    for (const char c : pages.front() + "\n") {
        if (c != '\n') {
            line += c;
            continue;
        }
        if (line == "q")
            ++depth;
        else if (line == "Q")
            --depth;
        else if (line.size() > 4 && line.compare(line.size() - 4, 4, " BDC") == 0) {
            CHECK(depth == 0);
            CHECK(open == 0);
            ++open;
            ++marks;
        } else if (line == "EMC") {
            CHECK(depth == 0);
            --open;
        }
        line.clear();
    }
    CHECK(marks == 3);
    CHECK(open == 0);
    CHECK(depth == 0);
    CHECK(pageText(pdf, 1).contains(QStringLiteral("Avsnitt")));
}

TEST_CASE("the report's typeface is built into the program, so it is the same on every system")
{
    for (const char *face : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"}) {
        INFO(face);
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + QLatin1String(face));
        REQUIRE(id >= 0);
        CHECK(QFontDatabase::applicationFontFamilies(id) == QStringList{QStringLiteral("DejaVu Sans")});
    }
    const ik::report::ReportStyle style;
    CHECK(style.font(ik::report::TextStyle::Body).family() == QStringLiteral("DejaVu Sans"));
    CHECK(QFontInfo(style.font(ik::report::TextStyle::Heading1)).bold());
    CHECK(QFontInfo(style.font(ik::report::TextStyle::Emphasis)).italic());
}
