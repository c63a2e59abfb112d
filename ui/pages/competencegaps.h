#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ik::ui {

// Who lacks the training their HSE role requires: for every required course of a role
// (competence_requirement), the people holding that role this year (role_assignment) without a
// valid training record of that course. Read-only; follows the file.
class CompetenceGaps : public QWidget
{
    Q_OBJECT
public:
    CompetenceGaps(const EditContext &context, QWidget *parent = nullptr);

    int gapCount() const;

public Q_SLOTS:
    void refresh();

private:
    EditContext m_context;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace ik::ui
