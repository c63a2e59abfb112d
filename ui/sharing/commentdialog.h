#pragma once

#include "ui/records/editcontext.h"

#include <QString>

class QWidget;

namespace ik::ui {

// Asks for a comment on one record and stores it in the `comment` table (table_name, record_id,
// author, body) through the undo stack. Returns the new comment's id, or "" (cancelled/refused).
QString addComment(QWidget *parent, const EditContext &context, const QString &table, const QString &recordId);
// The same without asking (the dialog's result; tests).
QString storeComment(const EditContext &context, const QString &table, const QString &recordId,
                     const QString &body, QString *error);
// Marks a comment resolved (resolved, resolved_by, resolved_at) as one undoable step.
bool resolveComment(const EditContext &context, const QString &commentId, QString *error);

} // namespace ik::ui
