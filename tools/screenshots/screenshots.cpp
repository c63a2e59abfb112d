#include "tools/screenshots/screenshots.h"

#include "core/review/demounit.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingskeys.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/pages/reporttextseditor.h"
#include "ui/records/tableeditor.h"
#include "ui/pages/tertialsummary.h"
#include "tools/screenshots/rollupscreenshots.h"
#include "tools/screenshots/sharingscreenshots.h"
#include "core/store/unitfile.h"
#include "ui/shell/unitview.h"
#include "ui/pages/yearoverview.h"
#include "ui/risk/riskview.h"
#include "ui/sharing/signoffdialog.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QSize>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

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

// A fresh demo unit in `scratch`, with settings of their own there, so that the user's recent
// files neither show nor change; `directory` made. Empty where the demo could not be written.
QString prepareDemo(const QTemporaryDir &scratch, const QString &directory)
{
    useScratchSettings(scratch.filePath(QStringLiteral("settings")));
    QDir().mkpath(directory);
    const QString demo = scratch.filePath(QStringLiteral("demo.db"));
    QString error;
    if (!createDemo(demo, DemoOptions{}, &error)) {
        qCritical("%s", qUtf8Printable(error));
        return {};
    }
    return demo;
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
        {QStringLiteral("follow_up"), QStringLiteral("inspection_round")}}; // report: its texts, the first tab
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
    const QString demo = prepareDemo(scratch, directory);
    if (demo.isEmpty())
        return 1;
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
        // The report texts, written like a document, on a laptop's screen.
        window.resize(QSize(1366, 768));
        view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
        ok &= showTabOf<ReportTextsEditor>(view->phasePage(QStringLiteral("report")))
              && save(&window, QDir(directory).filePath(QStringLiteral("report-texts-%1.png").arg(language)));
        window.resize(size);
        window.closeFile();
        ok &= writeSharingScreenshots(window, demo, directory, language);
        ok &= writeRollupScreenshots(window, directory, language);
    }
    return ok ? 0 : 1;
}

namespace {

// A dark palette as a user's desktop might give it (Fusion, so that every widget follows it).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int writeDarkScreenshots(const QString &directory, const QSize &size)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    QTemporaryDir scratch;
    const QString demo = prepareDemo(scratch, directory);
    if (demo.isEmpty())
        return 1;
    QString error;
    bool ok = true;
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        installTranslations(language);
        QSettings().clear();
        MainWindow window;
        window.resize(size);
        window.show();
        if (!window.openFile(demo))
            return 1;
        window.resize(size);
        UnitView *view = window.unitView();
        const auto path = [&](const QString &what) {
            return QDir(directory).filePath(QStringLiteral("%1-dark-%2.png").arg(what, language));
        };
        view->showPage(0);
        ok &= save(&window, path(QStringLiteral("overview")));
        const QString map = QStringLiteral("map");
        view->showPage(int(pageKeys().indexOf(map)));
        ok &= showTabOf<RiskView>(view->phasePage(map)) && save(&window, path(QStringLiteral("risk-matrix")));
        // The review signed off, then a goal changed: the banner warns on the Report page.
        const EditContext ctx{view->file(), view->undoStack(), view->year()};
        signOffUndoable(ctx, QStringLiteral("review"), QStringLiteral("Ola Leder"), QStringLiteral("Instituttleder"),
                        QString(), &error);
        view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
        ok &= save(&window, path(QStringLiteral("signoff-banner")));
        view->undoStack()->undo(); // the demo file stays unsigned for the next language
        window.closeFile();
    }
    return ok ? 0 : 1;
}

} // namespace ik::ui
