#pragma once

// An incremental update (ISO 32000-1, 7.5.6) appended to a PDF that ends in a cross-reference
// stream, as QPDFWriter writes it with object streams: new or replaced objects, packed into
// compressed object streams, with a cross-reference stream that points back to the one before.
// The tagged report writes its structure tree so (pdfstructure.cpp): thousands of small
// dictionaries that cost libqpdf's object model about ten microseconds each to write, and cost
// this a few hundred nanoseconds. PDF/A-2 allows incremental updates; the update keeps the
// file's /ID, /Root and /Info.

#include <string>
#include <vector>

namespace ik::report {

struct PdfUpdateObject
{
    int number = 0;   // generation 0; a number the PDF has is replaced, others are new
    std::string body; // the object's PDF syntax, e.g. "<< /Type /StructElem /S /P … >>"; no stream
};

// Appends `objects` to `pdf`. Returns an empty string, or what about the PDF's end could not be
// read (then `pdf` is unchanged).
std::string appendPdfUpdate(std::string &pdf, const std::vector<PdfUpdateObject> &objects);

// The number after the last object of `pdf` (its cross-reference stream's /Size), or 0 when its
// end cannot be read.
int pdfObjectCount(const std::string &pdf);

} // namespace ik::report
