#pragma once

#include "core/common/translations.h"

#include <QLocale>
#include <QString>

namespace ik {

// The faculty overview's own texts (context "ik::Faculty") in the language of the document or
// the window, whatever the user interface's is, as the annual report's s("…").
inline QString ft(const char *english, const QString &language) { return translateFor(language, "ik::Faculty", english); }

// Numbers as the document's language writes them: "12 500" in bokmål, "12,500" in English.
inline QLocale facultyLocale(const QString &language)
{
    return language == QLatin1String("nb") ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace ik
