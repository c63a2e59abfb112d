#include "language.h"
#include "mainwindow.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSize>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Internkontroll"));
    QApplication::setOrganizationDomain(QStringLiteral("internkontroll.invalid"));
    QApplication::setApplicationName(QStringLiteral("Internkontroll"));
    QApplication::setApplicationVersion(QStringLiteral(IK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("no.ntnu.internkontroll"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The annual review of a unit's systematic HSE work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A unit file to open."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Write a PNG of every page to DIR and quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(screenshots);
    parser.process(app);

    if (parser.isSet(screenshots))
        return ik::ui::writeScreenshots(parser.value(screenshots), QSize(1400, 900));

    ik::ui::installTranslations(ik::ui::chosenLanguage());
    ik::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
