#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace ik::ui {

// A window-modal progress dialog for long work done on the GUI thread (writing the report, an
// import and its undo). It appears only when the work lasts (after 400 ms); while it shows, each
// update lets the window repaint, and input to the window waits, so nothing can be edited
// halfway through. Closed when this object goes.
class WorkProgress
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::WorkProgress)

public:
    WorkProgress(QWidget *parent, const QString &label, bool cancellable);
    ~WorkProgress();

    // The core side: updates the dialog; false once Cancel was pressed.
    Progress callback();
    QProgressDialog *dialog() { return &m_dialog; }

private:
    QProgressDialog m_dialog;
};

} // namespace ik::ui
