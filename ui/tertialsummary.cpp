#include "tertialsummary.h"

#include "deviationstats.h"

#include "fieldformat.h"
#include "refreshtimer.h"
#include "schema.h"

#include <QDate>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ik::ui {

TertialSummary::TertialSummary(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("tertialSummary"));
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Deviations per tertial"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    // Counting 100 000 deviations takes a moment: only while the summary can be seen.
    refreshWhenShownOnChange(context.file, this, &TertialSummary::refresh, {QStringLiteral("deviation")});
}

int TertialSummary::count(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().toInt() : 0;
}

void TertialSummary::refresh()
{
    const ChoiceSet *categories = schema::choiceSet(QStringLiteral("deviation_category"));
    const int rows = int(categories->choices.size()) + 1;
    QList<std::array<int, 5>> counts(rows, {0, 0, 0, 0, 0});
    // Counted in the file: a year of 100 000 deviations is one grouped query, not 100 000 rows.
    const auto byCategory = deviationCountsByTertial(*m_context.file, m_context.year);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        int row = rows - 2; // unknown categories count as "other"
        for (int i = 0; i < categories->choices.size(); ++i)
            if (categories->choices.at(i).key == it.key())
                row = i;
        for (int r : {row, rows - 1})
            for (int c = 0; c < 5; ++c)
                counts[r][c] += it.value()[c];
    }
    m_table->clear();
    m_table->setRowCount(rows);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("1st tertial (Jan–Apr)"), tr("2nd tertial (May–Aug)"),
                                        tr("3rd tertial (Sep–Dec)"), tr("Total"), tr("Open")});
    QStringList labels;
    for (const Choice &c : categories->choices)
        labels << choiceLabel(categories->name, c.key);
    labels << tr("All categories");
    m_table->setVerticalHeaderLabels(labels);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(QString::number(counts[r][c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == rows - 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace ik::ui
