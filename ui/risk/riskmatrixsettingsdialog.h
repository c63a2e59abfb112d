#pragma once

#include "ui/records/editcontext.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace ik::ui {

class MatrixLevelGrid;

// Edits the risk matrix itself: its size (risks are remapped, and the user is told which moved),
// the step labels in bokmål and English, the consequence categories, and each cell's acceptance
// level (click a cell to cycle it). Labels, categories and levels go through the undo stack.
class RiskMatrixSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RiskMatrixSettingsDialog(const EditContext &context, QWidget *parent = nullptr);

    MatrixLevelGrid *levelGrid() const { return m_grid; }
    // Resizes after asking; `ask` false skips the question (tests).
    bool resize(int probabilitySteps, int consequenceSteps, bool ask);

private:
    void reload();
    void labelEdited(int row, int column);
    void categoryEdited(int row, int column);
    void addCategory();
    void removeCategory();
    void showError(const QString &message);

    EditContext m_context;
    QSpinBox *m_probability;
    QSpinBox *m_consequence;
    QTableWidget *m_labels;
    QTableWidget *m_categories;
    MatrixLevelGrid *m_grid;
    QLabel *m_error;
    bool m_loading = false;
};

} // namespace ik::ui
