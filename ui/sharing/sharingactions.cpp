#include "ui/sharing/sharingactions.h"

#include "ui/shell/messages.h"
#include "ui/sharing/changelogview.h"
#include "ui/sharing/commentspanel.h"
#include "core/review/latestart.h"
#include "core/exchange/icalendar.h"
#include "core/exchange/outputfile.h"
#include "ui/sharing/lastvisitstore.h"
#include "ui/sharing/mergedialog.h"
#include "ui/sharing/newyeardialog.h"
#include "ui/pages/phasenames.h"
#include "ui/sharing/signoffdialog.h"
#include "core/review/yearstatus.h"
#include "core/store/unitfile.h"
#include "ui/shell/unitview.h"
#include "ui/shell/username.h"
#include "ui/sharing/yearlock.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace ik::ui {

SharingActions::SharingActions(QMainWindow *window, std::function<UnitView *()> view)
    : QObject(window), m_window(window), m_view(std::move(view))
{
    setObjectName(QStringLiteral("sharingActions"));
    m_changeLogDock = new QDockWidget(tr("Change Log"), window);
    m_changeLogDock->setObjectName(QStringLiteral("changeLogDock"));
    m_commentsDock = new QDockWidget(tr("Comments"), window);
    m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_commentsDock->setMinimumWidth(420);
    // Both panels beside the page, as tabs of one: below it they took the checklist's rows.
    window->addDockWidget(Qt::RightDockWidgetArea, m_changeLogDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    window->tabifyDockWidget(m_changeLogDock, m_commentsDock);
    m_changeLogDock->hide();
    m_commentsDock->hide();
    if (auto *stack = qobject_cast<QStackedWidget *>(window->centralWidget()))
        connect(stack, &QStackedWidget::currentChanged, this, &SharingActions::viewChanged);
}

void SharingActions::addFileActions(QMenu *file)
{
    QAction *a = file->addAction(tr("&Merge Changes From…"), this, qOverload<>(&SharingActions::mergeFrom));
    a->setObjectName(QStringLiteral("mergeAction"));
    m_fileActions << a;
    a = file->addAction(tr("Export &Calendar…"), this, &SharingActions::exportCalendar);
    a->setObjectName(QStringLiteral("calendarAction"));
    m_fileActions << a;
    viewChanged();
}

void SharingActions::addReviewMenu()
{
    QMenu *review = m_window->menuBar()->addMenu(tr("&Review"));
    QAction *a = review->addAction(tr("&Sign Off…"), this, &SharingActions::signOff);
    a->setObjectName(QStringLiteral("signOffAction"));
    m_fileActions << a;
    review->addSeparator();
    a = m_changeLogDock->toggleViewAction();
    a->setText(tr("Change &Log"));
    review->addAction(a);
    a = m_commentsDock->toggleViewAction();
    a->setText(tr("&Comments"));
    review->addAction(a);
    review->addSeparator();
    a = review->addAction(tr("Your &Name…"), this, &SharingActions::askUserName);
    m_fileActions << a;
    viewChanged();
}

void SharingActions::addYearActions(QMenu *year)
{
    UnitView *view = m_view();
    m_unlock = year->addAction(tr("&Unlock Year"), this, &SharingActions::unlockYear);
    m_unlock->setObjectName(QStringLiteral("unlockAction"));
    m_unlock->setEnabled(view && !view->file()->isReadOnly() && view->file()->isYearLocked(view->year()));
}

EditContext SharingActions::context() const
{
    UnitView *view = m_view();
    return view ? EditContext{view->file(), view->undoStack(), view->year()} : EditContext{};
}

void SharingActions::viewChanged()
{
    UnitView *view = m_view();
    if (view == m_gone) // being destroyed: the window has not let go of it yet
        view = nullptr;
    for (QAction *a : std::as_const(m_fileActions))
        a->setEnabled(view != nullptr);
    if (view == m_current)
        return;
    m_current = view;
    if (view) {
        applyUserName(*view->file());
        if (!view->findChild<LastVisit *>())
            new LastVisit(view->file()->path(), view);
        connect(view, &UnitView::yearChanged, this, &SharingActions::rebuildDocks);
        // The view owns the file: the docks' contents go with it (m_view() may dangle here).
        connect(view, &QObject::destroyed, this, [this](QObject *gone) {
            m_gone = gone;
            delete m_changeLogDock->widget();
            delete m_commentsDock->widget();
            for (QAction *a : std::as_const(m_fileActions))
                a->setEnabled(false);
        });
        connect(view->undoStack(), &QUndoStack::indexChanged, this, [this] {
            if (!m_askedName && !hasSavedUserName())
                showNamePrompt();
        });
        showDueNotice();
    }
    rebuildDocks();
}

void SharingActions::rebuildDocks()
{
    delete m_changeLogDock->widget();
    delete m_commentsDock->widget();
    UnitView *view = m_view();
    if (!view)
        return;
    const EditContext ctx = context();
    const LastVisit *visit = view->findChild<LastVisit *>();
    m_changeLogDock->setWidget(new ChangeLogView(ctx, visit ? visit->previous() : QDateTime(), m_changeLogDock));
    m_commentsDock->setWidget(new CommentsPanel(ctx, m_commentsDock));
}

void SharingActions::showDueNotice()
{
    const EditContext ctx = context();
    if (!ctx.file)
        return;
    YearStatus s = dueStatus(*ctx.file, ctx.year, QDate::currentDate());
    const QList<DueItem> notStarted = takeItemsDueBeforeTheyWereMade(*ctx.file, s.overdue);
    if (s.overdue.isEmpty() && s.upcoming.isEmpty() && notStarted.isEmpty())
        return;
    QString notice = tr("%1: %2 overdue, %3 due in the next 30 days – see the Overview.")
                         .arg(ctx.year)
                         .arg(s.overdue.size())
                         .arg(s.upcoming.size());
    if (!notStarted.isEmpty())
        notice = tr("%1: %2 overdue, %3 due in the next 30 days, %4 not started yet that were due before this file "
                    "was made – see the Overview.")
                     .arg(ctx.year)
                     .arg(s.overdue.size())
                     .arg(s.upcoming.size())
                     .arg(notStarted.size());
    m_window->statusBar()->showMessage(notice, 20000);
}

void SharingActions::mergeFrom()
{
    const EditContext ctx = context();
    if (!ctx.file)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge changes from a copy"),
                                                      QFileInfo(ctx.file->path()).absolutePath(),
                                                      tr("Unit files (*.db *.ikdb);;All files (*)"));
    if (!path.isEmpty())
        mergeFrom(path);
}

void SharingActions::mergeFrom(const QString &path)
{
    const EditContext ctx = context();
    if (!ctx.file)
        return;
    if (ctx.file->isReadOnly()) {
        showError(m_window, tr("Merge"), ctx.file->readOnlyReason());
        return;
    }
    MergeDialog dialog(ctx, path, m_window);
    dialog.exec();
}

void SharingActions::exportCalendar()
{
    const EditContext ctx = context();
    if (!ctx.file)
        return;
    const QFileInfo source(ctx.file->path());
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export deadlines as a calendar"),
        source.dir().filePath(tr("HSE deadlines %1 %2.ics").arg(ctx.file->unitName(), QString::number(ctx.year))),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    const QByteArray data = calendarOfDeadlines(*ctx.file, ctx.year, uiLanguage());
    QString error;
    if (!writeOutputFile(*ctx.file, path, data, &error))
        showError(m_window, tr("Export calendar"), error);
    else
        m_window->statusBar()->showMessage(tr("The deadlines of %1 were written to %2.")
                                               .arg(ctx.year)
                                               .arg(QDir::toNativeSeparators(path)),
                                           10000);
}

void SharingActions::startNextYear()
{
    UnitView *view = m_view();
    if (!view)
        return;
    if (view->file()->isReadOnly()) {
        showError(m_window, tr("Start review year"), view->file()->readOnlyReason());
        return;
    }
    NewYearDialog dialog(context(), m_window);
    dialog.exec();
    if (dialog.started())
        view->setYear(dialog.newYear());
}

void SharingActions::unlockYear()
{
    const EditContext ctx = context();
    QString error;
    if (ctx.file && !ik::ui::unlockYear(ctx, &error))
        showError(m_window, tr("Unlock Year"), error);
    if (m_unlock)
        m_unlock->setEnabled(false);
}

void SharingActions::signOff()
{
    const EditContext ctx = context();
    if (!ctx.file)
        return;
    SignOffDialog dialog(ctx, m_window);
    dialog.exec();
}

void SharingActions::showNamePrompt()
{
    // In the status bar, not a dialog: the edit under way keeps the focus.
    m_askedName = true;
    auto *prompt = new QWidget(m_window->statusBar());
    prompt->setObjectName(QStringLiteral("userNamePrompt"));
    const QString recorded = m_view() ? m_view()->file()->userName() : QString();
    auto *label = new QLabel(recorded.isEmpty() ? tr("Your changes are recorded without a name.")
                                                : tr("Your changes are recorded as “%1”.").arg(recorded),
                             prompt);
    label->setTextFormat(Qt::PlainText);
    auto *button = new QPushButton(tr("Your &Name…"), prompt);
    button->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(prompt);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, prompt] {
        prompt->hide();
        prompt->deleteLater();
        askUserName();
    });
    m_window->statusBar()->addPermanentWidget(prompt);
}

void SharingActions::askUserName()
{
    UnitView *view = m_view();
    if (!view)
        return;
    m_askedName = true;
    // Not modal: the edit that prompted the question goes on; later ones carry the name.
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("userNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Your name"));
    dialog->setLabelText(tr("The change log records who made each change. Your name:"));
    dialog->setTextValue(savedUserName());
    QPointer<UnitView> target(view);
    connect(dialog, &QInputDialog::textValueSelected, this, [target](const QString &name) {
        if (target)
            rememberUserName(*target->file(), name);
    });
    connect(dialog, &QDialog::rejected, this, [target] {
        if (target)
            rememberUserName(*target->file(), savedUserName()); // asked once: keep the default
    });
    dialog->open();
}

} // namespace ik::ui
