#pragma once

#include <QString>

namespace ik {
class UnitFile;
}

namespace ik::ui {

// The name the change log records for this user: kept in the settings (Setting::UserName), by default
// UnitFile::defaultUserName(). hasSavedUserName() tells whether the user has given it yet.
QString savedUserName();
bool hasSavedUserName();
// Keeps `name` in the settings and records it in `file` from now on.
void rememberUserName(UnitFile &file, const QString &name);
// Makes `file` record the saved (or default) name.
void applyUserName(UnitFile &file);

} // namespace ik::ui
