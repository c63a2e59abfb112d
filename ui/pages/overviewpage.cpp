#include "ui/pages/overviewpage.h"

#include "ui/records/dateformat.h"
#include "ui/shell/uistyle.h"
#include "ui/records/fieldlabels.h"
#include "ui/pages/phasenames.h"
#include "ui/shell/refreshtimer.h"
#include "core/store/schema.h"
#include "core/review/yearstatus.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

QTreeWidget *dueList(QWidget *parent, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setAccessibleName(name);
    tree->setHeaderLabels({OverviewPage::tr("Due"), OverviewPage::tr("Kind"), OverviewPage::tr("What")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

OverviewPage::OverviewPage(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("page_overview"));
    auto *title = new QLabel(tr("The year %1 at a glance").arg(context.year), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    auto *guidance = new QLabel(pageGuidance(QStringLiteral("overview")), this);
    guidance->setTextFormat(Qt::PlainText);
    guidance->setWordWrap(true);

    auto *progressBox = new QGroupBox(tr("Progress per phase (checklist)"), this);
    auto *grid = new QGridLayout(progressBox);
    int row = 0;
    for (const QString &phase : schema::phases()) {
        auto *label = new QLabel(pageTitle(phase), progressBox);
        auto *bar = new QProgressBar(progressBox);
        bar->setObjectName(QStringLiteral("progress_") + phase);
        bar->setAccessibleName(tr("Progress: %1").arg(pageTitle(phase)));
        bar->setFormat(tr("%v of %m done"));
        label->setBuddy(bar);
        grid->addWidget(label, row, 0);
        grid->addWidget(bar, row, 1);
        m_progress << bar;
        ++row;
    }
    grid->setColumnStretch(1, 1);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("keyFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    auto *figuresBox = group(tr("Key figures"), m_figures, this);

    m_overdue = dueList(this, tr("Overdue"));
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    m_upcoming = dueList(this, tr("Due in the next 30 days"));
    m_upcoming->setObjectName(QStringLiteral("upcomingList"));

    for (QTreeWidget *tree : {m_overdue, m_upcoming})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            Q_EMIT recordActivated(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
        });
    auto *top = new QHBoxLayout;
    top->addWidget(progressBox, 2);
    top->addWidget(figuresBox, 1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(group(tr("Overdue"), m_overdue, this));
    lists->addWidget(group(tr("Due in the next 30 days"), m_upcoming, this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(guidance);
    layout->addLayout(top);
    layout->addLayout(lists, 1);
    // Its figures count every deviation of the year: kept up to date while the page is shown.
    refreshWhenShownOnChange(context.file, this, &OverviewPage::refresh);
}

void OverviewPage::refresh()
{
    const UnitFile &file = *m_context.file;
    const YearStatus s = yearStatus(file, m_context.year, QDate::currentDate());
    for (int i = 0; i < s.phases.size() && i < m_progress.size(); ++i) {
        m_progress[i]->setMaximum(std::max(1, s.phases[i].total));
        m_progress[i]->setValue(s.phases[i].done);
        if (s.phases[i].total == 0)
            m_progress[i]->setFormat(tr("no checklist items"));
    }
    QStringList lines;
    lines << tr("Open deviations: %1").arg(s.openDeviations)
          << tr("Actions done: %1 of %2").arg(s.actionsDone).arg(s.actions)
          << tr("Overdue actions: %1").arg(s.overdueActions)
          << tr("Risks above the acceptable level: %1 of %2").arg(s.risksAboveAcceptable).arg(s.risks);
    m_figures->setText(lines.join(QLatin1Char('\n')));

    const bool nb = uiLanguage() == QLatin1String("nb");
    const auto fill = [&](QTreeWidget *tree, const QList<DueItem> &items) {
        tree->clear();
        for (const DueItem &d : items) {
            QString what = d.title;
            if (d.table == QLatin1String("checklist_item")) {
                if (const auto item = file.record(d.table, d.id)) {
                    what = item->value(nb ? QStringLiteral("title_nb") : QStringLiteral("title_en")).toString();
                    if (item->value(QStringLiteral("recurrence")).toString() == QLatin1String("tertial"))
                        what += tr(" (tertial %1)").arg(item->value(QStringLiteral("occurrence")).toInt());
                }
            } else if (d.table == QLatin1String("risk")) {
                what = tr("Review acceptance: %1").arg(file.displayName(d.table, d.id, uiLanguage()));
            }
            const TableDef *def = schema::table(d.table);
            auto *row = new QTreeWidgetItem(tree, {displayDate(d.due),
                                                   def ? singularLabel(*def) : d.table, what});
            row->setData(0, Qt::UserRole, d.table);
            row->setData(0, Qt::UserRole + 1, d.id);
            row->setToolTip(2, tr("Double-click or press Enter to go to it"));
            if (d.overdue)
                row->setForeground(0, errorTextColor(tree->palette()));
        }
    };
    fill(m_overdue, s.overdue);
    fill(m_upcoming, s.upcoming);
}

} // namespace ik::ui
