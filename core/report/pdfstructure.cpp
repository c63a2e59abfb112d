#include "core/report/pdfstructure.h"

#include "core/report/pdfcontentmarks.h"

#include <QPainter>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <vector>

namespace ik::report {

void paintContentBoundary(QPainter *painter, int index)
{
    painter->save();
    // A clip and a new transformation, so that QPdfWriter closes every graphics state but the
    // page's ("Q Q q <clip> q <matrix> cm"), before and after: a figure may clip (text that does
    // not fit its rectangle), which closes them too. No pen, so that it writes the rectangle
    // as one ("re f") whatever pen the painter had.
    // The clip last: QPainter hands the engine its state when the clip is set.
    painter->translate(0.5, 0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    painter->setClipRect(QRectF(-1e6, -1e6, 2e6, 2e6));
    painter->drawRect(contentBoundaryRect(index));
    painter->restore();
}

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
        m_helpers = QPDFPageDocumentHelper(pdf).getAllPages();
        for (QPDFPageObjectHelper &page : m_helpers)
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
            if (!l.description.isEmpty()) // PDF/UA: a link says where it leads
                annot.replaceKey("/Contents", Handle::newUnicodeString(utf8(l.description.simplified())));
            m_annots.push_back(m_pdf.makeIndirectObject(annot));
            added[size_t(l.page)].push_back(m_annots.back());
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
            page.replaceKey("/Tabs", Handle::newName("/S")); // in the order of the structure (PDF/UA)
        }
    }

    // The title bar shows the document's title rather than its file name (PDF/UA).
    void viewerPreferences()
    {
        Handle catalog = m_pdf.getRoot();
        Handle prefs = catalog.getKey("/ViewerPreferences");
        if (!prefs.isDictionary())
            prefs = Handle::newDictionary();
        prefs.replaceKey("/DisplayDocTitle", Handle::newBool(true));
        catalog.replaceKey("/ViewerPreferences", prefs);
    }

    // Checks what tag() relies on; an empty message when it holds.
    QString structureProblem() const
    {
        const PdfStructure &s = m_structure;
        if (s.elements.isEmpty())
            return {};
        if (s.content.size() != pageCount())
            return QStringLiteral("its structure describes %1 pages, the PDF has %2")
                .arg(s.content.size())
                .arg(pageCount());
        for (qsizetype i = 0; i < s.elements.size(); ++i) {
            const PdfElement &e = s.elements[i];
            if ((i == 0) != (e.parent < 0) || e.parent >= i)
                return QStringLiteral("structure element %1 has no parent before it").arg(i);
            if (e.type == "Figure" && e.alt.trimmed().isEmpty())
                return QStringLiteral("figure %1 has no alternative text").arg(i);
            if (e.link >= s.links.size())
                return QStringLiteral("structure element %1 refers to a link that is not there").arg(i);
        }
        for (const QList<PdfContent> &page : s.content)
            for (const PdfContent &c : page)
                if (c.element >= s.elements.size())
                    return QStringLiteral("content refers to a structure element that is not there");
        return {};
    }

    // The structure tree, and each page's content marked as its sequences say.
    void tag()
    {
        const PdfStructure &s = m_structure;
        if (s.elements.isEmpty())
            return;
        std::vector<Handle> elements;
        elements.reserve(size_t(s.elements.size()));
        for (qsizetype i = 0; i < s.elements.size(); ++i)
            elements.push_back(m_pdf.makeIndirectObject(Handle::newDictionary()));
        Handle root = m_pdf.makeIndirectObject(Handle::newDictionary());

        // Mark each page's content; each tagged sequence gets the next MCID of its page.
        struct Mcr
        {
            int page, mcid;
        };
        std::vector<std::vector<Mcr>> content(elements.size());
        std::vector<Handle> nums;
        for (int p = 0; p < pageCount(); ++p) {
            std::vector<MarkedSequence> sequences;
            std::vector<Handle> parents; // by MCID
            for (const PdfContent &c : s.content[p]) {
                if (c.element >= 0) {
                    const int mcid = int(parents.size());
                    sequences.push_back({name(s.elements[c.element].type) + " <</MCID " + std::to_string(mcid) + ">> BDC",
                                         c.text});
                    parents.push_back(elements[size_t(c.element)]);
                    content[size_t(c.element)].push_back({p, mcid});
                } else {
                    sequences.push_back({artifact(c.artifact), c.text});
                }
            }
            mark(p, sequences);
            nums.push_back(Handle::newInteger(p));
            nums.push_back(Handle::newArray(parents));
            m_pages[size_t(p)].page().replaceKey("/StructParents", Handle::newInteger(p));
        }

        const Handle columnScope = m_pdf.makeIndirectObject(Handle::parse("<< /O /Table /Scope /Column >>"));
        std::vector<std::vector<Handle>> kids(elements.size());
        for (size_t i = 1; i < elements.size(); ++i)
            kids[size_t(s.elements[qsizetype(i)].parent)].push_back(elements[i]);
        int nextKey = pageCount();
        for (size_t i = 0; i < elements.size(); ++i) {
            const PdfElement &e = s.elements[qsizetype(i)];
            Handle h = elements[i];
            h.replaceKey("/S", Handle::newName(name(e.type)));
            h.replaceKey("/P", i == 0 ? root : elements[size_t(e.parent)]);
            std::vector<Handle> &k = kids[i];
            const std::vector<Mcr> &mcrs = content[i];
            if (!mcrs.empty()) {
                const int first = mcrs.front().page;
                h.replaceKey("/Pg", m_pages[size_t(first)].page());
                for (const Mcr &m : mcrs) {
                    if (m.page == first) {
                        k.push_back(Handle::newInteger(m.mcid));
                    } else {
                        Handle mcr = Handle::newDictionary();
                        mcr.replaceKey("/Type", Handle::newName("/MCR"));
                        mcr.replaceKey("/Pg", m_pages[size_t(m.page)].page());
                        mcr.replaceKey("/MCID", Handle::newInteger(m.mcid));
                        k.push_back(mcr);
                    }
                }
            }
            if (e.link >= 0) {
                const PdfLink &l = s.links[e.link];
                Handle annot = m_annots[size_t(e.link)];
                Handle objr = Handle::newDictionary();
                objr.replaceKey("/Type", Handle::newName("/OBJR"));
                objr.replaceKey("/Pg", m_pages[size_t(l.page)].page());
                objr.replaceKey("/Obj", annot);
                k.push_back(objr);
                annot.replaceKey("/StructParent", Handle::newInteger(nextKey));
                nums.push_back(Handle::newInteger(nextKey++));
                nums.push_back(h);
            }
            if (k.size() == 1)
                h.replaceKey("/K", k.front());
            else if (!k.empty())
                h.replaceKey("/K", Handle::newArray(k));
            if (!e.alt.isEmpty())
                h.replaceKey("/Alt", Handle::newUnicodeString(utf8(e.alt)));
            std::vector<Handle> attributes;
            if (e.columnHeader)
                attributes.push_back(columnScope);
            if (e.columnSpan > 1)
                attributes.push_back(Handle::parse("<< /O /Table /ColSpan " + std::to_string(e.columnSpan) + " >>"));
            if (!e.box.isEmpty() && !mcrs.empty()) {
                const PageSpace &on = m_pages[size_t(mcrs.front().page)];
                Handle a = Handle::newDictionary();
                a.replaceKey("/O", Handle::newName("/Layout"));
                a.replaceKey("/BBox", Handle::newArray(Handle::Rectangle(on.x(e.box.left()), on.y(e.box.bottom()),
                                                                        on.x(e.box.right()), on.y(e.box.top()))));
                attributes.push_back(a);
            }
            if (attributes.size() == 1)
                h.replaceKey("/A", attributes.front());
            else if (!attributes.empty())
                h.replaceKey("/A", Handle::newArray(attributes));
        }

        root.replaceKey("/Type", Handle::newName("/StructTreeRoot"));
        root.replaceKey("/K", elements.front());
        Handle parentTree = Handle::newDictionary();
        parentTree.replaceKey("/Nums", Handle::newArray(nums));
        root.replaceKey("/ParentTree", m_pdf.makeIndirectObject(parentTree));
        root.replaceKey("/ParentTreeNextKey", Handle::newInteger(nextKey));
        Handle catalog = m_pdf.getRoot();
        catalog.replaceKey("/StructTreeRoot", root);
        catalog.replaceKey("/MarkInfo", Handle::parse("<< /Marked true >>"));
    }

    void language()
    {
        if (!m_structure.language.isEmpty())
            m_pdf.getRoot().replaceKey("/Lang",
                                       Handle::newUnicodeString(utf8(m_structure.language)));
    }

private:
    // "/TD" for "TD" (built up: GCC 12 warns wrongly of "/" + std::string, -Wrestrict).
    static std::string name(const QByteArray &type)
    {
        std::string n;
        n.reserve(size_t(type.size()) + 1);
        n += '/';
        n.append(type.constData(), size_t(type.size()));
        return n;
    }

    static std::string artifact(PdfArtifact kind)
    {
        switch (kind) {
        case PdfArtifact::Header: return "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
        case PdfArtifact::Footer: return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";
        case PdfArtifact::Pagination: return "/Artifact <</Type /Pagination>> BDC";
        case PdfArtifact::Layout: break;
        }
        return "/Artifact <</Type /Layout>> BDC";
    }

    // Replaces page `p`'s content with the same, marked; throws when it does not match.
    void mark(int p, const std::vector<MarkedSequence> &sequences)
    {
        std::string content;
        Pl_String collect("page content", nullptr, content);
        m_helpers[size_t(p)].pipeContents(&collect); // decoded
        std::string marked;
        marked.reserve(content.size() + sequences.size() * 48);
        const std::string problem = markContent(content, sequences, marked);
        if (!problem.empty())
            throw std::runtime_error("page " + std::to_string(p + 1) +
                                     ": its content does not match its structure: " + problem);
        // zlib's fastest level: the page is most of the file's bytes, and compressing them again
        // is most of the time tagging takes (docs/performance.md).
        const QByteArray z = qCompress(reinterpret_cast<const uchar *>(marked.data()), qsizetype(marked.size()), 1);
        Handle stream = m_pdf.newStream();
        stream.replaceStreamData(std::string(z.constData() + 4, size_t(z.size() - 4)), // without Qt's length
                                 Handle::newName("/FlateDecode"), Handle::newNull());
        m_pages[size_t(p)].page().replaceKey("/Contents", stream);
    }

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
    std::vector<QPDFPageObjectHelper> m_helpers;
    std::vector<PageSpace> m_pages;
    std::vector<Handle> m_annots; // one per PdfLink
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
        if (const QString problem = builder.structureProblem(); !problem.isEmpty())
            return fail(problem);
        builder.outline();
        builder.links();
        builder.language();
        builder.viewerPreferences();
        builder.tag();

        QPDFWriter w(q);
        w.setOutputMemory();
        // As Qt wrote it: no stream decoded or compressed again, which would only cost time (the
        // marked pages' content is compressed as it is marked); PDF 1.7, which PDF/A-2 is based
        // on and the structure's attributes need; object streams, which PDF/A-2 allows and which
        // keep the structure's thousands of small objects from tripling the file; and PDF/A's
        // end-of-line before "endstream".
        w.setMinimumPDFVersion("1.7");
        w.setDecodeLevel(qpdf_dl_none);
        w.setCompressStreams(false);
        w.setObjectStreamMode(qpdf_o_generate);
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
