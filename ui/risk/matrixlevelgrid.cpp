#include "ui/risk/matrixlevelgrid.h"

#include "core/risk/riskmatrixedit.h"
#include "ui/risk/riskmatrixaccessible.h"
#include "ui/risk/screenmatrixpainter.h"
#include "ui/records/recordededit.h"
#include "core/store/unitfile.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace ik::ui {

MatrixLevelGrid::MatrixLevelGrid(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    // Before anything asks for this widget's interface (setAccessibleName does), or Qt keeps a plain one.
    installRiskMatrixAccessibility();
    setObjectName(QStringLiteral("matrixLevelGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Click a cell, or move to it with the arrow keys and press Space, to change its acceptance level"));
    setAccessibleName(tr("Acceptance levels"));
    reload();
}

void MatrixLevelGrid::reload()
{
    m_matrix = RiskMatrix::load(*m_context.file);
    if (!m_matrix.contains(m_current.first, m_current.second)) // the matrix was made smaller
        m_current = {1, 1};
    update();
}

QRect MatrixLevelGrid::cellRect(int probability, int consequence) const
{
    return screenMatrixPainter(m_matrix, *this).cellRect(QRectF(rect()), probability, consequence).toAlignedRect();
}

void MatrixLevelGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    RiskMatrixPainter painter = screenMatrixPainter(m_matrix, *this);
    if (hasFocus())
        painter.setHighlight(m_current);
    painter.paint(&p, QRectF(rect()));
}

void MatrixLevelGrid::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (const auto cell = screenMatrixPainter(m_matrix, *this).cellAt(QRectF(rect()), event->position())) {
        m_current = *cell;
        cycleLevel(cell->first, cell->second);
    }
}

void MatrixLevelGrid::keyPressEvent(QKeyEvent *event)
{
    auto [p, c] = m_current;
    switch (event->key()) {
    case Qt::Key_Up: ++p; break; // probability grows upwards
    case Qt::Key_Down: --p; break;
    case Qt::Key_Left: --c; break;
    case Qt::Key_Right: ++c; break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        cycleLevel(p, c);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (m_matrix.contains(p, c)) {
        m_current = {p, c};
        update();
        announceMatrixCell(this, p, c);
    }
}

void MatrixLevelGrid::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update(); // the current cell shows while the grid has the focus
    announceMatrixCell(this, m_current.first, m_current.second);
}

void MatrixLevelGrid::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MatrixLevelGrid::cycleLevel(int probability, int consequence)
{
    if (m_context.file->isReadOnly())
        return;
    const RiskMatrix::Level next = RiskMatrix::Level((int(m_matrix.level(probability, consequence)) + 1) % 3);
    QString error;
    // Core writes the matrix out first where the file still uses the built-in one: tracked whole.
    if (!recordedEdit(m_context, tr("Change acceptance level"), &error, [&](RecordedEdit &edit) {
            return edit.track(riskMatrixTables(), [&](QString *problem) {
                return setRiskMatrixLevel(*m_context.file, probability, consequence, next, problem);
            });
        }))
        Q_EMIT editRefused(error);
    reload();
    announceMatrixCell(this, probability, consequence);
}

} // namespace ik::ui
