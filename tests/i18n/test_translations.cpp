#include "catch.h"

#include "core/review/checklisttemplate.h"
#include "core/store/filecheck.h"
#include "core/store/schema.h"
#include "core/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ik;

namespace {

struct Message
{
    QString file;
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // of <translation>: empty, "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

// Every message of a Qt Linguist .ts file; an XML error is reported as `*error`.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (message.numerus && xml.isEndElement() && xml.name() == QLatin1String("translation"))
            out << message; // after its last <numerusform>
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{QFileInfo(path).fileName(), context, {}, {}, {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                out << message;
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// %1…%9, as a sorted list (a placeholder may be used twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// Opening quotation marks, in any of the styles we use (“…” in English, «…» in bokmål), and the
// ASCII ones Qt's own texts use ('%1'), which open at the start or after a space.
int openingQuotes(const QString &text)
{
    static const QRegularExpression ascii(QStringLiteral("(^|\\s)['\"]"));
    return int(text.count(QChar(0x201C)) + text.count(QChar(0x00AB)) + text.count(ascii));
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(IK_SOURCE_DIR "/translations"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

QString nb(const char *context, const char *source)
{
    return translateFor(QStringLiteral("nb"), context, source);
}

// Restores the language the other test cases expect (English, the source language).
struct RestoreEnglish
{
    ~RestoreEnglish() { installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Every catalogue in translations/ is complete and keeps the placeholders")
{
    const QStringList files = tsFiles();
    REQUIRE(files.contains(QStringLiteral(IK_SOURCE_DIR "/translations/internkontroll_core_nb.ts")));
    REQUIRE(files.contains(QStringLiteral(IK_SOURCE_DIR "/translations/internkontroll_core_en.ts")));
    REQUIRE(files.contains(QStringLiteral(IK_SOURCE_DIR "/translations/internkontroll_qt_nb.ts")));
    for (const QString &path : files) {
        INFO(path.toStdString());
        QString error;
        const QList<Message> messages = readTs(path, &error);
        CHECK(error.isEmpty());
        if (path.endsWith(QLatin1String("_nb.ts")))
            CHECK(messages.size() > 0);
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // not compiled into the .qm
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            CHECK(m.type != QLatin1String("unfinished"));
            CHECK(!m.translations.isEmpty());
            for (const QString &t : m.translations) {
                INFO("translation: " << t.toStdString());
                CHECK(!t.trimmed().isEmpty());
                if (!m.numerus)
                    CHECK(placeholders(t) == placeholders(m.source));
                CHECK(openingQuotes(t) == openingQuotes(m.source));
            }
        }
    }
}

TEST_CASE("Every count in English reads as singular or plural, never \"(s)\"")
{
    // A text with %n is written "%n deviation(s)" in the code; English shows it well only if the
    // English catalogue has its two forms. (Texts with several counts are split into one each.)
    for (const char *part : {"core", "ui"}) {
        QString error;
        const auto nbMessages = readTs(QStringLiteral(IK_SOURCE_DIR "/translations/internkontroll_%1_nb.ts").arg(QLatin1String(part)), &error);
        const auto enMessages = readTs(QStringLiteral(IK_SOURCE_DIR "/translations/internkontroll_%1_en.ts").arg(QLatin1String(part)), &error);
        QHash<QString, Message> english;
        for (const Message &m : enMessages)
            english.insert(m.context + QLatin1Char('|') + m.source, m);
        for (const Message &m : nbMessages) {
            if (!m.numerus || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            INFO(part << ": " << m.context.toStdString() << ": " << m.source.toStdString());
            const Message en = english.value(m.context + QLatin1Char('|') + m.source);
            CHECK(en.numerus);
            CHECK(en.translations.size() == 2);
            for (const QString &form : en.translations)
                CHECK_FALSE(form.contains(QLatin1String("(s)")));
        }
        // And no message counts more than one thing with "(s)" but without %n.
        for (const Message &m : nbMessages)
            if (!m.numerus && m.type.isEmpty()) {
                INFO(part << ": " << m.context.toStdString() << ": " << m.source.toStdString());
                CHECK_FALSE(m.source.contains(QLatin1String("(s)")));
            }
    }
}

TEST_CASE("Every label of the schema has a bokmål translation")
{
    QTranslator catalogue;
    REQUIRE(catalogue.load(QStringLiteral(":/i18n/internkontroll_core_nb.qm")));
    auto check = [&](const char *context, const char *label) {
        INFO(context << ": " << (label ? label : "(none)"));
        REQUIRE(label != nullptr);
        CHECK(!catalogue.translate(context, label).trimmed().isEmpty());
    };
    int labels = 0;
    for (const TableDef &t : schema::tables()) {
        check("ik::Table", t.label);
        check("ik::Table", t.singular);
        for (const ColumnDef &c : t.columns)
            check("ik::Field", c.label);
        labels += 2 + int(t.columns.size());
    }
    for (const ChoiceSet &set : schema::choiceSets()) {
        for (const Choice &c : set.choices)
            check("ik::Choice", c.label);
        labels += int(set.choices.size());
    }
    CHECK(labels > 300);
}

TEST_CASE("Installing a language translates the core's texts; translateFor does not install")
{
    RestoreEnglish restore;
    CHECK(availableLanguages() == QStringList{QStringLiteral("nb"), QStringLiteral("en")});
    CHECK(availableLanguages().contains(systemLanguage()));
    CHECK(languageName(QStringLiteral("nb")) == QStringLiteral("Norsk bokmål"));

    REQUIRE(installTranslations(QStringLiteral("nb")));
    CHECK(installedLanguage() == QStringLiteral("nb"));
    CHECK(QCoreApplication::translate("ik::Choice", "Near miss") == QStringLiteral("Nestenulykke"));
    CHECK(QCoreApplication::translate("ik::Field", "Unit name") == QStringLiteral("Enhetens navn"));
    CHECK(QCoreApplication::translate("ik::Table", "Deviations") == QStringLiteral("Avvik"));
    // Messages from the local tr() helpers land in their contexts too.
    const FileCheck missing = inspectFile(QStringLiteral("/nonexistent/enhet.ikdb"));
    CHECK(missing.message == QStringLiteral("Filen «/nonexistent/enhet.ikdb» finnes ikke."));
    QString error;
    CHECK(!ChecklistTemplate::fromJson("{", &error));
    CHECK(error.startsWith(QStringLiteral("Malen er ikke gyldig JSON")));

    // Installing another language replaces the first, it does not stack on it.
    REQUIRE(installTranslations(QStringLiteral("en")));
    CHECK(installedLanguage() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("ik::Choice", "Near miss") == QStringLiteral("Near miss"));
    CHECK(nb("ik::Choice", "Near miss") == QStringLiteral("Nestenulykke"));
    CHECK(QCoreApplication::translate("ik::Choice", "Near miss") == QStringLiteral("Near miss"));
    CHECK(translateFor(QStringLiteral("en"), "ik::Choice", "Near miss") == QStringLiteral("Near miss"));

    // Unknown languages and texts fall back to the source text; %n is filled in.
    CHECK(!installTranslations(QStringLiteral("xx")));
    CHECK(installedLanguage() == QStringLiteral("en"));
    CHECK(translateFor(QStringLiteral("xx"), "ik::Choice", "Near miss") == QStringLiteral("Near miss"));
    CHECK(nb("ik::Choice", "No such text") == QStringLiteral("No such text"));
    CHECK(translateFor(QStringLiteral("en"), "ik::Nothing", "%n rows", nullptr, 3)
          == QStringLiteral("3 rows"));
}

TEST_CASE("Qt's own texts come in bokmål from our catalogue, Qt's catalogue filling in")
{
    RestoreEnglish restore;
    REQUIRE(installTranslations(QStringLiteral("nb")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Save") == QStringLiteral("Lagre"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "&Yes") == QStringLiteral("&Ja"));
    CHECK(QCoreApplication::translate("QLineEdit", "&Copy") == QStringLiteral("&Kopier"));
    CHECK(QCoreApplication::translate("QWidgetTextControl", "&Paste") == QStringLiteral("&Lim inn"));
    CHECK(QCoreApplication::translate("QFileDialog", "Look in:") == QStringLiteral("Se i:"));
    // A disambiguation our catalogue does not give falls back to the entry without one.
    CHECK(QCoreApplication::translate("QFileSystemModel", "Type", "All other platforms")
          == QStringLiteral("Type"));
    CHECK(QCoreApplication::translate("QFileSystemModel", "Kind", "Match OS X Finder")
          == QStringLiteral("Type"));
    REQUIRE(installTranslations(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    CHECK(QCoreApplication::translate("QLineEdit", "&Copy") == QStringLiteral("&Copy"));

    // Debian's qt6-translations-l10n has no bokmål catalogue; the loader falls back to nynorsk,
    // which must neither override ours nor be lost for the texts ours lacks.
    QTranslator ours;
    REQUIRE(ours.load(QStringLiteral(":/i18n/internkontroll_qt_nb.qm")));
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator qtNorwegian;
    const bool have = qtNorwegian.load(QStringLiteral("qtbase_nb"), dir)
                      || qtNorwegian.load(QStringLiteral("qtbase_no"), dir)
                      || qtNorwegian.load(QStringLiteral("qtbase_nn"), dir);
    const QString backspace = qtNorwegian.translate("QShortcut", "Backspace");
    CHECK(ours.translate("QShortcut", "Backspace").isEmpty());
    if (!have || backspace.isEmpty()) {
        SUCCEED("no Norwegian Qt catalogue in " << dir.toStdString());
    } else {
        REQUIRE(installTranslations(QStringLiteral("nb")));
        CHECK(QCoreApplication::translate("QPlatformTheme", "Save") == QStringLiteral("Lagre"));
        CHECK(QCoreApplication::translate("QShortcut", "Backspace") == backspace);
        REQUIRE(installTranslations(QStringLiteral("en")));
        CHECK(QCoreApplication::translate("QShortcut", "Backspace") == QStringLiteral("Backspace"));
    }
}

TEST_CASE("The start language follows the system's preferred languages")
{
    auto match = [](std::initializer_list<const char *> tags) {
        QStringList list;
        for (const char *t : tags)
            list << QString::fromLatin1(t);
        return matchLanguage(list);
    };
    CHECK(match({"nb-NO", "nb", "en"}) == QStringLiteral("nb"));
    CHECK(match({"nn-NO"}) == QStringLiteral("nb"));
    CHECK(match({"no"}) == QStringLiteral("nb"));
    CHECK(match({"nb_NO"}) == QStringLiteral("nb"));
    CHECK(match({"de-DE", "nb-NO"}) == QStringLiteral("nb"));
    CHECK(match({"en-GB", "nb-NO"}) == QStringLiteral("en"));
    CHECK(match({"sv-SE", "de"}) == QStringLiteral("en"));
    CHECK(match({"C"}) == QStringLiteral("en"));
    CHECK(match({}) == QStringLiteral("en"));
}
