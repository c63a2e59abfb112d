#include "core/common/buildinfo.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <sqlite3.h>

namespace ik::buildInfo {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ik::BuildInfo", text); }
} // namespace

QString programName() { return QStringLiteral("Internkontroll"); }

QString version() { return QStringLiteral(IK_VERSION); }

QString qtBuildVersion() { return QStringLiteral(QT_VERSION_STR); }

QString qtRuntimeVersion() { return QString::fromLatin1(qVersion()); }

QString sqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }

QString licence() { return QStringLiteral("GPL-3.0-or-later"); }

QString licenceText()
{
    return tr("Free software under the GNU General Public License, version 3 or any later version. "
              "There is no warranty.");
}

QString versionText(const QString &program)
{
    const QString qt = qtRuntimeVersion() == qtBuildVersion()
                           ? tr("Qt %1").arg(qtRuntimeVersion())
                           : tr("Qt %1 (built with %2)").arg(qtRuntimeVersion(), qtBuildVersion());
    return QStringList{program + QLatin1Char(' ') + version(), qt,
                       tr("SQLite %1").arg(sqliteVersion()), tr("Licence: %1").arg(licence())}
        .join(QLatin1Char('\n'));
}

} // namespace ik::buildInfo
