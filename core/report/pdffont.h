#pragma once

// One font face as the report's own PDF writer (pdfwriter.h) embeds it: a composite font
// (Type0, Identity-H) over a CIDFontType2 whose CIDs are the face's glyph indexes, with the
// TrueType program cut down to the glyphs the document used, their widths as the program has
// them, and a ToUnicode map so that the text is found, searched and copied as typed
// (ISO 32000-1, 9.7 and 9.10; PDF/A-2, 6.2.11). Part of pdfwriter.cpp; not for other callers.

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <map>
#include <vector>
#include <string>

namespace ik::report {

class PdfFont
{
public:
    explicit PdfFont(const QRawFont &face);

    // Notes a glyph that is shown and the text it stands for (the first text noted wins).
    void use(quint32 glyph, QStringView text)
    {
        if (glyph < m_seen.size() && m_seen[glyph])
            return;
        if (glyph >= m_seen.size())
            m_seen.resize(glyph + 1, false);
        m_seen[glyph] = true;
        m_used.emplace(glyph, text.toString());
    }

    // A glyph's advance width in thousandths of the em, as the program has it (/W).
    double advanceWidth(quint32 glyph) const { return double(advance(glyph)) * 1000.0 / m_unitsPerEm; }

    // The face's program has what an embedded TrueType font needs (glyf, loca, head, hhea,
    // hmtx, maxp). Else the writer cannot embed it, and says so.
    bool embeddable() const { return m_embeddable; }

    // The program with every glyph left out that was not used (glyph indexes kept, so the CIDs
    // stay the glyph indexes), its tables' checksums made anew.
    QByteArray subsetProgram() const;
    // /W: the used glyphs' advance widths in thousandths of the em, as the program has them.
    std::string widths() const;
    // The ToUnicode CMap of the used glyphs.
    std::string toUnicode() const;
    // The font descriptor's metrics, in thousandths of the em.
    std::string descriptorMetrics() const;
    // The PostScript name, with the subset's tag in front ("ABCDEF+DejaVuSans-Bold").
    std::string baseFont() const;

private:
    QByteArray table(const char *tag) const;
    quint32 advance(quint32 glyph) const; // in the program's units

    QRawFont m_face;
    bool m_embeddable = false;
    std::map<quint32, QString> m_used; // sorted by glyph
    std::vector<bool> m_seen;          // by glyph: in m_used
    int m_unitsPerEm = 1000;
    QByteArray m_hmtx;
    int m_horizontalMetrics = 0;
    QString m_postScriptName;
};

} // namespace ik::report
