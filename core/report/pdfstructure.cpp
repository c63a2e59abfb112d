#include "core/report/pdfstructure.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <vector>

namespace ik::report {

namespace {

using Handle = QPDFObjectHandle;

// Maps the report's units (origin top left, y down) onto a page's PDF user space (origin bottom
// left, y up) as ReportRenderer::render() paints them: from the top left corner, by one factor
// both ways that fits the page into the MediaBox (Qt rounds A4 to 595 × 842 points).
class PageSpace
{
public:
    PageSpace(QPDFPageObjectHelper page, const QSizeF &units) : m_page(page.getObjectHandle())
    {
        const Handle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        m_left = box.llx;
        m_top = box.ury;
        m_scale =
            std::min((box.urx - box.llx) / units.width(), (box.ury - box.lly) / units.height());
    }
    double x(qreal units) const { return m_left + units * m_scale; }
    double y(qreal units) const { return m_top - units * m_scale; }
    // An explicit destination: this page, scrolled so that `top` is at the window's top, left
    // and zoom as the reader has them.
    Handle destination(qreal top) const
    {
        return Handle::newArray(std::vector<Handle>{m_page, Handle::newName("/XYZ"),
                                                    Handle::newNull(), Handle::newReal(y(top), 2),
                                                    Handle::newNull()});
    }
    Handle page() const { return m_page; }

private:
    Handle m_page;
    double m_left, m_top, m_scale;
};

std::string utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

class Builder
{
public:
    Builder(QPDF &pdf, const PdfStructure &s) : m_pdf(pdf), m_structure(s)
    {
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages())
            m_pages.emplace_back(page, s.pageSize);
    }

    int pageCount() const { return int(m_pages.size()); }

    bool refersToExistingPages() const
    {
        const auto ok = [&](int page) { return page >= 0 && page < pageCount(); };
        const auto items = [&](const auto &self, const QList<PdfOutlineItem> &list) -> bool {
            for (const PdfOutlineItem &i : list)
                if (!ok(i.target.page) || !self(self, i.children))
                    return false;
            return true;
        };
        for (const PdfLink &l : m_structure.links)
            if (!ok(l.page) || !ok(l.target.page))
                return false;
        return items(items, m_structure.outline);
    }

    void outline()
    {
        if (m_structure.outline.isEmpty())
            return;
        Handle root = m_pdf.makeIndirectObject(Handle::newDictionary());
        root.replaceKey("/Type", Handle::newName("/Outlines"));
        const int count = items(root, m_structure.outline);
        root.replaceKey("/Count", Handle::newInteger(count));
        Handle catalog = m_pdf.getRoot();
        catalog.replaceKey("/Outlines", root);
        catalog.replaceKey("/PageMode", Handle::newName("/UseOutlines"));
    }

    void links()
    {
        std::vector<std::vector<Handle>> added(m_pages.size());
        for (const PdfLink &l : m_structure.links) {
            const PageSpace &on = m_pages[size_t(l.page)];
            Handle annot = Handle::newDictionary();
            annot.replaceKey("/Type", Handle::newName("/Annot"));
            annot.replaceKey("/Subtype", Handle::newName("/Link"));
            annot.replaceKey("/Rect", Handle::newArray(Handle::Rectangle(
                                          on.x(l.rect.left()), on.y(l.rect.bottom()),
                                          on.x(l.rect.right()), on.y(l.rect.top()))));
            annot.replaceKey("/Border", Handle::newArray(std::vector<Handle>{
                                            Handle::newInteger(0), Handle::newInteger(0),
                                            Handle::newInteger(0)}));
            annot.replaceKey(
                "/F", Handle::newInteger(4)); // Print; PDF/A-1 requires it on every annotation
            annot.replaceKey("/P", on.page());
            annot.replaceKey("/Dest", m_pages[size_t(l.target.page)].destination(l.target.top));
            added[size_t(l.page)].push_back(m_pdf.makeIndirectObject(annot));
        }
        for (size_t i = 0; i < m_pages.size(); ++i) {
            if (added[i].empty())
                continue;
            // Qt gives each page an /Annots array of its own, empty; a new direct array leaves any
            // shared one alone.
            std::vector<Handle> annots;
            Handle page = m_pages[i].page();
            if (Handle old = page.getKey("/Annots"); old.isArray())
                annots = old.getArrayAsVector();
            annots.insert(annots.end(), added[i].begin(), added[i].end());
            page.replaceKey("/Annots", Handle::newArray(annots));
        }
    }

    void language()
    {
        if (!m_structure.language.isEmpty())
            m_pdf.getRoot().replaceKey("/Lang",
                                       Handle::newUnicodeString(utf8(m_structure.language)));
    }

private:
    // Fills in `parent`'s children from `list`, all shown open; returns how many items that is,
    // descendants included (the /Count of an open item).
    int items(Handle parent, const QList<PdfOutlineItem> &list)
    {
        std::vector<Handle> handles;
        for (qsizetype i = 0; i < list.size(); ++i)
            handles.push_back(m_pdf.makeIndirectObject(Handle::newDictionary()));
        int count = 0;
        for (size_t i = 0; i < handles.size(); ++i) {
            const PdfOutlineItem &item = list[qsizetype(i)];
            Handle h = handles[i];
            // A heading wrapped over lines reads as one.
            h.replaceKey("/Title", Handle::newUnicodeString(utf8(item.title.simplified())));
            h.replaceKey("/Parent", parent);
            if (i > 0)
                h.replaceKey("/Prev", handles[i - 1]);
            if (i + 1 < handles.size())
                h.replaceKey("/Next", handles[i + 1]);
            h.replaceKey("/Dest", m_pages[size_t(item.target.page)].destination(item.target.top));
            ++count;
            if (!item.children.isEmpty()) {
                const int below = items(h, item.children);
                h.replaceKey("/Count", Handle::newInteger(below));
                count += below;
            }
        }
        if (!handles.empty()) {
            parent.replaceKey("/First", handles.front());
            parent.replaceKey("/Last", handles.back());
        }
        return count;
    }

    QPDF &m_pdf;
    const PdfStructure &m_structure;
    std::vector<PageSpace> m_pages;
};

} // namespace

QByteArray addPdfStructure(const QByteArray &pdf, const PdfStructure &structure, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("Could not complete the PDF: %1").arg(message);
        return QByteArray();
    };
    try {
        QPDF q;
        q.setSuppressWarnings(true); // a warning means qpdf mended something; the result is sound
        q.processMemoryFile("report.pdf", pdf.constData(), size_t(pdf.size()));
        Builder builder(q, structure);
        if (!builder.refersToExistingPages())
            return fail(QStringLiteral("it has %1 pages, fewer than its outline and links refer to")
                            .arg(builder.pageCount()));
        builder.outline();
        builder.links();
        builder.language();

        QPDFWriter w(q);
        w.setOutputMemory();
        // As Qt wrote it: no stream decoded or compressed again, which would only cost time;
        // no object or cross-reference streams, which PDF/A-1 (PDF 1.4) does not allow; and
        // PDF/A-1's end-of-line before "endstream".
        w.setDecodeLevel(qpdf_dl_none);
        w.setCompressStreams(false);
        w.setObjectStreamMode(qpdf_o_disable);
        w.setNewlineBeforeEndstream(true);
        w.write();
        const std::shared_ptr<Buffer> out = w.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return fail(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace ik::report
