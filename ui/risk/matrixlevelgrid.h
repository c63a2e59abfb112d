#pragma once

#include "ui/records/editcontext.h"
#include "core/risk/riskmatrix.h"

#include <QWidget>

namespace ik::ui {

// The matrix's cells, drawn by the core painter without risks; a click cycles a cell's level
// (acceptable → assess measures → unacceptable) through the undo stack.
class MatrixLevelGrid : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixLevelGrid(const EditContext &context, QWidget *parent = nullptr);
    QRect cellRect(int probability, int consequence) const;
    const RiskMatrix &matrix() const { return m_matrix; }
    QSize sizeHint() const override { return {420, 320}; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    EditContext m_context;
    RiskMatrix m_matrix;
};

} // namespace ik::ui
