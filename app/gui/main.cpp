#include "core/common/buildinfo.h"
#include "ui/shell/firstpaintprobe.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/unitview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    // --help and --version print and leave; they need no display.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0 || qstrcmp(argv[i], "--version") == 0
            || qstrcmp(argv[i], "-v") == 0)
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Internkontroll"));
    QApplication::setOrganizationDomain(QStringLiteral("internkontroll.invalid"));
    QApplication::setApplicationName(QStringLiteral("Internkontroll"));
    QApplication::setApplicationVersion(QStringLiteral(IK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.internkontroll.Internkontroll"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The annual review of a unit's systematic HSE work."));
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version, Qt and SQLite versions and the licence."));
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A unit file to open."));
    // For benchmarks and the start-up test; not for users, so not in --help.
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                  QStringLiteral("Quit once the window has painted."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs(qPrintable(ik::buildInfo::versionText(QStringLiteral("internkontroll")) + QLatin1Char('\n')), stdout);
        return 0;
    }

    ik::ui::installTranslations(ik::ui::chosenLanguage());
    ik::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    const bool probe = parser.isSet(firstPaint);
    if (probe && files.isEmpty())
        new ik::ui::FirstPaintProbe(&window, started);
    window.show();
    // A file named on the command line opens once the program's event loop runs: its check turns
    // an event loop of its own, and a quit asked for then (log-off, Dock > Quit) must end the
    // program rather than be spent before app.exec() starts.
    QTimer::singleShot(0, &window, [&window, files, probe, started] {
        if (files.isEmpty())
            return;
        window.openFile(files.constFirst());
        // The first paint of the file's view, which comes after the empty window's.
        if (probe)
            new ik::ui::FirstPaintProbe(window.unitView() ? static_cast<QWidget *>(window.unitView()) : &window, started);
    });
    return app.exec();
}
