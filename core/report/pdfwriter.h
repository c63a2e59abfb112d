#pragma once

// The report's own PDF writer: a paint device whose engine writes PDF content as QPainter paints
// (paths, rectangles, lines, images, text as the font's glyphs) and, between the parts of a page,
// the marked-content operators of a tagged PDF as the report's tags ask for them (reporttags.h).
// Why not QPdfWriter: Qt's engine has no way to write marked content, so every page it wrote
// had to be inflated, scanned, marked and compressed again; and it writes each glyph as its own
// text operator. This writer knows what the report draws, writes each string as one text
// operator, and each page's content once (docs/report-pdf.md, docs/performance.md).
//
// What it writes: PDF 1.7 with DeviceRGB colour under an sRGB output intent, the caller's XMP
// and the same title, author, subject, creator, producer and dates in the document information,
// every font embedded as a subset with its ToUnicode map (pdffont.h). The outline, links,
// /Lang and the structure tree are added afterwards by addPdfStructure() (pdfstructure.h).
// Units: the device has 720 dots per inch, one dot is 0.1 pt, the report's own unit.

#include <QByteArray>
#include <QDateTime>
#include <QPaintDevice>
#include <QSizeF>
#include <QString>

#include <memory>
#include <string>

class QPainter;

namespace ik::report {

class PdfPaintEngine;

struct PdfDocumentInfo
{
    QString title, author, subject, creator, producer;
    QDateTime created; // with its offset from UTC, as the XMP has it
    QByteArray xmp;    // the metadata stream, written as it is (PDF/A: not compressed)
};

class PdfWriter : public QPaintDevice
{
public:
    PdfWriter(const QSizeF &pagePoints, PdfDocumentInfo info);
    ~PdfWriter() override;
    PdfWriter(const PdfWriter &) = delete;
    PdfWriter &operator=(const PdfWriter &) = delete;

    QPaintEngine *paintEngine() const override;

    // The writer a painter paints on, or null when it paints on something else.
    static PdfWriter *of(QPainter *painter);

    // Ends the page and begins the next one.
    void newPage();

    // Marked content (ISO 32000-1, 14.6): `start` is the operator that begins a sequence, e.g.
    // "/P <</MCID 3>> BDC"; it ends the sequence before. Sequences are always written outside
    // any graphics state the painter's clip opened, so they nest with them.
    void beginMarkedContent(const std::string &start);
    void endMarkedContent();

    // `text` at `baseline` in the painter's font, pen colour and transformation, without
    // QPainter laying the string out again: what the report's layout placed is drawn as it was
    // measured. Falls back to QPainter::drawText() where the painter clips.
    void drawText(QPainter *painter, const QPointF &baseline, const QString &text);

    // The whole PDF, once the painter has ended; empty, with a message, when a font cannot be
    // embedded.
    QByteArray finish(QString *error);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<PdfPaintEngine> m_engine;
    QSizeF m_pagePoints;
};

} // namespace ik::report
