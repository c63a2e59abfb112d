#include "ui/shell/username.h"

#include "ui/shell/settingskeys.h"
#include "core/store/unitfile.h"


namespace ik::ui {

QString savedUserName()
{
    const QString name = readSetting(Setting::UserName).toString().trimmed();
    return name.isEmpty() ? UnitFile::defaultUserName() : name;
}

bool hasSavedUserName()
{
    return !readSetting(Setting::UserName).toString().trimmed().isEmpty();
}

void rememberUserName(UnitFile &file, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    writeSetting(Setting::UserName, trimmed);
    file.setUserName(trimmed);
}

void applyUserName(UnitFile &file)
{
    file.setUserName(savedUserName());
}

} // namespace ik::ui
