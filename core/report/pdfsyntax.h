#pragma once

// Pieces of PDF syntax that the report's PDF writer, its fonts and its structure all write
// (ISO 32000-1, 7.3). Part of pdfwriter.cpp, pdffont.cpp and pdfstructure.cpp.

#include <QString>

#include <string>

namespace ik::report {

// Four hexadecimal digits: a UTF-16 code unit, or a glyph index of a two-byte font encoding.
inline void appendHex4(std::string &out, unsigned value)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(value >> shift) & 0xf];
}

// A text string (7.9.2.2): UTF-16BE with its byte order mark, in hexadecimal, so that no
// character of the text needs escaping.
inline std::string pdfTextString(const QString &text)
{
    std::string out = "<FEFF";
    out.reserve(size_t(text.size()) * 4 + 6);
    for (const QChar c : text)
        appendHex4(out, c.unicode());
    out += '>';
    return out;
}

} // namespace ik::report
