#pragma once

#include "ui/records/editcontext.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;

namespace ik::ui {

// The file's change log (ik::changeLog) as people read it: when, who, which record, what changed.
// Filtered by record type and by period: everything, since my last visit, since the sign-off, or
// a date range.
class ChangeLogView : public QWidget
{
    Q_OBJECT
public:
    enum Period { All, SinceLastVisit, SinceSignOff, DateRange };

    ChangeLogView(const EditContext &context, const QDateTime &lastVisit, QWidget *parent = nullptr);

    void setPeriod(Period period);
    void setTable(const QString &table); // "" = all
    QTreeWidget *list() const { return m_list; }

public Q_SLOTS:
    void refresh();

private:
    EditContext m_context;
    QDateTime m_lastVisit;
    QComboBox *m_table;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dash;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace ik::ui
