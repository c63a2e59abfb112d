#include "ui/shell/clipboardactions.h"

#include "ui/records/tableclipboard.h"
#include "ui/records/tableeditor.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ik::ui {

namespace {

class ClipboardActions
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::ClipboardActions)
};

enum class Operation { Cut, Copy, Paste, SelectAll };

// The focused text field does its own: its keys never reach the menu's shortcut (it takes them
// first), but a click in the menu does.
template<typename Field>
bool onField(QWidget *focus, Operation op)
{
    auto *field = qobject_cast<Field *>(focus);
    if (!field)
        return false;
    switch (op) {
    case Operation::Cut: field->cut(); break;
    case Operation::Copy: field->copy(); break;
    case Operation::Paste: field->paste(); break;
    case Operation::SelectAll: field->selectAll(); break;
    }
    return true;
}

void run(Operation op, QKeySequence::StandardKey key, const std::function<TableEditor *()> &focusedEditor)
{
    QWidget *focus = QApplication::focusWidget();
    if (onField<QLineEdit>(focus, op) || onField<QTextEdit>(focus, op) || onField<QPlainTextEdit>(focus, op))
        return;
    TableEditor *editor = focusedEditor();
    if (!editor) {
        // Any other widget (a list, a spin box) gets the key as if the menu had no shortcut for
        // it, and does what it did before (a list copies its current line).
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
        if (focus && !bindings.isEmpty()) {
            const QKeyCombination combination = bindings.first()[0];
            QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
            QCoreApplication::sendEvent(focus, &press);
        }
        return;
    }
    switch (op) {
    case Operation::Cut: cutCells(*editor); break;
    case Operation::Copy: copyCells(*editor); break;
    case Operation::Paste: pasteCells(*editor); break;
    case Operation::SelectAll: selectAllCells(*editor); break;
    }
}

} // namespace

void addClipboardActions(QMenu *edit, QWidget *window, const std::function<TableEditor *()> &focusedEditor)
{
    const struct
    {
        QString text;
        QKeySequence::StandardKey key;
        Operation op;
        const char *name;
    } actions[] = {
        {ClipboardActions::tr("Cu&t"), QKeySequence::Cut, Operation::Cut, "cutAction"},
        {ClipboardActions::tr("&Copy"), QKeySequence::Copy, Operation::Copy, "copyAction"},
        {ClipboardActions::tr("&Paste"), QKeySequence::Paste, Operation::Paste, "pasteAction"},
        {ClipboardActions::tr("Select &All"), QKeySequence::SelectAll, Operation::SelectAll,
         "selectAllAction"},
    };
    for (const auto &a : actions) {
        QAction *action = edit->addAction(a.text, window, [op = a.op, key = a.key, focusedEditor] { run(op, key, focusedEditor); });
        action->setShortcut(a.key);
        action->setObjectName(QString::fromLatin1(a.name));
    }
}

} // namespace ik::ui
