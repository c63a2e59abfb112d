#pragma once

#include <QList>
#include <QStringList>

namespace ik::ui {

class TableEditor;

// Copy, cut and paste between a register and a spreadsheet, as tab-separated text
// (core/exchange/tabseparated.h). The Edit menu calls these for the focused register.
//
// Copy puts the selected cells on the clipboard as the table shows them (a person's name, a
// choice's label, a date in the locale's short format, a number as shown, a long text whole),
// rows and columns in the order on screen; as text/plain and as an HTML table. The column
// headings come first only when whole rows are selected (Select All, a click on the row numbers):
// then the text reads as a sheet of its own; a few cells pasted elsewhere want no headings.
//
// Paste fills the cells from the top-left selected cell (or the current one) rightwards and
// downwards, and adds the rows past the last as new records; a first line that repeats the
// headings of the columns it lands on is left out, and one cell pasted onto a selected block
// fills the block. The cells are read and checked as an import reads a sheet
// (core/exchange/pasteplan.h): all or nothing, the first bad cell named in the editor's message
// line. The whole paste is one undo step ("Paste 3 rows").
//
// Cut copies, then empties the selected cells that may be empty (not a required field, not a
// read-only or computed column), as one undo step.
void copyCells(TableEditor &editor);
void cutCells(TableEditor &editor);
void pasteCells(TableEditor &editor);
void selectAllCells(TableEditor &editor);

// The selected cells as copyCells puts them, row by row (for tests and copyCells itself).
QList<QStringList> selectedCellTexts(const TableEditor &editor);

} // namespace ik::ui
