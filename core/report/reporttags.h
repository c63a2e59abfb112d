#pragma once

#include "core/report/pdfstructure.h"
#include "core/report/reportlayout.h"
#include "core/report/reportmodel.h"

#include <QHash>
#include <QList>
#include <QString>

class QPainter;

namespace ik::report {

// The tagged PDF's structure of a laid-out report (pdfstructure.h), in reading order:
// - Title → H1; Heading1 (a numbered section) and the contents' title → H2; Heading2 → H3 under
//   a section, H2 where no section has begun (the cover's status line, a document of Heading2s
//   only). Without a Title every level moves up one, so the first heading is always H1 and none
//   is skipped.
// - a Title that follows a Title is the same H1 (the cover's "HSE annual report" / "2026");
// - a run of paragraphs that begin with a bullet (•) → L, each an LI with its LBody;
// - every other paragraph, and a table's text when it has no rows → P;
// - a table → Table of TR: the header row's TH (/Scope /Column), each row's TD, and a row's
//   detail text as one more TR with one TD over all columns. The header row repeated on a
//   following page is a pagination artifact;
// - a figure → Figure with its alternative text and box;
// - the contents → TOC of TOCI, each a Link (its title and page number, and the link itself);
// - the running header, the footer and the tables' rules and backgrounds → artifacts.
// The element of each painted part is found from what the layout says it is part of
// (LaidOutPage::Text); as a page is painted, the painter asks for each part and this records
// the page's sequences and begins each on the report's PdfWriter with its marked-content operator
// (pdfwriter.h), so that what is recorded and what is written cannot differ.
class ReportTags
{
public:
    // `linkOf`: the heading block each contents line leads to → its PdfLink (index).
    ReportTags(const Document &doc, const QHash<int, int> &linkOf);

    const QList<PdfElement> &elements() const { return m_elements; }
    const QList<QList<PdfContent>> &content() const { return m_content; }
    // Empty unless something was painted that belongs to no element.
    const QString &error() const { return m_error; }

    // Called while a page is painted on a PdfWriter, before each part of it.
    void beginPage(QPainter *painter);
    void artifact(QPainter *painter, PdfArtifact kind);
    void text(QPainter *painter, const LaidOutPage::Text &text);
    void figure(QPainter *painter, int block, const QRectF &rect);
    void endPage(QPainter *painter);

private:
    struct TableElements
    {
        QList<int> header;         // TH by column
        QList<QList<int>> cells;   // TD by row and column
        QList<int> detail;         // the detail's TD by row, -1 where none
    };

    int add(const QByteArray &type, int parent);
    void start(QPainter *painter, const PdfContent &content);

    QList<PdfElement> m_elements;
    QHash<int, int> m_blockElement;        // paragraph, heading, figure, contents' title
    QHash<int, TableElements> m_tables;    // by block
    QHash<int, int> m_entryElement;        // contents line: heading block → its element
    QList<QList<PdfContent>> m_content;
    int m_mcid = 0;     // the next marked-content id on the page (PdfWriter)
    PdfContent m_current;
    bool m_open = false; // a sequence is open on this page
    QString m_error;
};

} // namespace ik::report
