#pragma once

#include "ui/records/editcontext.h"

#include <QDate>
#include <QWidget>

class QFrame;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QProgressBar;
class QTreeWidget;

namespace ik::ui {

// The review year at a glance (ik::yearStatus): progress per phase, open deviations, overdue
// actions, risks above the acceptable level, and what is overdue or falls due within 30 days.
// Checklist items that were due before the file was made (a year begun late, latestart.h) are
// listed as not started yet rather than overdue, and a banner offers to move their deadlines
// into the rest of the year, as one undo step.
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
    void moveLateDeadlines();
    static QDate firstNewDeadline();

    EditContext m_context;
    QList<QProgressBar *> m_progress;
    QLabel *m_figures;
    QTreeWidget *m_overdue;
    QTreeWidget *m_upcoming;
    QTreeWidget *m_notStarted;
    QGroupBox *m_notStartedBox;
    QFrame *m_lateBanner;
    QLabel *m_lateText;
    QPushButton *m_moveDeadlines;
};

} // namespace ik::ui
