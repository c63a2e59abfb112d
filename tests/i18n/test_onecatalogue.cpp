// One translation system: every text people read is English in the code and bokmål in
// translations/, and the report and the CLI look it up there for the language asked for.
#include "catch.h"
#include "testsupport.h"

#include "core/common/translations.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ik;
using namespace iktest;

namespace {

// Files whose Norwegian is data a unit file holds, not program text: the demo unit's records,
// and the default risk matrix, whose step and category names each new file stores in both
// languages (matrix_axis.label_nb/label_en) for the coordinator to change.
const QStringList kNorwegianData{QStringLiteral("core/review/demounit.cpp"),
                                 QStringLiteral("core/risk/riskmatrix.cpp")};

// The string literals of a C++ source, without comments and character literals.
QStringList stringLiterals(const QString &source)
{
    static const QRegularExpression token(
        QStringLiteral(R"(//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList out;
    for (auto it = token.globalMatch(source); it.hasNext();) {
        const QString t = it.next().captured();
        if (t.startsWith(QLatin1Char('"')))
            out << t;
    }
    return out;
}

// Norwegian in a literal: a letter æ, ø or å, or a word of the domain that English texts never
// use (the calendar's "HMS-tiltak: " had none of those letters). The language's own name
// ("Norsk bokmål", "Title (bokmål)") is not a translation.
bool looksNorwegian(QString literal)
{
    static const QRegularExpression norwegian(
        QStringLiteral("[æøåÆØÅ]|\\b(HMS|tiltak|avvik|ikke|og|ble|av|til|som|med|er|det|frist|Risikomatrise|Sannsynlighet|Konsekvens|Utkast|Godkjent)\\b"));
    literal.remove(QStringLiteral("bokmål")).remove(QStringLiteral("Bokmål"));
    return norwegian.match(literal).hasMatch();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST_CASE("No Norwegian text is kept in the code: the report, the CLI and the GUI print the catalogue's")
{
    int files = 0;
    for (const char *part : {"core", "app", "ui"}) {
        QDirIterator it(QStringLiteral(IK_SOURCE_DIR "/%1").arg(QLatin1String(part)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(QStringLiteral(IK_SOURCE_DIR)).relativeFilePath(path);
            if (kNorwegianData.contains(relative))
                continue;
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            ++files;
            for (const QString &literal : stringLiterals(QString::fromUtf8(f.readAll()))) {
                INFO(relative.toStdString() << ": " << literal.toStdString());
                CHECK_FALSE(looksNorwegian(literal));
            }
        }
    }
    CHECK(files > 100);
    // The exceptions still exist and still hold Norwegian: the list does not go stale.
    for (const QString &relative : kNorwegianData) {
        QFile f(QStringLiteral(IK_SOURCE_DIR "/") + relative);
        REQUIRE(f.open(QIODevice::ReadOnly));
        bool norwegian = false;
        for (const QString &literal : stringLiterals(QString::fromUtf8(f.readAll())))
            norwegian |= looksNorwegian(literal);
        CHECK(norwegian);
    }
    // The test sees what it is meant to: the pair the report kept before.
    CHECK(looksNorwegian(QStringLiteral("\"Rapporten ble avbrutt.\"")));
    CHECK(looksNorwegian(QStringLiteral("\"HMS-tiltak: \"")));
    CHECK_FALSE(looksNorwegian(QStringLiteral("\"Title (bokmål)\"")));
    CHECK_FALSE(stringLiterals(QStringLiteral("// «Søl»\nint a = 'ø'; /* Åpen */ f(\"x\");")).join(QString()).contains(QStringLiteral("ø")));
}

TEST_CASE("status --lang nb prints the catalogue's bokmål and the checklist's own titles; --lang en English")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    const QStringList common{QStringLiteral("status"), path, QStringLiteral("--today"), QStringLiteral("2026-06-15")};
    const CliResult nbRun = runCli(common + QStringList{QStringLiteral("--lang"), QStringLiteral("nb")});
    const CliResult enRun = runCli(common + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    const CliResult asJson = runCli(common + QStringList{QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("nb")});
    REQUIRE(nbRun.exitCode == 0);
    REQUIRE(enRun.exitCode == 0);
    REQUIRE(asJson.exitCode == 0);
    const QJsonObject s = json(asJson.out);
    const auto nb = [](const char *english) { return translateFor(QStringLiteral("nb"), "ik::Cli", english); };

    const QString open = QString::number(s.value(QStringLiteral("open_deviations")).toInt());
    CHECK(nbRun.out.contains(nb("Open deviations: %1").arg(open)));
    CHECK(nbRun.out.contains(QStringLiteral("Åpne avvik: ") + open));
    CHECK(enRun.out.contains(QStringLiteral("Open deviations: ") + open));
    CHECK_FALSE(nbRun.out.contains(QStringLiteral("Open deviations")));
    CHECK(nbRun.out.contains(nb("Risks above the acceptable level: %1 of %2")
                                 .arg(s.value(QStringLiteral("risks_above_acceptable")).toInt())
                                 .arg(s.value(QStringLiteral("risks")).toInt())));
    QString lines = nbRun.out; // the phases in a column: one space between label and figures
    lines.replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "));
    for (const QJsonValue &phase : s.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = phase.toObject();
        const QString label = choiceLabel(QStringLiteral("phase"), p.value(QStringLiteral("phase")).toString(), QStringLiteral("nb"));
        const QString figures = nb("%1/%2 done").arg(p.value(QStringLiteral("done")).toInt()).arg(p.value(QStringLiteral("total")).toInt());
        CHECK(p.value(QStringLiteral("total")).toInt() > 0);
        CHECK(lines.contains(QStringLiteral(" %1 %2\n").arg(label, figures)));
    }
    CHECK(nbRun.out.contains(QStringLiteral("Igangsette")));
    CHECK(enRun.out.contains(QStringLiteral("Initiate")));

    // What is overdue is named as the file names it in bokmål: checklist items by title_nb.
    auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    int checklistItems = 0;
    for (const QJsonValue &v : s.value(QStringLiteral("overdue")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(QStringLiteral("table")).toString() != QLatin1String("checklist_item"))
            continue;
        const auto row = file->record(QStringLiteral("checklist_item"), item.value(QStringLiteral("id")).toString());
        REQUIRE(row);
        const QString titleNb = row->value(QStringLiteral("title_nb")).toString();
        CHECK(item.value(QStringLiteral("title")).toString().startsWith(titleNb));
        CHECK(nbRun.out.contains(titleNb));
        CHECK(enRun.out.contains(row->value(QStringLiteral("title_en")).toString()));
        ++checklistItems;
    }
    CHECK(checklistItems > 0);
    CHECK(nbRun.out.contains(nb("Overdue (%1):").arg(s.value(QStringLiteral("overdue")).toArray().size())));

    // Any other language is refused with a clear message.
    const CliResult other = runCli(common + QStringList{QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("--lang must be nb or en")));
}

TEST_CASE("The report's labels are the program's: one bokmål form per field and choice")
{
    // The labels the report prints come from the same catalogue entries as the GUI's.
    CHECK(fieldLabel(QStringLiteral("action"), QStringLiteral("completed_on"), QStringLiteral("nb"))
          == translateFor(QStringLiteral("nb"), "ik::Field", "Completed on"));
    CHECK(fieldLabel(QStringLiteral("action"), QStringLiteral("completed_on"), QStringLiteral("nb")) == QStringLiteral("Fullført dato"));
    CHECK(fieldLabel(QStringLiteral("action"), QStringLiteral("completed_on"), QStringLiteral("en")) == QStringLiteral("Completed on"));
    CHECK(choiceLabel(QStringLiteral("action_status"), QStringLiteral("cancelled"), QStringLiteral("nb"))
          == translateFor(QStringLiteral("nb"), "ik::Choice", "Cancelled"));
    CHECK(fieldLabel(QStringLiteral("goal"), QStringLiteral("year"), QStringLiteral("nb")) == QStringLiteral("År"));
    CHECK(choiceLabel(QStringLiteral("severity"), QStringLiteral("no such key"), QStringLiteral("nb")) == QStringLiteral("no such key"));
    CHECK(choiceText(*schema::table(QStringLiteral("activity"))->column(QStringLiteral("hazards")),
                     QStringLiteral("noise,chemicals"), QStringLiteral("en"))
          == QStringLiteral("Noise, Chemicals"));
}
