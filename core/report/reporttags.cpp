#include "core/report/reporttags.h"

#include "core/report/pdfwriter.h"

#include <algorithm>

namespace ik::report {

namespace {

bool blank(const QString &text) { return text.trimmed().isEmpty(); }

QByteArray headingType(int level) { return "H" + QByteArray::number(level); }

// The report writes a list as paragraphs that begin with a bullet ("•  finding").
bool isListItem(const Paragraph &p)
{
    return p.style == TextStyle::Body && p.text.startsWith(QChar(0x2022));
}

} // namespace

ReportTags::ReportTags(const Document &doc, const QHash<int, int> &linkOf)
{
    add("Document", -1);
    const bool titled = std::any_of(doc.blocks.cbegin(), doc.blocks.cend(), [](const Block &b) {
        const auto *p = std::get_if<Paragraph>(&b);
        return p && p->style == TextStyle::Title;
    });
    const int section = titled ? 2 : 1; // a section's heading level; the title is H1
    bool inSection = false;             // after a Heading1, until the next title or contents
    int list = -1, listElement = -1;    // the last list item's block, and its list
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const Block &block = doc.blocks[i];
        if (const auto *p = std::get_if<Paragraph>(&block)) {
            if (blank(p->text))
                continue; // nothing of it is painted
            if (p->style == TextStyle::Title && m_blockElement.contains(i - 1) &&
                m_elements[m_blockElement.value(i - 1)].type == headingType(1)) {
                m_blockElement.insert(i, m_blockElement.value(i - 1)); // a title in two lines reads as one
                continue;
            }
            if (isListItem(*p)) { // a run of bulleted paragraphs: a list, each an item
                if (list < 0 || list != i - 1)
                    listElement = add("L", 0);
                list = i;
                m_blockElement.insert(i, add("LBody", add("LI", listElement)));
                continue;
            }
            QByteArray type = "P";
            if (p->style == TextStyle::Title) {
                type = headingType(1);
                inSection = false;
            } else if (p->style == TextStyle::Heading1) {
                type = headingType(section);
                inSection = true;
            } else if (p->style == TextStyle::Heading2) {
                type = headingType(inSection ? section + 1 : section);
            }
            m_blockElement.insert(i, add(type, 0));
        } else if (const auto *t = std::get_if<Table>(&block)) {
            if (t->rows.isEmpty() || t->columns.isEmpty()) { // laid out as its empty text
                if (!blank(t->emptyText))
                    m_blockElement.insert(i, add("P", 0));
                continue;
            }
            const int table = add("Table", 0);
            TableElements cells;
            const int header = add("TR", table);
            for (qsizetype c = 0; c < t->columns.size(); ++c) {
                cells.header << add("TH", header);
                m_elements.last().columnHeader = true;
            }
            for (const TableRow &row : t->rows) {
                const int tr = add("TR", table);
                QList<int> tds;
                for (qsizetype c = 0; c < t->columns.size(); ++c)
                    tds << add("TD", tr);
                cells.cells << tds;
                if (blank(row.detail)) {
                    cells.detail << -1;
                } else {
                    cells.detail << add("TD", add("TR", table));
                    m_elements.last().columnSpan = int(t->columns.size());
                }
            }
            m_tables.insert(i, cells);
        } else if (const auto *f = std::get_if<Figure>(&block)) {
            if (!f->paint)
                continue;
            m_blockElement.insert(i, add("Figure", 0));
            m_elements.last().alt = f->altText.simplified();
        } else if (const auto *c = std::get_if<Contents>(&block)) {
            if (!blank(c->title))
                m_blockElement.insert(i, add(headingType(section), 0));
            inSection = false;
            // The same headings as the layout lists, each entry leading to its heading.
            int toc = -1;
            for (int h = i + 1; h < doc.blocks.size(); ++h) {
                const auto *p = std::get_if<Paragraph>(&doc.blocks[h]);
                if (!p || (p->style != TextStyle::Heading1 && p->style != TextStyle::Heading2))
                    continue;
                if (toc < 0)
                    toc = add("TOC", 0);
                const int item = add("TOCI", toc);
                if (linkOf.contains(h)) {
                    m_entryElement.insert(h, add("Link", item));
                    m_elements.last().link = linkOf.value(h);
                } else {
                    m_entryElement.insert(h, item);
                }
            }
        }
    }
}

int ReportTags::add(const QByteArray &type, int parent)
{
    PdfElement e;
    e.type = type;
    e.parent = parent;
    m_elements.append(e);
    return int(m_elements.size()) - 1;
}

void ReportTags::beginPage(QPainter *)
{
    m_content.append(QList<PdfContent>());
    m_mcid = 0;
    m_open = false;
}

void ReportTags::artifact(QPainter *painter, PdfArtifact kind)
{
    PdfContent c;
    c.artifact = kind;
    start(painter, c);
}

void ReportTags::text(QPainter *painter, const LaidOutPage::Text &text)
{
    using Part = LaidOutPage::Part;
    PdfContent c;
    c.text = true;
    const TableElements *table = m_tables.contains(text.block) ? &m_tables[text.block] : nullptr;
    switch (text.part) {
    case Part::Text: c.element = m_blockElement.value(text.block, -1); break;
    case Part::HeaderCell: c.element = table ? table->header.value(text.column, -1) : -1; break;
    case Part::Cell: c.element = table ? table->cells.value(text.row).value(text.column, -1) : -1; break;
    case Part::Detail: c.element = table ? table->detail.value(text.row, -1) : -1; break;
    case Part::ContentsEntry: c.element = m_entryElement.value(text.row, -1); break;
    case Part::RepeatedHeader:
        c.artifact = PdfArtifact::Pagination;
        start(painter, c);
        return;
    }
    if (c.element < 0 && m_error.isEmpty())
        m_error = QStringLiteral("no structure element for the text \"%1\" (block %2)").arg(text.text).arg(text.block);
    start(painter, c);
}

void ReportTags::figure(QPainter *painter, int block, const QRectF &rect)
{
    PdfContent c;
    c.element = m_blockElement.value(block, -1);
    if (c.element < 0 && m_error.isEmpty())
        m_error = QStringLiteral("no structure element for the figure of block %1").arg(block);
    if (c.element >= 0)
        m_elements[c.element].box = rect;
    start(painter, c);
}

void ReportTags::endPage(QPainter *painter)
{
    if (PdfWriter *writer = PdfWriter::of(painter))
        writer->endMarkedContent();
    m_open = false;
}

// A text that continues the sequence before it (the next line of a paragraph or a cell) stays
// in it: fewer marked sequences, and a line of text is never split from its neighbours.
void ReportTags::start(QPainter *painter, const PdfContent &content)
{
    if (m_open && content.text && m_current.text && content.element == m_current.element &&
        (content.element >= 0 || content.artifact == m_current.artifact))
        return;
    PdfWriter *writer = PdfWriter::of(painter);
    if (!writer) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("a tagged page is painted on the report's own PDF writer only");
        return;
    }
    writer->beginMarkedContent(markedContentStart(content, m_elements, m_mcid));
    if (content.element >= 0)
        ++m_mcid;
    m_content.last().append(content);
    m_current = content;
    m_open = true;
}

} // namespace ik::report
