#include "ui/risk/riskmatrixeditor.h"

#include "ui/risk/riskmatrixaccessible.h"
#include "ui/risk/screenmatrixpainter.h"
#include "ui/shell/messages.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"
#include "core/risk/riskacceptance.h"
#include "ui/records/recordededit.h"
#include "core/store/unitfile.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>


namespace ik::ui {

RiskMatrixEditor::RiskMatrixEditor(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    // Before anything asks for this widget's interface (setAccessibleName does), or Qt keeps a plain one.
    installRiskMatrixAccessibility();
    setObjectName(QStringLiteral("riskMatrixEditor"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Risk matrix"));
    setWhatsThis(tr("Drag a risk to another cell, or select it and move it with the arrow keys. "
                    "Page Up and Page Down select the previous or next risk. Click a cell to list "
                    "only its risks; Escape shows all again."));
    refreshOnChange(m_context.file, this, &RiskMatrixEditor::reload);
    reload();
}

QSize RiskMatrixEditor::sizeHint() const { return {560, 460}; }
QSize RiskMatrixEditor::minimumSizeHint() const { return {280, 200}; } // fits beside a dock on 1280×720

void RiskMatrixEditor::setPhase(RiskPhase phase)
{
    m_phase = phase;
    if (phase != RiskPhase::Both)
        m_selectedAfter = phase == RiskPhase::After;
    reload();
}

void RiskMatrixEditor::setAssessment(const QString &assessmentId)
{
    m_assessment = assessmentId;
    reload();
}

void RiskMatrixEditor::reload()
{
    m_matrix = RiskMatrix::load(*m_context.file);
    m_markers = riskMarkers(*m_context.file, m_context.year, m_phase, m_assessment);
    QHash<QString, QString> problems;
    for (const RiskProblem &p : riskAcceptanceProblems(*m_context.file, m_context.year))
        problems.insert(p.riskId, p.message);
    for (qsizetype i = 0; i < m_markers.markers.size(); ++i)
        m_markers.markers[i].warning = problems.contains(m_markers.riskIds[i]);
    m_problems = problems;
    m_tips.clear();
    for (qsizetype i = 0; i < m_markers.markers.size(); ++i)
        m_tips << toolTipFor(int(i));
    if (m_filter && !m_matrix.contains(m_filter->first, m_filter->second))
        m_filter.reset();
    update();
}

QString RiskMatrixEditor::toolTipFor(int index) const
{
    const RiskMatrixPainter::Marker &m = m_markers.markers[index];
    const std::optional<Record> risk = m_context.file->record(QStringLiteral("risk"), m_markers.riskIds[index]);
    const QString event = risk ? risk->value(QStringLiteral("event")).toString() : QString();
    const RiskMatrix::Level level = m_matrix.level(m.probability, m.consequence);
    const QString problem = m_problems.value(m_markers.riskIds[index]);
    // One arg() for all: a %-sign in the risk's own text is not a place to fill in.
    return (problem.isEmpty() ? QString() : problem + QLatin1Char('\n'))
           + tr("Risk %1: %2\n%3: probability %4 × consequence %5 = %6 (%7)")
                 .arg(m.label, event, m_markers.after[index] ? tr("After measures") : tr("Before measures"),
                      QString::number(m.probability), QString::number(m.consequence),
                      QString::number(RiskMatrix::value(m.probability, m.consequence)),
                      choiceLabel(QStringLiteral("risk_level"), RiskMatrix::levelKey(level)));
}

QString RiskMatrixEditor::markerName(int index) const
{
    if (index < 0 || index >= markerCount())
        return {};
    const RiskMatrixPainter::Marker &m = m_markers.markers[index];
    const std::optional<Record> risk = m_context.file->record(QStringLiteral("risk"), m_markers.riskIds[index]);
    const QString event = risk ? risk->value(QStringLiteral("event")).toString() : QString();
    return tr("Risk %1: %2 – %3: probability %4, consequence %5, %6")
        .arg(m.label, event, m_markers.after[index] ? tr("After measures") : tr("Before measures"),
             QString::number(m.probability), QString::number(m.consequence),
             choiceLabel(QStringLiteral("risk_level"), RiskMatrix::levelKey(m_matrix.level(m.probability, m.consequence))));
}

int RiskMatrixEditor::markerIndex(const QString &riskId, bool after) const
{
    for (qsizetype i = 0; i < m_markers.riskIds.size(); ++i)
        if (m_markers.riskIds[i] == riskId && m_markers.after[i] == after)
            return int(i);
    return -1;
}

QRectF RiskMatrixEditor::matrixRect() const
{
    return QRectF(rect()).adjusted(6, 6, -6, -6);
}

RiskMatrixPainter RiskMatrixEditor::painter(bool withMarkers) const
{
    RiskMatrixPainter p = screenMatrixPainter(m_matrix, *this);
    RiskMatrixPainter::Texts texts;
    texts.probability = tr("Probability");
    texts.consequence = tr("Consequence");
    texts.levels = {choiceLabel(QStringLiteral("risk_level"), QStringLiteral("acceptable")),
                    choiceLabel(QStringLiteral("risk_level"), QStringLiteral("assess")),
                    choiceLabel(QStringLiteral("risk_level"), QStringLiteral("unacceptable"))};
    p.setTexts(texts);
    p.setHighlight(m_filter);
    if (withMarkers) {
        QList<RiskMatrixPainter::Marker> markers = m_markers.markers;
        const int selected = selectedIndex();
        if (selected >= 0) {
            markers[selected].selected = true;
            if (m_dragIndex == selected && m_dragCell) {
                markers[selected].probability = m_dragCell->first;
                markers[selected].consequence = m_dragCell->second;
            }
        }
        p.setMarkers(markers);
    }
    return p;
}

void RiskMatrixEditor::paintEvent(QPaintEvent *)
{
    QPainter qp(this);
    qp.fillRect(rect(), palette().base());
    qp.setRenderHint(QPainter::Antialiasing);
    painter(true).paint(&qp, matrixRect());
    if (hasFocus()) {
        qp.setPen(QPen(palette().highlight(), 1, Qt::DotLine));
        qp.setBrush(Qt::NoBrush);
        qp.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

QRect RiskMatrixEditor::cellRect(int probability, int consequence) const
{
    return painter(false).cellRect(matrixRect(), probability, consequence).toAlignedRect();
}

QRect RiskMatrixEditor::markerRect(const QString &riskId, bool after) const
{
    return markerRect(markerIndex(riskId, after));
}

QRect RiskMatrixEditor::markerRect(int index) const
{
    const QList<QRectF> rects = painter(true).markerRects(matrixRect());
    return index >= 0 && index < rects.size() ? rects[index].toAlignedRect() : QRect();
}

int RiskMatrixEditor::markerAt(const QPointF &pos) const
{
    const QList<QRectF> rects = painter(true).markerRects(matrixRect());
    const int selected = selectedIndex();
    if (selected >= 0 && rects[selected].contains(pos))
        return selected;
    for (qsizetype i = rects.size() - 1; i >= 0; --i)
        if (rects[i].contains(pos))
            return int(i);
    return -1;
}

int RiskMatrixEditor::selectedIndex() const
{
    for (qsizetype i = 0; i < m_markers.riskIds.size(); ++i)
        if (m_markers.riskIds[i] == m_selectedRisk
            && (m_phase != RiskPhase::Both || m_markers.after[i] == m_selectedAfter))
            return int(i);
    for (qsizetype i = 0; i < m_markers.riskIds.size(); ++i)
        if (m_markers.riskIds[i] == m_selectedRisk)
            return int(i);
    return -1;
}

QString RiskMatrixEditor::selectedRisk() const { return m_selectedRisk; }

void RiskMatrixEditor::select(int index)
{
    const QString id = index >= 0 ? m_markers.riskIds[index] : QString();
    const bool changed = id != m_selectedRisk;
    m_selectedRisk = id;
    if (index >= 0)
        m_selectedAfter = m_markers.after[index];
    update();
    if (changed) {
        announceMatrixMarker(this, index);
        Q_EMIT selectionChanged(id);
    }
}

void RiskMatrixEditor::selectRisk(const QString &riskId)
{
    for (qsizetype i = 0; i < m_markers.riskIds.size(); ++i)
        if (m_markers.riskIds[i] == riskId) {
            select(int(i));
            return;
        }
    select(-1);
}

QStringList RiskMatrixEditor::filteredRisks() const
{
    QStringList out;
    if (!m_filter)
        return out;
    for (qsizetype i = 0; i < m_markers.markers.size(); ++i)
        if (m_markers.markers[i].probability == m_filter->first
            && m_markers.markers[i].consequence == m_filter->second && !out.contains(m_markers.riskIds[i]))
            out << m_markers.riskIds[i];
    return out;
}

void RiskMatrixEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position();
    const int index = markerAt(event->position());
    if (index >= 0) {
        select(index);
        m_dragIndex = index;
        m_dragCell.reset();
        return;
    }
    const auto cell = painter(false).cellAt(matrixRect(), event->position());
    if (!cell)
        return;
    m_filter = m_filter == cell ? std::nullopt : cell;
    update();
    Q_EMIT filterChanged();
}

void RiskMatrixEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragIndex < 0 || m_context.file->isReadOnly())
        return;
    m_dragCell = painter(false).cellAt(matrixRect(), event->position());
    update();
}

void RiskMatrixEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragIndex < 0)
        return QWidget::mouseReleaseEvent(event);
    const int index = std::exchange(m_dragIndex, -1);
    m_dragCell.reset();
    const auto cell = painter(false).cellAt(matrixRect(), event->position());
    const RiskMatrixPainter::Marker &m = m_markers.markers.value(index);
    if (cell && index < m_markers.markers.size()
        && (cell->first != m.probability || cell->second != m.consequence)) {
        QString error;
        if (!moveRisk(m_markers.riskIds[index], m_markers.after[index], cell->first, cell->second, &error))
            Q_EMIT editRefused(error);
    }
    update();
}

void RiskMatrixEditor::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_markers.markers.size());
    const int selected = selectedIndex();
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (count > 0) {
            const int step = event->key() == Qt::Key_PageDown ? 1 : -1;
            select(selected < 0 ? (step > 0 ? 0 : count - 1) : (selected + step + count) % count);
        }
        return;
    case Qt::Key_Escape:
        if (m_filter) {
            m_filter.reset();
            update();
            Q_EMIT filterChanged();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (selected < 0)
            break;
        const RiskMatrixPainter::Marker m = m_markers.markers[selected];
        int p = m.probability, c = m.consequence;
        if (event->key() == Qt::Key_Left) --c;
        if (event->key() == Qt::Key_Right) ++c;
        if (event->key() == Qt::Key_Up) ++p;   // probability grows upwards
        if (event->key() == Qt::Key_Down) --p;
        if (m_matrix.contains(p, c)) {
            QString error;
            if (!moveRisk(m_markers.riskIds[selected], m_markers.after[selected], p, c, &error))
                Q_EMIT editRefused(error);
        }
        return;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool RiskMatrixEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = markerAt(help->pos());
        if (index >= 0) {
            // A crowded cell draws one disc for several risks: name them all.
            const QList<QRectF> rects = painter(true).markerRects(matrixRect());
            QStringList tips;
            for (qsizetype i = 0; i < rects.size(); ++i)
                if (rects[i] == rects[index])
                    tips << m_tips[i];
            QToolTip::showText(help->globalPos(), plainToolTip(tips.join(QStringLiteral("\n\n"))), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

bool RiskMatrixEditor::moveRisk(const QString &riskId, bool after, int probability, int consequence,
                                QString *error)
{
    UnitFile &file = *m_context.file;
    const QString suffix = after ? QStringLiteral("_after") : QStringLiteral("_before");
    const QString pColumn = QStringLiteral("probability") + suffix;
    const QString cColumn = QStringLiteral("consequence") + suffix;
    const QString consequences = QStringLiteral("risk_consequence");
    const std::optional<Record> risk = file.record(QStringLiteral("risk"), riskId);
    if (!risk) {
        *error = tr("The risk no longer exists.");
        return false;
    }
    // The row whose consequence to set: the worst category's, else the first scored one.
    QString category;
    for (const RiskEvaluation &e : evaluateRisks(file, 0))
        if (e.riskId == riskId)
            category = (after ? e.after : e.before).category;
    RecordFilter children;
    children.parentId = riskId;
    const QList<Record> rows = file.records(consequences, children);
    std::optional<Record> target;
    for (const Record &c : rows)
        if (!target && c.value(QStringLiteral("category")).toString() == category)
            target = c;
    if (!target && !rows.isEmpty())
        target = rows.first();

    const QString text = tr("Move risk %1 to %2 × %3")
                             .arg(risk->value(QStringLiteral("number")).toString(), QString::number(probability),
                                  QString::number(consequence));
    const bool moved = recordedEdit(m_context, text, error, [&](RecordedEdit &edit) {
        if (risk->value(pColumn) != QVariant(probability)
            && !edit.update(QStringLiteral("risk"), riskId, {{pColumn, probability}}))
            return false;
        if (target)
            return target->value(cColumn) == QVariant(consequence)
                   || edit.update(consequences, target->value(QStringLiteral("id")).toString(), {{cColumn, consequence}});
        const QString firstCategory = m_matrix.categories().isEmpty() ? QStringLiteral("health")
                                                                      : m_matrix.categories().first().key;
        return !edit.insert(consequences, {{QStringLiteral("risk_id"), riskId},
                                           {QStringLiteral("category"), firstCategory},
                                           {cColumn, consequence}})
                    .isEmpty();
    });
    if (!moved)
        return false;
    const QString id = riskId; // `riskId` may be one of the markers' own, which reload() replaces
    reload();
    announceMatrixMarker(this, markerIndex(id, after)); // its new cell, read out
    return true;
}

} // namespace ik::ui
