#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ik::tsv {

// Text as spreadsheets put cells on the clipboard: a tab between cells, a line break after each
// row. Excel and LibreOffice quote a cell that holds a tab, a line break or starts with a quote
// ("a ""b"" c"), with its inner quotes doubled; everything else is as it is.

// Rows of cells as that text, each row ended by a line break (CRLF, as Excel writes it).
QString write(const QList<QStringList> &rows);

// The rows of such text, as Excel, LibreOffice and write() put them: quoted cells may hold tabs,
// line breaks and doubled quotes; rows end in LF or CRLF; the line break after the last row
// makes no empty row. A quote inside an unquoted cell is text. Rows may differ in length.
QList<QStringList> parse(const QString &text);

} // namespace ik::tsv
