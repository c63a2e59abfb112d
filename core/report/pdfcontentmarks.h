#pragma once

// How the tagged PDF's marked content gets into pages that QPainter wrote (pdfstructure.h):
// the boundary that the page's painter paints between two sequences of its content, and the
// pass over the page's decoded content stream that finds those boundaries and turns them into
// marked-content operators. Part of pdfstructure.cpp; not for other callers.

#include <QRectF>

#include <string>
#include <string_view>
#include <vector>

namespace ik::report {

// Boundary `index` as paintContentBoundary() paints it: a filled 7 × 3 rectangle at
// x = -77777, y = -(10000 + index), in the painter's coordinates, far off the page, without a
// pen, with the painter moved a little (and, deep, clipped), so that QPdfWriter closes the
// graphics states it has open for it: "Q q <matrix> cm <state> q <matrix> cm -77777 -10005 7 3
// re f Q" (deep: "Q Q q <clip> W n q …"). Nothing the report draws comes near.
QRectF contentBoundaryRect(int index);

struct MarkedSequence
{
    std::string start; // e.g. "/P <</MCID 3>> BDC", "/Artifact <</Type /Layout>> BDC"
    bool text = false;
};

// Copies a page's content to `out` unchanged but for the boundaries: boundary 0 becomes the
// start of sequence 0, boundary k the end of sequence k-1 ("EMC") and the start of sequence k,
// the last the end of the last sequence; the rectangles are left out. So that the sequences and
// the graphics states nest, a sequence's end goes into the run of "Q" before its closing
// boundary, at the outermost depth of graphics states it never went below, and its start back
// to where, before it painted, the depth last was that: sequences begin and end in the same
// graphics state, whatever states the painter opened and closed around them. A small scanner of
// the content's syntax (ISO 32000-1, 7.2 and 7.8.2) does it in one pass without copying tokens:
// the report's pages hold megabytes of text operators. Returns an empty string when the content
// matched its sequences, else what did not: a boundary out of order, missing, inside a text
// object or not after a new graphics state; a sequence that leaves the graphics state it began
// in (a clip between shallow boundaries); text or painting outside the sequences; a text
// sequence without a text object, or with paths or images in it; syntax it does not know (an
// inline image).
std::string markContent(std::string_view content, const std::vector<MarkedSequence> &sequences,
                        std::string &out);

} // namespace ik::report
