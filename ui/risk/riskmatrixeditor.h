#pragma once

#include "ui/records/editcontext.h"
#include "core/risk/yearriskmarkers.h"
#include "core/risk/riskmatrix.h"

#include <QHash>
#include <QWidget>

#include <optional>

namespace ik::ui {

// The unit's risk matrix with the year's risks as numbered markers in their cells, drawn by the
// core RiskMatrixPainter. A marker can be dragged to another cell, or selected (click, Page Up /
// Page Down) and moved with the arrow keys: either sets the risk's probability and its worst
// category's consequence through the undo stack. A click on an empty part of a cell filters to
// that cell (click it again, or Escape, to clear). Shows the scores before or after measures, or
// both with an arrow from the inherent to the residual cell.
class RiskMatrixEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RiskMatrixEditor(const EditContext &context, QWidget *parent = nullptr);

    void setPhase(RiskPhase phase);
    RiskPhase phase() const { return m_phase; }
    // Only this assessment's risks; empty: every risk of the year.
    void setAssessment(const QString &assessmentId);

    QString selectedRisk() const;
    void selectRisk(const QString &riskId);
    std::optional<std::pair<int, int>> filterCell() const { return m_filter; }
    // The risks in the filtered cell (empty when no cell filters).
    QStringList filteredRisks() const;

    // Where a cell and a risk's marker are drawn, in widget coordinates (for tests and hints).
    QRect cellRect(int probability, int consequence) const;
    QRect markerRect(const QString &riskId, bool after) const;
    const RiskMatrix &matrix() const { return m_matrix; }

    // The markers in drawing order, for assistive tools (ui/risk/riskmatrixaccessible).
    int markerCount() const { return int(m_markers.markers.size()); }
    // The risk, before or after measures, and its cell: "Risk 3: Spill – Before measures:
    // probability 4, consequence 4, Unacceptable".
    QString markerName(int index) const;
    QString markerDescription(int index) const { return m_tips.value(index); }
    QRect markerRect(int index) const;
    int selectedMarker() const { return selectedIndex(); }

    // Sets a risk's probability and worst-category consequence, before or after measures, through
    // the undo stack.
    bool moveRisk(const QString &riskId, bool after, int probability, int consequence, QString *error);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void selectionChanged(const QString &riskId);
    void filterChanged();
    void editRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF matrixRect() const;
    RiskMatrixPainter painter(bool withMarkers) const;
    int markerAt(const QPointF &pos) const;
    int selectedIndex() const;
    void select(int index);
    int markerIndex(const QString &riskId, bool after) const;
    QString toolTipFor(int index) const;

    EditContext m_context;
    RiskMatrix m_matrix;
    RiskPhase m_phase = RiskPhase::Before;
    QString m_assessment;
    RiskMarkers m_markers;
    QStringList m_tips;                     // per marker
    QHash<QString, QString> m_problems;     // risk → why it needs a recorded acceptance
    QString m_selectedRisk;
    bool m_selectedAfter = false;
    std::optional<std::pair<int, int>> m_filter;
    int m_dragIndex = -1;
    std::optional<std::pair<int, int>> m_dragCell; // where the dragged marker would land
    QPointF m_pressPos;
};

} // namespace ik::ui
