#include "core/report/barchart.h"

#include <QPainter>

#include <cmath>

namespace ik::report {

namespace {
// Distinct, print-friendly colours (no transparency: PDF/A-1 forbids it).
QColor seriesColor(int i)
{
    static const QList<QColor> colors{QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                                      QColor(0xD6, 0x27, 0x28), QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B),
                                      QColor(0xE3, 0x77, 0xC2), QColor(0x7F, 0x7F, 0x7F)};
    return colors[i % colors.size()];
}

// A round step for the value axis: 1, 2, 5 × 10^n.
int niceStep(int maximum, int ticks)
{
    const double raw = std::max(1.0, double(maximum) / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= raw)
            return std::max(1, int(f * magnitude));
    return std::max(1, int(10 * magnitude));
}
} // namespace

void BarChart::paint(QPainter *painter, const QRectF &rect) const
{
    const auto colorOf = [this](int s) { return s < colors.size() ? colors[s] : seriesColor(s); };
    painter->save();
    QFont font = painter->font();
    const qreal textSize = this->textSize > 0 ? this->textSize : rect.height() * 0.04;
    font.setPixelSize(qMax(1, qRound(textSize)));
    painter->setFont(font);

    int maximum = 0;
    for (const auto &group : values)
        for (const auto &bar : group) {
            int sum = 0;
            for (int v : bar)
                sum += v;
            maximum = qMax(maximum, sum);
        }
    const int step = niceStep(qMax(1, maximum), 5);
    const int top = qMax(step, int(std::ceil(double(maximum) / step)) * step);

    const qreal legendW = rect.width() * 0.3;
    const QRectF plot(rect.left() + rect.width() * 0.08, rect.top() + textSize * 2, rect.width() - legendW - rect.width() * 0.08,
                      rect.height() - textSize * 6);
    const QPen axisPen(QColor(0x42, 0x42, 0x42), qMax<qreal>(1, rect.height() * 0.002));
    const QPen gridPen(QColor(0xCC, 0xCC, 0xCC), qMax<qreal>(1, rect.height() * 0.0015));

    painter->setPen(Qt::black);
    painter->drawText(QRectF(rect.left(), rect.top(), plot.right() - rect.left(), textSize * 1.6), Qt::AlignLeft | Qt::AlignVCenter,
                      valueTitle);
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        painter->setPen(v == 0 ? axisPen : gridPen);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(Qt::black);
        painter->drawText(QRectF(rect.left(), y - textSize, plot.left() - rect.left() - textSize * 0.5, textSize * 2),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }

    const qreal groupW = plot.width() / qMax<qsizetype>(1, groups.size());
    const qreal barW = groupW * 0.7 / qMax<qsizetype>(1, bars.size());
    // Labels under the bars and groups shrink (to no less than 60 %) rather than run into each other.
    const auto fitted = [&](const QStringList &labels, qreal room) {
        QFont f = font;
        qreal widest = 0;
        for (const QString &label : labels) // the painter's metrics: the same units it draws in
            widest = qMax(widest, painter->boundingRect(QRectF(), Qt::TextSingleLine, label).width());
        if (widest > room)
            f.setPixelSize(qMax(1, qRound(textSize * qMax(0.6, room / widest))));
        return f;
    };
    const QFont barFont = fitted(bars, barW * 0.88);
    const QFont groupFont = fitted(groups, groupW * 0.98);
    for (int g = 0; g < groups.size(); ++g) {
        const qreal groupLeft = plot.left() + g * groupW + groupW * 0.15;
        for (int b = 0; b < bars.size(); ++b) {
            const qreal x = groupLeft + b * barW;
            qreal y = plot.bottom();
            int total = 0;
            const QList<int> stack = g < values.size() && b < values[g].size() ? values[g][b] : QList<int>();
            for (int s = 0; s < stack.size(); ++s) {
                if (stack[s] <= 0)
                    continue;
                const qreal h = plot.height() * stack[s] / top;
                QColor c = colorOf(s);
                if (b + 1 < bars.size()) // earlier years: the same hue, halfway to white
                    c = QColor((c.red() + 255) / 2, (c.green() + 255) / 2, (c.blue() + 255) / 2);
                painter->setPen(QPen(Qt::white, axisPen.widthF()));
                painter->setBrush(c);
                painter->drawRect(QRectF(x + barW * 0.05, y - h, barW * 0.9, h));
                y -= h;
                total += stack[s];
            }
            painter->setPen(Qt::black);
            painter->drawText(QRectF(x, y - textSize * 1.4, barW, textSize * 1.3), Qt::AlignHCenter | Qt::AlignBottom,
                              QString::number(total));
            painter->setFont(barFont);
            painter->drawText(QRectF(x, plot.bottom() + textSize * 0.2, barW, textSize * 1.3), Qt::AlignHCenter | Qt::AlignTop,
                              bars[b]);
            painter->setFont(font);
        }
        painter->setFont(groupFont);
        painter->drawText(QRectF(plot.left() + g * groupW, plot.bottom() + textSize * 1.6, groupW, textSize * 1.6),
                          Qt::AlignHCenter | Qt::AlignTop, groups[g]);
        painter->setFont(font);
    }

    // Legend: one swatch per series.
    const qreal lx = plot.right() + textSize * 1.5;
    qreal ly = plot.top();
    for (int s = 0; s < series.size(); ++s) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colorOf(s));
        painter->drawRect(QRectF(lx, ly + textSize * 0.25, textSize, textSize));
        painter->setPen(Qt::black);
        // A long category name wraps: the next entry goes below however many lines it took.
        const QRectF room(lx + textSize * 1.5, ly, rect.right() - lx - textSize * 1.5, rect.bottom() - ly);
        const QRectF used = painter->boundingRect(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, series[s]);
        painter->drawText(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, series[s]);
        ly += qMax(used.height(), textSize * 1.3) + textSize * 0.6;
    }
    if (!note.isEmpty())
        painter->drawText(QRectF(lx, ly + textSize, rect.right() - lx, textSize * 5), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          note);
    painter->restore();
}

} // namespace ik::report
