#include "ui/pages/yearoverview.h"

#include "ui/pages/barchartview.h"
#include "ui/pages/phasenames.h"
#include "ui/shell/refreshtimer.h"
#include "core/review/yearcomparison.h"
#include "core/report/yearcomparisonreport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ik::ui {

YearOverview::YearOverview(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("yearOverview"));
    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_deviations = new BarChartView(this);
    m_deviations->setObjectName(QStringLiteral("deviationTrendChart"));
    m_deviations->setAccessibleName(tr("Deviations per tertial, year by year"));
    m_risks = new BarChartView(this);
    m_risks->setObjectName(QStringLiteral("riskLevelChart"));
    m_risks->setAccessibleName(tr("Risks by residual level, year by year"));
    auto *charts = new QWidget(this);
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_deviations);
    chartLayout->addWidget(m_risks);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("yearComparisonTable"));
    m_table->setAccessibleName(tr("Key figures per year"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(split, 1);

    // Counting every year costs a few queries per year: a hidden tab waits until it is shown.
    refreshWhenShownOnChange(context.file, this, &YearOverview::refresh,
                             {QStringLiteral("review_year"), QStringLiteral("deviation"), QStringLiteral("goal"),
                              QStringLiteral("training_record"), QStringLiteral("role_assignment"),
                              QStringLiteral("competence_requirement"), QStringLiteral("person"),
                              QStringLiteral("risk_assessment"), QStringLiteral("risk"),
                              QStringLiteral("risk_consequence"), QStringLiteral("matrix_axis"),
                              QStringLiteral("matrix_cell"), QStringLiteral("indicator"),
                              QStringLiteral("indicator_value")});
}

void YearOverview::refresh()
{
    const QString language = uiLanguage();
    // Every year of the file, also those after the one shown: the trend is the point.
    const YearComparison comparison = loadYearComparison(*m_context.file);
    m_intro->setText(tr("Every review year in this file, side by side. The annual report prints the same "
                        "figures for the years up to its own."));
    m_deviations->setChart(report::deviationTrendChart(comparison, language));
    m_risks->setChart(report::riskLevelChart(comparison, language));

    const report::Table table = report::yearComparisonTable(comparison, language);
    m_table->clear();
    m_table->setColumnCount(int(table.columns.size()));
    m_table->setRowCount(int(table.rows.size()));
    QStringList headers;
    for (const report::TableColumn &c : table.columns)
        headers << c.header;
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows[r].cells.size() && c < table.columns.size(); ++c) {
            auto *item = new QTableWidgetItem(table.rows[r].cells[c]);
            if (table.columns[c].alignRight)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c > 0 && table.columns[c].header == QString::number(m_context.year)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace ik::ui
