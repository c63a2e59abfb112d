#pragma once

#include "ui/records/editcontext.h"
#include "core/risk/riskmatrix.h"

#include <QWidget>

#include <utility>

namespace ik::ui {

// The matrix's cells, drawn by the core painter without risks; a click, or Space on the current
// cell (moved with the arrow keys), cycles a cell's level (acceptable → assess measures →
// unacceptable) through the undo stack.
class MatrixLevelGrid : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixLevelGrid(const EditContext &context, QWidget *parent = nullptr);
    QRect cellRect(int probability, int consequence) const;
    const RiskMatrix &matrix() const { return m_matrix; }
    // The cell the keyboard is on: {probability, consequence}.
    std::pair<int, int> currentCell() const { return m_current; }
    QSize sizeHint() const override { return {420, 320}; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void cycleLevel(int probability, int consequence);

    EditContext m_context;
    RiskMatrix m_matrix;
    std::pair<int, int> m_current{1, 1};
};

} // namespace ik::ui
