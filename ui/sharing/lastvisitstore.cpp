#include "ui/sharing/lastvisitstore.h"

#include "ui/shell/settingskeys.h"

#include <QSettings>

namespace ik::ui {

LastVisit::LastVisit(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_previous(stored(path))
{
    setObjectName(QStringLiteral("lastVisit"));
}

LastVisit::~LastVisit()
{
    store(m_path, QDateTime::currentDateTimeUtc());
}

QDateTime LastVisit::stored(const QString &path)
{
    return QSettings().value(lastVisitKey(path)).toDateTime();
}

void LastVisit::store(const QString &path, const QDateTime &when)
{
    QSettings().setValue(lastVisitKey(path), when);
}

} // namespace ik::ui
