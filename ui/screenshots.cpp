#include "screenshots.h"

#include "demo.h"
#include "language.h"
#include "mainwindow.h"
#include "phasenames.h"
#include "sharingscreenshots.h"
#include "unitfile.h"
#include "unitview.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSize>
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

} // namespace

int writeScreenshots(const QString &directory, const QSize &size)
{
    QTemporaryDir scratch;
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
            QString key = pageKeys().value(i);
            key.replace(QLatin1Char('_'), QLatin1Char('-'));
            ok &= save(&window, QDir(directory).filePath(QStringLiteral("phase-%1-%2.png").arg(key, language)));
        }
        window.closeFile();
        ok &= writeSharingScreenshots(window, demo, directory, language);
    }
    return ok ? 0 : 1;
}

} // namespace ik::ui
