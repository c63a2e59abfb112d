#include "ui/sharing/lastvisitstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace ik::ui {

namespace {
// A path holds characters QSettings keys do not take well: key by its hash.
QString key(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("lastVisit/")
           + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
}
} // namespace

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
    return QSettings().value(key(path)).toDateTime();
}

void LastVisit::store(const QString &path, const QDateTime &when)
{
    QSettings().setValue(key(path), when);
}

} // namespace ik::ui
