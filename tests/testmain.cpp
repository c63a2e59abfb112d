#define CATCH_CONFIG_RUNNER
#include "catch.h"

#ifdef IK_GUI_TEST
#include <QApplication>
using App = QApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    App app(argc, argv);
    return Catch::Session().run(argc, argv);
}
