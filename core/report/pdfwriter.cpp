#include "core/report/pdfwriter.h"

#include "core/report/deflatequeue.h"
#include "core/report/pdffont.h"
#include "core/report/pdfsyntax.h"
#include "core/report/textmeasure.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <future>
#include <memory>
#include <string>
#include <vector>

namespace ik::report {

namespace {

constexpr qreal kDotsPerPoint = 10; // 720 dots per inch: the report's unit, 0.1 pt

// A number as PDF reads it (ISO 32000-1, 7.3.3): no exponent, at most three decimals.
void appendNumber(std::string &out, double value)
{
    long long scaled = std::isfinite(value) ? std::llround(value * 1000) : 0;
    if (scaled < 0) {
        out += '-';
        scaled = -scaled;
    }
    long long whole = scaled / 1000;
    const int fraction = int(scaled % 1000);
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole);
    while (n)
        out += digits[--n];
    if (fraction) {
        const char f[3] = {char('0' + fraction / 100), char('0' + fraction / 10 % 10), char('0' + fraction % 10)};
        int length = 3;
        while (f[length - 1] == '0')
            --length;
        out += '.';
        out.append(f, size_t(length));
    }
}

void appendPoint(std::string &out, const QPointF &p)
{
    appendNumber(out, p.x());
    out += ' ';
    appendNumber(out, p.y());
}

// A date as the document information has it (7.9.4): D:YYYYMMDDHHmmSS+HH'mm'.
std::string pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = offset == 0 ? QStringLiteral("Z")
                                     : QStringLiteral("%1%2'%3'")
                                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                           .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                           .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QStringLiteral("(D:") + when.toString(QStringLiteral("yyyyMMddHHmmss")) + zone + QLatin1Char(')'))
        .toStdString();
}

// The report paints nothing translucent; a translucent colour is written as it looks on white
// paper, so that the PDF needs no transparency groups.
QRgb opaque(const QColor &color)
{
    const QColor c = color.toRgb();
    const int a = c.alpha();
    if (a == 255)
        return c.rgb();
    const auto over = [a](int v) { return (v * a + 255 * (255 - a)) / 255; };
    return qRgb(over(c.red()), over(c.green()), over(c.blue()));
}

void appendColor(std::string &out, QRgb rgb, const char *op)
{
    appendNumber(out, qRed(rgb) / 255.0);
    out += ' ';
    appendNumber(out, qGreen(rgb) / 255.0);
    out += ' ';
    appendNumber(out, qBlue(rgb) / 255.0);
    out += op;
}

constexpr int kDeflateLevel = 6;

QByteArray deflated(const char *data, qsizetype size)
{
    return DeflateQueue::deflated(data, size, kDeflateLevel);
}

} // namespace

// The engine behind PdfWriter: the state QPainter hands it, what it has written of that state
// on the page (so that a colour is set once for a run of cells), the page's content, the fonts
// and images the document uses, and the file so far.
class PdfPaintEngine final : public QPaintEngine
{
public:
    PdfPaintEngine(const QSizeF &pagePoints, PdfDocumentInfo info)
        : QPaintEngine(AllFeatures), m_pagePoints(pagePoints), m_info(std::move(info))
    {
        m_out.reserve(1 << 20);
        m_out.append("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
        m_offsets.push_back(0); // object 0 is the free list's head
        m_catalog = allocate();
        m_pagesRoot = allocate();
        m_resources = allocate();
        startPage();
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyClipEnabled)
            m_clipEnabled = state.isClipEnabled();
        if (flags & DirtyClipPath)
            setClip(m_transform.map(state.clipPath()), state.clipOperation());
        if (flags & DirtyClipRegion) {
            QPainterPath path;
            path.addRegion(state.clipRegion());
            setClip(m_transform.map(path), state.clipOperation());
        }
        if (flags & (DirtyClipEnabled | DirtyClipPath | DirtyClipRegion))
            m_clipDirty = true;
    }

    void drawPath(const QPainterPath &path) override
    {
        paint(m_transform.map(path), path.fillRule(), true);
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 2)
            return;
        QPainterPath path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode != PolylineMode)
            path.closeSubpath();
        paint(m_transform.map(path), mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill, mode != PolylineMode);
    }

    void drawRects(const QRectF *rects, int count) override
    {
        const bool fill = hasBrush(), stroke = hasPen();
        if (!beginShape(fill, stroke))
            return;
        for (int i = 0; i < count; ++i) {
            if (m_transform.type() <= QTransform::TxScale) {
                const QRectF r = m_transform.mapRect(rects[i]);
                appendPoint(m_page, r.topLeft());
                m_page += ' ';
                appendPoint(m_page, QPointF(r.width(), r.height()));
                m_page += " re\n";
            } else {
                appendPath(m_transform.map(QPolygonF(rects[i])), true);
            }
        }
        endShape(fill, stroke, true);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        if (!hasPen())
            return;
        ensureClip();
        setStroke();
        for (int i = 0; i < count; ++i) {
            appendPoint(m_page, m_transform.map(lines[i].p1()));
            m_page += " m ";
            appendPoint(m_page, m_transform.map(lines[i].p2()));
            m_page += " l\n";
        }
        m_page += "S\n";
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(r, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &source, Qt::ImageConversionFlags) override
    {
        const QImage part = image.copy(source.toAlignedRect());
        if (part.isNull())
            return;
        ensureClip();
        // On white, as a translucent colour is (opaque()).
        QImage rgb(part.size(), QImage::Format_RGB888);
        rgb.fill(Qt::white);
        {
            QPainter onWhite(&rgb);
            onWhite.drawImage(0, 0, part);
        }
        std::string pixels;
        pixels.reserve(size_t(rgb.width()) * size_t(rgb.height()) * 3);
        for (int y = 0; y < rgb.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), size_t(rgb.width()) * 3);
        const int id = allocate();
        const QByteArray z = deflated(pixels.data(), qsizetype(pixels.size()));
        writeStream(id,
                    "/Type /XObject /Subtype /Image /Width " + std::to_string(rgb.width()) + " /Height " +
                        std::to_string(rgb.height()) +
                        " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Interpolate false",
                    z);
        m_images.push_back(id);
        // The image's unit square onto `r`: its top edge at r's top (this page space runs downwards).
        const QPointF topLeft = m_transform.map(r.topLeft());
        const QPointF topRight = m_transform.map(r.topRight());
        const QPointF bottomLeft = m_transform.map(r.bottomLeft());
        m_page += "q ";
        appendPoint(m_page, topRight - topLeft);
        m_page += ' ';
        appendPoint(m_page, topLeft - bottomLeft);
        m_page += ' ';
        appendPoint(m_page, bottomLeft);
        m_page += " cm /Im" + std::to_string(m_images.size() - 1) + " Do Q\n";
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        if (item.text().isEmpty())
            return;
        ensureClip();
        text(p, item.text(), item.font(), m_pen.color(), m_transform);
    }

    // What PdfWriter::drawText() does: the painter's state read from the painter, since QPainter
    // hands it to the engine only when it draws through it.
    void directText(QPainter *painter, const QPointF &baseline, const QString &string)
    {
        if (painter->pen().style() == Qt::NoPen)
            return; // as QPainter::drawText: text is drawn with the pen
        if (painter->hasClipping()) {
            painter->drawText(baseline, string);
            return;
        }
        closeClip(); // one the engine may not yet know the painter has given up
        text(baseline, string, painter->font(), painter->pen().color(), painter->combinedTransform());
    }

    void beginMarked(const std::string &start)
    {
        endMarked();
        m_page += start;
        m_page += '\n';
        m_marked = true;
    }

    void endMarked()
    {
        closeClip();
        if (m_marked)
            m_page += "EMC\n";
        m_marked = false;
    }

    void newPage()
    {
        finishPage();
        startPage();
    }

    QByteArray finish(QString *error)
    {
        finishPage();
        writeCompressedPages(true);
        std::string fonts;
        for (size_t i = 0; i < m_faces.size(); ++i) {
            Face &face = *m_faces[i];
            if (!face.font.embeddable()) {
                if (error)
                    *error = QStringLiteral("The font \"%1 %2\" cannot be embedded in the PDF.")
                                 .arg(face.raw.familyName(), face.raw.styleName());
                return {};
            }
            writeFont(face);
            fonts += " /F" + std::to_string(i) + ' ' + ref(face.object);
        }
        std::string images;
        for (size_t i = 0; i < m_images.size(); ++i)
            images += " /Im" + std::to_string(i) + ' ' + ref(m_images[i]);
        writeObject(m_resources, "<< /Font <<" + fonts + " >> /XObject <<" + images + " >> >>");
        std::string kids;
        for (int page : m_pageObjects)
            kids += ref(page) + ' ';
        writeObject(m_pagesRoot, "<< /Type /Pages /Kids [ " + kids + "] /Count " +
                                     std::to_string(m_pageObjects.size()) + " >>");

        const int metadata = allocate();
        writeStream(metadata, "/Type /Metadata /Subtype /XML", m_info.xmp, false);
        const QByteArray icc = QColorSpace(QColorSpace::SRgb).iccProfile();
        const int profile = allocate();
        writeStream(profile, "/N 3", deflated(icc.constData(), icc.size()));
        writeObject(m_catalog, "<< /Type /Catalog /Pages " + ref(m_pagesRoot) + " /Metadata " + ref(metadata) +
                                   " /OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1"
                                   " /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1)"
                                   " /RegistryName (http://www.color.org) /DestOutputProfile " +
                                   ref(profile) + " >> ] >>");
        const int info = allocate();
        std::string d = "<< /Title " + pdfTextString(m_info.title) + " /Creator " + pdfTextString(m_info.creator) +
                        " /Producer " + pdfTextString(m_info.producer);
        if (!m_info.author.isEmpty())
            d += " /Author " + pdfTextString(m_info.author);
        if (!m_info.subject.isEmpty())
            d += " /Subject " + pdfTextString(m_info.subject);
        d += " /CreationDate " + pdfDate(m_info.created) + " /ModDate " + pdfDate(m_info.created) + " >>";
        writeObject(info, d);

        // The cross-reference table and the trailer (7.5.4, 7.5.5).
        const qsizetype xref = m_out.size();
        std::string table = "xref\n0 " + std::to_string(m_offsets.size()) + "\n0000000000 65535 f \n";
        char entry[24];
        for (size_t i = 1; i < m_offsets.size(); ++i) {
            std::snprintf(entry, sizeof entry, "%010lld 00000 n \n", static_cast<long long>(m_offsets[i]));
            table += entry;
        }
        const QByteArray id = QCryptographicHash::hash(m_out, QCryptographicHash::Md5).toHex().toUpper();
        table += "trailer\n<< /Size " + std::to_string(m_offsets.size()) + " /Root " + ref(m_catalog) +
                 " /Info " + ref(info) + " /ID [<" + id.toStdString() + "> <" + id.toStdString() +
                 ">] >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
        append(table);
        return std::move(m_out);
    }

private:
    struct Face
    {
        QRawFont raw;
        PdfFont font;
        int object = 0; // the Type0 font
        std::string resource; // "/F3"
    };
    struct StyleFont
    {
        QFont font;
        QRawFont raw;
        Face *face;
    };

    int allocate()
    {
        m_offsets.push_back(-1);
        return int(m_offsets.size()) - 1;
    }
    static std::string ref(int object) { return std::to_string(object) + " 0 R"; }
    void append(const std::string &s) { m_out.append(s.data(), qsizetype(s.size())); }

    void writeObject(int id, const std::string &body)
    {
        m_offsets[size_t(id)] = m_out.size();
        append(std::to_string(id) + " 0 obj\n" + body + "\nendobj\n");
    }

    // A stream, with an end of line before "endstream" (PDF/A); `flate`: the data is zlib's.
    void writeStream(int id, const std::string &dictionary, const QByteArray &data, bool flate = true)
    {
        m_offsets[size_t(id)] = m_out.size();
        append(std::to_string(id) + " 0 obj\n<< " + dictionary + (flate ? " /Filter /FlateDecode" : "") +
               " /Length " + std::to_string(data.size()) + " >>\nstream\n");
        m_out.append(data);
        append("\nendstream\nendobj\n");
    }

    void writeFont(Face &face)
    {
        const std::string name = face.font.baseFont();
        const QByteArray program = face.font.subsetProgram();
        const int file = allocate(), descriptor = allocate(), cidFont = allocate(), unicode = allocate();
        writeStream(file, "/Length1 " + std::to_string(program.size()),
                    deflated(program.constData(), program.size()));
        writeObject(descriptor, "<< /Type /FontDescriptor /FontName /" + name + ' ' +
                                    face.font.descriptorMetrics() + " /FontFile2 " + ref(file) + " >>");
        writeObject(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                                 " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                                 " /FontDescriptor " + ref(descriptor) + " /CIDToGIDMap /Identity /W " +
                                 face.font.widths() + " >>");
        const std::string cmap = face.font.toUnicode();
        writeStream(unicode, "", deflated(cmap.data(), qsizetype(cmap.size())));
        writeObject(face.object, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                                     " /Encoding /Identity-H /DescendantFonts [ " + ref(cidFont) +
                                     " ] /ToUnicode " + ref(unicode) + " >>");
    }

    void startPage()
    {
        m_page.clear();
        m_page.reserve(1 << 16);
        // Dots, from the top left corner downwards, as the painter's device has them.
        m_page += "0.1 0 0 -0.1 0 ";
        appendNumber(m_page, m_pagePoints.height());
        m_page += " cm\n";
        m_written = Written();
        m_clipOpen = false;
        m_clipDirty = true;
        m_marked = false;
    }

    // Ends the page: its content is compressed on the compressing thread while the next pages
    // are painted, and written with its page object once done, in page order.
    void finishPage()
    {
        endMarked();
        const int content = allocate(), page = allocate();
        m_pageObjects.push_back(page);
        m_pending.push_back({content, page, m_compressing.deflate(std::move(m_page))});
        m_page = std::string();
        writeCompressedPages(false);
    }

    // Writes the pages whose content is compressed, the first first; with `all`, or when more
    // than a few pages wait, it waits for them (a few pages' text held at once).
    void writeCompressedPages(bool all)
    {
        constexpr size_t ahead = 8;
        while (!m_pending.empty()) {
            PendingPage &next = m_pending.front();
            if (!all && m_pending.size() <= ahead &&
                next.content.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                return;
            writeStream(next.contentObject, "", next.content.get());
            std::string box = "[0 0 ";
            appendPoint(box, QPointF(m_pagePoints.width(), m_pagePoints.height()));
            box += ']';
            writeObject(next.pageObject, "<< /Type /Page /Parent " + ref(m_pagesRoot) + " /MediaBox " + box +
                                             " /Resources " + ref(m_resources) + " /Contents " +
                                             ref(next.contentObject) + " >>");
            m_pending.pop_front();
        }
    }

    // --- state -----------------------------------------------------------------------------

    bool hasPen() const { return m_pen.style() != Qt::NoPen && m_pen.color().alpha() > 0; }
    bool hasBrush() const { return m_brush.style() != Qt::NoBrush; }

    void setClip(const QPainterPath &path, Qt::ClipOperation operation)
    {
        switch (operation) {
        case Qt::NoClip: m_hasClip = false; break;
        case Qt::ReplaceClip:
            m_clip = path;
            m_hasClip = true;
            break;
        case Qt::IntersectClip:
            m_clip = m_hasClip ? m_clip.intersected(path) : path;
            m_hasClip = true;
            break;
        }
    }

    // The clip the painter has, in a graphics state of its own that nothing else opens.
    void ensureClip()
    {
        if (!m_clipDirty)
            return;
        closeClip();
        m_clipDirty = false;
        if (m_clipEnabled && m_hasClip) {
            m_writtenOutsideClip = m_written;
            m_page += "q\n";
            appendPath(m_clip, false);
            m_page += m_clip.fillRule() == Qt::WindingFill ? "W n\n" : "W* n\n";
            m_clipOpen = true;
        }
    }

    void closeClip()
    {
        if (!m_clipOpen)
            return;
        m_page += "Q\n";
        m_written = m_writtenOutsideClip;
        m_clipOpen = false;
        m_clipDirty = true; // set again before the next drawing, if the painter still clips
    }

    void setFill(const QColor &color)
    {
        const QRgb rgb = opaque(color);
        if (m_written.hasFill && m_written.fill == rgb)
            return;
        appendColor(m_page, rgb, " rg\n");
        m_written.fill = rgb;
        m_written.hasFill = true;
    }

    void setStroke()
    {
        const QRgb rgb = opaque(m_pen.color());
        if (!m_written.hasStroke || m_written.stroke != rgb) {
            appendColor(m_page, rgb, " RG\n");
            m_written.stroke = rgb;
            m_written.hasStroke = true;
        }
        const qreal scale = std::sqrt(std::abs(m_transform.determinant()));
        const qreal width = m_pen.isCosmetic() || m_pen.widthF() == 0 ? std::max<qreal>(1, m_pen.widthF())
                                                                        : m_pen.widthF() * scale;
        if (width != m_written.width) {
            appendNumber(m_page, width);
            m_page += " w\n";
            m_written.width = width;
        }
        const int cap = m_pen.capStyle() == Qt::FlatCap ? 0 : m_pen.capStyle() == Qt::RoundCap ? 1 : 2;
        const int join = m_pen.joinStyle() == Qt::RoundJoin ? 1 : m_pen.joinStyle() == Qt::BevelJoin ? 2 : 0;
        if (cap != m_written.cap || join != m_written.join) {
            m_page += std::to_string(cap) + " J " + std::to_string(join) + " j\n";
            m_written.cap = cap;
            m_written.join = join;
        }
        const bool dashed = m_pen.style() != Qt::SolidLine;
        if (dashed) {
            m_page += '[';
            for (const qreal dash : m_pen.dashPattern()) {
                appendNumber(m_page, dash * width);
                m_page += ' ';
            }
            m_page += "] 0 d\n";
        } else if (m_written.dashed) {
            m_page += "[] 0 d\n";
        }
        m_written.dashed = dashed;
    }

    void appendPath(const QPainterPath &path, bool close)
    {
        QPointF start, last;
        int inSubpath = 0;
        const auto closeIfEnds = [&] {
            if (inSubpath > 1 && (close || last == start))
                m_page += "h\n";
        };
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                closeIfEnds();
                appendPoint(m_page, e);
                m_page += " m\n";
                start = last = e;
                inSubpath = 1;
                break;
            case QPainterPath::LineToElement:
                appendPoint(m_page, e);
                m_page += " l\n";
                last = e;
                ++inSubpath;
                break;
            case QPainterPath::CurveToElement:
                if (i + 2 < path.elementCount()) {
                    appendPoint(m_page, e);
                    m_page += ' ';
                    appendPoint(m_page, path.elementAt(i + 1));
                    m_page += ' ';
                    last = path.elementAt(i + 2);
                    appendPoint(m_page, last);
                    m_page += " c\n";
                    i += 2;
                    ++inSubpath;
                }
                break;
            case QPainterPath::CurveToDataElement: break;
            }
        }
        closeIfEnds();
    }

    void appendPath(const QPolygonF &polygon, bool close)
    {
        QPainterPath path;
        path.addPolygon(polygon);
        appendPath(path, close);
    }

    // Before a shape's path: the clip, and the colours and pen it is filled and stroked with.
    // False when there is nothing to paint.
    bool beginShape(bool fill, bool stroke)
    {
        if (!fill && !stroke)
            return false;
        ensureClip();
        if (fill)
            setFill(m_brush.color());
        if (stroke)
            setStroke();
        return true;
    }

    // After it: the operator that fills it (by the nonzero winding rule or the even-odd one),
    // strokes it, or both.
    void endShape(bool fill, bool stroke, bool winding)
    {
        m_page += fill && stroke ? (winding ? "B\n" : "B*\n") : fill ? (winding ? "f\n" : "f*\n") : "S\n";
    }

    // `path` in the page's dots.
    void paint(const QPainterPath &path, Qt::FillRule rule, bool closed)
    {
        const bool fill = closed && hasBrush(), stroke = hasPen();
        if (path.isEmpty() || !beginShape(fill, stroke))
            return;
        appendPath(path, false);
        endShape(fill, stroke, rule == Qt::WindingFill);
    }

    // --- text ------------------------------------------------------------------------------

    Face *faceOf(const QRawFont &raw)
    {
        const QString key = raw.familyName() + QLatin1Char('\n') + raw.styleName() + QLatin1Char('\n') +
                            QString::number(raw.weight()) + QLatin1Char('\n') + QString::number(int(raw.style()));
        const auto found = m_faceIndex.constFind(key);
        if (found != m_faceIndex.cend())
            return m_faces[size_t(*found)].get();
        auto face = std::make_unique<Face>(Face{raw, PdfFont(raw), allocate(), {}});
        face->resource = "/F" + std::to_string(m_faces.size());
        m_faceIndex.insert(key, int(m_faces.size()));
        m_faces.push_back(std::move(face));
        return m_faces.back().get();
    }

    const StyleFont &styleFont(const QFont &font)
    {
        if (m_lastStyle && m_lastStyle->font == font)
            return *m_lastStyle;
        for (const std::unique_ptr<StyleFont> &s : m_styles)
            if (s->font == font)
                return *(m_lastStyle = s.get());
        const QRawFont raw = QRawFont::fromFont(font);
        m_styles.push_back(std::make_unique<StyleFont>(StyleFont{font, raw, raw.isValid() ? faceOf(raw) : nullptr}));
        return *(m_lastStyle = m_styles.back().get());
    }

    // Begins a text object in `face` at `pixelSize` (in the painter's units) under `t`. The
    // font and size are part of the graphics state, so they are set only when they change; the
    // rest of `t` (a rotation, the flip from glyph space, which runs upwards, to the page, which
    // runs downwards) goes into each text matrix (appendTextMatrix).
    void beginText(Face *face, qreal pixelSize, const QTransform &t)
    {
        m_textScale = std::sqrt(std::abs(t.determinant()));
        const qreal size = pixelSize * m_textScale;
        m_page += "BT ";
        if (!m_written.face || m_written.face != face || m_written.fontSize != size) {
            m_page += face->resource;
            m_page += ' ';
            appendNumber(m_page, size);
            m_page += " Tf ";
            m_written.face = face;
            m_written.fontSize = size;
        }
    }

    // The text matrix that puts glyph space at `origin` in `t`'s page space.
    void appendTextMatrix(const QTransform &t, const QPointF &origin)
    {
        const qreal k = m_textScale > 0 ? m_textScale : 1;
        if (t.type() <= QTransform::TxScale && t.m11() == t.m22() && t.m11() > 0) {
            m_page += "1 0 0 -1 ";
        } else {
            appendNumber(m_page, t.m11() / k);
            m_page += ' ';
            appendNumber(m_page, t.m12() / k);
            m_page += ' ';
            appendNumber(m_page, -t.m21() / k);
            m_page += ' ';
            appendNumber(m_page, -t.m22() / k);
            m_page += ' ';
        }
        appendPoint(m_page, t.map(origin));
        m_page += " Tm ";
    }

    // A glyph as a literal string's two bytes (Identity-H), escaped where the syntax needs it.
    void appendGlyph(quint32 glyph)
    {
        for (const char byte : {char(glyph >> 8), char(glyph & 0xff)}) {
            switch (byte) {
            case '(': m_page += "\\("; break;
            case ')': m_page += "\\)"; break;
            case '\\': m_page += "\\\\"; break;
            case '\r': m_page += "\\r"; break; // an end of line in a string would be read as \n
            case '\n': m_page += "\\n"; break;
            default: m_page += byte;
            }
        }
    }

    void text(const QPointF &baseline, const QString &string, const QFont &font, const QColor &color,
              const QTransform &t)
    {
        const StyleFont &style = styleFont(font);
        if (style.face) {
            // The common case: one glyph per character, from the font's own character map.
            m_glyphs.resize(size_t(string.size()));
            int count = int(string.size());
            bool plain = style.raw.glyphIndexesForChars(string.constData(), int(string.size()), m_glyphs.data(), &count) &&
                         count == string.size();
            for (qsizetype i = 0; plain && i < string.size(); ++i)
                plain = m_glyphs[size_t(i)] != 0 && drawnWithoutShaping(string[i]);
            if (plain) {
                setFill(color);
                beginText(style.face, style.raw.pixelSize(), t);
                appendTextMatrix(t, baseline);
                m_page += '(';
                for (qsizetype i = 0; i < string.size(); ++i) {
                    style.face->font.use(m_glyphs[size_t(i)], QStringView(string).mid(i, 1));
                    appendGlyph(m_glyphs[size_t(i)]);
                }
                m_page += ") Tj ET\n";
                return;
            }
        }
        shapedText(baseline, string, font, color, t);
    }

    // Text that needs Qt's shaping, or another font for some of its characters: the glyph runs
    // QTextLayout gives, each glyph where it put it.
    void shapedText(const QPointF &baseline, const QString &string, const QFont &font, const QColor &color,
                    const QTransform &t)
    {
        QTextLayout layout(string, font);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            layout.endLayout();
            return;
        }
        line.setLineWidth(1e7);
        layout.endLayout();
        const QPointF origin(baseline.x(), baseline.y() - line.ascent());
        setFill(color);
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QRawFont raw = run.rawFont();
            const QList<quint32> glyphs = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            if (!raw.isValid() || glyphs.isEmpty() || positions.size() != glyphs.size())
                continue;
            Face *face = faceOf(raw);
            // What each glyph stands for, where one character has one glyph of its own: in the
            // text as typed, then composed (a letter and its accent shaped into one glyph).
            for (const QString &form : {string, string.normalized(QString::NormalizationForm_C)}) {
                for (qsizetype i = 0; i < form.size(); ++i) {
                    const qsizetype length = form[i].isHighSurrogate() && i + 1 < form.size() ? 2 : 1;
                    const QList<quint32> own = raw.glyphIndexesForString(form.mid(i, length));
                    if (own.size() == 1 && glyphs.contains(own.front()))
                        face->font.use(own.front(), QStringView(form).mid(i, length));
                    i += length - 1;
                }
            }
            beginText(face, raw.pixelSize(), t);
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                if (glyphs[i] == 0)
                    continue; // a character no font has: PDF/A allows no .notdef glyph to be shown
                face->font.use(glyphs[i], {});
                // Each glyph at its own place: shaped text may move glyphs off the advance.
                appendTextMatrix(t, origin + positions[i]);
                m_page += '(';
                appendGlyph(glyphs[i]);
                m_page += ") Tj\n";
            }
            m_page += "ET\n";
        }
    }

    // What has been written of the graphics state on the page, in the state now current.
    struct Written
    {
        QRgb fill = 0, stroke = 0;
        bool hasFill = false, hasStroke = false;
        qreal width = -1;
        int cap = -1, join = -1;
        bool dashed = false;
        const Face *face = nullptr; // the text state's font (Tf), and its size
        qreal fontSize = 0;
    };

    QSizeF m_pagePoints;
    PdfDocumentInfo m_info;
    QByteArray m_out;
    std::vector<qint64> m_offsets; // by object number: where it begins in m_out
    int m_catalog = 0, m_pagesRoot = 0, m_resources = 0;
    std::vector<int> m_pageObjects;
    struct PendingPage
    {
        int contentObject, pageObject;
        std::future<QByteArray> content; // compressed
    };
    std::deque<PendingPage> m_pending;
    DeflateQueue m_compressing{kDeflateLevel};
    std::vector<int> m_images;
    std::vector<std::unique_ptr<Face>> m_faces;
    QHash<QString, int> m_faceIndex;
    std::vector<std::unique_ptr<StyleFont>> m_styles;
    StyleFont *m_lastStyle = nullptr;
    std::vector<quint32> m_glyphs;
    qreal m_textScale = 1; // the text object's: the painter's scale, in its font size

    std::string m_page;
    bool m_marked = false;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    bool m_clipEnabled = false, m_hasClip = false, m_clipDirty = true, m_clipOpen = false;
    QPainterPath m_clip; // in the page's dots
    Written m_written, m_writtenOutsideClip;
};

PdfWriter::PdfWriter(const QSizeF &pagePoints, PdfDocumentInfo info)
    : m_engine(std::make_unique<PdfPaintEngine>(pagePoints, std::move(info))), m_pagePoints(pagePoints)
{
}

PdfWriter::~PdfWriter() = default;

QPaintEngine *PdfWriter::paintEngine() const
{
    return m_engine.get();
}

PdfWriter *PdfWriter::of(QPainter *painter)
{
    QPaintDevice *device = painter ? painter->device() : nullptr;
    if (!device || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::User)
        return nullptr;
    return dynamic_cast<PdfWriter *>(device);
}

void PdfWriter::newPage()
{
    m_engine->newPage();
}

void PdfWriter::beginMarkedContent(const std::string &start)
{
    m_engine->beginMarked(start);
}

void PdfWriter::endMarkedContent()
{
    m_engine->endMarked();
}

void PdfWriter::drawText(QPainter *painter, const QPointF &baseline, const QString &text)
{
    m_engine->directText(painter, baseline, text);
}

QByteArray PdfWriter::finish(QString *error)
{
    return m_engine->finish(error);
}

int PdfWriter::metric(PaintDeviceMetric metric) const
{
    const qreal dpi = 72 * kDotsPerPoint;
    switch (metric) {
    case PdmWidth: return qRound(m_pagePoints.width() * kDotsPerPoint);
    case PdmHeight: return qRound(m_pagePoints.height() * kDotsPerPoint);
    case PdmWidthMM: return qRound(m_pagePoints.width() * 25.4 / 72);
    case PdmHeightMM: return qRound(m_pagePoints.height() * 25.4 / 72);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return int(dpi);
    case PdmNumColors: return INT_MAX;
    case PdmDepth: return 32;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace ik::report
