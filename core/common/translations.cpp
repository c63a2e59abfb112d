#include "core/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ik {

namespace {

QString coreCatalogue(const QString &language)
{
    return QStringLiteral(":/i18n/internkontroll_core_%1.qm").arg(language);
}

// Our bokmål for Qt's own texts (translations/internkontroll_qt_nb.ts): Qt ships no bokmål
// catalogue, so standard buttons, context menus and file dialogs would be English or nynorsk.
QString ownQtCatalogue(const QString &language)
{
    return QStringLiteral(":/i18n/internkontroll_qt_%1.qm").arg(language);
}

// Qt's catalogue names for a language, best first. Debian's qt6-translations-l10n has qtbase_nn
// and no bokmål; nynorsk is closer than English for what our own catalogue lacks.
QStringList qtCatalogueLanguages(const QString &language)
{
    if (language == QLatin1String("nb"))
        return {QStringLiteral("nb"), QStringLiteral("no"), QStringLiteral("nn")};
    return {language};
}

// The exact file or nothing: QTranslator::load() would also try shorter names (qtbase.qm).
std::unique_ptr<QTranslator> loadFile(const QString &path)
{
    auto translator = std::make_unique<QTranslator>();
    if (QFile::exists(path) && translator->load(path))
        return translator;
    return nullptr;
}

std::unique_ptr<QTranslator> loadCore(const QString &language)
{
    return loadFile(coreCatalogue(language));
}

std::unique_ptr<QTranslator> loadInstalledQt(const QString &language)
{
    const QDir dir(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (const QString &candidate : qtCatalogueLanguages(language)) {
        if (auto translator = loadFile(dir.filePath(QStringLiteral("qtbase_%1.qm").arg(candidate))))
            return translator;
    }
    return nullptr;
}

struct Installed
{
    QString language;
    std::vector<std::unique_ptr<QTranslator>> translators; // in the order they were installed
};

Installed &installed()
{
    static Installed state;
    return state;
}

QMutex g_untranslatedMutex;
QSet<QString> g_untranslated;

QString replacePercentN(QString text, const QString &language, int n)
{
    if (n < 0)
        return text;
    text.replace(QStringLiteral("%Ln"), QLocale(language).toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

QString languageName(const QString &language)
{
    if (language == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString matchLanguage(const QStringList &preferred)
{
    for (const QString &tag : preferred) {
        const QString code =
            tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("nb") || code == QLatin1String("nn") || code == QLatin1String("no"))
            return QStringLiteral("nb");
        if (code == QLatin1String("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString systemLanguage()
{
    const QLocale system = QLocale::system();
    QStringList preferred = system.uiLanguages();
    if (preferred.isEmpty())
        preferred << system.name();
    return matchLanguage(preferred);
}

bool installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || !availableLanguages().contains(language))
        return false;
    std::unique_ptr<QTranslator> core = loadCore(language);
    // English is the source language: without a catalogue, messages show their source text.
    if (!core && language != QLatin1String("en"))
        return false;

    // Qt searches the translator installed last first: so Qt's installed catalogue goes in first
    // and only fills in the texts our own catalogue of Qt's texts lacks.
    std::vector<std::unique_ptr<QTranslator>> translators;
    const auto add = [&translators](std::unique_ptr<QTranslator> t) {
        if (t)
            translators.push_back(std::move(t));
    };
    add(loadInstalledQt(language));
    add(loadFile(ownQtCatalogue(language)));
    add(std::move(core));

    Installed &state = installed();
    for (const auto &t : state.translators)
        QCoreApplication::removeTranslator(t.get());
    state.translators = std::move(translators);
    state.language = language;
    for (const auto &t : state.translators)
        QCoreApplication::installTranslator(t.get());
    return true;
}

QString installedLanguage()
{
    return installed().language;
}

QString translateFor(const QString &language, const char *context, const char *source,
                     const char *disambiguation, int n)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    std::shared_ptr<QTranslator> translator;
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(language);
        if (it == cache.constEnd()) {
            std::shared_ptr<QTranslator> loaded;
            if (availableLanguages().contains(language)) {
                if (std::unique_ptr<QTranslator> core = loadCore(language))
                    loaded = std::move(core);
            }
            it = cache.insert(language, loaded);
        }
        translator = it.value();
    }
    QString text;
    if (translator)
        text = translator->translate(context, source, disambiguation, n);
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
        if (translator && language != QLatin1String("en") && !text.isEmpty()) {
            QMutexLocker lock(&g_untranslatedMutex);
            g_untranslated.insert(QString::fromUtf8(context) + QStringLiteral(": ") + text);
        }
    }
    return replacePercentN(text, language, n);
}

QStringList untranslatedLookups()
{
    QMutexLocker lock(&g_untranslatedMutex);
    QStringList out(g_untranslated.cbegin(), g_untranslated.cend());
    out.sort();
    return out;
}

} // namespace ik
