#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace ik::ui {

// The review year at a glance (ik::yearStatus): progress per phase, open deviations, overdue
// actions, risks above the acceptable level, and what is overdue or falls due within 30 days.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(const EditContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A due item was opened (double-click, Enter): go to its record.
    void recordActivated(const QString &table, const QString &id);

private:
    EditContext m_context;
    QList<QProgressBar *> m_progress;
    QLabel *m_figures;
    QTreeWidget *m_overdue;
    QTreeWidget *m_upcoming;
};

} // namespace ik::ui
