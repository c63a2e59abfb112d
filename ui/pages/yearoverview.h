#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ik::ui {

class BarChartView;

// Year over year: the key figures of every review year in the file side by side (deviations per
// tertial, goal results, training coverage, risk levels, indicators) as a table and two charts,
// the same ones the annual report prints (core/report/yearcomparisonreport.h). Read-only;
// computed when first shown and again after changes while it is shown.
class YearOverview : public QWidget
{
    Q_OBJECT
public:
    YearOverview(const EditContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    BarChartView *deviationChart() const { return m_deviations; }
    BarChartView *riskChart() const { return m_risks; }

public Q_SLOTS:
    void refresh();

private:
    EditContext m_context;
    QLabel *m_intro;
    BarChartView *m_deviations;
    BarChartView *m_risks;
    QTableWidget *m_table;
};

} // namespace ik::ui
