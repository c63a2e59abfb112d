#include "pdftagreader.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <exception>
#include <map>
#include <vector>

namespace iktest {

namespace {

using Handle = QPDFObjectHandle;

QString text(Handle h) { return h.isString() ? QString::fromStdString(h.getUTF8Value()) : QString(); }

class Reader
{
public:
    Reader(QPDF &pdf, TaggedPdf &out) : m_pdf(pdf), m_out(out)
    {
        int i = 0;
        for (QPDFPageObjectHelper &p : QPDFPageDocumentHelper(pdf).getAllPages()) {
            m_pages.push_back(p);
            m_pageIndex[p.getObjectHandle().getObjGen()] = i++;
        }
    }

    void catalog()
    {
        Handle root = m_pdf.getRoot();
        Handle mark = root.getKey("/MarkInfo");
        m_out.marked = mark.isDictionary() && mark.getKey("/Marked").isBool() && mark.getKey("/Marked").getBoolValue();
        Handle prefs = root.getKey("/ViewerPreferences");
        m_out.displayDocTitle = prefs.isDictionary() && prefs.getKey("/DisplayDocTitle").isBool() &&
                                prefs.getKey("/DisplayDocTitle").getBoolValue();
        m_tree = root.getKey("/StructTreeRoot");
        m_out.structTreeRoot = m_tree.isDictionary();
    }

    void tree()
    {
        if (!m_out.structTreeRoot)
            return;
        for (Handle kid : kids(m_tree.getKey("/K")))
            if (kid.isDictionary())
                element(kid, -1, m_tree);
    }

    void pages()
    {
        Handle parentTree = m_out.structTreeRoot ? m_tree.getKey("/ParentTree") : Handle::newNull();
        for (size_t p = 0; p < m_pages.size(); ++p) {
            Handle parents;
            Handle key = m_pages[p].getObjectHandle().getKey("/StructParents");
            if (parentTree.isDictionary() && key.isInteger()) {
                QPDFNumberTreeObjectHelper numbers(parentTree, m_pdf, false);
                numbers.findObject(key.getIntValue(), parents);
            }
            Content content(*this, int(p), parents);
            m_pages[p].parseContents(&content);
        }
    }

private:
    static std::vector<Handle> kids(Handle k)
    {
        if (k.isArray())
            return k.getArrayAsVector();
        if (k.isNull())
            return {};
        return {k};
    }

    int pageOf(Handle page) const
    {
        const auto it = m_pageIndex.find(page.getObjGen());
        return it == m_pageIndex.end() ? -1 : it->second;
    }

    void element(Handle e, int parent, Handle parentHandle)
    {
        if (m_index.count(e.getObjGen())) {
            m_out.problems << QStringLiteral("an element is in the tree twice");
            return;
        }
        const int index = int(m_out.elements.size());
        m_out.elements.append(TaggedPdf::Element());
        m_index[e.getObjGen()] = index;
        TaggedPdf::Element el;
        el.type = QByteArray::fromStdString(e.getKey("/S").isName() ? e.getKey("/S").getName().substr(1) : std::string());
        el.parent = parent;
        el.alt = text(e.getKey("/Alt"));
        if (!e.getKey("/P").isSameObjectAs(parentHandle))
            m_out.problems << QStringLiteral("a %1 element's /P is not its parent").arg(QString::fromLatin1(el.type));
        for (Handle a : kids(e.getKey("/A")))
            if (a.isDictionary() && a.getKey("/Scope").isName() && a.getKey("/Scope").getName() == "/Column")
                el.columnScope = true;
        const int page = pageOf(e.getKey("/Pg"));
        std::vector<Handle> elementKids;
        for (Handle k : kids(e.getKey("/K"))) {
            if (k.isInteger()) {
                if (page < 0)
                    m_out.problems << QStringLiteral("an MCID of an element without /Pg");
                el.content.append({page, int(k.getIntValue())});
            } else if (k.isDictionary() && k.getKey("/Type").isName() && k.getKey("/Type").getName() == "/MCR") {
                el.content.append({pageOf(k.getKey("/Pg")), int(k.getKey("/MCID").getIntValue())});
            } else if (k.isDictionary() && k.getKey("/Type").isName() && k.getKey("/Type").getName() == "/OBJR") {
                Handle annot = k.getKey("/Obj");
                if (annot.isDictionary() && annot.getKey("/Subtype").isName() && annot.getKey("/Subtype").getName() == "/Link")
                    ++el.links;
            } else if (k.isDictionary()) {
                elementKids.push_back(k);
            }
        }
        m_out.elements[index] = el;
        for (Handle k : elementKids) {
            m_out.elements[index].kids << int(m_out.elements.size());
            element(k, index, e);
        }
    }

    // The marked content of one page: each BT is checked against the sequences it is in.
    class Content : public QPDFObjectHandle::ParserCallbacks
    {
    public:
        Content(Reader &r, int page, Handle parents) : m_r(r), m_page(page), m_parents(parents) {}

        void handleObject(QPDFObjectHandle o) override
        {
            if (!o.isOperator()) {
                m_operands.push_back(o);
                return;
            }
            const std::string op = o.getOperatorValue();
            if (op == "q") {
                ++m_depth;
            } else if (op == "Q") {
                --m_depth;
                // q/Q and BDC/EMC nest: no graphics state begun before a sequence ends inside it.
                if (!m_stack.empty() && m_depth < m_stack.back().depth)
                    problem(QStringLiteral("a graphics state ends inside a marked-content sequence"));
            } else if (op == "BDC" || op == "BMC") {
                Sequence s;
                s.depth = m_depth;
                if (!m_operands.empty() && m_operands[0].isName())
                    s.artifact = m_operands[0].getName() == "/Artifact";
                if (op == "BDC" && m_operands.size() == 2 && m_operands[1].isDictionary() &&
                    m_operands[1].getKey("/MCID").isInteger())
                    s.mcid = int(m_operands[1].getKey("/MCID").getIntValue());
                m_stack.push_back(s);
            } else if (op == "EMC") {
                if (m_stack.empty())
                    problem(QStringLiteral("EMC without a sequence to end"));
                else if (m_stack.back().depth != m_depth)
                    problem(QStringLiteral("a marked-content sequence ends in another graphics state than it began"));
                if (!m_stack.empty())
                    m_stack.pop_back();
            } else if (op == "BT") {
                text();
            }
            m_operands.clear();
        }

        void handleEOF() override
        {
            if (!m_stack.empty())
                problem(QStringLiteral("a marked-content sequence is not ended"));
        }

    private:
        struct Sequence
        {
            bool artifact = false;
            int mcid = -1;
            int depth = 0;
        };

        void text()
        {
            TaggedPdf::TextObject t;
            t.page = m_page;
            for (const Sequence &s : m_stack)
                t.artifact = t.artifact || s.artifact;
            int mcid = -1;
            for (auto it = m_stack.rbegin(); it != m_stack.rend() && mcid < 0; ++it)
                mcid = it->mcid;
            if (!t.artifact && mcid >= 0) {
                Handle e = m_parents.isArray() && mcid < m_parents.getArrayNItems() ? m_parents.getArrayItem(mcid)
                                                                                    : Handle::newNull();
                const auto found = e.isDictionary() ? m_r.m_index.find(e.getObjGen()) : m_r.m_index.end();
                if (found == m_r.m_index.end()) {
                    problem(QStringLiteral("MCID %1 is not in the structure tree").arg(mcid));
                } else {
                    t.element = found->second;
                    if (!m_r.m_out.elements[t.element].content.contains(qMakePair(m_page, mcid)))
                        problem(QStringLiteral("MCID %1's element does not hold it").arg(mcid));
                }
            }
            if (!t.artifact && t.element < 0)
                problem(QStringLiteral("a text object is neither tagged nor an artifact"));
            m_r.m_out.texts.append(t);
        }

        void problem(const QString &what) { m_r.m_out.problems << QStringLiteral("page %1: %2").arg(m_page + 1).arg(what); }

        Reader &m_r;
        int m_page;
        Handle m_parents;
        std::vector<Handle> m_operands;
        std::vector<Sequence> m_stack;
        int m_depth = 0;
    };

    QPDF &m_pdf;
    TaggedPdf &m_out;
    Handle m_tree;
    std::vector<QPDFPageObjectHelper> m_pages;
    std::map<QPDFObjGen, int> m_pageIndex;
    std::map<QPDFObjGen, int> m_index; // element → index in m_out.elements
};

} // namespace

TaggedPdf readTaggedPdf(const QString &path)
{
    TaggedPdf out;
    try {
        QPDF pdf;
        pdf.processFile(path.toLocal8Bit().constData());
        Reader r(pdf, out);
        r.catalog();
        r.tree();
        r.pages();
        out.read = true;
    } catch (const std::exception &e) {
        out.problems << QString::fromLocal8Bit(e.what());
    }
    return out;
}

} // namespace iktest
