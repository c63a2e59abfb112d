#define CATCH_CONFIG_RUNNER
#include "catch.h"

#if defined(IK_GUI_TEST)
#include <QApplication>
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
    App app(argc, argv);
    return Catch::Session().run(argc, argv);
}
