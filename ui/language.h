#pragma once

#include <QString>

namespace ik::ui {

// "nb" when the system's UI languages prefer Norwegian, else "en".
QString systemLanguage();
// The language chosen under Settings → Language ("" = follow the system), from QSettings.
QString chosenLanguage();
void setChosenLanguage(const QString &language);
// Installs the program's translations (ui, core where present, Qt's own) for "nb" or "en",
// replacing any installed before, and sets the default locale. Returns the language used.
QString installTranslations(const QString &language);

} // namespace ik::ui
