#pragma once

// The marking of every page of a tagged PDF (pdfstructure.h) at once: each page's content is
// inflated, marked (markContent, pdfcontentmarks.h) and compressed again on its own, so the
// pages are shared out among the processor's cores. This is most of what tagging costs; qpdf's
// document objects are not thread-safe, so they stay with the caller, which hands in bytes and
// takes bytes back. Part of pdfstructure.cpp; not for other callers.

#include "core/report/pdfcontentmarks.h"

#include <string>
#include <vector>

namespace ik::report {

struct PageMarking
{
    // In: the page's content stream, compressed with /FlateDecode as QPdfWriter writes it or,
    // where it was not, already decoded; and the sequences it must hold.
    std::string content;
    bool flateEncoded = false;
    std::vector<MarkedSequence> sequences;
    // Out: the marked content, compressed with /FlateDecode (zlib's stream format), or what
    // went wrong (markContent's reason, or a stream that does not inflate).
    std::string marked;
    std::string problem;
};

// Fills in each page's `marked` or `problem`; pages are independent, so one page's problem
// does not stop the others.
void markPages(std::vector<PageMarking> &pages);

} // namespace ik::report
