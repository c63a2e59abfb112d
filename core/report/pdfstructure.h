#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

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
    QString description; // what it leads to, for a screen reader (/Contents): the heading's text
};

// The tagged PDF's logical structure (ISO 32000-1, 14.7 and 14.8; PDF/UA-1): elements in reading
// order, and on each page the sequences of its content, in the order painted, that belong to
// them. An element holds either elements or content (and a link), so that its kids' order is
// the reading order without interleaving.
struct PdfElement
{
    QByteArray type;            // a standard structure type: Document, H1, P, Table, TR, TH, TD, …
    int parent = -1;            // an earlier element; -1 for the first, the root
    QString alt;                // /Alt, what a Figure shows: required for every Figure
    bool columnHeader = false;  // TH: heads its column (/Scope /Column)
    int columnSpan = 1;         // TD, TH
    QRectF box;                 // Figure: where it is drawn on the page of its content (/BBox)
    int link = -1;              // Link: the PdfLink it stands for (index in PdfStructure::links)
};

// What a page's content is that is not part of the document's text: skipped by screen readers.
enum class PdfArtifact { Header, Footer, Layout, Pagination };

struct PdfContent
{
    int element = -1; // the PdfElement it belongs to; -1: an artifact
    PdfArtifact artifact = PdfArtifact::Layout;
    bool text = false; // text only: holds text objects and no paths or images (checked)
};

struct PdfStructure
{
    QString language; // BCP 47, e.g. "nb-NO"
    QSizeF pageSize;  // a page in the report's units, mapped onto each page's MediaBox
    QList<PdfOutlineItem> outline;
    QList<PdfLink> links;
    // Empty: the PDF is left untagged. Else the first element is the root, and `content` holds
    // every page's sequences, whose boundaries the page's painter marked (paintContentBoundary).
    QList<PdfElement> elements;
    QList<QList<PdfContent>> content;
};

// QPainter writes no marked content, so whoever paints a page to be tagged paints this between
// its sequences: boundary 0 before the first, k before sequence k, n after the last of n. It is a
// small rectangle far off the page, in the painter's current coordinates, that addPdfStructure()
// finds in the page's content stream, removes, and replaces with the end of the sequence before
// (EMC) and the start of the next (BDC with its MCID, or /Artifact). Nothing else on the page
// changes, and a device other than the PDF shows nothing of it.
// A sequence that sets a clip (a figure may) needs a `deep` boundary on both sides: it makes
// QPdfWriter close the clip's graphics state too, so that the sequence begins and ends outside
// it. Between other sequences a shallow one is enough, and far cheaper to paint and to find.
// addPdfStructure() refuses a page where a sequence leaves the graphics state it began in.
void paintContentBoundary(QPainter *painter, int index, bool deep);

// Adds `structure` to a PDF as QPdfWriter wrote it, with libqpdf: /Outlines (shown on opening),
// /Lang in the catalog, /DisplayDocTitle, and /Link annotations to places in the document itself;
// with elements, the structure tree (/StructTreeRoot, /ParentTree, /MarkInfo), the pages'
// content streams marked (BDC … EMC) and the links in the tree (OBJR). The rest is written
// back as it was: fonts, XMP metadata, other streams untouched; PDF 1.7 with object streams
// and an end-of-line before each "endstream", as PDF/A-2 allows.
// Returns the new PDF, or an empty array and a message when the PDF cannot be read, has another
// number of pages than `structure` refers to, when a page's content does not match its
// sequences (boundaries missing, out of order, text outside them, a text sequence with other
// content or none), when a Figure has no alternative text, or when it cannot be written: a PDF
// is never tagged wrongly.
QByteArray addPdfStructure(const QByteArray &pdf, const PdfStructure &structure,
                           QString *error = nullptr);

} // namespace ik::report
