#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <variant>

class QPainter;
class QRectF;

namespace ik::report {

// The annual report as a language-specific document: a flat list of blocks that the paginator
// lays out on pages. Every string here is plain text: nothing is ever interpreted as markup.

enum class TextStyle { Title, Subtitle, Heading1, Heading2, Body, Emphasis, Small, TableText, TableHeader };

struct Paragraph
{
    QString text;
    TextStyle style = TextStyle::Body;
};

struct TableColumn
{
    QString header;
    qreal weight = 1;       // share of the table's width
    bool alignRight = false; // numbers
};

struct TableRow
{
    QStringList cells;
    QString detail;      // optional full-width text under the cells (long fields of the row)
    bool marked = false; // drawn tinted: overdue, above the acceptable level, a gap
};

struct Table
{
    QList<TableColumn> columns;
    QList<TableRow> rows;
    QString emptyText; // printed instead of an empty table
};

// A drawing (heat map, chart). It paints itself into the rectangle the paginator gives it, in
// the report's coordinate units (1 unit = 0.1 pt); it is never split across pages.
struct Figure
{
    qreal height = 0; // units; the width is the text width
    std::function<void(QPainter *, const QRectF &)> paint;
    // What the drawing shows, in the document's language, for readers who cannot see it (the
    // tagged PDF's /Alt, a Word image's description), e.g. "Risk matrix before measures: 2 risks
    // in red, 5 in yellow, 12 in green".
    QString altText;
};

struct PageBreak
{
};

// A table of contents: one line per heading that follows it, with the page the heading is on
// (filled in once the whole document is laid out).
struct Contents
{
    QString title;
};

using Block = std::variant<Paragraph, Table, Figure, PageBreak, Contents>;

struct Document
{
    QString language;   // nb or en
    QString title;      // PDF title, e.g. "HMS-årsrapport 2026 – Institutt for X"
    QString subject;
    QString author;
    QString header;     // running header: "unit – year"
    QString pageFormat; // footer, with %1 = page and %2 = pages
    QList<Block> blocks;
    // Runs of blocks (first, last index) that start on a new page rather than be split, when
    // they fit on one page: the sign-off section, whose signature lines must not stand alone.
    QList<std::pair<int, int>> keptTogether;
};

} // namespace ik::report
