#include "ui/risk/matrixlevelgrid.h"

#include "core/risk/riskmatrixedit.h"
#include "ui/risk/riskmatrixaccessible.h"
#include "ui/risk/screenmatrixpainter.h"
#include "ui/records/recordededit.h"
#include "core/store/unitfile.h"

#include <QMouseEvent>
#include <QPainter>

namespace ik::ui {

MatrixLevelGrid::MatrixLevelGrid(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    // Before anything asks for this widget's interface (setAccessibleName does), or Qt keeps a plain one.
    installRiskMatrixAccessibility();
    setObjectName(QStringLiteral("matrixLevelGrid"));
    setToolTip(tr("Click a cell to change its acceptance level"));
    setAccessibleName(tr("Acceptance levels"));
    reload();
}

void MatrixLevelGrid::reload()
{
    m_matrix = RiskMatrix::load(*m_context.file);
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
    screenMatrixPainter(m_matrix, *this).paint(&p, QRectF(rect()));
}

void MatrixLevelGrid::mousePressEvent(QMouseEvent *event)
{
    const auto cell = screenMatrixPainter(m_matrix, *this).cellAt(QRectF(rect()), event->position());
    if (!cell || m_context.file->isReadOnly())
        return;
    const RiskMatrix::Level next = RiskMatrix::Level((int(m_matrix.level(cell->first, cell->second)) + 1) % 3);
    QString error;
    // Core writes the matrix out first where the file still uses the built-in one: tracked whole.
    if (!recordedEdit(m_context, tr("Change acceptance level"), &error, [&](RecordedEdit &edit) {
            return edit.track(riskMatrixTables(), [&](QString *problem) {
                return setRiskMatrixLevel(*m_context.file, cell->first, cell->second, next, problem);
            });
        }))
        Q_EMIT editRefused(error);
    reload();
    announceMatrixCell(this, cell->first, cell->second);
}

} // namespace ik::ui
