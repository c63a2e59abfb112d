#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <string>

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
    bool text = false; // text only: lines of text, which the next line of the same element continues
};

struct PdfStructure
{
    QString language; // BCP 47, e.g. "nb-NO"
    QSizeF pageSize;  // a page in the report's units, mapped onto each page's MediaBox
    QList<PdfOutlineItem> outline;
    QList<PdfLink> links;
    // Empty: the PDF is left untagged. Else the first element is the root, and `content` holds
    // every page's sequences, which the page's content marks as PdfWriter wrote it: each begun
    // with markedContentStart() in this order, the MCIDs counted on each page from 0.
    QList<PdfElement> elements;
    QList<QList<PdfContent>> content;
};

// The operator that begins a sequence of a page's content: "/TD <</MCID 4>> BDC" for content of
// an element (`mcid`: the element sequences before it on its page), "/Artifact <<…>> BDC" else.
std::string markedContentStart(const PdfContent &content, const QList<PdfElement> &elements, int mcid);

// Adds `structure` to a PDF as PdfWriter wrote it (pdfwriter.h), with libqpdf: /Outlines (shown
// on opening), /Lang in the catalog, /DisplayDocTitle, and /Link annotations to places in the
// document itself; with elements, the structure tree (/StructTreeRoot, /ParentTree, /MarkInfo),
// the pages' /StructParents and the links in the tree (OBJR). The rest is written back as it
// was: fonts, XMP metadata, page content untouched; PDF 1.7 with object streams and an
// end-of-line before each "endstream", as PDF/A-2 allows.
// Returns the new PDF, or an empty array and a message when the PDF cannot be read, has another
// number of pages than `structure` refers to, when an element has no parent before it, content
// refers to no element, a Figure has no alternative text, or when it cannot be written: a PDF
// is never tagged wrongly.
QByteArray addPdfStructure(const QByteArray &pdf, const PdfStructure &structure,
                           QString *error = nullptr);

} // namespace ik::report
