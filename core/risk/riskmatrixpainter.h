#pragma once

#include "core/risk/riskmatrix.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <utility>

class QPainter;

namespace ik {

// Draws a risk matrix as a heat map: one cell per probability × consequence, coloured by its
// acceptance level, with the number of risks in each cell and the step labels on both axes.
// No widgets: the same drawing goes into the PDF report and, on screen, into the risk editor,
// which can use cellRect()/cellAt() for hit testing. Probability grows upwards, consequence to
// the right. Font sizes follow the rectangle, so it scales to any device.
class RiskMatrixPainter
{
public:
    struct Texts
    {
        QString title;       // above the matrix; may be empty
        QString probability; // axis titles
        QString consequence;
        QStringList levels;  // legend: acceptable, assess, unacceptable; empty: no legend
    };

    // One risk drawn in its cell as a numbered disc. Where more discs share a cell than fit, the
    // cell shows one disc with their count. A marker with a `from` cell inside the matrix gets an
    // arrow from that cell (inherent → residual).
    struct Marker
    {
        QString label;
        int probability = 0;
        int consequence = 0;
        int fromProbability = 0;
        int fromConsequence = 0;
        bool hollow = false;   // e.g. the score before measures, when both are shown
        bool selected = false;
        bool warning = false;  // drawn with a warning badge (e.g. acceptance not recorded)
    };

    RiskMatrixPainter(const RiskMatrix &matrix, const QString &language);

    void setTexts(const Texts &texts) { m_texts = texts; }
    // The colour of the title, axis and legend texts, which stand on the background around the
    // grid: black on paper (the default), the palette's text colour on a screen.
    void setInk(const QColor &ink) { m_ink = ink; }
    // The smallest pixel size of those texts: on a screen they stay as large as the user's font
    // however small the matrix is drawn; 0 (the default) lets them follow the rectangle alone.
    void setMinimumTextSize(qreal pixels) { m_minimumTextSize = pixels; }
    // counts[probability-1][consequence-1]; cells left out show no number.
    void setCounts(const QList<QList<int>> &counts) { m_counts = counts; }
    static QList<QList<int>> countRisks(const RiskMatrix &matrix, const QList<RiskScore> &scores);
    void setMarkers(const QList<Marker> &markers) { m_markers = markers; }
    // A cell drawn with a strong outline (e.g. the one the risk list is filtered to).
    void setHighlight(std::optional<std::pair<int, int>> cell) { m_highlight = cell; }
    // Where each marker is drawn (same order as setMarkers); markers outside the matrix: empty.
    QList<QRectF> markerRects(const QRectF &rect) const;

    void paint(QPainter *painter, const QRectF &rect) const;
    QRectF cellRect(const QRectF &rect, int probability, int consequence) const;
    std::optional<std::pair<int, int>> cellAt(const QRectF &rect, const QPointF &pos) const;

private:
    struct Geometry
    {
        QRectF title, grid, xLabels, xTitle, yLabels, yTitle, legend;
        qreal cellWidth = 0, cellHeight = 0;
    };
    Geometry geometry(const QRectF &rect) const;
    void paintMarkers(QPainter *painter, const QRectF &rect) const;

    RiskMatrix m_matrix;
    QString m_language;
    Texts m_texts;
    QColor m_ink = Qt::black;
    qreal m_minimumTextSize = 0;
    QList<QList<int>> m_counts;
    QList<Marker> m_markers;
    std::optional<std::pair<int, int>> m_highlight;
};

} // namespace ik
