#include "ui/shell/messages.h"

#include <QInputDialog>
#include <QLabel>
#include <QTextDocument>

namespace ik::ui {

QMessageBox::StandardButton showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                        const QString &text, QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton, const QString &objectName)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (!objectName.isEmpty())
        box.setObjectName(objectName);
    return QMessageBox::StandardButton(box.exec());
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Warning, title, text);
}

void showInformation(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Information, title, text);
}

bool askYesNo(QWidget *parent, const QString &title, const QString &text)
{
    return showMessage(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                       QMessageBox::Yes)
           == QMessageBox::Yes;
}

QString askText(QWidget *parent, const QString &title, const QString &prompt, bool multiLine, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(prompt);
    if (multiLine)
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    for (QLabel *label : dialog.findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}

QString menuText(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace ik::ui
