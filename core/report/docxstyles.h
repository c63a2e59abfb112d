#pragma once

#include "core/report/reportmodel.h"

#include <QByteArray>
#include <QString>

namespace ik::report::docx {

// word/styles.xml: a paragraph style for each of the report's text styles, sized as in the PDF
// (reportstyle.cpp), the headings as Word's own "heading 1" to "heading 3" with their outline
// levels (so the navigation pane, a table of contents and LibreOffice's navigator find them),
// the contents' styles, header and footer; the document's language in the defaults.
QByteArray styles(const Document &document);

// The style id document.xml names for a text style.
QString styleId(TextStyle style);

// Styles that are no TextStyle.
inline const QString kCoverHeading = QStringLiteral("CoverHeading"); // a heading before the contents: not in the outline
inline const QString kContentsHeading = QStringLiteral("TOCHeading");
inline QString contentsEntry(int level) { return QStringLiteral("TOC%1").arg(level); }
inline const QString kTableDetail = QStringLiteral("TableDetail");
inline const QString kFigure = QStringLiteral("Figure");

} // namespace ik::report::docx
