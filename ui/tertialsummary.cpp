#include "tertialsummary.h"

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
    refreshOnChange(context.file, this, &TertialSummary::refresh, {QStringLiteral("deviation")});
    refresh();
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
    RecordFilter filter;
    filter.year = m_context.year;
    for (const Record &d : m_context.file->records(QStringLiteral("deviation"), filter)) {
        const QDate date = QDate::fromString(d.value(QStringLiteral("reported_on")).toString(), Qt::ISODate);
        int row = rows - 2; // unknown categories count as "other"
        for (int i = 0; i < categories->choices.size(); ++i)
            if (categories->choices.at(i).key == d.value(QStringLiteral("category")).toString())
                row = i;
        const bool open = d.value(QStringLiteral("status")).toString() != QLatin1String("closed");
        for (int r : {row, rows - 1}) {
            if (date.isValid())
                ++counts[r][(date.month() - 1) / 4];
            ++counts[r][3];
            if (open)
                ++counts[r][4];
        }
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
