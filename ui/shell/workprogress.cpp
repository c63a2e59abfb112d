#include "ui/shell/workprogress.h"

namespace ik::ui {

WorkProgress::WorkProgress(QWidget *parent, const QString &label, bool cancellable)
    : m_dialog(label, cancellable ? tr("Cancel") : QString(), 0, 100, parent)
{
    m_dialog.setObjectName(QStringLiteral("workProgress"));
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(400);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0);
}

WorkProgress::~WorkProgress()
{
    m_dialog.reset();
}

Progress WorkProgress::callback()
{
    return [this](int done, int total) {
        m_dialog.setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
        return !m_dialog.wasCanceled();
    };
}

} // namespace ik::ui
