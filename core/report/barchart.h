#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace ik::report {

// A grouped, stacked bar chart drawn with QPainter: for each group (tertial) one bar per entry
// of `bars` (year), each bar stacked by series (category), with a legend of the series.
struct BarChart
{
    QStringList groups;
    QStringList bars;
    QStringList series;
    QList<QList<QList<int>>> values; // [group][bar][series]
    QString valueTitle;
    QString note; // under the legend, e.g. which bar is which year
    QList<QColor> colors; // one per series where the colours mean something (risk levels); else a palette
    qreal textSize = 0;   // in the painter's units; 0: scaled with the chart (4 % of its height), as on paper

    void paint(QPainter *painter, const QRectF &rect) const;
};

} // namespace ik::report
