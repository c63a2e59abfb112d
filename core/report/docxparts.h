#pragma once

#include "core/report/reportmodel.h"

#include <QByteArray>
#include <QString>

namespace ik::report::docx {

// The page of the DOCX, in twentieths of a point (twips), matched to the PDF's (reportstyle.h):
// A4 portrait, 20 mm at the sides, the running header above the body and the page number
// below it where the PDF has them.
struct Page
{
    static constexpr int width = 11906, height = 16838;
    static constexpr int left = 1134, right = 1134;
    static constexpr int top = 1534, header = 964;    // body 76.7 pt down; header baseline near 56.7 pt
    static constexpr int bottom = 1334, footer = 600;
    static constexpr int textWidth = width - left - right;
};

// The report's language as Word names it (w:lang, dc:language): nb-NO or en-GB.
QString languageTag(const Document &document);

// The package's fixed parts. `images` is the number of pictures, word/media/image1.png onwards,
// which the document's relationships name rIdImage1 onwards.
QByteArray contentTypes();
QByteArray packageRelationships();
QByteArray documentRelationships(int images);
QByteArray settings(const Document &document);
QByteArray coreProperties(const Document &document);
QByteArray appProperties();
// The running header ("unit – year"); an empty text gives the cover's empty header.
QByteArray header(const QString &text);
// The page number: `pageFormat`'s %1 as a PAGE field and %2 as NUMPAGES ("Side %1 av %2").
QByteArray footer(const QString &pageFormat);

// The relationship ids document.xml uses for them.
inline const QString kHeaderId = QStringLiteral("rIdHeader");
inline const QString kFirstHeaderId = QStringLiteral("rIdHeaderFirst");
inline const QString kFooterId = QStringLiteral("rIdFooter");
inline const QString kFirstFooterId = QStringLiteral("rIdFooterFirst");
inline QString imageId(int number) { return QStringLiteral("rIdImage%1").arg(number); }
inline QString imagePart(int number) { return QStringLiteral("word/media/image%1.png").arg(number); }

} // namespace ik::report::docx
