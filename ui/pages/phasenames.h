#pragma once

#include <QString>

namespace ik::ui {

// The pages of the program in order: "overview", then the guideline's five phases.
const QStringList &pageKeys();
// The guideline's name of a page ("Igangsette" in bokmål).
QString pageTitle(const QString &key);
// What the guideline asks of the phase, in a few sentences.
QString pageGuidance(const QString &key);
// The UI language in use: "nb" or "en".
QString uiLanguage();
void setUiLanguage(const QString &language);

} // namespace ik::ui
