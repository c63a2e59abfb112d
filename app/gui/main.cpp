#include "buildinfo.h"
#include "firstpaintprobe.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "unitview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSize>

#include <cstdio>

int main(int argc, char **argv)
{
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
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Write a PNG of every page to DIR and quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(screenshots);
    const QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                        QStringLiteral("Quit once the window has painted (for benchmarks)."));
    parser.addOption(firstPaint);
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs(qPrintable(ik::buildInfo::versionText(QStringLiteral("internkontroll")) + QLatin1Char('\n')), stdout);
        return 0;
    }

    if (parser.isSet(screenshots))
        return ik::ui::writeScreenshots(parser.value(screenshots), QSize(1400, 900));

    ik::ui::installTranslations(ik::ui::chosenLanguage());
    ik::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    // Watched once the file is open (its check runs in an event loop of its own, which already
    // paints the empty window): the first paint of the file's view, or of the window without one.
    if (parser.isSet(firstPaint))
        new ik::ui::FirstPaintProbe(window.unitView() ? static_cast<QWidget *>(window.unitView()) : &window);
    return app.exec();
}
