#pragma once

#include <functional>

class QMenu;
class QWidget;

namespace ik::ui {

class TableEditor;

// Cut, Copy, Paste and Select All in the Edit menu, with the standard shortcuts. A text field with
// the focus (a line, a text editor, an open cell editor) does them itself, as it always does;
// otherwise they act on the register that has the focus (`focusedEditor`, tableclipboard.h).
void addClipboardActions(QMenu *edit, QWidget *window, const std::function<TableEditor *()> &focusedEditor);

} // namespace ik::ui
