#define CATCH_CONFIG_RUNNER
#include "catch.h"

#if defined(IK_GUI_TEST)
#include "ui/shell/settingskeys.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
using App = QApplication;
#elif defined(IK_PAINT_TEST)
#include <QGuiApplication>
using App = QGuiApplication; // paints text (the report), needs no widgets
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#if defined(IK_GUI_TEST)
    // The program's widgets read and write settings (recent files, window state, the user's
    // name): in tests, a scratch INI file of their own, never the user's settings.
    const QTemporaryDir settings;
    ik::ui::useScratchSettings(settings.path());
    QStandardPaths::setTestModeEnabled(true);
#endif
    App app(argc, argv);
    return Catch::Session().run(argc, argv);
}
