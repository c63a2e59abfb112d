// The markers and arrows of RiskMatrixPainter: risks drawn one by one in their cells.
#include "core/risk/riskmatrixpainter.h"

#include <QHash>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace ik {

namespace {
constexpr int kPerCell = 4; // discs that fit a cell (2×2); more share one disc with a count
}

QList<QRectF> RiskMatrixPainter::markerRects(const QRectF &rect) const
{
    QList<QRectF> out(m_markers.size());
    QHash<QPair<int, int>, QList<qsizetype>> byCell;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        if (m_matrix.contains(m.probability, m.consequence))
            byCell[{m.probability, m.consequence}] << i;
    }
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it) {
        const QRectF cell = cellRect(rect, it.key().first, it.key().second);
        const qreal d = qMin(cell.width(), cell.height()) * 0.36;
        const QList<qsizetype> &indexes = it.value();
        if (indexes.size() == 1 || indexes.size() > kPerCell) {
            const QRectF disc(cell.center().x() - d / 2, cell.center().y() - d / 2, d, d);
            for (qsizetype i : indexes)
                out[i] = disc;
            continue;
        }
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            const qreal dx = (k % 2 == 0 ? -1 : 1) * cell.width() * 0.22;
            const qreal dy = (indexes.size() <= 2 ? 0 : (k < 2 ? -1 : 1)) * cell.height() * 0.22;
            out[indexes[k]] = QRectF(cell.center().x() + dx - d / 2, cell.center().y() + dy - d / 2, d, d);
        }
    }
    return out;
}

void RiskMatrixPainter::paintMarkers(QPainter *painter, const QRectF &rect) const
{
    if (m_highlight && m_matrix.contains(m_highlight->first, m_highlight->second)) {
        const QRectF cell = cellRect(rect, m_highlight->first, m_highlight->second);
        painter->save();
        painter->setPen(QPen(QColor(0x15, 0x65, 0xC0), qMax<qreal>(2, cell.width() * 0.05)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
        painter->restore();
    }
    if (m_markers.isEmpty())
        return;
    const QList<QRectF> rects = markerRects(rect);
    const QColor ink(0x26, 0x32, 0x38);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Arrows first, so discs sit on top of their ends.
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        if (rects[i].isEmpty() || !m_matrix.contains(m.fromProbability, m.fromConsequence)
            || (m.fromProbability == m.probability && m.fromConsequence == m.consequence))
            continue;
        const QPointF from = cellRect(rect, m.fromProbability, m.fromConsequence).center();
        const QPointF to = rects[i].center();
        QLineF line(from, to);
        line.setLength(qMax<qreal>(0, line.length() - rects[i].width() / 2));
        const qreal width = qMax<qreal>(1.5, rects[i].width() * 0.08);
        painter->setPen(QPen(ink, width, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(line);
        const qreal head = rects[i].width() * 0.35;
        const qreal angle = qAtan2(line.dy(), line.dx());
        QPainterPath arrow;
        arrow.moveTo(line.p2());
        arrow.lineTo(line.p2() - QPointF(qCos(angle - 0.45) * head, qSin(angle - 0.45) * head));
        arrow.lineTo(line.p2() - QPointF(qCos(angle + 0.45) * head, qSin(angle + 0.45) * head));
        arrow.closeSubpath();
        painter->fillPath(arrow, ink);
    }

    QList<QRectF> drawn;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const QRectF &r = rects[i];
        if (r.isEmpty())
            continue;
        const Marker &m = m_markers[i];
        int shared = 0;
        for (qsizetype j = 0; j < m_markers.size(); ++j)
            shared += rects[j] == r;
        const bool isCount = shared > 1;
        if (isCount && drawn.contains(r)) {
            if (m.selected) { // the selected one of a crowded cell still shows its ring
                painter->setPen(QPen(QColor(0x15, 0x65, 0xC0), r.width() * 0.14));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(r.adjusted(-r.width() * 0.1, -r.width() * 0.1, r.width() * 0.1, r.width() * 0.1));
            }
            continue;
        }
        drawn << r;
        painter->setPen(QPen(ink, qMax<qreal>(1, r.width() * 0.06)));
        painter->setBrush(m.hollow ? QBrush(Qt::white) : QBrush(ink));
        painter->drawEllipse(r);
        if (m.selected) {
            painter->setPen(QPen(QColor(0x15, 0x65, 0xC0), r.width() * 0.14));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(r.adjusted(-r.width() * 0.1, -r.width() * 0.1, r.width() * 0.1, r.width() * 0.1));
        }
        const QString text = isCount ? QStringLiteral("×%1").arg(shared) : m.label;
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(qMax(1, qRound(r.height() * (text.size() > 2 ? 0.34 : 0.45))));
        painter->setFont(font);
        painter->setPen(m.hollow ? ink : QColor(Qt::white));
        painter->drawText(r, Qt::AlignCenter, text);
        bool warned = false;
        for (qsizetype j = 0; j < m_markers.size(); ++j)
            warned |= rects[j] == r && m_markers[j].warning;
        if (warned) {
            // A small orange triangle with "!" on the disc's upper right.
            const qreal s = r.width() * 0.5;
            const QPointF top(r.right() - s * 0.1, r.top() - s * 0.35);
            QPainterPath badge;
            badge.moveTo(top);
            badge.lineTo(top + QPointF(s * 0.55, s * 0.95));
            badge.lineTo(top + QPointF(-s * 0.55, s * 0.95));
            badge.closeSubpath();
            painter->setPen(QPen(ink, qMax<qreal>(1, r.width() * 0.03)));
            painter->setBrush(QColor(0xFB, 0x8C, 0x00));
            painter->drawPath(badge);
            font.setPixelSize(qMax(1, qRound(s * 0.7)));
            painter->setFont(font);
            painter->setPen(ink);
            painter->drawText(QRectF(top.x() - s * 0.5, top.y() + s * 0.2, s, s * 0.75), Qt::AlignCenter,
                              QStringLiteral("!"));
        }
    }
    painter->restore();
}

} // namespace ik
