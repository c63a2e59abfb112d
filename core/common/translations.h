#pragma once

#include <QString>
#include <QStringList>

namespace ik {

// The program's languages and its translation catalogues, all embedded in ik_core under ":/i18n/"
// (translations/CMakeLists.txt):
// - internkontroll_core_<lang>.qm: field, table and choice labels and the messages of the core
//   library. Source texts are English, so English needs no catalogue beyond plural forms.
// - internkontroll_qt_nb.qm: bokmål for Qt's own texts (standard buttons, context menus, file and
//   print dialogs), as Qt ships no bokmål catalogue.
// Qt's own catalogue (qtbase_<lang>) is also taken from the Qt installation when it is there, as a
// fallback for Qt texts our catalogue lacks.
//
// Functions here must be called from the thread that owns the QCoreApplication, except
// translateFor(), which may be called from any thread.

// The languages the program speaks, as codes: "nb" (Norwegian bokmål) and "en".
QStringList availableLanguages();

// The language's own name, for a language menu: "Norsk bokmål", "English".
QString languageName(const QString &language);

// The first of `preferred` (language tags such as "nb-NO", "nn", "en_GB", as
// QLocale::uiLanguages() gives them, most preferred first) that the program speaks; Norwegian in
// any form (nb, nn, no) is "nb". "en" when none is.
QString matchLanguage(const QStringList &preferred);

// The language to start in when the user has chosen none: matchLanguage() of the system's UI
// languages, so "nb" on a Norwegian system and "en" elsewhere.
QString systemLanguage();

// Installs the core catalogue and the catalogues of Qt's texts for `language` on the
// QCoreApplication, replacing those this function installed before (other translators, such as
// the GUI's, are left alone; call this before installing the GUI's so the GUI's take precedence).
// For Qt's texts our own catalogue takes precedence over the Qt installation's. Returns false,
// changing nothing, when there is no QCoreApplication or the language is not available. A missing
// Qt catalogue is not an error.
bool installTranslations(const QString &language);

// The language installTranslations() last installed, or an empty string.
QString installedLanguage();

// The translation of `source` in `context` into `language`, without installing anything: for
// output in another language than the user interface's (a report in English from a Norwegian
// session). Falls back to the source text. With n >= 0, "%n" is replaced by n, as in tr().
QString translateFor(const QString &language, const char *context, const char *source,
                     const char *disambiguation = nullptr, int n = -1);

// The texts ("context: source") that translateFor() was asked for in a language other than
// English and found no translation of, since the program started: a document printed in bokmål
// would show them in English. For tests; sorted.
QStringList untranslatedLookups();

} // namespace ik
