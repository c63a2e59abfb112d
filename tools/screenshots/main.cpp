// internkontroll-screenshots DIR: the real program's window, offscreen, on a fresh demo unit,
// saved page by page as PNG in bokmål and English (`make screenshots`); with --dark, the pages
// that show colours, in Fusion on a dark palette. A developer tool: it is
// not installed, and the program itself carries none of this code.
#include "tools/screenshots/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSize>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Internkontroll"));
    QApplication::setApplicationName(QStringLiteral("Internkontroll"));
    QApplication::setApplicationVersion(QStringLiteral(IK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a PNG of every page of Internkontroll to DIR."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Where the pictures go."));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QStringLiteral("Only the pages that show colours, in a dark palette."));
    parser.addOption(dark);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString directory = parser.positionalArguments().constFirst();
    return parser.isSet(dark) ? ik::ui::writeDarkScreenshots(directory, QSize(1366, 768))
                              : ik::ui::writeScreenshots(directory, QSize(1400, 900));
}
