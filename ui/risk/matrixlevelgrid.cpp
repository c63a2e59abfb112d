#include "ui/risk/matrixlevelgrid.h"

#include "core/risk/riskmatrixedit.h"
#include "core/risk/riskmatrixpainter.h"
#include "ui/records/recordededit.h"
#include "core/store/unitfile.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace ik::ui {

namespace {
RiskMatrixPainter makePainter(const RiskMatrix &matrix)
{
    return RiskMatrixPainter(matrix, QLocale().language() == QLocale::NorwegianBokmal ? QStringLiteral("nb")
                                                                                       : QStringLiteral("en"));
}
} // namespace

MatrixLevelGrid::MatrixLevelGrid(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("matrixLevelGrid"));
    setToolTip(tr("Click a cell to change its acceptance level"));
    reload();
}

void MatrixLevelGrid::reload()
{
    m_matrix = RiskMatrix::load(*m_context.file);
    update();
}

QRect MatrixLevelGrid::cellRect(int probability, int consequence) const
{
    return makePainter(m_matrix).cellRect(QRectF(rect()), probability, consequence).toAlignedRect();
}

void MatrixLevelGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    makePainter(m_matrix).paint(&p, QRectF(rect()));
}

void MatrixLevelGrid::mousePressEvent(QMouseEvent *event)
{
    const auto cell = makePainter(m_matrix).cellAt(QRectF(rect()), event->position());
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
}

} // namespace ik::ui
