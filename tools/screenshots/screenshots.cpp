#include "tools/screenshots/screenshots.h"

#include "core/review/demounit.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingskeys.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/records/tableeditor.h"
#include "ui/pages/tertialsummary.h"
#include "tools/screenshots/clipboardscreenshots.h"
#include "tools/screenshots/rollupscreenshots.h"
#include "tools/screenshots/sharingscreenshots.h"
#include "core/store/unitfile.h"
#include "ui/shell/unitview.h"
#include "ui/pages/yearoverview.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QSize>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

namespace ik::ui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const bool ok = window->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qUtf8Printable(path));
    return ok;
}

// Shows the tab holding the page's editor of `table`.
bool showTabOfTable(PhasePage *page, const QString &table)
{
    TableEditor *editor = page ? page->editor(table) : nullptr;
    QTabWidget *tabs = page ? page->tabs() : nullptr;
    for (int i = 0; editor && i < tabs->count(); ++i)
        if (tabs->widget(i) == editor || tabs->widget(i)->isAncestorOf(editor)) {
            tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

// The tab that best shows what the phase is about.
void showTypicalTab(PhasePage *page)
{
    if (!page)
        return;
    static const QHash<QString, QString> typical{
        {QStringLiteral("initiate"), QStringLiteral("goal")},
        {QStringLiteral("map"), QStringLiteral("risk_assessment")},
        {QStringLiteral("plan"), QStringLiteral("action")},
        {QStringLiteral("follow_up"), QStringLiteral("inspection_round")},
        {QStringLiteral("report"), QStringLiteral("report_text")}};
    TableEditor *editor = page->editor(typical.value(page->phase()));
    QTabWidget *tabs = page->tabs();
    for (int i = 0; editor && i < tabs->count(); ++i)
        if (tabs->widget(i) == editor || tabs->widget(i)->isAncestorOf(editor))
            tabs->setCurrentIndex(i);
}

// Shows the tab holding the page's widget of type W, if there is one.
template<typename W>
bool showTabOf(PhasePage *page)
{
    W *widget = page ? page->findChild<W *>() : nullptr;
    for (int i = 0; widget && i < page->tabs()->count(); ++i)
        if (page->tabs()->widget(i) == widget || page->tabs()->widget(i)->isAncestorOf(widget)) {
            page->tabs()->setCurrentIndex(i);
            return true;
        }
    return false;
}

// The yearly-cycle views of the Follow up page: the tertial overview with its report, and the
// year-over-year comparison.
bool saveFollowUpViews(QWidget *window, UnitView *view, const QString &directory, const QString &language)
{
    const QString phase = QStringLiteral("follow_up");
    view->showPage(int(pageKeys().indexOf(phase)));
    PhasePage *page = view->phasePage(phase);
    bool ok = showTabOf<TertialSummary>(page)
              && save(window, QDir(directory).filePath(QStringLiteral("tertial-%1.png").arg(language)));
    ok &= showTabOf<YearOverview>(page)
          && save(window, QDir(directory).filePath(QStringLiteral("year-over-year-%1.png").arg(language)));
    ok &= showTabOfTable(page, QStringLiteral("supervision"))
          && save(window, QDir(directory).filePath(QStringLiteral("supervision-%1.png").arg(language)));
    ok &= showTabOfTable(page, QStringLiteral("key_figures"))
          && save(window, QDir(directory).filePath(QStringLiteral("key-figures-%1.png").arg(language)));
    return ok;
}

} // namespace

int writeScreenshots(const QString &directory, const QSize &size)
{
    QTemporaryDir scratch;
    // Settings of their own in a scratch folder, so that the user's recent files neither show nor change.
    useScratchSettings(scratch.filePath(QStringLiteral("settings")));
    QDir().mkpath(directory);
    const QString demo = scratch.filePath(QStringLiteral("demo.db"));
    QString error;
    if (!createDemo(demo, DemoOptions{}, &error)) {
        qCritical("%s", qUtf8Printable(error));
        return 1;
    }
    bool ok = true;
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        installTranslations(language);
        QSettings().clear(); // no recent files from the run before
        MainWindow window;
        window.resize(size);
        window.show();
        ok &= save(&window, QDir(directory).filePath(QStringLiteral("start-%1.png").arg(language)));
        if (!window.openFile(demo))
            return 1;
        window.resize(size);
        UnitView *view = window.unitView();
        for (int i = 0; i < view->pageCount(); ++i) {
            view->showPage(i);
            showTypicalTab(view->phasePage(pageKeys().value(i)));
            QString key = pageKeys().value(i);
            key.replace(QLatin1Char('_'), QLatin1Char('-'));
            ok &= save(&window, QDir(directory).filePath(QStringLiteral("phase-%1-%2.png").arg(key, language)));
        }
        ok &= saveFollowUpViews(&window, view, directory, language);
        window.closeFile();
        ok &= writeSharingScreenshots(window, demo, directory, language);
        ok &= writeClipboardScreenshots(window, demo, directory, language);
        ok &= writeRollupScreenshots(window, directory, language);
    }
    return ok ? 0 : 1;
}

} // namespace ik::ui
