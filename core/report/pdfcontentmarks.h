#pragma once

// How the tagged PDF's marked content gets into pages that QPainter wrote (pdfstructure.h):
// the boundary that the page's painter paints between two sequences of its content, and the
// qpdf token filter that finds those boundaries in the page's content stream and turns them
// into marked-content operators. Part of pdfstructure.cpp; not for other callers.

#include <QRectF>

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <string>
#include <vector>

namespace ik::report {

// Boundary `index` as paintContentBoundary() paints it: a filled 7 × 3 rectangle at
// x = -77777, y = -(10000 + index), in the painter's coordinates, far off the page, without a
// pen and with the painter moved a little, so that QPdfWriter starts a new graphics state for
// it: "Q q <state> q <matrix> cm -77777 -10005 7 3 re f Q". Nothing the report draws comes near.
QRectF contentBoundaryRect(int index);

// Passes a page's content through unchanged but for the boundaries: boundary 0 becomes the
// start of sequence 0, boundary k the end of sequence k-1 ("EMC") and the start of sequence k,
// the last the end of the last sequence. The marks go between the "Q" and the "q" before the
// boundary's rectangle (which is left out), where no graphics state is open but the page's
// own: so the sequences and the graphics states nest. It checks as it goes, and error() says
// what did not match: a boundary out of order, missing, inside a text object or not after a
// new graphics state; text or painting outside the sequences; a text sequence without a text
// object, or with paths or images in it.
class ContentMarker final : public QPDFObjectHandle::TokenFilter
{
public:
    struct Sequence
    {
        std::string start; // e.g. "/P <</MCID 3>> BDC", "/Artifact <</Type /Layout>> BDC"
        bool text = false;
    };

    explicit ContentMarker(std::vector<Sequence> sequences);

    void handleToken(const QPDFTokenizer::Token &token) override;
    void handleEOF() override;

    const std::string &error() const { return m_error; }

private:
    // An operator with its operands and the white space before them.
    struct Group
    {
        std::vector<QPDFTokenizer::Token> tokens;
        std::vector<double> numbers; // the operands, where all of them are numbers
        bool numeric = true;
        std::string op;
    };
    void held(Group group);
    void flushHeld();
    int boundaryIndex(const Group &re) const;
    void pass(const Group &group);
    void boundary(int index);
    void fail(const std::string &message);

    std::vector<Sequence> m_sequences;
    std::vector<Group> m_held; // "Q", "q" and what sets the state after it: maybe a boundary's start
    int m_heldIndex = -1;      // the boundary whose rectangle was found in m_held
    Group m_group;             // the group being read
    int m_next = 0;            // the boundary expected next
    bool m_inText = false;     // inside BT … ET
    bool m_sawText = false, m_sawPainting = false; // in the current sequence
    std::string m_error;
};

} // namespace ik::report
