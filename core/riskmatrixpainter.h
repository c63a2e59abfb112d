#pragma once

#include "riskmatrix.h"

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

    RiskMatrixPainter(const RiskMatrix &matrix, const QString &language);

    void setTexts(const Texts &texts) { m_texts = texts; }
    // counts[probability-1][consequence-1]; cells left out show no number.
    void setCounts(const QList<QList<int>> &counts) { m_counts = counts; }
    static QList<QList<int>> countRisks(const RiskMatrix &matrix, const QList<RiskScore> &scores);

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

    RiskMatrix m_matrix;
    QString m_language;
    Texts m_texts;
    QList<QList<int>> m_counts;
};

} // namespace ik
