#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ik::report {

// What a reader of the PDF navigates by besides the pages, which Qt's PDF engine cannot write:
// the outline (bookmarks), links from the contents to the sections, and the document's
// language. Positions are in the report's own units, measured from a page's top left corner, as
// the layout gives them; pages count from 0.
struct PdfDestination
{
    int page = 0;
    qreal top = 0;
};

struct PdfOutlineItem
{
    QString title;
    PdfDestination target;
    QList<PdfOutlineItem> children;
};

struct PdfLink
{
    int page = 0;
    QRectF rect;
    PdfDestination target;
};

struct PdfStructure
{
    QString language; // BCP 47, e.g. "nb-NO"
    QSizeF pageSize;  // a page in the report's units, mapped onto each page's MediaBox
    QList<PdfOutlineItem> outline;
    QList<PdfLink> links;
};

// Adds `structure` to a PDF as QPdfWriter wrote it, with libqpdf: /Outlines (shown on opening),
// /Lang in the catalog, and /Link annotations to places in the document itself. The rest is
// written back as it was: fonts, XMP metadata, streams untouched, PDF 1.4 without object
// streams and with an end-of-line before each "endstream", so a PDF/A-1b file stays one.
// Returns the new PDF, or an empty array and a message when the PDF cannot be read, has another
// number of pages than `structure` refers to, or cannot be written.
QByteArray addPdfStructure(const QByteArray &pdf, const PdfStructure &structure,
                           QString *error = nullptr);

} // namespace ik::report
