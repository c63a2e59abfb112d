#include "ui/pages/barchartview.h"

#include "ui/shell/uistyle.h"

#include <QFontInfo>
#include <QPainter>

namespace ik::ui {

BarChartView::BarChartView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChartView::setChart(const report::BarChart &chart)
{
    m_chart = chart;
    m_chart.textSize = QFontInfo(font()).pixelSize(); // on screen, text as large as the rest of the window
    setAccessibleDescription(chart.valueTitle);
    update();
}

void BarChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), paperColor()); // the chart's colours are chosen for paper
    m_chart.paint(&painter, QRectF(rect()).adjusted(8, 8, -8, -8));
}

} // namespace ik::ui
