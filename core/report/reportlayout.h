#pragma once

#include "core/report/reportmodel.h"
#include "core/report/reportstyle.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace ik::report {

// One laid-out page: what to draw where, in report units. Painting it needs no more measuring.
struct LaidOutPage
{
    // What a text is part of, for the tagged PDF's structure (reporttags.h).
    enum class Part {
        Text,           // a paragraph's or heading's line (also a table's text when it is empty)
        HeaderCell,     // a table's header row, the first time
        RepeatedHeader, // the header row again on a page the table continues on
        Cell,           // a table row's cell
        Detail,         // the full-width text under a row's cells
        ContentsEntry,  // a line of the contents: its heading's title or page number
    };
    struct Text
    {
        QPointF baseline;
        QString text;
        TextStyle style;
        int block = -1; // index into Document::blocks
        Part part = Part::Text;
        int row = -1;   // Cell, Detail: the table's row; ContentsEntry: the heading's block
        int column = -1; // HeaderCell, RepeatedHeader, Cell
    };
    struct Box
    {
        QRectF rect;
        QColor fill;
    };
    struct Rule
    {
        QLineF line;
        qreal width;
        QColor color;
    };
    struct FigureRef
    {
        QRectF rect;
        int block;     // index into Document::blocks
        int textIndex; // painted before texts[textIndex]: the page is painted in reading order
    };
    // Where a heading (or the contents' title) begins on this page: the PDF's outline points here.
    struct Anchor
    {
        int block; // index into Document::blocks
        qreal top; // the top of its first line
    };
    // A line of the contents, which leads to the heading it names.
    struct Link
    {
        QRectF rect;
        int block; // the heading's index into Document::blocks
    };
    QList<Box> boxes;
    QList<Rule> rules;
    QList<FigureRef> figures;
    QList<Text> texts;
    QList<Anchor> anchors;
    QList<Link> links;
};

// Lays the document out on A4 pages: paragraphs wrap and continue on the next page, tables break
// between rows (and inside a row taller than a page) with their header row repeated, figures
// move whole to the next page, headings stay with what follows them.
QList<LaidOutPage> paginate(const Document &document, const ReportStyle &style);

} // namespace ik::report
