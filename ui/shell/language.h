#pragma once

#include <QString>

namespace ik::ui {

// The language chosen under Settings → Language ("" = follow the system), kept in the settings (Setting::Language).
QString chosenLanguage();
void setChosenLanguage(const QString &language);
// Installs every catalogue of the program for "nb" or "en" (anything else: the system's language,
// ik::systemLanguage()): the core's and Qt's texts through ik::installTranslations(), the GUI's
// on top, replacing any installed before. Sets the default locale. Returns the language used.
QString installTranslations(const QString &language);

} // namespace ik::ui
