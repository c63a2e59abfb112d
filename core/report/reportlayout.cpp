#include "core/report/reportlayout.h"

#include <QHash>

namespace ik::report {

namespace {

const QColor kHeaderFill(0xE6, 0xE9, 0xEE);
const QColor kMarkedFill(0xFC, 0xE4, 0xE4);
const QColor kMarkedBar(0xC6, 0x28, 0x28);
const QColor kRule(0xB0, 0xB6, 0xBE);

class Paginator
{
public:
    Paginator(const Document &document, const ReportStyle &style)
        : m_doc(document), m_style(style), m_body(style.bodyRect())
    {
        newPage();
    }

    QList<LaidOutPage> run()
    {
        for (int i = 0; i < m_doc.blocks.size(); ++i) {
            const Block &block = m_doc.blocks[i];
            m_block = i;
            keepTogether(i);
            if (const auto *p = std::get_if<Paragraph>(&block))
                paragraph(*p, i + 1 < m_doc.blocks.size() ? &m_doc.blocks[i + 1] : nullptr,
                          i + 2 < m_doc.blocks.size() ? &m_doc.blocks[i + 2] : nullptr, i);
            else if (const auto *c = std::get_if<Contents>(&block))
                contents(*c, i);
            else if (const auto *t = std::get_if<Table>(&block))
                table(*t);
            else if (const auto *f = std::get_if<Figure>(&block))
                figure(*f, i);
            else if (std::get_if<PageBreak>(&block) && !atTop())
                newPage();
        }
        fillContents();
        return m_pages;
    }

private:
    LaidOutPage &page() { return m_pages.last(); }
    bool atTop() const { return m_y <= m_body.top(); }
    qreal left() const { return m_body.bottom() - m_y; }
    void newPage()
    {
        m_pages.append(LaidOutPage());
        m_y = m_body.top();
    }

    void text(qreal x, const QString &line, TextStyle style, LaidOutPage::Part part = LaidOutPage::Part::Text,
              int row = -1)
    {
        page().texts.append({QPointF(x, m_y + m_style.metrics(style).ascent()), line, style, m_block, part, row});
    }

    // The height a block needs at least to start here (headings keep this much of what follows).
    qreal startHeight(const Block *block) const
    {
        if (!block)
            return 0;
        if (const auto *p = std::get_if<Paragraph>(block))
            return m_style.spaceBefore(p->style) + 2 * m_style.lineHeight(p->style);
        if (const auto *t = std::get_if<Table>(block)) {
            const qreal whole = shortTableHeight(*t);
            return whole > 0 ? whole : 4 * m_style.lineHeight(TextStyle::TableText) + 4 * m_style.cellPadding();
        }
        if (const auto *f = std::get_if<Figure>(block))
            return f->height;
        return 0;
    }

    // The whole height of a block laid out from the top of a page; 0 for a table too long to be
    // kept whole (shortTableHeight) and for the contents.
    qreal wholeHeight(const Block &block) const
    {
        if (const auto *p = std::get_if<Paragraph>(&block))
            return m_style.spaceBefore(p->style) + m_style.spaceAfter(p->style)
                + m_style.measure(p->style).wrap(p->text, m_body.width()).size()
                * m_style.lineHeight(p->style);
        if (const auto *t = std::get_if<Table>(&block))
            return t->rows.isEmpty() ? wholeHeight(Paragraph{t->emptyText, TextStyle::Emphasis}) : shortTableHeight(*t);
        if (const auto *f = std::get_if<Figure>(&block))
            return f->height + m_style.spaceAfter(TextStyle::Body);
        return 0;
    }

    // Starts a new page before a run of blocks kept together (Document::keptTogether) that
    // begins at `index` and does not fit in what is left of this page but fits on a page.
    void keepTogether(int index)
    {
        if (atTop())
            return;
        for (const auto &[first, last] : m_doc.keptTogether) {
            if (first != index)
                continue;
            qreal height = 0;
            for (int i = first; i <= last && i < m_doc.blocks.size(); ++i) {
                const qreal h = wholeHeight(m_doc.blocks[i]);
                if (h <= 0)
                    return; // a block of unknown height: laid out as it comes
                height += h;
            }
            if (height > left() && height <= m_body.height())
                newPage();
            return;
        }
    }

    // `next` and `after` are the blocks that follow: a heading moves to the next page unless the
    // start of what follows fits under it (an introductory line and the figure or table after it).
    static bool isHeading(TextStyle style) { return style == TextStyle::Heading1 || style == TextStyle::Heading2; }

    void paragraph(const Paragraph &p, const Block *next, const Block *after = nullptr, int index = -1)
    {
        const bool heading = isHeading(p.style);
        if (p.style == TextStyle::Title ? atTop() : !atTop())
            m_y += m_style.spaceBefore(p.style);
        const qreal lh = m_style.lineHeight(p.style);
        const QStringList lines = m_style.measure(p.style).wrap(p.text, m_body.width());
        if (heading && !atTop()) {
            qreal keep = startHeight(next);
            if (const auto *intro = next ? std::get_if<Paragraph>(next) : nullptr; intro && intro->style != TextStyle::Heading2) {
                // A short introduction goes with the heading and the start of what follows it;
                // a long text only needs its first lines under the heading.
                const qsizetype introLines = m_style.measure(intro->style).wrap(intro->text, m_body.width()).size();
                if (introLines <= 3)
                    keep += (introLines - 2) * m_style.lineHeight(intro->style) + startHeight(after);
            }
            if (lines.size() * lh + m_style.spaceAfter(p.style) + keep > left())
                newPage();
        }
        for (const QString &line : lines) {
            if (lh > left() && !atTop())
                newPage();
            if (heading && &line == &lines.first() && index >= 0) {
                m_headingPage.insert(index, int(m_pages.size()) - 1);
                page().anchors.append({index, m_y});
            }
            text(m_body.left(), line, p.style);
            m_y += lh;
        }
        m_y += m_style.spaceAfter(p.style);
    }

    // One line per heading after the contents block; the page numbers are left empty until the
    // whole document is laid out (the contents' own length does not depend on them).
    void contents(const Contents &c, int index)
    {
        paragraph(Paragraph{c.title, TextStyle::Heading2}, nullptr, nullptr, index);
        const qreal numberWidth = m_style.metrics(TextStyle::Body).horizontalAdvance(QStringLiteral("0000"));
        for (int i = index + 1; i < m_doc.blocks.size(); ++i) {
            const auto *p = std::get_if<Paragraph>(&m_doc.blocks[i]);
            if (!p || !isHeading(p->style))
                continue;
            const TextStyle style = p->style == TextStyle::Heading1 ? TextStyle::Body : TextStyle::Small;
            const qreal indent = p->style == TextStyle::Heading1 ? 0 : 18 * ReportStyle::kUnitsPerPoint;
            const qreal lh = m_style.lineHeight(style);
            if (lh > left() && !atTop())
                newPage();
            const QString line = m_style.metrics(style).elidedText(p->text, Qt::ElideRight,
                                                                  m_body.width() - indent - numberWidth * 1.5);
            text(m_body.left() + indent, line, style, LaidOutPage::Part::ContentsEntry, i);
            page().links.append({QRectF(m_body.left() + indent, m_y, m_body.width() - indent, lh), i});
            m_entries.append({int(m_pages.size()) - 1, int(page().texts.size()), i});
            text(m_body.right(), QString(), style, LaidOutPage::Part::ContentsEntry, i); // the page number, right-aligned later
            m_y += lh;
        }
        m_y += m_style.spaceAfter(TextStyle::Body);
    }

    void fillContents()
    {
        for (const Entry &e : std::as_const(m_entries)) {
            LaidOutPage::Text &number = m_pages[e.page].texts[e.text];
            number.text = QString::number(m_headingPage.value(e.heading) + 1);
            number.baseline.rx() = m_body.right() - m_style.measure(number.style).width(number.text);
        }
    }

    void figure(const Figure &f, int index)
    {
        if (f.height > left() && !atTop())
            newPage();
        page().figures.append({QRectF(m_body.left(), m_y, m_body.width(), f.height), index, int(page().texts.size())});
        m_y += f.height + m_style.spaceAfter(TextStyle::Body);
    }

    struct Cells
    {
        QList<QStringList> columns; // wrapped lines per column
        QStringList detail;
        int lines = 0;
    };

    Cells wrapRow(const QStringList &cells, const QString &detail, const QList<qreal> &widths, TextStyle style) const
    {
        Cells c;
        const qreal pad = m_style.cellPadding();
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            c.columns << m_style.measure(style).wrap(cell, widths[i] - 2 * pad);
            c.lines = qMax(c.lines, int(c.columns.last().size()));
        }
        if (!detail.isEmpty()) {
            c.detail = m_style.measure(TextStyle::TableText).wrap(detail,
                                m_body.width() - 4 * pad);
        }
        return c;
    }

    // Draws lines [from, to) of a wrapped row at the cursor; returns the height used. `row` is
    // the table's row, or for the header row -1 the first time and -2 when repeated.
    qreal drawRowLines(const Cells &c, int from, int to, const QList<qreal> &widths, const Table &t, TextStyle style,
                       bool marked, int row)
    {
        using Part = LaidOutPage::Part;
        const bool header = row < 0;
        const Part part = row == -1 ? Part::HeaderCell : (row == -2 ? Part::RepeatedHeader : Part::Cell);
        const qreal pad = m_style.cellPadding();
        const qreal lh = m_style.lineHeight(style);
        const qreal height = (to - from) * lh + 2 * pad;
        const QRectF box(m_body.left(), m_y, m_body.width(), height);
        if (header)
            page().boxes.append({box, kHeaderFill});
        else if (marked) {
            page().boxes.append({box, kMarkedFill});
            page().boxes.append({QRectF(box.left(), box.top(), 1.5 * ReportStyle::kUnitsPerPoint, box.height()), kMarkedBar});
        }
        const QFontMetricsF &fm = m_style.metrics(style);
        const qreal top = m_y + pad;
        // Cell by cell, each cell's lines together: text extraction (and screen readers) then
        // get a cell's text in one piece rather than interleaved with its neighbours.
        qreal x = m_body.left();
        for (int col = 0; col < widths.size(); ++col) {
            const QStringList &cell = c.columns[col];
            for (int line = from; line < qMin(to, int(cell.size())); ++line) {
                if (cell[line].isEmpty())
                    continue;
                qreal tx = x + pad;
                if (t.columns[col].alignRight) // numbers, and their header over them
                    tx = x + widths[col] - pad - m_style.measure(style).width(cell[line]);
                page().texts.append({QPointF(tx, top + (line - from) * lh + fm.ascent()), cell[line], style, m_block, part,
                                     header ? -1 : row, col});
            }
            x += widths[col];
        }
        for (int line = qMax(from, c.lines); line < to; ++line) {
            const QString &d = c.detail[line - c.lines];
            if (!d.isEmpty())
                page().texts.append({QPointF(m_body.left() + 2 * pad, top + (line - from) * lh + fm.ascent()), d,
                                     TextStyle::TableText, m_block, Part::Detail, row});
        }
        page().rules.append({QLineF(box.bottomLeft(), box.bottomRight()), header ? 8.0 : 4.0, kRule});
        m_y += height;
        return height;
    }

    // The longest word of a cell, by characters: a cheap stand-in for its widest word.
    static QStringView longestWord(const QString &text)
    {
        QStringView best;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i)
            if (i == text.size() || text.at(i).isSpace()) {
                if (i - start > best.size())
                    best = QStringView(text).mid(start, i - start);
                start = i + 1;
            }
        return best;
    }

    // Column widths from the weights, but never narrower than the column's widest word (up to a
    // third of the table), so that words and dates are not broken where they need not be.
    QList<qreal> columnWidths(const Table &t) const
    {
        const int n = int(t.columns.size());
        const qreal total = m_body.width();
        const qreal pad = 2 * m_style.cellPadding();
        QList<qreal> minimum(n, 0);
        QList<QStringView> widest(n);
        for (const TableRow &row : t.rows)
            for (int i = 0; i < n && i < row.cells.size(); ++i) {
                const QStringView w = longestWord(row.cells[i]);
                if (w.size() > widest[i].size())
                    widest[i] = w;
            }
        for (int i = 0; i < n; ++i) {
            const qreal header = m_style.measure(TextStyle::TableHeader).width(longestWord(t.columns[i].header));
            const qreal cell = m_style.measure(TextStyle::TableText).width(widest[i]);
            minimum[i] = qMin(qMax(header, cell) + pad + 1, total / 3);
        }
        qreal minSum = 0;
        for (qreal m : minimum)
            minSum += m;
        if (minSum >= total) { // cannot honour all: shrink the minimums alike
            for (qreal &m : minimum)
                m *= total / minSum;
            return minimum;
        }
        // Fix columns whose share is below their minimum; share the rest out by weight.
        QList<bool> fixed(n, false);
        QList<qreal> widths(n, 0);
        for (int round = 0; round < n; ++round) {
            qreal freeWidth = total, weights = 0;
            for (int i = 0; i < n; ++i)
                fixed[i] ? freeWidth -= minimum[i] : weights += t.columns[i].weight;
            bool changed = false;
            for (int i = 0; i < n; ++i) {
                widths[i] = fixed[i] ? minimum[i] : freeWidth * t.columns[i].weight / qMax<qreal>(weights, 1e-9);
                if (!fixed[i] && widths[i] < minimum[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        return widths;
    }

    // The height of a whole table that is short (at most a third of a page), else 0. A short
    // table is kept on one page, with the heading before it: split, neither half reads well.
    qreal shortTableHeight(const Table &t) const
    {
        if (t.rows.isEmpty() || t.columns.isEmpty() || t.rows.size() > 12)
            return 0;
        const QList<qreal> widths = columnWidths(t);
        QStringList headers;
        for (const TableColumn &c : t.columns)
            headers << c.header;
        const qreal pad = m_style.cellPadding();
        const qreal lh = m_style.lineHeight(TextStyle::TableText);
        qreal height = wrapRow(headers, {}, widths, TextStyle::TableHeader).lines * m_style.lineHeight(TextStyle::TableHeader) + 2 * pad;
        for (const TableRow &row : t.rows) {
            const Cells c = wrapRow(row.cells, row.detail, widths, TextStyle::TableText);
            height += qMax(1, c.lines + int(c.detail.size())) * lh + 2 * pad;
        }
        return height <= m_body.height() / 3 ? height : 0;
    }

    void table(const Table &t)
    {
        if (t.rows.isEmpty() || t.columns.isEmpty()) {
            paragraph(Paragraph{t.emptyText, TextStyle::Emphasis}, nullptr, nullptr);
            return;
        }
        if (const qreal whole = shortTableHeight(t); whole > left() && !atTop())
            newPage();
        const QList<qreal> widths = columnWidths(t);
        QStringList headers;
        for (const TableColumn &c : t.columns)
            headers << c.header;
        const Cells header = wrapRow(headers, {}, widths, TextStyle::TableHeader);
        const qreal pad = m_style.cellPadding();
        const qreal headerHeight = header.lines * m_style.lineHeight(TextStyle::TableHeader) + 2 * pad;
        const qreal lh = m_style.lineHeight(TextStyle::TableText);

        bool headerDrawn = false;
        const auto startPage = [&](bool fresh) {
            if (fresh)
                newPage();
            page().rules.append({QLineF(m_body.left(), m_y, m_body.right(), m_y), 8.0, kRule});
            drawRowLines(header, 0, header.lines, widths, t, TextStyle::TableHeader, false, headerDrawn ? -2 : -1);
            headerDrawn = true;
        };
        if (headerHeight + lh + 2 * pad > left() && !atTop())
            startPage(true);
        else
            startPage(false);

        for (int r = 0; r < t.rows.size(); ++r) {
            const TableRow &row = t.rows[r];
            const Cells c = wrapRow(row.cells, row.detail, widths, TextStyle::TableText);
            const int total = qMax(1, c.lines + int(c.detail.size()));
            const qreal need = total * lh + 2 * pad;
            const qreal fullPage = m_body.height() - headerHeight;
            if (need > left() && need <= fullPage)
                startPage(true); // the row fits on a fresh page: keep it whole
            int from = 0;
            while (from < total) {
                int fit = int((left() - 2 * pad) / lh);
                if (fit < 1) {
                    startPage(true);
                    continue;
                }
                const int to = qMin(total, from + fit);
                drawRowLines(c, from, to, widths, t, TextStyle::TableText, row.marked, r);
                from = to;
                if (from < total)
                    startPage(true); // a row taller than a page continues under a repeated header
            }
        }
        m_y += m_style.tableSpaceAfter();
    }

    struct Entry
    {
        int page, text, heading; // where the number is drawn; the heading's block index
    };

    const Document &m_doc;
    const ReportStyle &m_style;
    QHash<int, int> m_headingPage; // heading block → page index
    QList<Entry> m_entries;
    QRectF m_body;
    QList<LaidOutPage> m_pages;
    qreal m_y = 0;
    int m_block = -1; // the block being laid out
};

} // namespace

QList<LaidOutPage> paginate(const Document &document, const ReportStyle &style)
{
    return Paginator(document, style).run();
}

} // namespace ik::report
