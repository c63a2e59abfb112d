#include "core/report/pdfstructure.h"

#include "core/report/pdfsyntax.h"
#include "core/report/pdfupdate.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <vector>

namespace ik::report {

namespace {

using Handle = QPDFObjectHandle;

// Maps the report's units (origin top left, y down) onto a page's PDF user space (origin bottom
// left, y up) as ReportRenderer::render() paints them: from the top left corner, by one factor
// both ways that fits the page into the MediaBox (the report's pages are A4 in whole points, 595 × 842).
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

std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (const std::string &p : parts) {
        if (!out.empty())
            out += ' ';
        out += p;
    }
    return out;
}

void appendNumber(std::string &out, int value)
{
    char buffer[16];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

std::string real(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

// "/TD" for "TD" (built up: GCC 12 warns wrongly of "/" + std::string, -Wrestrict).
std::string name(const QByteArray &type)
{
    std::string n;
    n.reserve(size_t(type.size()) + 1);
    n += '/';
    n.append(type.constData(), size_t(type.size()));
    return n;
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
            if (!l.description.isEmpty()) // PDF/UA: a link says where it leads
                annot.replaceKey("/Contents", Handle::newUnicodeString(utf8(l.description.simplified())));
            m_annots.push_back(m_pdf.makeIndirectObject(annot));
            added[size_t(l.page)].push_back(m_annots.back());
        }
        for (size_t i = 0; i < m_pages.size(); ++i) {
            if (added[i].empty())
                continue;
            // Annotations a page has already stay; a new direct array leaves a shared one alone.
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

    // Prepares the structure tree of the pages' marked content, which structureObjects() writes
    // after QPDFWriter has: a placeholder for /StructTreeRoot that they replace, the pages'
    // /StructParents and the links' /StructParent. Each tagged sequence has the next MCID of its
    // page, as PdfWriter numbered them.
    void tag()
    {
        const PdfStructure &s = m_structure;
        if (s.elements.isEmpty())
            return;
        m_content.assign(size_t(s.elements.size()), {});
        m_parents.assign(size_t(pageCount()), {});
        for (int p = 0; p < pageCount(); ++p) {
            for (const PdfContent &c : s.content[p]) {
                if (c.element < 0)
                    continue;
                const int mcid = int(m_parents[size_t(p)].size());
                m_parents[size_t(p)].push_back(c.element);
                m_content[size_t(c.element)].push_back({p, mcid});
            }
            m_pages[size_t(p)].page().replaceKey("/StructParents", Handle::newInteger(p));
        }
        m_nextKey = pageCount();
        for (qsizetype i = 0; i < s.elements.size(); ++i) {
            if (s.elements[i].link >= 0) {
                m_annots[size_t(s.elements[i].link)].replaceKey("/StructParent", Handle::newInteger(m_nextKey));
                m_linkKeys.push_back(int(i));
                ++m_nextKey;
            }
        }
        m_root = m_pdf.makeIndirectObject(Handle::newDictionary());
        Handle catalog = m_pdf.getRoot();
        catalog.replaceKey("/StructTreeRoot", m_root);
        catalog.replaceKey("/MarkInfo", Handle::parse("<< /Marked true >>"));
    }

    bool tagged() const { return !m_content.empty(); }

    // The structure tree, numbered from `first` on, as `w` wrote the rest: one object per
    // element, the parent tree, and /StructTreeRoot in the place of its placeholder.
    PdfUpdateObjects structureObjects(QPDFWriter &w, int first) const
    {
        const PdfStructure &s = m_structure;
        const auto written = [&](const Handle &h) {
            return std::to_string(w.getRenumberedObjGen(h.getObjGen()).getObj()) + " 0 R";
        };
        std::vector<std::string> pages;
        for (const PageSpace &p : m_pages)
            pages.push_back(written(p.page()));
        const auto element = [&](int i) { return std::to_string(first + i) + " 0 R"; };
        const int count = int(s.elements.size());
        const int parentTree = first + count;

        std::vector<std::vector<int>> kids(static_cast<size_t>(count));
        for (int i = 1; i < count; ++i)
            kids[size_t(s.elements[i].parent)].push_back(i);
        PdfUpdateObjects objects;
        objects.reserve(size_t(count) + 2, size_t(count) * 96);
        // Written straight into the update's text: the temporary strings of "a" + b + … were a
        // quarter of adding the structure.
        const auto appendReference = [](std::string &out, int number) {
            appendNumber(out, number);
            out += " 0 R";
        };
        for (int i = 0; i < count; ++i) {
            const PdfElement &e = s.elements[i];
            const std::vector<Mcr> &mcrs = m_content[size_t(i)];
            const size_t kidCount = kids[size_t(i)].size() + mcrs.size() + (e.link >= 0 ? 1 : 0);
            std::string &d = objects.add(first + i);
            d += "<< /S ";
            d += name(e.type);
            d += " /P ";
            if (i == 0)
                d += written(m_root);
            else
                appendReference(d, first + e.parent);
            if (!mcrs.empty()) {
                d += " /Pg ";
                d += pages[size_t(mcrs.front().page)];
            }
            if (kidCount > 0) {
                d += kidCount == 1 ? " /K " : " /K [ ";
                bool firstKid = true;
                const auto nextKid = [&] {
                    if (!firstKid)
                        d += ' ';
                    firstKid = false;
                };
                for (int kid : kids[size_t(i)]) {
                    nextKid();
                    appendReference(d, first + kid);
                }
                for (const Mcr &m : mcrs) {
                    nextKid();
                    if (m.page == mcrs.front().page) {
                        appendNumber(d, m.mcid);
                        continue;
                    }
                    d += "<< /Type /MCR /Pg ";
                    d += pages[size_t(m.page)];
                    d += " /MCID ";
                    appendNumber(d, m.mcid);
                    d += " >>";
                }
                if (e.link >= 0) {
                    nextKid();
                    d += "<< /Type /OBJR /Pg ";
                    d += pages[size_t(s.links[e.link].page)];
                    d += " /Obj ";
                    d += written(m_annots[size_t(e.link)]);
                    d += " >>";
                }
                if (kidCount > 1)
                    d += " ]";
            }
            if (!e.alt.isEmpty())
                d += " /Alt " + pdfTextString(e.alt);
            std::vector<std::string> attributes;
            if (e.columnHeader)
                attributes.push_back("<< /O /Table /Scope /Column >>");
            if (e.columnSpan > 1)
                attributes.push_back("<< /O /Table /ColSpan " + std::to_string(e.columnSpan) + " >>");
            if (!e.box.isEmpty() && !mcrs.empty()) {
                const PageSpace &on = m_pages[size_t(mcrs.front().page)];
                attributes.push_back("<< /O /Layout /BBox [ " + real(on.x(e.box.left())) + ' ' +
                                     real(on.y(e.box.bottom())) + ' ' + real(on.x(e.box.right())) + ' ' +
                                     real(on.y(e.box.top())) + " ] >>");
            }
            if (attributes.size() == 1)
                d += " /A " + attributes.front();
            else if (!attributes.empty())
                d += " /A [ " + joined(attributes) + " ]";
            d += " >>";
        }

        // Each page's MCIDs → their elements, then each link's key → its element.
        std::string &nums = objects.add(parentTree);
        nums += "<< /Nums [ ";
        for (size_t p = 0; p < m_parents.size(); ++p) {
            appendNumber(nums, int(p));
            nums += " [";
            for (int e : m_parents[p]) {
                nums += ' ';
                appendReference(nums, first + e);
            }
            nums += " ] ";
        }
        for (size_t l = 0; l < m_linkKeys.size(); ++l) {
            appendNumber(nums, pageCount() + int(l));
            nums += ' ';
            appendReference(nums, first + m_linkKeys[l]);
            nums += ' ';
        }
        nums += "] >>";
        objects.add(w.getRenumberedObjGen(m_root.getObjGen()).getObj()) +=
            "<< /Type /StructTreeRoot /K " + element(0) + " /ParentTree " + std::to_string(parentTree) +
            " 0 R /ParentTreeNextKey " + std::to_string(m_nextKey) + " >>";
        return objects;
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
    std::vector<Handle> m_annots; // one per PdfLink
    // What tag() found for structureObjects(): each element's marked content, each page's
    // elements by MCID, the elements of the links by their parent tree key.
    struct Mcr
    {
        int page, mcid;
    };
    std::vector<std::vector<Mcr>> m_content;
    std::vector<std::vector<int>> m_parents;
    std::vector<int> m_linkKeys;
    int m_nextKey = 0;
    Handle m_root;
};

} // namespace

std::string markedContentStart(const PdfContent &content, const QList<PdfElement> &elements, int mcid)
{
    if (content.element >= 0)
        return name(elements.at(content.element).type) + " <</MCID " + std::to_string(mcid) + ">> BDC";
    switch (content.artifact) {
    case PdfArtifact::Header: return "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
    case PdfArtifact::Footer: return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";
    case PdfArtifact::Pagination: return "/Artifact <</Type /Pagination>> BDC";
    case PdfArtifact::Layout: break;
    }
    return "/Artifact <</Type /Layout>> BDC";
}

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
        // As PdfWriter wrote it: no stream decoded or compressed again, which would only cost
        // time; PDF 1.7, which PDF/A-2 is based on and the structure's attributes need; object
        // streams, which PDF/A-2 allows; and PDF/A's end-of-line before "endstream".
        w.setMinimumPDFVersion("1.7");
        w.setDecodeLevel(qpdf_dl_none);
        w.setCompressStreams(false);
        w.setObjectStreamMode(qpdf_o_generate);
        w.setNewlineBeforeEndstream(true);
        w.write();
        const std::shared_ptr<Buffer> out = w.getBufferSharedPointer();
        std::string written(reinterpret_cast<const char *>(out->getBuffer()), out->getSize());
        if (builder.tagged()) {
            // The structure tree as an update of what QPDFWriter wrote (pdfupdate.h).
            const int first = pdfObjectCount(written);
            if (first <= 0)
                return fail(QStringLiteral("its cross-reference stream cannot be read"));
            if (const std::string problem = appendPdfUpdate(written, builder.structureObjects(w, first));
                !problem.empty())
                return fail(QString::fromStdString(problem));
        }
        return QByteArray(written.data(), qsizetype(written.size()));
    } catch (const std::exception &e) {
        return fail(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace ik::report
