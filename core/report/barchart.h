#pragma once

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

    void paint(QPainter *painter, const QRectF &rect) const;
};

} // namespace ik::report
