#include "language.h"

#include "phasenames.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ik::ui {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}
} // namespace

QString systemLanguage()
{
    for (const QString &lang : QLocale::system().uiLanguages()) {
        if (lang.startsWith(QLatin1String("nb")) || lang.startsWith(QLatin1String("no"))
            || lang.startsWith(QLatin1String("nn")))
            return QStringLiteral("nb");
        if (lang.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString chosenLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setChosenLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString installTranslations(const QString &requested)
{
    const QString language = requested == QLatin1String("nb") || requested == QLatin1String("en")
                                 ? requested
                                 : systemLanguage();
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    const auto load = [](const QString &name, const QStringList &dirs) {
        for (const QString &dir : dirs) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(name, dir) && QCoreApplication::installTranslator(t.get())) {
                installed().push_back(std::move(t));
                return;
            }
        }
    };
    // Built in first; beside the program or in an installed share/ folder otherwise.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs{QStringLiteral(":/i18n"), appDir, appDir + QStringLiteral("/translations"),
                           appDir + QStringLiteral("/../translations"),
                           appDir + QStringLiteral("/../share/internkontroll/translations")};
    load(QStringLiteral("internkontroll_ui_") + language, dirs);
    load(QStringLiteral("internkontroll_core_") + language, dirs);
    if (language == QLatin1String("nb"))
        load(QStringLiteral("qtbase_nb"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    QLocale::setDefault(QLocale(language == QLatin1String("nb") ? QLocale::NorwegianBokmal
                                                                : QLocale::English,
                                language == QLatin1String("nb") ? QLocale::Norway
                                                                : QLocale::UnitedKingdom));
    setUiLanguage(language);
    return language;
}

} // namespace ik::ui
