#pragma once

#include "ui/records/editcontext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ik::ui {

// Signs off the review year or its action plan (ik::signOff): who, in what role, with a comment.
// The sign-off is pushed onto the undo stack as an insert of the sign-off record.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    SignOffDialog(const EditContext &context, QWidget *parent = nullptr);

    QString signOffId() const { return m_id; }

public Q_SLOTS:
    void accept() override;

private:
    EditContext m_context;
    QComboBox *m_scope;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    QString m_id;
};

// Signs off through core and pushes an undoable insert. Returns the sign-off's id or "".
QString signOffUndoable(const EditContext &context, const QString &scope, const QString &name,
                        const QString &role, const QString &comment, QString *error);
// Withdraws a sign-off through core and pushes an undoable change of its two fields.
bool withdrawUndoable(const EditContext &context, const QString &signoffId, const QString &reason,
                      QString *error);

} // namespace ik::ui
