#pragma once

#include "core/report/barchart.h"

#include <QWidget>

namespace ik::ui {

// Shows a report::BarChart on screen: the same painter the annual report uses on paper.
class BarChartView : public QWidget
{
    Q_OBJECT
public:
    explicit BarChartView(QWidget *parent = nullptr);

    void setChart(const report::BarChart &chart);
    const report::BarChart &chart() const { return m_chart; }
    QSize sizeHint() const override { return {420, 280}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    report::BarChart m_chart;
};

} // namespace ik::ui
