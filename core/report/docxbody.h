#pragma once

#include "core/common/progress.h"
#include "core/report/reportmodel.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ik::report::docx {

// word/document.xml of the report and the pictures it shows.
struct Body
{
    QByteArray xml;
    QList<QByteArray> images; // PNG; the first is word/media/image1.png (docxparts.h)
};

// The document's blocks as WordprocessingML: paragraphs in their styles, tables as Word tables
// with a repeated header row, each figure painted into a PNG and placed inline with its
// alternative text, the contents as a TOC field (filled with the headings and the pages of the
// program's own layout, which Word and LibreOffice then recompute), a page break as one. Text is
// written as text (docxxml.h). Progress counts blocks; nothing when it cancels.
std::optional<Body> documentBody(const Document &document, const Progress &progress = {});

} // namespace ik::report::docx
