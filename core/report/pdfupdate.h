#pragma once

// An incremental update (ISO 32000-1, 7.5.6) appended to a PDF that ends in a cross-reference
// stream, as QPDFWriter writes it with object streams: new or replaced objects, packed into
// compressed object streams, with a cross-reference stream that points back to the one before.
// The tagged report writes its structure tree so (pdfstructure.cpp): thousands of small
// dictionaries that cost libqpdf's object model about ten microseconds each to write, and cost
// this a few hundred nanoseconds. PDF/A-2 allows incremental updates; the update keeps the
// file's /ID, /Root and /Info.

#include <string>
#include <string_view>
#include <vector>

namespace ik::report {

// The objects of an update, their text one after the other in one string: the structure tree is
// some 100 000 small objects, and making and freeing a string for each was a tenth of adding it.
class PdfUpdateObjects
{
public:
    void reserve(size_t objects, size_t bytes);
    // Begins object `number` (generation 0; a number the PDF has is replaced, others are new;
    // each number once in an update).
    // What is appended to the string returned, until the next add(), is the object's PDF
    // syntax, e.g. "<< /Type /StructElem /S /P … >>"; no stream.
    std::string &add(int number);

    size_t size() const { return m_objects.size(); }
    int number(size_t i) const { return m_objects[i].number; }
    std::string_view body(size_t i) const;
    size_t textSize() const { return m_text.size(); }

private:
    struct Object
    {
        int number;
        size_t start; // of its text in m_text
    };
    std::string m_text;
    std::vector<Object> m_objects;
};

// Appends `objects` to `pdf`. Returns an empty string, or what about the PDF's end could not be
// read or about the objects is wrong (then `pdf` is unchanged).
std::string appendPdfUpdate(std::string &pdf, const PdfUpdateObjects &objects);

// The number after the last object of `pdf` (its cross-reference stream's /Size), or 0 when its
// end cannot be read.
int pdfObjectCount(const std::string &pdf);

} // namespace ik::report
