#pragma once

#include "ui/records/editcontext.h"
#include "core/review/yearrollover.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace ik::ui {

// Starts the next review year (ik::startNextYear). First the latest year's goals that are not
// evaluated, each with a result (reached / partly / not reached) and a comment; then, in one
// transaction, the evaluations are written, the year started and the old year locked. Tells
// what was carried over. It cannot be undone: the undo stack is cleared.
class NewYearDialog : public QDialog
{
    Q_OBJECT
public:
    NewYearDialog(const EditContext &context, QWidget *parent = nullptr);

    int newYear() const { return m_year; }
    bool started() const { return m_started; }
    QTableWidget *goals() const { return m_goals; }
    // Sets a goal's result key (reached, partly, not_reached) and comment in the table (tests).
    void setEvaluation(int row, const QString &result, const QString &comment);

public Q_SLOTS:
    void accept() override;

private:
    EditContext m_context;
    int m_year;
    QList<QString> m_goalIds;
    QTableWidget *m_goals;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_started = false;
};

} // namespace ik::ui
