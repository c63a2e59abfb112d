#include "core/report/docxbody.h"

#include "core/common/translations.h"
#include "core/report/docxparts.h"
#include "core/report/docxstyles.h"
#include "core/report/docxxml.h"
#include "core/report/reportlayout.h"
#include "core/report/reportstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainter>

namespace ik::report::docx {

namespace {

const char kWp[] = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const char kA[] = "http://schemas.openxmlformats.org/drawingml/2006/main";
const char kPic[] = "http://schemas.openxmlformats.org/drawingml/2006/picture";

constexpr int kFigureDpi = 200;        // sharp on paper, a few hundred KB per figure
constexpr qint64 kEmuPerPoint = 12700; // DrawingML's unit

// The fills of the PDF's tables (reportlayout.cpp).
const QString kHeaderFill = QStringLiteral("E6E9EE");
const QString kMarkedFill = QStringLiteral("FCE4E4");
const QString kMarkedBar = QStringLiteral("C62828");
const QString kRule = QStringLiteral("B0B6BE");

constexpr int kCellMargin = 44; // twips: the PDF's cell padding of 2.2 pt

// A table of at most this many rows without details is kept on one page, as in the PDF.
constexpr int kShortTableRows = 12;

bool isHeading(TextStyle style) { return style == TextStyle::Heading1 || style == TextStyle::Heading2; }

QString bookmarkName(int block) { return QStringLiteral("_Toc%1").arg(block, 6, 10, QLatin1Char('0')); }

class BodyWriter
{
public:
    explicit BodyWriter(const Document &document) : m_doc(document)
    {
        for (int i = 0; i < m_doc.blocks.size() && m_contents < 0; ++i)
            if (std::holds_alternative<Contents>(m_doc.blocks[i]))
                m_contents = i;
    }

    std::optional<Body> run(const Progress &progress)
    {
        m_x.root("w:document", {{"w", kW}, {"r", kR}, {"wp", kWp}, {"a", kA}, {"pic", kPic}});
        m_x.start("w:body");
        for (int i = 0; i < m_doc.blocks.size(); ++i) {
            const Block &block = m_doc.blocks[i];
            if (const auto *p = std::get_if<Paragraph>(&block))
                paragraph(*p, i);
            else if (const auto *t = std::get_if<Table>(&block))
                table(*t, i);
            else if (const auto *f = std::get_if<Figure>(&block))
                figure(*f, i);
            else if (const auto *c = std::get_if<Contents>(&block))
                contents(*c, i);
            else if (std::holds_alternative<PageBreak>(block))
                m_pageBreak = i > 0;
            if (progress && !progress(i + 1, int(m_doc.blocks.size())))
                return std::nullopt;
        }
        section();
        m_x.end(); // w:body
        m_x.end();
        return Body{m_x.finish(), m_images};
    }

private:
    // A heading counts as a section when it follows the contents (a document without contents
    // has every heading as a section), as in the PDF's outline.
    bool isSection(int block) const { return block > m_contents; }

    void paragraphStart(const QString &style, bool keepNext = false, const QString &align = {}, qreal spaceBefore = -1)
    {
        m_x.start("w:p");
        m_x.start("w:pPr");
        m_x.empty("w:pStyle", {{"w:val", style}});
        if (keepNext)
            m_x.empty("w:keepNext");
        if (m_pageBreak) {
            m_x.empty("w:pageBreakBefore");
            m_pageBreak = false;
        }
        if (spaceBefore >= 0)
            m_x.empty("w:spacing", {{"w:before", QString::number(qRound(spaceBefore * 20))}});
        if (!align.isEmpty())
            m_x.empty("w:jc", {{"w:val", align}});
        m_x.end();
    }

    void paragraph(const Paragraph &p, int index)
    {
        if (isHeading(p.style)) {
            if (!isSection(index)) {
                paragraphStart(kCoverHeading);
                textRuns(m_x, p.text);
                m_x.end();
                return;
            }
            paragraphStart(styleId(p.style));
            const QString id = QString::number(++m_bookmarks);
            m_x.empty("w:bookmarkStart", {{"w:id", id}, {"w:name", bookmarkName(index)}});
            textRuns(m_x, p.text);
            m_x.empty("w:bookmarkEnd", {{"w:id", id}});
            m_x.end();
            return;
        }
        // The cover's title stands as far down the first page as in the PDF.
        const qreal before = p.style == TextStyle::Title && index == 0
                                 ? m_style.spaceBefore(TextStyle::Title) / ReportStyle::kUnitsPerPoint
                                 : -1;
        if (p.style == TextStyle::Title || p.style == TextStyle::Subtitle) {
            paragraphStart(styleId(p.style), false, {}, before);
            textRuns(m_x, p.text);
            m_x.end();
            return;
        }
        // Each line a paragraph of its own, so that a text typed in paragraphs is edited as such.
        textParagraphs(p.text, styleId(p.style), false, {});
    }

    // One w:p per line of `text` (at least one), blank lines left out.
    void textParagraphs(const QString &text, const QString &style, bool keepNext, const QString &align)
    {
        QStringList lines = withLineFeeds(text).split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
        if (lines.isEmpty())
            lines << QString();
        for (const QString &line : std::as_const(lines)) {
            paragraphStart(style, keepNext, align);
            if (!line.isEmpty())
                textRuns(m_x, line);
            m_x.end();
        }
    }

    // The contents: the TOC field Word fills from the headings' outline levels, its result
    // written here already (a line per section, linked to its heading, with the page it is on in
    // the program's layout), so that it reads right also where fields are not updated.
    void contents(const Contents &c, int index)
    {
        paragraphStart(kContentsHeading);
        textRuns(m_x, c.title);
        m_x.end();

        QHash<int, int> pages; // heading block → page, 1-based
        const QList<LaidOutPage> laidOut = paginate(m_doc, m_style);
        for (int page = 0; page < laidOut.size(); ++page)
            for (const LaidOutPage::Anchor &a : laidOut[page].anchors)
                pages.insert(a.block, page + 1);

        bool first = true;
        const auto beginField = [&] {
            m_x.start("w:r");
            m_x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("begin")}});
            m_x.end();
            m_x.start("w:r");
            m_x.element("w:instrText", QStringLiteral(" TOC \\o \"1-3\" \\h \\z \\u "), {{"xml:space", QStringLiteral("preserve")}});
            m_x.end();
            m_x.start("w:r");
            m_x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("separate")}});
            m_x.end();
            first = false;
        };
        for (int i = index + 1; i < m_doc.blocks.size(); ++i) {
            const auto *p = std::get_if<Paragraph>(&m_doc.blocks[i]);
            if (!p || !isHeading(p->style))
                continue;
            paragraphStart(contentsEntry(p->style == TextStyle::Heading1 ? 1 : 2));
            if (first)
                beginField();
            m_x.start("w:hyperlink", {{"w:anchor", bookmarkName(i)}, {"w:history", QStringLiteral("1")}});
            textRuns(m_x, p->text);
            textRuns(m_x, QStringLiteral("\t"));
            fieldRuns(m_x, QStringLiteral("PAGEREF %1 \\h").arg(bookmarkName(i)), QString::number(pages.value(i, 1)));
            m_x.end(); // w:hyperlink
            m_x.end(); // w:p
        }
        paragraphStart(contentsEntry(1));
        if (first)
            beginField();
        m_x.start("w:r");
        m_x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("end")}});
        m_x.end();
        m_x.end();
    }

    // The longest word of a text by characters: a cheap stand-in for its widest.
    static QStringView longestWord(const QString &text)
    {
        QStringView best;
        for (const QStringView word : QStringView(text).tokenize(u' ', Qt::SkipEmptyParts))
            if (word.size() > best.size())
                best = word;
        return best;
    }

    // Column widths in twips, adding up to the text width: shares by weight, but no column
    // narrower than its longest word (up to a third of the width), so that Word breaks no word
    // the PDF keeps whole. Measured in the PDF's font, which is wider than Word's Arial.
    QList<int> columnWidths(const Table &t) const
    {
        const int n = int(t.columns.size());
        const qreal total = Page::textWidth;
        const qreal padding = 2 * kCellMargin + 30;
        const auto twips = [](qreal units) { return units * 20 / ReportStyle::kUnitsPerPoint; };
        QList<qreal> minimum(n, 0);
        for (int i = 0; i < n; ++i) {
            QStringView widest;
            for (const TableRow &row : t.rows)
                if (i < row.cells.size())
                    if (const QStringView w = longestWord(row.cells[i]); w.size() > widest.size())
                        widest = w;
            const qreal header = m_style.metrics(TextStyle::TableHeader).horizontalAdvance(longestWord(t.columns[i].header).toString());
            const qreal cell = m_style.metrics(TextStyle::TableText).horizontalAdvance(widest.toString());
            minimum[i] = qMin(twips(qMax(header, cell)) + padding, total / 3);
        }
        qreal minimumSum = 0;
        for (qreal m : std::as_const(minimum))
            minimumSum += m;
        QList<qreal> widths(n, 0);
        if (minimumSum >= total) { // too many columns to honour every word: shrink alike
            for (int i = 0; i < n; ++i)
                widths[i] = minimum[i] * total / minimumSum;
        } else {
            // Columns whose share is below their minimum get the minimum; the rest share what is left.
            QList<bool> fixed(n, false);
            for (int round = 0; round < n; ++round) {
                qreal left = total, weights = 0;
                for (int i = 0; i < n; ++i)
                    fixed[i] ? left -= minimum[i] : weights += qMax<qreal>(t.columns[i].weight, 0.01);
                bool changed = false;
                for (int i = 0; i < n; ++i) {
                    widths[i] = fixed[i] ? minimum[i] : left * qMax<qreal>(t.columns[i].weight, 0.01) / weights;
                    if (!fixed[i] && widths[i] < minimum[i])
                        fixed[i] = changed = true;
                }
                if (!changed)
                    break;
            }
        }
        QList<int> out;
        int used = 0;
        for (qreal w : std::as_const(widths)) {
            out << qRound(w);
            used += out.last();
        }
        out.last() += Page::textWidth - used;
        return out;
    }

    void cellStart(int width, const QString &fill, bool bar, int span = 1)
    {
        m_x.start("w:tc");
        m_x.start("w:tcPr");
        m_x.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
        if (span > 1)
            m_x.empty("w:gridSpan", {{"w:val", QString::number(span)}});
        if (bar) { // the PDF's red bar at the left of a marked row
            m_x.start("w:tcBorders");
            m_x.empty("w:left", {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("12")},
                                 {"w:space", QStringLiteral("0")}, {"w:color", kMarkedBar}});
            m_x.end();
        }
        if (!fill.isEmpty())
            m_x.empty("w:shd", {{"w:val", QStringLiteral("clear")}, {"w:color", QStringLiteral("auto")}, {"w:fill", fill}});
        m_x.end();
    }

    void rowStart(bool header, bool cantSplit)
    {
        m_x.start("w:tr");
        m_x.start("w:trPr");
        if (cantSplit)
            m_x.empty("w:cantSplit");
        if (header)
            m_x.empty("w:tblHeader");
        m_x.end();
    }

    void border(const char *side, int eighths)
    {
        m_x.empty(side, {{"w:val", eighths > 0 ? QStringLiteral("single") : QStringLiteral("nil")},
                         {"w:sz", QString::number(eighths)}, {"w:space", QStringLiteral("0")}, {"w:color", kRule}});
    }

    void table(const Table &t, int index)
    {
        if (t.rows.isEmpty() || t.columns.isEmpty()) {
            textParagraphs(t.emptyText, styleId(TextStyle::Emphasis), false, {});
            return;
        }
        if (m_pageBreak) { // a table cannot start a page by itself: an empty paragraph does
            paragraphStart(QStringLiteral("Normal"));
            m_x.end();
        }
        const QList<int> widths = columnWidths(t);
        const int n = int(t.columns.size());
        bool details = false;
        for (const TableRow &row : t.rows)
            details = details || !row.detail.isEmpty();
        const bool keepTogether = !details && t.rows.size() <= kShortTableRows;

        m_x.start("w:tbl");
        m_x.start("w:tblPr");
        m_x.empty("w:tblW", {{"w:w", QString::number(Page::textWidth)}, {"w:type", QStringLiteral("dxa")}});
        m_x.start("w:tblBorders");
        border("w:top", 6);
        border("w:left", 0);
        border("w:bottom", 4);
        border("w:right", 0);
        border("w:insideH", 4);
        border("w:insideV", 0);
        m_x.end();
        m_x.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
        m_x.start("w:tblCellMar");
        for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"})
            m_x.empty(side, {{"w:w", QString::number(kCellMargin)}, {"w:type", QStringLiteral("dxa")}});
        m_x.end();
        m_x.empty("w:tblLook", {{"w:val", QStringLiteral("0420")}, {"w:firstRow", QStringLiteral("1")},
                                {"w:lastRow", QStringLiteral("0")}, {"w:firstColumn", QStringLiteral("0")},
                                {"w:lastColumn", QStringLiteral("0")}, {"w:noHBand", QStringLiteral("1")},
                                {"w:noVBand", QStringLiteral("1")}});
        // The line that introduces the table ("Risks above the acceptable level") names it for
        // screen readers.
        if (index > 0)
            if (const auto *caption = std::get_if<Paragraph>(&m_doc.blocks[index - 1]); caption && caption->style == TextStyle::Emphasis)
                m_x.empty("w:tblCaption", {{"w:val", caption->text}});
        m_x.end(); // w:tblPr
        m_x.start("w:tblGrid");
        for (int w : widths)
            m_x.empty("w:gridCol", {{"w:w", QString::number(w)}});
        m_x.end();

        // The header row: repeated on every page the table runs onto, kept with the first row.
        rowStart(true, true);
        for (int col = 0; col < n; ++col) {
            cellStart(widths[col], kHeaderFill, false);
            textParagraphs(t.columns[col].header, styleId(TextStyle::TableHeader), true,
                           t.columns[col].alignRight ? QStringLiteral("right") : QString());
            m_x.end();
        }
        m_x.end();

        for (int r = 0; r < t.rows.size(); ++r) {
            const TableRow &row = t.rows[r];
            const bool hasDetail = !row.detail.isEmpty();
            const bool keepNext = hasDetail || (keepTogether && r + 1 < t.rows.size());
            const QString fill = row.marked ? kMarkedFill : QString();
            rowStart(false, !hasDetail);
            for (int col = 0; col < n; ++col) {
                cellStart(widths[col], fill, row.marked && col == 0);
                textParagraphs(col < row.cells.size() ? row.cells[col] : QString(), styleId(TextStyle::TableText), keepNext,
                               t.columns[col].alignRight ? QStringLiteral("right") : QString());
                m_x.end();
            }
            m_x.end();
            if (hasDetail) { // the row's long fields under it, the table's whole width
                rowStart(false, false);
                cellStart(Page::textWidth, fill, row.marked, n);
                textParagraphs(row.detail, kTableDetail, false, {});
                m_x.end();
                m_x.end();
            }
        }
        m_x.end(); // w:tbl

        // Space after the table as in the PDF; it also keeps two tables in a row from merging.
        m_x.start("w:p");
        m_x.start("w:pPr");
        m_x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                                {"w:line", QStringLiteral("240")}, {"w:lineRule", QStringLiteral("exact")}});
        m_x.end();
        m_x.end();
    }

    // What a figure shows, for those who cannot see it: its own alternative text, else the
    // heading or caption it stands under, so that no picture is left undescribed.
    QString altText(const Figure &f, int index) const
    {
        if (!f.altText.trimmed().isEmpty())
            return f.altText;
        for (int i = index - 1; i >= 0; --i)
            if (const auto *p = std::get_if<Paragraph>(&m_doc.blocks[i]);
                p && (isHeading(p->style) || p->style == TextStyle::Emphasis) && !p->text.trimmed().isEmpty())
                return p->text;
        return m_doc.title;
    }

    void figure(const Figure &f, int index)
    {
        if (!f.paint || f.height <= 0)
            return;
        const qreal width = m_style.bodyRect().width(); // units of 0.1 pt
        const qreal scale = kFigureDpi / (72.0 * ReportStyle::kUnitsPerPoint);
        QImage image(qMax(1, qRound(width * scale)), qMax(1, qRound(f.height * scale)), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            painter.setFont(m_style.font(TextStyle::Body)); // as the PDF paints it
            painter.setPen(Qt::black);
            f.paint(&painter, QRectF(0, 0, width, f.height));
        }
        const int dotsPerMeter = qRound(kFigureDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_images << png;
        const int number = int(m_images.size());

        const QString cx = QString::number(qRound64(width / ReportStyle::kUnitsPerPoint * kEmuPerPoint));
        const QString cy = QString::number(qRound64(f.height / ReportStyle::kUnitsPerPoint * kEmuPerPoint));
        const QString id = QString::number(number);
        const QString name = translateFor(m_doc.language, "ik::Report", QT_TRANSLATE_NOOP("ik::Report", "Figure %1")).arg(number);
        const QString description = altText(f, index);
        paragraphStart(kFigure);
        m_x.start("w:r");
        m_x.start("w:drawing");
        m_x.start("wp:inline", {{"distT", QStringLiteral("0")}, {"distB", QStringLiteral("0")},
                                {"distL", QStringLiteral("0")}, {"distR", QStringLiteral("0")}});
        m_x.empty("wp:extent", {{"cx", cx}, {"cy", cy}});
        m_x.empty("wp:effectExtent", {{"l", QStringLiteral("0")}, {"t", QStringLiteral("0")},
                                      {"r", QStringLiteral("0")}, {"b", QStringLiteral("0")}});
        m_x.empty("wp:docPr", {{"id", id}, {"name", name}, {"descr", description}, {"title", name}});
        m_x.start("wp:cNvGraphicFramePr");
        m_x.empty("a:graphicFrameLocks", {{"noChangeAspect", QStringLiteral("1")}});
        m_x.end();
        m_x.start("a:graphic");
        m_x.start("a:graphicData", {{"uri", QLatin1String(kPic)}});
        m_x.start("pic:pic");
        m_x.start("pic:nvPicPr");
        m_x.empty("pic:cNvPr", {{"id", id}, {"name", imagePart(number).section(QLatin1Char('/'), -1)}, {"descr", description}});
        m_x.empty("pic:cNvPicPr");
        m_x.end();
        m_x.start("pic:blipFill");
        m_x.empty("a:blip", {{"r:embed", imageId(number)}});
        m_x.start("a:stretch");
        m_x.empty("a:fillRect");
        m_x.end();
        m_x.end();
        m_x.start("pic:spPr");
        m_x.start("a:xfrm");
        m_x.empty("a:off", {{"x", QStringLiteral("0")}, {"y", QStringLiteral("0")}});
        m_x.empty("a:ext", {{"cx", cx}, {"cy", cy}});
        m_x.end();
        m_x.start("a:prstGeom", {{"prst", QStringLiteral("rect")}});
        m_x.empty("a:avLst");
        m_x.end();
        m_x.end(); // pic:spPr
        m_x.end(); // pic:pic
        m_x.end(); // a:graphicData
        m_x.end(); // a:graphic
        m_x.end(); // wp:inline
        m_x.end(); // w:drawing
        m_x.end(); // w:r
        m_x.end(); // w:p
    }

    // A4 portrait with the PDF's margins; the cover (the first page) has no running header.
    void section()
    {
        m_x.start("w:sectPr");
        m_x.empty("w:headerReference", {{"w:type", QStringLiteral("default")}, {"r:id", kHeaderId}});
        m_x.empty("w:headerReference", {{"w:type", QStringLiteral("first")}, {"r:id", kFirstHeaderId}});
        m_x.empty("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", kFooterId}});
        m_x.empty("w:footerReference", {{"w:type", QStringLiteral("first")}, {"r:id", kFirstFooterId}});
        m_x.empty("w:pgSz", {{"w:w", QString::number(Page::width)}, {"w:h", QString::number(Page::height)}});
        m_x.empty("w:pgMar", {{"w:top", QString::number(Page::top)}, {"w:right", QString::number(Page::right)},
                              {"w:bottom", QString::number(Page::bottom)}, {"w:left", QString::number(Page::left)},
                              {"w:header", QString::number(Page::header)}, {"w:footer", QString::number(Page::footer)},
                              {"w:gutter", QStringLiteral("0")}});
        m_x.empty("w:titlePg");
        m_x.end();
    }

    const Document &m_doc;
    const ReportStyle m_style;
    int m_contents = -1; // the Contents block, or -1
    Xml m_x;
    QList<QByteArray> m_images;
    int m_bookmarks = 0;
    bool m_pageBreak = false; // the next paragraph starts a page
};

} // namespace

std::optional<Body> documentBody(const Document &document, const Progress &progress)
{
    return BodyWriter(document).run(progress);
}

} // namespace ik::report::docx
