#include "ui/pages/overviewpage.h"

#include "ui/records/dateformat.h"
#include "ui/shell/uistyle.h"
#include "ui/records/fieldlabels.h"
#include "ui/pages/phasenames.h"
#include "ui/shell/refreshtimer.h"
#include "ui/records/recordededit.h"
#include "ui/shell/messages.h"
#include "core/store/schema.h"
#include "core/review/latestart.h"
#include "core/review/yearstatus.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
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

    m_notStarted = dueList(this, tr("Not started yet"));
    m_notStarted->setObjectName(QStringLiteral("notStartedList"));

    m_lateBanner = new QFrame(this);
    m_lateBanner->setObjectName(QStringLiteral("lateStartBanner"));
    m_lateBanner->setStyleSheet(bannerStyleSheet(QStringLiteral("QFrame#lateStartBanner"), BannerTone::Info, palette()));
    m_lateText = new QLabel(m_lateBanner);
    m_lateText->setTextFormat(Qt::PlainText);
    m_lateText->setWordWrap(true);
    m_moveDeadlines = new QPushButton(tr("Move Their Deadlines into the Rest of the Year"), m_lateBanner);
    m_moveDeadlines->setObjectName(QStringLiteral("moveLateDeadlines"));
    connect(m_moveDeadlines, &QPushButton::clicked, this, &OverviewPage::moveLateDeadlines);
    auto *bannerLayout = new QHBoxLayout(m_lateBanner);
    bannerLayout->addWidget(m_lateText, 1);
    bannerLayout->addWidget(m_moveDeadlines);
    m_lateBanner->hide();

    for (QTreeWidget *tree : {m_overdue, m_upcoming, m_notStarted})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            Q_EMIT recordActivated(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
        });
    auto *top = new QHBoxLayout;
    top->addWidget(progressBox, 2);
    top->addWidget(figuresBox, 1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(group(tr("Overdue"), m_overdue, this));
    lists->addWidget(group(tr("Due in the next 30 days"), m_upcoming, this));
    m_notStartedBox = group(tr("Not started yet (due before this file was made)"), m_notStarted, this);
    m_notStartedBox->hide();
    lists->addWidget(m_notStartedBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(guidance);
    layout->addLayout(top);
    layout->addWidget(m_lateBanner);
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
    QList<DueItem> overdue = s.overdue;
    const QList<DueItem> notStarted = takeItemsDueBeforeTheyWereMade(file, overdue);
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
            if (d.overdue && tree == m_overdue)
                row->setForeground(0, errorTextColor(tree->palette()));
        }
    };
    fill(m_overdue, overdue);
    fill(m_upcoming, s.upcoming);
    fill(m_notStarted, notStarted);
    m_notStartedBox->setVisible(!notStarted.isEmpty());

    m_lateBanner->setVisible(!notStarted.isEmpty());
    if (!notStarted.isEmpty()) {
        m_lateText->setText(tr("%n checklist item(s) had passed their deadline before this file was made, so they are "
                               "listed as not started yet rather than overdue. Their deadlines can be spread over the "
                               "rest of the year, in the template's order.",
                               nullptr, int(notStarted.size())));
        const bool writable = !file.isReadOnly() && !file.isYearLocked(m_context.year);
        const bool room = !deadlinesInRestOfYear(itemsDueBeforeTheyWereMade(file, m_context.year), m_context.year,
                                                 firstNewDeadline()).isEmpty();
        m_moveDeadlines->setEnabled(writable && room);
        m_moveDeadlines->setToolTip(!writable ? tr("The file or the year cannot be changed.")
                                    : room    ? QString()
                                              : tr("Less than a week of the year is left."));
    }
}

QDate OverviewPage::firstNewDeadline()
{
    // A week from today: nothing moved falls due the moment it is moved.
    return QDate::currentDate().addDays(7);
}

void OverviewPage::moveLateDeadlines()
{
    UnitFile &file = *m_context.file;
    const QList<MovedDeadline> moved =
        deadlinesInRestOfYear(itemsDueBeforeTheyWereMade(file, m_context.year), m_context.year, firstNewDeadline());
    if (moved.isEmpty())
        return;
    QString error;
    const bool done = recordedEdit(m_context, tr("Move %n deadline(s)", nullptr, int(moved.size())), &error,
                                   [&](RecordedEdit &edit) {
                                       for (const MovedDeadline &m : moved)
                                           if (!edit.update(QStringLiteral("checklist_item"), m.id,
                                                            {{QStringLiteral("due_date"), m.due.toString(Qt::ISODate)}}))
                                               return false;
                                       return true;
                                   });
    if (!done)
        showError(this, tr("Deadlines not moved"), error);
    refresh();
}

} // namespace ik::ui
