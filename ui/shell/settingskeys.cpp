#include "ui/shell/settingskeys.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace ik::ui {

QString settingKey(Setting setting)
{
    switch (setting) {
    case Setting::Language: return QStringLiteral("language");
    case Setting::UserName: return QStringLiteral("user/name");
    case Setting::UserRole: return QStringLiteral("user/role");
    case Setting::RecentFiles: return QStringLiteral("recentFiles");
    case Setting::WindowGeometry: return QStringLiteral("window/geometry");
    case Setting::WindowState: return QStringLiteral("window/state");
    case Setting::ReportLanguage: return QStringLiteral("report/language");
    case Setting::ReportFolder: return QStringLiteral("report/folder");
    }
    return {}; // every case returns above
}

QString lastVisitKey(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("lastVisit/")
           + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
}

QString importMappingKey(const QString &table, const QStringList &header)
{
    const QByteArray headers = header.join(QChar(0x1F)).toLower().toUtf8();
    return QStringLiteral("importMapping/%1/%2")
        .arg(table, QString::fromLatin1(QCryptographicHash::hash(headers, QCryptographicHash::Sha1).toHex()));
}

QString columnWidthsKey(const QString &editor)
{
    return QStringLiteral("columnWidths/") + editor;
}

QString shownColumnsKey(const QString &editor)
{
    return QStringLiteral("shownColumns/") + editor;
}

QString recordFormSplitKey(const QString &editor, Qt::Orientation orientation)
{
    return QStringLiteral("recordForm/%1/%2").arg(editor, orientation == Qt::Horizontal ? QStringLiteral("beside")
                                                                                       : QStringLiteral("below"));
}

QVariant readSetting(Setting setting, const QVariant &fallback)
{
    return QSettings().value(settingKey(setting), fallback);
}

void writeSetting(Setting setting, const QVariant &value)
{
    QSettings().setValue(settingKey(setting), value);
}

void useScratchSettings(const QString &folder)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace ik::ui
