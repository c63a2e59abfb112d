#include "ui/sharing/changelogview.h"

#include "ui/records/dateformat.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/messages.h"
#include "ui/sharing/changedescription.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"
#include "core/store/schema.h"
#include "core/sharing/signoff.h"
#include "core/store/unitfile.h"

#include <QComboBox>
#include <QLocale>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ik::ui {

namespace {
constexpr int kMaxRows = 1000;
}

ChangeLogView::ChangeLogView(const EditContext &context, const QDateTime &lastVisit, QWidget *parent)
    : QWidget(parent), m_context(context), m_lastVisit(lastVisit)
{
    setObjectName(QStringLiteral("changeLogView"));
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("changeTable"));
    m_table->addItem(tr("All records"), QString());
    QList<std::pair<QString, QString>> tables;
    for (const TableDef &t : schema::tables())
        if (!t.name.startsWith(QLatin1String("matrix_")))
            tables.append({tableLabel(t), t.name});
    std::sort(tables.begin(), tables.end());
    for (const auto &[label, name] : tables)
        m_table->addItem(label, name);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("changePeriod"));
    m_period->addItem(tr("All changes"), All);
    m_period->addItem(lastVisit.isValid()
                          ? tr("Since my last visit (%1)").arg(displayDateTime(lastVisit))
                          : tr("Since my last visit"),
                      SinceLastVisit);
    m_period->addItem(tr("Since the sign-off"), SinceSignOff);
    m_period->addItem(tr("Between dates"), DateRange);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("changeFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("changeTo"));
    m_to->setCalendarPopup(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Changes"));
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Record"), tr("Change")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 130);
    m_list->setColumnWidth(1, 110);
    m_list->setColumnWidth(2, 240);
    // A few rows at least; the panel may be small beside the page on a laptop.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);

    // The filters wrap in a narrow panel: each label stays with its field.
    auto *filters = new FlowLayout;
    auto *typeLabel = new QLabel(tr("&Record type:"), this);
    typeLabel->setBuddy(m_table);
    auto *periodLabel = new QLabel(tr("&Show:"), this);
    periodLabel->setBuddy(m_period);
    m_dash = new QLabel(QStringLiteral("–"), this);
    filters->addWidget(widgetRow(this, {typeLabel, m_table}));
    filters->addWidget(widgetRow(this, {periodLabel, m_period}));
    filters->addWidget(widgetRow(this, {m_from, m_dash, m_to}));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    for (QComboBox *c : {m_table, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, &ChangeLogView::refresh);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &ChangeLogView::refresh);
    // The dock starts hidden: the log is read when it is opened, and followed while it is open.
    refreshWhenShownOnChange(context.file, this, &ChangeLogView::refresh);
}

void ChangeLogView::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(period));
}

void ChangeLogView::setTable(const QString &table)
{
    m_table->setCurrentIndex(std::max(0, m_table->findData(table)));
}

void ChangeLogView::refresh()
{
    const auto period = Period(m_period->currentData().toInt());
    m_from->setVisible(period == DateRange);
    m_to->setVisible(period == DateRange);
    m_dash->setVisible(period == DateRange);
    ChangeFilter filter;
    QDateTime until;
    QString scope;
    switch (period) {
    case All:
        break;
    case SinceLastVisit:
        filter.since = m_lastVisit;
        scope = m_lastVisit.isValid() ? QString() : tr("This is your first visit to this file: all changes are shown.");
        break;
    case SinceSignOff: {
        QDateTime latest;
        for (const SignOffState &s : signOffStates(*m_context.file, m_context.year))
            if (!latest.isValid() || s.signedAt > latest)
                latest = s.signedAt;
        if (latest.isValid())
            filter.since = latest;
        else
            scope = tr("%1 is not signed off: all changes are shown.").arg(m_context.year);
        break;
    }
    case DateRange:
        filter.since = m_from->date().startOfDay();
        until = m_to->date().addDays(1).startOfDay();
        break;
    }
    const QString table = m_table->currentData().toString();
    if (!table.isEmpty())
        filter.tables << table;
    // Only the newest rows are read: a file with 100 000 logged changes opens at once.
    filter.until = until;
    filter.newestFirst = true;
    filter.limit = kMaxRows;
    const QList<ChangeEntry> entries = changeLog(*m_context.file, filter);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const ChangeEntry &e : entries) {
        const ChangeText t = describeChange(*m_context.file, e);
        auto *item = new QTreeWidgetItem({t.when, t.who, t.record, t.what});
        item->setToolTip(3, plainToolTip(t.what));
        items << item;
    }
    m_list->addTopLevelItems(items);
    QString summary = tr("%n change(s).", "", int(items.size()));
    if (!scope.isEmpty())
        summary = scope + QLatin1Char(' ') + summary;
    m_summary->setText(summary);
}

} // namespace ik::ui
