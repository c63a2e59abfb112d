#include "ui/shell/username.h"

#include "core/store/unitfile.h"

#include <QSettings>

namespace ik::ui {

namespace {
const QString kKey = QStringLiteral("user/name");
}

QString savedUserName()
{
    const QString name = QSettings().value(kKey).toString().trimmed();
    return name.isEmpty() ? UnitFile::defaultUserName() : name;
}

bool hasSavedUserName()
{
    return !QSettings().value(kKey).toString().trimmed().isEmpty();
}

void rememberUserName(UnitFile &file, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QSettings().setValue(kKey, trimmed);
    file.setUserName(trimmed);
}

void applyUserName(UnitFile &file)
{
    file.setUserName(savedUserName());
}

} // namespace ik::ui
