#include "ui/shell/language.h"

#include "ui/shell/settingskeys.h"
#include "ui/pages/phasenames.h"
#include "core/common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ik::ui {

QString chosenLanguage()
{
    return readSetting(Setting::Language).toString();
}

void setChosenLanguage(const QString &language)
{
    writeSetting(Setting::Language, language);
}

QString installTranslations(const QString &requested)
{
    static std::unique_ptr<QTranslator> gui;
    const QString language =
        ik::availableLanguages().contains(requested) ? requested : ik::systemLanguage();
    if (gui)
        QCoreApplication::removeTranslator(gui.get());
    ik::installTranslations(language);
    // Installed after the core's and Qt's, so it is searched first.
    gui = std::make_unique<QTranslator>();
    if (gui->load(QStringLiteral(":/i18n/internkontroll_ui_%1.qm").arg(language)))
        QCoreApplication::installTranslator(gui.get());
    QLocale::setDefault(
        QLocale(language == QLatin1String("nb") ? QLocale::NorwegianBokmal : QLocale::English,
                language == QLatin1String("nb") ? QLocale::Norway : QLocale::UnitedKingdom));
    setUiLanguage(language);
    return language;
}

} // namespace ik::ui
