#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace ik::ui {

// The open comments (resolved = 0) of the file, each with the record it is about, who wrote it
// and when; Resolve marks the selected one resolved (undoable).
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    CommentsPanel(const EditContext &context, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

public Q_SLOTS:
    void refresh();
    void resolveSelected();

private:
    EditContext m_context;
    QTreeWidget *m_list;
    QPushButton *m_resolve;
};

} // namespace ik::ui
