#include "core/risk/riskmatrixpainter.h"

#include <QPainter>

namespace ik {

namespace {
// The step's number, then its label unless the label is only that number again.
QString stepText(int step, const QString &label, QChar separator)
{
    const QString number = QString::number(step);
    return label.isEmpty() || label == number ? number : number + separator + label;
}
} // namespace

RiskMatrixPainter::RiskMatrixPainter(const RiskMatrix &matrix, const QString &language)
    : m_matrix(matrix), m_language(language)
{
}

QList<QList<int>> RiskMatrixPainter::countRisks(const RiskMatrix &matrix, const QList<RiskScore> &scores)
{
    QList<QList<int>> counts(matrix.probabilitySteps(), QList<int>(matrix.consequenceSteps(), 0));
    for (const RiskScore &s : scores)
        if (s.level && matrix.contains(s.probability, s.consequence))
            ++counts[s.probability - 1][s.consequence - 1];
    return counts;
}

RiskMatrixPainter::Geometry RiskMatrixPainter::geometry(const QRectF &rect) const
{
    // Fixed shares of the rectangle: labels keep their room whatever the matrix size.
    Geometry g;
    const qreal w = rect.width(), h = rect.height();
    const qreal titleH = m_texts.title.isEmpty() ? 0 : h * 0.09;
    const qreal legendH = m_texts.levels.isEmpty() ? 0 : h * 0.08;
    const qreal xLabelsH = h * 0.13, xTitleH = h * 0.06;
    const qreal yTitleW = w * 0.06, yLabelsW = w * 0.2;
    g.title = QRectF(rect.left(), rect.top(), w, titleH);
    g.legend = QRectF(rect.left(), rect.bottom() - legendH, w, legendH);
    const qreal gridTop = rect.top() + titleH;
    const qreal gridH = h - titleH - legendH - xLabelsH - xTitleH;
    g.yTitle = QRectF(rect.left(), gridTop, yTitleW, gridH);
    g.yLabels = QRectF(rect.left() + yTitleW, gridTop, yLabelsW, gridH);
    g.grid = QRectF(rect.left() + yTitleW + yLabelsW, gridTop, w - yTitleW - yLabelsW, gridH);
    g.xLabels = QRectF(g.grid.left(), g.grid.bottom(), g.grid.width(), xLabelsH);
    g.xTitle = QRectF(g.grid.left(), g.xLabels.bottom(), g.grid.width(), xTitleH);
    g.cellWidth = g.grid.width() / qMax(1, m_matrix.consequenceSteps());
    g.cellHeight = g.grid.height() / qMax(1, m_matrix.probabilitySteps());
    return g;
}

QRectF RiskMatrixPainter::cellRect(const QRectF &rect, int probability, int consequence) const
{
    const Geometry g = geometry(rect);
    return QRectF(g.grid.left() + (consequence - 1) * g.cellWidth,
                  g.grid.top() + (m_matrix.probabilitySteps() - probability) * g.cellHeight, g.cellWidth, g.cellHeight);
}

std::optional<std::pair<int, int>> RiskMatrixPainter::cellAt(const QRectF &rect, const QPointF &pos) const
{
    const Geometry g = geometry(rect);
    if (!g.grid.contains(pos) || g.cellWidth <= 0 || g.cellHeight <= 0)
        return std::nullopt;
    const int consequence = 1 + int((pos.x() - g.grid.left()) / g.cellWidth);
    const int probability = m_matrix.probabilitySteps() - int((pos.y() - g.grid.top()) / g.cellHeight);
    if (!m_matrix.contains(probability, consequence))
        return std::nullopt;
    return std::make_pair(probability, consequence);
}

void RiskMatrixPainter::paint(QPainter *painter, const QRectF &rect) const
{
    const Geometry g = geometry(rect);
    const qreal cell = qMin(g.cellWidth, g.cellHeight);
    painter->save();
    QFont font = painter->font();
    const auto setSize = [&](qreal pixels, bool bold) {
        font.setPixelSize(qMax(1, qRound(pixels)));
        font.setBold(bold);
        painter->setFont(font);
    };
    const qreal labelSize = qMax(m_minimumTextSize, qMin(cell * 0.17, rect.height() * 0.032));
    const QPen line(QColor(0x42, 0x42, 0x42), qMax<qreal>(1, cell * 0.015));

    if (!g.title.isEmpty()) {
        setSize(labelSize * 1.3, true);
        painter->setPen(m_ink);
        painter->drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, m_texts.title);
    }

    for (int p = 1; p <= m_matrix.probabilitySteps(); ++p)
        for (int c = 1; c <= m_matrix.consequenceSteps(); ++c) {
            const QRectF r = cellRect(rect, p, c);
            const RiskMatrix::Level level = m_matrix.level(p, c);
            painter->setPen(line);
            painter->setBrush(RiskMatrix::levelColor(level));
            painter->drawRect(r);
            const int count = p - 1 < m_counts.size() && c - 1 < m_counts[p - 1].size() ? m_counts[p - 1][c - 1] : 0;
            if (count > 0) {
                setSize(cell * 0.34, true);
                painter->setPen(level == RiskMatrix::Level::Unacceptable ? Qt::white : Qt::black);
                painter->drawText(r, Qt::AlignCenter, QString::number(count));
            }
        }
    painter->setBrush(Qt::NoBrush);
    paintMarkers(painter, rect);

    // Step labels: the number, then the matrix's own label in the report's language.
    setSize(labelSize, false);
    painter->setPen(m_ink);
    const qreal pad = labelSize * 0.4;
    for (int p = 1; p <= m_matrix.probabilitySteps(); ++p) {
        const QRectF r(g.yLabels.left(), g.grid.top() + (m_matrix.probabilitySteps() - p) * g.cellHeight,
                       g.yLabels.width() - pad, g.cellHeight);
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                          stepText(p, m_matrix.probabilityLabel(p, m_language), QLatin1Char(' ')));
    }
    for (int c = 1; c <= m_matrix.consequenceSteps(); ++c) {
        const QRectF r(g.grid.left() + (c - 1) * g.cellWidth + pad / 2, g.xLabels.top() + pad / 2, g.cellWidth - pad,
                       g.xLabels.height() - pad);
        painter->drawText(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                          stepText(c, m_matrix.consequenceLabel(c, m_language), QLatin1Char('\n')));
    }

    setSize(labelSize * 1.1, true);
    painter->drawText(g.xTitle, Qt::AlignCenter, m_texts.consequence);
    painter->save();
    painter->translate(g.yTitle.center());
    painter->rotate(-90);
    painter->drawText(QRectF(-g.yTitle.height() / 2, -g.yTitle.width() / 2, g.yTitle.height(), g.yTitle.width()),
                      Qt::AlignCenter, m_texts.probability);
    painter->restore();

    if (!m_texts.levels.isEmpty()) {
        setSize(labelSize, false);
        const QList<RiskMatrix::Level> levels{RiskMatrix::Level::Acceptable, RiskMatrix::Level::Assess,
                                              RiskMatrix::Level::Unacceptable};
        // Swatch and label after swatch and label, each as wide as its text, from the left edge.
        const qreal box = g.legend.height() * 0.4;
        const QFontMetricsF fm = painter->fontMetrics();
        qreal x = rect.left() + g.yTitle.width();
        for (int i = 0; i < levels.size() && i < m_texts.levels.size(); ++i) {
            const QRectF swatch(x, g.legend.center().y() - box / 2, box, box);
            painter->setPen(line);
            painter->setBrush(RiskMatrix::levelColor(levels[i]));
            painter->drawRect(swatch);
            painter->setPen(m_ink);
            const qreal textWidth = fm.horizontalAdvance(m_texts.levels[i]);
            painter->drawText(QRectF(swatch.right() + pad, g.legend.top(), textWidth + pad, g.legend.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, m_texts.levels[i]);
            x = swatch.right() + pad + textWidth + box;
        }
    }
    painter->restore();
}

} // namespace ik
