#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace ik::ui {

// Messages for people, with whatever user text they hold shown as written: a record named
// "<b>x</b> &amp; %1" shows just that, never bold, never "&". Every message box, prompt and tooltip
// of the program that can hold user text goes through these.

// A modal message box over `parent`, its text plain; returns the button pressed.
QMessageBox::StandardButton showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                        const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton,
                                        const QString &objectName = {});
void showError(QWidget *parent, const QString &title, const QString &text);
void showInformation(QWidget *parent, const QString &title, const QString &text);
// Yes or No, Yes the default; true for Yes.
bool askYesNo(QWidget *parent, const QString &title, const QString &text);

// A line or, with `multiLine`, a longer text asked for under a plain-text `prompt`; `ok` tells
// whether it was given (QInputDialog shows its prompt as rich text when it looks like HTML).
QString askText(QWidget *parent, const QString &title, const QString &prompt, bool multiLine, bool *ok);

// A menu entry's text that shows `text` (a file's path) as written: an "&" in it marks no shortcut.
QString menuText(const QString &text);

// A tooltip that shows `text` as written (Qt takes a tooltip that looks like HTML for HTML),
// wrapped at word boundaries. Empty for empty text.
QString plainToolTip(const QString &text);

} // namespace ik::ui
