// internkontroll-cli: the unit file from scripts, tests and batch work. Each subcommand prints
// --help, writes errors to stderr, and exits 0 on success, 1 on a usage or input error and 2
// when a file is refused (not a sound unit file, or read-only where a write was asked for).
#include "core/common/buildinfo.h"
#include "core/common/translations.h"
#include "core/common/controlcharacters.h"
#include "core/review/checklisttemplate.h"
#include "core/review/demounit.h"
#include "core/sharing/changelog.h"
#include "core/exchange/icalendar.h"
#include "core/exchange/outputfile.h"
#include "core/sharing/merge.h"
#include "core/sharing/signoff.h"
#include "core/review/yearrollover.h"
#include "core/report/docxwriter.h"
#include "core/report/reportrenderer.h"
#include "core/exchange/riskregisterimport.h"
#include "core/risk/yearriskmarkers.h"
#include "core/report/tertialreport.h"
#include "core/rollup/facultyreport.h"
#include "core/rollup/facultytable.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/review/yearstatus.h"
#include "core/exchange/tableexchange.h"
#include "core/exchange/sheet.h"
#include "core/exchange/sheetexport.h"
#include "core/exchange/sheetimport.h"
#include "core/exchange/textencoding.h"
#include "core/store/filecheck.h"
#include "core/store/unitfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QBuffer>
#include <QSvgGenerator>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextStream>

#include <cstdio>
#include <algorithm>
#include <functional>
#include <future>
#include <memory>

using namespace ik;

namespace {

enum Exit { Ok = 0, Failed = 1, Refused = 2 };

// Standard output for people. Text goes through visibleText: a control character or direction
// override that a file holds (from before the fields refused them, or from another program) is
// printed as "<U+001B>", so that a unit's name cannot move the cursor, recolour or reverse the
// terminal. JSON (a QByteArray) passes as it is: QJsonDocument escapes control characters itself.
class Terminal
{
public:
    explicit Terminal(FILE *stream) : m_stream(stream) {}
    template <typename T>
    Terminal &operator<<(const T &value)
    {
        m_stream << value;
        return *this;
    }
    Terminal &operator<<(const QString &text)
    {
        m_stream << visibleText(text);
        return *this;
    }
    Terminal &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    Terminal &operator<<(QTextStream &(*manipulator)(QTextStream &))
    {
        m_stream << manipulator;
        return *this;
    }

private:
    QTextStream m_stream;
};

Terminal &out()
{
    static Terminal s(stdout);
    return s;
}

int fail(const QString &message, int code = Failed)
{
    Terminal(stderr) << "internkontroll-cli: " << message << Qt::endl;
    return code;
}

// Parses a subcommand's options; on --help prints it and returns false with code 0.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           const QString &positional, int wantedPositional, int *code)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    // "NAME Description|NAME2 Description2"
    for (const QString &spec : positional.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        parser.addPositionalArgument(spec.section(QLatin1Char(' '), 0, 0), spec.section(QLatin1Char(' '), 1),
                                     spec.section(QLatin1Char(' '), 0, 0));
    if (!parser.parse(args)) {
        *code = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its full path; name the subcommand instead.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("internkontroll-cli ") + args.constFirst().section(QLatin1Char(' '), -1));
        out() << help;
        *code = Ok;
        return false;
    }
    // wantedPositional < 0: one or more (FILE…).
    const qsizetype given = parser.positionalArguments().size();
    if (wantedPositional >= 0 ? given != wantedPositional : given < 1) {
        *code = fail(wantedPositional >= 0 ? QStringLiteral("expected %1 argument(s); see --help").arg(wantedPositional)
                                           : QStringLiteral("expected at least one argument; see --help"));
        return false;
    }
    return true;
}

std::unique_ptr<UnitFile> openOrFail(const QString &path, UnitFile::Mode mode, int *code)
{
    FileCheck check;
    auto file = UnitFile::open(path, mode, &check);
    if (!file)
        *code = fail(check.message, Refused);
    else if (!file->upgradeNote().isEmpty()) // a file of an older format, upgraded on opening
        QTextStream(stderr) << "internkontroll-cli: " << file->upgradeNote() << Qt::endl;
    return file;
}

// Opens a file to make something from it (a report, an export) while SQLite's integrity check
// of it runs on a thread of its own, so that reading need not wait for the check to read the
// whole file: what is made is written only once the check has passed (writeOutputFile, and
// soundOrFail for what goes to standard output).
std::unique_ptr<UnitFile> openForReading(const QString &path, int *code)
{
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check, inspectFile(path, IntegrityCheck::Later));
    if (!file) {
        *code = fail(check.message, Refused);
        return file;
    }
    if (file->integrityPending()) {
        const std::shared_future<FileCheck> verdict = std::async(std::launch::async, checkIntegrity, path).share();
        file->awaitIntegrityWith([verdict] { return verdict.get(); });
    }
    return file;
}

bool soundOrFail(const UnitFile &file, int *code)
{
    const FileCheck verdict = file.integrityVerdict();
    if (verdict.ok())
        return true;
    *code = fail(verdict.message, Refused);
    return false;
}

// The options of every command that writes the unit file.
void addWritingOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("break-lock"),
                 QStringLiteral("Write even though another Internkontroll seems to have left the file locked (a crash, "
                                "a computer shut down with the file open): another computer's lock, or one older than "
                                "12 hours. If that program still runs, changes are lost. Noted in the file.")});
}

// Why the file could not be written because another instance holds it.
QString heldElsewhereMessage(const UnitFile &file, bool breaking)
{
    const LockRefusal &refusal = *file.heldElsewhere();
    QString message = QStringLiteral("“%1” is open for writing in another Internkontroll (%2); nothing was changed.")
                          .arg(file.path(), refusal.holder ? refusal.holder->describe()
                                                           : QStringLiteral("its lock file does not say which"));
    const bool abandoned = refusal.holder && refusal.holder->looksAbandoned();
    if (breaking && !refusal.notBroken.isEmpty())
        return message + QLatin1Char(' ') + refusal.notBroken;
    if (!abandoned)
        return message + QStringLiteral(" Close the file there, then run the command again.");
    return message + QLatin1Char(' ') + refusal.holder->whyAbandoned()
           + QStringLiteral(" If that program no longer runs (it crashed, or the computer was shut down with the "
                            "file open), run the command again with --break-lock.");
}

// Opens a unit file to change it. One that can only be read (its permissions, another instance
// holding it) is refused like a bad file: a change that cannot be written is no change. With
// --break-lock (addWritingOptions), a lock that looks left behind is broken.
std::unique_ptr<UnitFile> openForWriting(const QCommandLineParser &p, const QString &path, int *code)
{
    const bool breaking = p.isSet(QStringLiteral("break-lock"));
    std::unique_ptr<UnitFile> file;
    FileCheck check;
    if (breaking) {
        file = UnitFile::openBreakingLock(path, QStringLiteral("internkontroll-cli --break-lock"), &check);
        if (!file)
            *code = fail(check.message, Refused);
    } else {
        file = openOrFail(path, UnitFile::Mode::ReadWrite, code);
    }
    if (file && file->isReadOnly()) {
        *code = fail(file->heldElsewhere() ? heldElsewhereMessage(*file, breaking) : file->readOnlyReason(), Refused);
        return nullptr;
    }
    return file;
}

// What the CLI prints for people, in the language of --lang (context "ik::Cli"); the schema's
// labels come from core/store/labels.h in the same language.
QString cliText(const char *english, const QString &language) { return translateFor(language, "ik::Cli", english); }

// --lang nb|en for a command that prints for people; the default keeps what the command printed
// before it had the option.
void addLanguageOption(QCommandLineParser &parser, const QString &what, const QString &fallback)
{
    parser.addOption({QStringLiteral("lang"), QStringLiteral("%1: nb or en (default %2).").arg(what, fallback),
                      QStringLiteral("LANG"), fallback});
}

// The language --lang asks for, or an empty string after printing why it is not one.
QString languageOption(const QCommandLineParser &parser, int *code)
{
    const QString language = parser.value(QStringLiteral("lang"));
    if (availableLanguages().contains(language))
        return language;
    *code = fail(QStringLiteral("--lang must be nb or en"));
    return {};
}

// Every command with -o writes through these two: never over the unit file or a file kept beside
// it (also by another name for it), and through QSaveFile, so that a failed write leaves the old
// file as it was.
bool outputAllowed(const UnitFile &file, const QString &path, int *code)
{
    QString error;
    if (checkOutputPath(file, path, &error))
        return true;
    *code = fail(error);
    return false;
}

int writeOutput(const UnitFile &file, const QString &path, const QByteArray &data)
{
    int code = Ok;
    if (!soundOrFail(file, &code))
        return code;
    QString error;
    return writeOutputFile(file, path, data, &error) ? Ok : fail(error);
}

int cmdNew(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("unit"), QStringLiteral("The unit's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("year"), QStringLiteral("The first review year."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("template"), QStringLiteral("Checklist template (default ntnu)."), QStringLiteral("ID"), QStringLiteral("ntnu")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Create a new unit file."), QStringLiteral("FILE The unit file to create."), 1, &code))
        return code;
    if (!p.isSet(QStringLiteral("unit")) || !p.isSet(QStringLiteral("year")))
        return fail(QStringLiteral("--unit and --year are required"));
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--year must be a year, not “%1”").arg(p.value(QStringLiteral("year"))));
    QString error;
    auto file = UnitFile::create(p.positionalArguments().first(),
                                 {p.value(QStringLiteral("unit")), year, p.value(QStringLiteral("template")), {}}, &error);
    if (!file)
        return fail(error);
    out() << "Created " << file->path() << " for " << file->unitName() << ", review year " << year << Qt::endl;
    return Ok;
}

int cmdDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("scale"), QStringLiteral("Multiply every count by N (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("year"), QStringLiteral("Current review year (default: this year)."), QStringLiteral("YEAR"), QStringLiteral("0")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("The day the demo shows, in its year (default: today, or the end of a past year)."),
                 QStringLiteral("DATE")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Create a realistic demo unit file (about 40 employees at scale 1)."),
               QStringLiteral("FILE The unit file to create."), 1, &code))
        return code;
    bool okScale = false, okSeed = false, okYear = false;
    DemoOptions o;
    o.scale = p.value(QStringLiteral("scale")).toInt(&okScale);
    o.seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
    o.year = p.value(QStringLiteral("year")).toInt(&okYear);
    if (!okScale || o.scale < 1 || o.scale > 1000 || !okSeed || !okYear)
        return fail(QStringLiteral("--scale must be 1–1000, --seed and --year whole numbers"));
    if (p.isSet(QStringLiteral("as-of"))) {
        o.asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!o.asOf.isValid())
            return fail(QStringLiteral("--as-of must be a date (yyyy-mm-dd)"));
    }
    QString error;
    auto file = createDemo(p.positionalArguments().first(), o, &error);
    if (!file)
        return fail(error);
    out() << "Created demo unit " << file->path() << " (scale " << o.scale << ", seed " << o.seed << ")" << Qt::endl;
    return Ok;
}

int cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Check that a file is a sound unit file; never writes to it."),
               QStringLiteral("FILE The unit file to check."), 1, &code))
        return code;
    const QString path = p.positionalArguments().first();
    const FileCheck check = inspectFile(path);
    if (!check.ok())
        return fail(check.message, Refused);
    FileCheck opened;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &opened, check); // checked once
    out() << path << ": sound Internkontroll unit file, format " << check.schemaVersion;
    if (file) {
        QStringList years;
        for (int y : file->years())
            years << QString::number(y);
        out() << ", unit “" << file->unitName() << "”, review years " << years.join(QStringLiteral(", "));
    }
    if (check.hotJournal)
        out() << " (an interrupted write will be rolled back when it is next opened for writing)";
    if (check.olderFormat())
        out() << " (an older format: it will be upgraded to format " << schema::kVersion
              << ", with a copy of it as it was kept beside it, when it is next opened for writing)";
    out() << Qt::endl;
    return Ok;
}

int cmdStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("year"), QStringLiteral("Review year (default: the latest)."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    p.addOption({QStringLiteral("today"), QStringLiteral("Count due dates from this date (default: today)."), QStringLiteral("DATE")});
    addLanguageOption(p, QStringLiteral("Language of the text and the titles"), QStringLiteral("en"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Progress per phase and what is open, overdue or due soon."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    const QString lang = languageOption(p, &code);
    if (lang.isEmpty())
        return code;
    auto file = openOrFail(p.positionalArguments().first(), UnitFile::Mode::ReadOnly, &code);
    if (!file)
        return code;
    const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : file->latestYear();
    if (!file->years().contains(year))
        return fail(QStringLiteral("the file has no review year %1").arg(p.value(QStringLiteral("year"))));
    const QDate today = p.isSet(QStringLiteral("today")) ? QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate)
                                                        : QDate::currentDate();
    if (!today.isValid())
        return fail(QStringLiteral("--today must be a date (yyyy-mm-dd)"));
    const YearStatus s = yearStatus(*file, year, today, lang);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(s);
        o.insert(QStringLiteral("unit"), file->unitName());
        QJsonArray signoffs;
        for (const SignOffState &so : signOffStates(*file, year))
            signoffs.append(QJsonObject{{QStringLiteral("scope"), so.scope}, {QStringLiteral("name"), so.name},
                                        {QStringLiteral("role"), so.role},
                                        {QStringLiteral("signed_at"), so.signedAt.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("changed_since"), so.changedSince},
                                        {QStringLiteral("changes"), int(so.changes.size())}});
        o.insert(QStringLiteral("signoffs"), signoffs);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << cliText("%1 — review year %2", lang).arg(file->unitName(), QString::number(year)) << Qt::endl << Qt::endl;
    qsizetype width = 22;
    for (const PhaseProgress &ph : s.phases)
        width = std::max(width, choiceLabel(QStringLiteral("phase"), ph.phase, lang).size());
    for (const PhaseProgress &ph : s.phases)
        out() << "  " << QStringLiteral("%1 ").arg(choiceLabel(QStringLiteral("phase"), ph.phase, lang), -int(width))
              << cliText("%1/%2 done", lang).arg(ph.done).arg(ph.total) << Qt::endl;
    out() << Qt::endl
          << "  " << cliText("Actions: %1 of %2 done, %3 overdue", lang).arg(s.actionsDone).arg(s.actions).arg(s.overdueActions) << Qt::endl
          << "  " << cliText("Open deviations: %1", lang).arg(s.openDeviations) << Qt::endl
          << "  " << cliText("Risks above the acceptable level: %1 of %2", lang).arg(s.risksAboveAcceptable).arg(s.risks) << Qt::endl
          << "  " << cliText("External supervision: %1, open orders: %2", lang).arg(s.supervisions).arg(s.openOrders) << Qt::endl;
    const auto list = [&](const QString &heading, const QList<DueItem> &items) {
        out() << Qt::endl << heading.arg(items.size()) << Qt::endl;
        for (const DueItem &d : items)
            out() << "  " << d.due.toString(Qt::ISODate) << "  " << d.title << Qt::endl;
    };
    const QList<SignOffState> signoffs = signOffStates(*file, year);
    out() << Qt::endl << (signoffs.isEmpty() ? cliText("Sign-off: not signed off", lang) : cliText("Sign-off:", lang)) << Qt::endl;
    for (const SignOffState &so : signoffs) {
        const QString signedAt = so.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        out() << "  " << cliText("%1 signed by %2 (%3) %4", lang).arg(choiceLabel(QStringLiteral("signoff_scope"), so.scope, lang), so.name, so.role, signedAt)
              << (so.changedSince ? cliText(" — CHANGED since sign-off (changes logged: %1)", lang).arg(so.changes.size())
                                  : cliText(" — unchanged since", lang))
              << Qt::endl;
    }
    list(cliText("Overdue (%1):", lang), s.overdue);
    list(cliText("Due in the next 30 days (%1):", lang), s.upcoming);
    return Ok;
}

int cmdTemplate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    p.addOption({QStringLiteral("id"), QStringLiteral("Template id (default ntnu)."), QStringLiteral("ID"), QStringLiteral("ntnu")});
    addLanguageOption(p, QStringLiteral("Language of the names and titles (not in JSON, which has both)"), QStringLiteral("en"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Print the built-in checklist template with its requirement IDs."), {}, 0, &code))
        return code;
    const QString lang = languageOption(p, &code);
    if (lang.isEmpty())
        return code;
    QString error;
    const auto t = ChecklistTemplate::builtIn(p.value(QStringLiteral("id")), &error);
    if (!t)
        return fail(error);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const TemplateItem &i : t->items())
            items.append(QJsonObject{{QStringLiteral("key"), i.key}, {QStringLiteral("phase"), i.phase},
                                     {QStringLiteral("title"), QJsonObject{{QStringLiteral("nb"), i.titleNb}, {QStringLiteral("en"), i.titleEn}}},
                                     {QStringLiteral("guidance"), QJsonObject{{QStringLiteral("nb"), i.guidanceNb}, {QStringLiteral("en"), i.guidanceEn}}},
                                     {QStringLiteral("requirements"), QJsonArray::fromStringList(i.requirements)},
                                     {QStringLiteral("recurrence"), i.recurrence}, {QStringLiteral("role"), i.role},
                                     {QStringLiteral("due"), QStringLiteral("%1-%2").arg(i.dueMonth, 2, 10, QLatin1Char('0')).arg(i.dueDay, 2, 10, QLatin1Char('0'))}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("id"), t->id()}, {QStringLiteral("version"), t->version()},
                                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("nb"), t->nameNb()}, {QStringLiteral("en"), t->nameEn()}}},
                                           {QStringLiteral("items"), items}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    const bool nb = lang == QLatin1String("nb");
    out() << cliText("%1 (%2, version %3)", lang).arg(nb ? t->nameNb() : t->nameEn(), t->id(), QString::number(t->version())) << Qt::endl;
    // The phase and recurrence as keys, as the JSON and the CSV files name them.
    for (const TemplateItem &i : t->items())
        out() << QStringLiteral("  %1 %2 [%3] %4\n").arg(i.phase, -10).arg(i.recurrence, -9).arg(i.requirements.join(QLatin1Char(',')), nb ? i.titleNb : i.titleEn);
    return Ok;
}

// export --all as JSON (one object, a member per table, to OUT or standard output) or CSV (a
// folder OUT of TABLE.csv files): the file is opened and checked once.
int exportEveryTable(const UnitFile &file, ExportFormat format, const QString &output)
{
    QString error;
    if (format == ExportFormat::Csv) {
        const QList<std::pair<QString, QByteArray>> tables = ik::exportEveryTable(file, &error);
        if (int code = Ok; !soundOrFail(file, &code))
            return code; // read while the check ran, and the file is damaged: nothing is written
        if (!error.isEmpty())
            return fail(error);
        if (!QDir().mkpath(output))
            return fail(QStringLiteral("cannot make the folder %1").arg(output));
        for (const auto &[name, data] : tables) {
            const QString path = QDir(output).filePath(name + QStringLiteral(".csv"));
            int code = Ok;
            if (!outputAllowed(file, path, &code))
                return code;
            if (const int written = writeOutput(file, path, data); written != Ok)
                return written;
        }
        return Ok;
    }
    int code = Ok;
    if (!output.isEmpty()) {
        // Written to the file as it is made, put in place once the check has passed.
        if (!outputAllowed(file, output, &code))
            return code;
        const auto produce = [&file](QIODevice &out, QString *why) { return writeEveryTableAsJson(file, out, why); };
        if (writeOutputFile(file, output, produce, &error))
            return Ok;
        return soundOrFail(file, &code) ? fail(error) : code;
    }
    const QByteArray json = ik::exportEveryTableAsJson(file, &error);
    if (!soundOrFail(file, &code))
        return code;
    if (!error.isEmpty())
        return fail(error);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return Ok;
}

int cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("table"), QStringLiteral("The table to export."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("workbook"), QStringLiteral("Every register of the year as one XLSX workbook, a sheet each (needs -o).")});
    p.addOption({QStringLiteral("all"), QStringLiteral("Every table of the file, every year: json as one object of tables, csv as a "
                                                       "folder of TABLE.csv files (-o FOLDER), xlsx as one workbook.")});
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("csv (fields by key, for scripts), json, xlsx, or excel-csv (for people: labels, names, "
                                "a UTF-8 byte-order mark, ';'). Default csv; xlsx with --workbook or an -o ending in .xlsx."),
                 QStringLiteral("FORMAT")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to this file (default: standard output)."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("year"), QStringLiteral("xlsx, excel-csv: only this review year's rows (with --workbook: default the latest year)."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("keys"), QStringLiteral("xlsx, excel-csv: head the columns with the fields' keys instead of their labels.")});
    p.addOption({QStringLiteral("separator"), QStringLiteral("excel-csv: ';' (default) or ','."), QStringLiteral("SEP"), QStringLiteral(";")});
    addLanguageOption(p, QStringLiteral("xlsx, excel-csv: language of the headers, choices and dates"), QStringLiteral("nb"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Export a table as CSV, JSON or XLSX, or the whole year as one workbook. See docs/import.md."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    const bool workbook = p.isSet(QStringLiteral("workbook"));
    const bool all = p.isSet(QStringLiteral("all"));
    const QString output = p.value(QStringLiteral("output"));
    QString format = p.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = workbook || output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx") : QStringLiteral("csv");
    static const QStringList formats{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("excel-csv")};
    if (!formats.contains(format))
        return fail(QStringLiteral("--format must be csv, json, xlsx or excel-csv"));
    if (int(workbook) + int(all) + int(p.isSet(QStringLiteral("table"))) != 1)
        return fail(QStringLiteral("give one of --table, --workbook and --all"));
    if (all && format == QLatin1String("excel-csv"))
        return fail(QStringLiteral("--all writes csv, json or xlsx"));
    if (all && format == QLatin1String("csv") && output.isEmpty())
        return fail(QStringLiteral("--all as csv needs -o FOLDER"));
    if (workbook && format != QLatin1String("xlsx"))
        return fail(QStringLiteral("--workbook writes XLSX only"));
    if (format == QLatin1String("xlsx") && output.isEmpty())
        return fail(QStringLiteral("an XLSX workbook needs -o OUT.xlsx"));
    const QString separator = p.value(QStringLiteral("separator"));
    if (separator != QLatin1String(";") && separator != QLatin1String(","))
        return fail(QStringLiteral("--separator must be ';' or ','"));
    const QString lang = languageOption(p, &code);
    if (lang.isEmpty())
        return code;
    auto file = openForReading(p.positionalArguments().first(), &code);
    if (!file)
        return code;
    if (all && format != QLatin1String("xlsx"))
        return exportEveryTable(*file, format == QLatin1String("json") ? ExportFormat::Json : ExportFormat::Csv, output);
    if (!output.isEmpty() && !outputAllowed(*file, output, &code))
        return code;
    SheetExportOptions options;
    options.language = lang;
    options.keys = p.isSet(QStringLiteral("keys"));
    options.separator = separator.at(0).toLatin1();
    if (p.isSet(QStringLiteral("year")))
        options.year = p.value(QStringLiteral("year")).toInt();
    else if (workbook)
        options.year = file->latestYear();
    QString error;
    QByteArray data;
    const QString table = p.value(QStringLiteral("table"));
    if (format == QLatin1String("xlsx")) {
        QStringList tables{table};
        if (workbook)
            tables = workbookTables();
        if (all) {
            tables.clear();
            for (const TableDef &t : schema::tables())
                tables << t.name;
        }
        data = exportXlsx(*file, tables, options, &error);
    }
    else if (format == QLatin1String("excel-csv"))
        data = exportPeopleCsv(*file, table, options, &error);
    else
        data = exportTable(*file, table, format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Json, &error);
    if (!error.isEmpty())
        return soundOrFail(*file, &code) ? fail(error) : code;
    if (output.isEmpty()) {
        if (!soundOrFail(*file, &code))
            return code;
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        return Ok;
    }
    return writeOutput(*file, output, data);
}

// Whether a CSV is a risk register (one consequence column per category, "<category>_before"),
// which its own importer reads, rather than rows of the risk table.
bool isRiskRegister(const QByteArray &data)
{
    QString error;
    const auto sheet = readSheet(data, {}, {}, &error);
    if (!sheet)
        return true; // its importer says what is wrong, as it did before
    for (const QString &h : sheet->header)
        if (h.trimmed().compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
            return false;
    for (const QString &h : sheet->header)
        if (h.endsWith(QLatin1String("_before")) || h.endsWith(QLatin1String("_after"))
            || h.compare(QLatin1String("assessment"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

int cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    addWritingOptions(p);
    p.addOption({QStringLiteral("table"), QStringLiteral("The table to import into."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("year"), QStringLiteral("Review year for rows that name none (default: from their date, else the latest)."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("sheet"), QStringLiteral("XLSX: the sheet, by name or number (default: the one named after the table, else the first)."), QStringLiteral("SHEET")});
    p.addOption({QStringLiteral("map"), QStringLiteral("Which column is which field, where the headers do not say: \"HEADER=FIELD,…\" (a field's key or label; '-' leaves a column out). See docs/import.md."), QStringLiteral("MAPPING")});
    p.addOption({QStringLiteral("map-file"), QStringLiteral("The mapping from a file, one \"header=field\" a line."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Print what the import would do (new, changed, unchanged, refused rows) and write nothing.")});
    p.addOption({QStringLiteral("skip-refused"), QStringLiteral("Import the good rows even when some are refused (default: then nothing is imported).")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Import a CSV or XLSX sheet into a table: rows with the id of a record update it, others are added; "
                                       "nothing is deleted. All rows or none. See docs/import.md."),
               QStringLiteral("FILE The unit file.|IN The CSV or XLSX file to import."), 2, &code))
        return code;
    if (!p.isSet(QStringLiteral("table")))
        return fail(QStringLiteral("--table is required"));
    const QString table = p.value(QStringLiteral("table"));
    QFile input(p.positionalArguments().at(1));
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(input.fileName(), input.errorString()));
    const QByteArray data = input.readAll();
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    std::optional<int> year;
    if (p.isSet(QStringLiteral("year")))
        year = p.value(QStringLiteral("year")).toInt();
    const bool mapped = p.isSet(QStringLiteral("map")) || p.isSet(QStringLiteral("map-file"));
    const bool xlsxInput = sniffSheetFormat(data) == SheetFormat::Xlsx;
    // The risk register and the risk matrix keep their own importers (docs/import.md).
    if (table.startsWith(QLatin1String("matrix_"))
        || (table == QLatin1String("risk") && !xlsxInput && !mapped && isRiskRegister(data))) {
        if (dryRun)
            return fail(QStringLiteral("--dry-run is for sheets of a table's rows, not for a risk register or the matrix"));
        auto file = openForWriting(p, p.positionalArguments().first(), &code);
        if (!file)
            return code;
        ImportResult result;
        QString error;
        if (table == QLatin1String("risk") ? !importRiskRegister(*file, data, year.value_or(file->latestYear()), &result, &error)
                                           : !importCsv(*file, table, data, year, &result, &error))
            return fail(QStringLiteral("%1: nothing was imported. %2").arg(input.fileName(), error));
        out() << "Imported " << result.inserted << " row(s) into " << table << Qt::endl;
        return Ok;
    }
    const TableDef *def = schema::table(table);
    if (!def)
        return fail(QStringLiteral("%1: nothing was imported. There is no table “%2”.").arg(input.fileName(), table));
    QString mapText = p.value(QStringLiteral("map"));
    if (p.isSet(QStringLiteral("map-file"))) {
        QFile mapFile(p.value(QStringLiteral("map-file")));
        if (!mapFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(mapFile.fileName(), mapFile.errorString()));
        QString error;
        const auto text = text::decode(mapFile.readAll(), &error);
        if (!text)
            return fail(QStringLiteral("%1: %2").arg(mapFile.fileName(), error));
        for (const QString &line : text->split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                mapText += QLatin1Char(',') + line.trimmed();
    }
    QString error;
    const auto given = parseMapping(mapText, &error);
    if (!given)
        return fail(error);
    // The sheet named after the table, as a year's workbook names them, unless --sheet says.
    const QStringList preferred{tableLabel(*def, QStringLiteral("nb")), tableLabel(*def, QStringLiteral("en")), table};
    const auto sheet = readSheet(data, p.value(QStringLiteral("sheet")), preferred, &error);
    if (!sheet)
        return fail(QStringLiteral("%1: nothing was imported. %2").arg(input.fileName(), error));
    // Read-only for a dry run: it must not upgrade, lock or otherwise touch the file.
    auto file = dryRun ? openOrFail(p.positionalArguments().first(), UnitFile::Mode::ReadOnly, &code)
                       : openForWriting(p, p.positionalArguments().first(), &code);
    if (!file)
        return code;
    // With the file: a risk register's consequence columns are named after its matrix's categories.
    const auto mapping = guessMapping(*file, *def, sheet->header, *given, &error);
    if (!mapping)
        return fail(QStringLiteral("%1: nothing was imported. %2").arg(input.fileName(), error));
    const auto plan = planImport(*file, table, *sheet, *mapping, year, &error);
    if (!plan)
        return fail(QStringLiteral("%1: nothing was imported. %2").arg(input.fileName(), error));
    Terminal(dryRun ? stdout : stderr) << planSummary(*plan) << Qt::endl;
    // Enough to see what is wrong; a sheet of 100 000 bad rows need not print them all.
    constexpr int kRefusedShown = 50;
    for (const QString &why : plan->refused.mid(0, kRefusedShown))
        Terminal(stderr) << "  refused: " << why << Qt::endl;
    if (plan->refused.size() > kRefusedShown)
        Terminal(stderr) << "  … and " << QString::number(plan->refused.size() - kRefusedShown) << " more refused" << Qt::endl;
    if (dryRun)
        return Ok;
    if (!plan->refused.isEmpty() && !p.isSet(QStringLiteral("skip-refused")))
        return fail(QStringLiteral("%1: nothing was imported. %2 row(s) refused (see above; --skip-refused imports the others). %3")
                        .arg(input.fileName(), QString::number(plan->refused.size()), plan->refused.constFirst()));
    ImportResult result;
    if (!applyImportPlan(*file, *plan, &result, &error))
        return fail(QStringLiteral("%1: nothing was imported. %2").arg(input.fileName(), error));
    out() << "Imported " << result.inserted << " row(s) into " << table << ", updated " << plan->updates.size();
    if (result.skipped)
        out() << "; skipped " << result.skipped << " already in the file";
    out() << Qt::endl;
    return Ok;
}

int cmdNewYear(const QStringList &args)
{
    QCommandLineParser p;
    addWritingOptions(p);
    p.addOption({QStringLiteral("year"), QStringLiteral("The year to start (default: the latest + 1)."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("goals-later"), QStringLiteral("Start even though last year's goals are not evaluated.")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Start the next review year: checklist, carried actions and roles; locks the previous year."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    auto file = openForWriting(p, p.positionalArguments().first(), &code);
    if (!file)
        return code;
    const int latest = file->latestYear();
    const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : latest + 1;
    if (file->years().contains(year)) {
        out() << "Review year " << year << " already exists; nothing was changed." << Qt::endl;
        return Ok;
    }
    const QList<QString> open = unevaluatedGoals(*file, latest);
    if (!open.isEmpty() && !p.isSet(QStringLiteral("goals-later"))) {
        QString list;
        for (const QString &g : open)
            list += QStringLiteral("\n  - ") + g;
        return fail(QStringLiteral("evaluate last year's goals first (reached, partly or not reached, with a comment); "
                                   "or pass --goals-later. Not evaluated in %1:%2").arg(latest).arg(list));
    }
    QString error;
    const auto checklist = ChecklistTemplate::builtIn(file->meta(QStringLiteral("template")), &error);
    if (!checklist)
        return fail(error);
    RolloverResult r;
    if (!startNextYear(*file, year, *checklist, &r, &error))
        return fail(error);
    out() << "Started review year " << year << ": " << r.checklistItems << " checklist items, "
          << r.carriedActions << " unfinished actions carried over, " << r.carriedRoles << " roles, "
          << r.carriedIndicators << " indicators; " << latest << " is now locked." << Qt::endl;
    return Ok;
}

int cmdCalendar(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("year"), QStringLiteral("Review year (default: the latest)."), QStringLiteral("YEAR")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The .ics file to write."), QStringLiteral("OUT")});
    addLanguageOption(p, QStringLiteral("Language of the event titles"), QStringLiteral("nb"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Deadlines of actions, checklist items and accepted risks' reviews as an iCalendar (.ics) file."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    const QString lang = languageOption(p, &code);
    if (lang.isEmpty())
        return code;
    if (!p.isSet(QStringLiteral("output")))
        return fail(QStringLiteral("-o OUT.ics is required"));
    auto file = openOrFail(p.positionalArguments().first(), UnitFile::Mode::ReadOnly, &code);
    if (!file)
        return code;
    const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : file->latestYear();
    if (!file->years().contains(year))
        return fail(QStringLiteral("the file has no review year %1").arg(year));
    if (!outputAllowed(*file, p.value(QStringLiteral("output")), &code))
        return code;
    return writeOutput(*file, p.value(QStringLiteral("output")), calendarOfDeadlines(*file, year, lang));
}

int cmdSignoff(const QStringList &args)
{
    QCommandLineParser p;
    addWritingOptions(p);
    p.addOption({QStringLiteral("year"), QStringLiteral("The review year to sign off."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Who signs."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"), QStringLiteral("Their role (e.g. line manager)."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("comment"), QStringLiteral("A comment."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("review (default) or action_plan."), QStringLiteral("SCOPE"), QStringLiteral("review")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Sign off a review year (or its action plan), recording a fingerprint of the signed content."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    if (!p.isSet(QStringLiteral("year")) || !p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("role")))
        return fail(QStringLiteral("--year, --name and --role are required"));
    const QString scope = p.value(QStringLiteral("scope"));
    if (scope != QLatin1String("review") && scope != QLatin1String("action_plan"))
        return fail(QStringLiteral("--scope must be review or action_plan"));
    auto file = openForWriting(p, p.positionalArguments().first(), &code);
    if (!file)
        return code;
    // Not refused (a script signs what it was told to), but said: what the review still lacks.
    if (scope == QLatin1String("review"))
        for (const QString &gap : reviewGaps(*file, p.value(QStringLiteral("year")).toInt(), QStringLiteral("en")))
            Terminal(stderr) << "internkontroll-cli: warning: " << gap << Qt::endl;
    QString error;
    if (signOff(*file, p.value(QStringLiteral("year")).toInt(), scope, p.value(QStringLiteral("name")),
                p.value(QStringLiteral("role")), p.value(QStringLiteral("comment")), &error).isEmpty())
        return fail(error);
    out() << "Signed off " << scope << " " << p.value(QStringLiteral("year")) << " by " << p.value(QStringLiteral("name")) << Qt::endl;
    return Ok;
}

QString describe(const ChangeEntry &e)
{
    QString what = QStringLiteral("%1 %2 %3").arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.user, e.operation);
    what += QStringLiteral(" %1 %2").arg(e.table, e.recordId.left(8));
    if (e.operation == QLatin1String("update"))
        what += QStringLiteral(" %1: “%2” → “%3”").arg(e.column, e.oldValue.left(60), e.newValue.left(60));
    return what;
}

int cmdLog(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("since"), QStringLiteral("Only changes after this date or date-time (ISO 8601)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("table"), QStringLiteral("Only this record type."), QStringLiteral("NAME")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Print the change log: who changed what, and when."), QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    auto file = openOrFail(p.positionalArguments().first(), UnitFile::Mode::ReadOnly, &code);
    if (!file)
        return code;
    ChangeFilter filter;
    if (p.isSet(QStringLiteral("since"))) {
        filter.since = QDateTime::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
        if (!filter.since.isValid())
            filter.since = QDate::fromString(p.value(QStringLiteral("since")), Qt::ISODate).startOfDay();
        if (!filter.since.isValid())
            return fail(QStringLiteral("--since must be a date (yyyy-mm-dd) or date-time"));
    }
    if (p.isSet(QStringLiteral("table")))
        filter.tables << p.value(QStringLiteral("table"));
    for (const ChangeEntry &e : changeLog(*file, filter))
        out() << describe(e) << Qt::endl;
    return Ok;
}

int cmdMerge(const QStringList &args)
{
    QCommandLineParser p;
    addWritingOptions(p);
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Only print what would change and the conflicts.")});
    p.addOption({QStringLiteral("prefer"), QStringLiteral("Resolve every conflict: mine or theirs (default: leave them out)."), QStringLiteral("SIDE")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Merge the changes of a returned copy into FILE (records matched by UUID)."),
               QStringLiteral("FILE The unit file to merge into.|OTHER.db The copy that came back."), 2, &code))
        return code;
    const QString prefer = p.value(QStringLiteral("prefer"));
    if (p.isSet(QStringLiteral("prefer")) && prefer != QLatin1String("mine") && prefer != QLatin1String("theirs"))
        return fail(QStringLiteral("--prefer must be mine or theirs"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto file = dryRun ? openOrFail(p.positionalArguments().at(0), UnitFile::Mode::ReadOnly, &code)
                       : openForWriting(p, p.positionalArguments().at(0), &code);
    if (!file)
        return code;
    auto other = openOrFail(p.positionalArguments().at(1), UnitFile::Mode::ReadOnly, &code);
    if (!other)
        return code;
    QString error;
    MergePlan plan;
    if (!planMerge(*file, *other, &plan, &error))
        return fail(error);
    out() << "From " << other->path() << ": " << plan.inserts.size() << " new record(s), " << plan.updates.size()
          << " changed field(s), " << plan.deletes.size() << " deletion(s), " << plan.conflicts.size() << " conflict(s)." << Qt::endl;
    for (const auto &[table, id, column, value] : plan.updates)
        out() << "  change " << table << " " << id.left(8) << " " << column << " → “" << value.toString() << "”" << Qt::endl;
    for (const auto &[table, id] : plan.deletes)
        out() << "  delete " << table << " " << id.left(8) << " (" << file->displayName(table, id) << ")" << Qt::endl;
    for (const MergeConflict &c : plan.conflicts) {
        if (c.kind == MergeConflict::Kind::BothEdited)
            out() << "  CONFLICT " << c.table << " “" << c.label << "” " << c.column << ": here “" << c.mine.toString()
                  << "”, there “" << c.theirs.toString() << "”" << Qt::endl;
        else
            out() << "  CONFLICT " << c.table << " “" << c.label << "”: "
                  << (c.kind == MergeConflict::Kind::EditedHereDeletedThere ? "edited here, deleted there" : "deleted here, edited there") << Qt::endl;
    }
    if (dryRun)
        return Ok;
    const ConflictChoice choice = prefer == QLatin1String("mine") ? ConflictChoice::Mine
                                : prefer == QLatin1String("theirs") ? ConflictChoice::Theirs
                                                                   : ConflictChoice::Skip;
    MergeSummary summary;
    if (!applyMerge(*file, plan, QList<ConflictChoice>(plan.conflicts.size(), choice), &summary, &error))
        return fail(QStringLiteral("nothing was merged: %1").arg(error));
    out() << "Merged: " << summary.inserted << " added, " << summary.updated << " changed, " << summary.deleted << " deleted; "
          << summary.conflictsSkipped << " conflict(s) left out" << Qt::endl;
    return Ok;
}

int cmdReport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 QStringLiteral("The file to write: OUT.pdf, or OUT.docx for a Word document."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("year"), QStringLiteral("Review year (default: the latest)."), QStringLiteral("YEAR")});
    addLanguageOption(p, QStringLiteral("Report language"), QStringLiteral("nb"));
    p.addOption({QStringLiteral("date"), QStringLiteral("Report date on the cover, from which overdue items are counted (default: today)."), QStringLiteral("DATE")});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Write the HSE annual report of a review year as PDF (A4, tagged PDF/A-2a), or as a Word "
                                       "document (DOCX) when OUT ends in .docx. Never writes to the unit file."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    if (!p.isSet(QStringLiteral("output")))
        return fail(QStringLiteral("-o OUT.pdf or OUT.docx is required"));
    const bool docx = p.value(QStringLiteral("output")).endsWith(QLatin1String(".docx"), Qt::CaseInsensitive);
    ReportOptions o;
    o.language = languageOption(p, &code);
    if (o.language.isEmpty())
        return code;
    if (p.isSet(QStringLiteral("date"))) {
        o.date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!o.date.isValid())
            return fail(QStringLiteral("--date must be a date (yyyy-mm-dd)"));
    }
    auto file = openForReading(p.positionalArguments().first(), &code);
    if (!file)
        return code;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        o.year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !file->years().contains(o.year))
            return fail(QStringLiteral("the file has no review year %1").arg(p.value(QStringLiteral("year"))));
    }
    if (!outputAllowed(*file, p.value(QStringLiteral("output")), &code))
        return code;
    QString error;
    const bool written = docx ? writeReportDocx(*file, p.value(QStringLiteral("output")), o, {}, &error)
                              : ReportRenderer::writePdf(*file, p.value(QStringLiteral("output")), o, {}, &error);
    if (!written)
        return soundOrFail(*file, &code) ? fail(error) : code; // a damaged file: that is what went wrong
    out() << "Wrote " << p.value(QStringLiteral("output")) << Qt::endl;
    return Ok;
}

int cmdMatrix(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The PNG or SVG file to write."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("year"), QStringLiteral("Review year (default: the latest)."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("after"), QStringLiteral("Place the risks by their scores after measures (default: before).")});
    p.addOption({QStringLiteral("both"), QStringLiteral("Show both, with an arrow from before to after.")});
    addLanguageOption(p, QStringLiteral("Language of the labels"), QStringLiteral("nb"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Draw the risk matrix with the year's risks as PNG or SVG, as the program and the report "
                                       "draw it. Never writes to the unit file."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    const QString output = p.value(QStringLiteral("output"));
    const bool svg = output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (output.isEmpty() || (!svg && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)))
        return fail(QStringLiteral("-o OUT.png or OUT.svg is required"));
    const QString lang = languageOption(p, &code);
    if (lang.isEmpty())
        return code;
    auto file = openOrFail(p.positionalArguments().first(), UnitFile::Mode::ReadOnly, &code);
    if (!file)
        return code;
    int year = file->latestYear();
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !file->years().contains(year))
            return fail(QStringLiteral("the file has no review year %1").arg(p.value(QStringLiteral("year"))));
    }
    const RiskPhase phase = p.isSet(QStringLiteral("both")) ? RiskPhase::Both
                            : p.isSet(QStringLiteral("after")) ? RiskPhase::After : RiskPhase::Before;
    RiskMatrixPainter painter(RiskMatrix::load(*file), lang);
    RiskMatrixPainter::Texts texts;
    const QString when = phase == RiskPhase::Before ? cliText("before measures", lang)
                         : phase == RiskPhase::After ? cliText("after measures", lang)
                                                     : cliText("before → after measures", lang);
    texts.title = cliText("Risk matrix %1, %2", lang).arg(QString::number(year), when);
    texts.probability = choiceLabel(QStringLiteral("matrix_axis"), QStringLiteral("probability"), lang);
    texts.consequence = choiceLabel(QStringLiteral("matrix_axis"), QStringLiteral("consequence"), lang);
    for (const char *level : {"acceptable", "assess", "unacceptable"})
        texts.levels << choiceLabel(QStringLiteral("risk_level"), QString::fromLatin1(level), lang);
    painter.setTexts(texts);
    painter.setMarkers(riskMarkers(*file, year, phase).markers);
    if (!outputAllowed(*file, output, &code))
        return code;
    // The same painter draws into a PNG or an SVG, as it does on screen and in the report.
    const QSize size(1200, 960);
    const QRectF area(24, 24, size.width() - 48, size.height() - 48);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(texts.title);
        QPainter qp(&generator);
        qp.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        painter.paint(&qp, area);
    } else {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter qp(&image);
            qp.setRenderHint(QPainter::Antialiasing);
            painter.paint(&qp, area);
        }
        image.save(&buffer, "PNG");
    }
    if (const int written = writeOutput(*file, output, data); written != Ok)
        return written;
    out() << "Wrote " << output << Qt::endl;
    return Ok;
}

int cmdTertial(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("year"), QStringLiteral("The year (default: the latest)."), QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("tertial"), QStringLiteral("1 (Jan–Apr), 2 (May–Aug) or 3 (Sep–Dec)."), QStringLiteral("T")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("OUT.pdf, or OUT.csv for the figures as CSV."), QStringLiteral("OUT")});
    addLanguageOption(p, QStringLiteral("Report language"), QStringLiteral("nb"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("The deviation overview of one tertial (FO-2) for the AMU and the board, beside the same tertial last year."),
               QStringLiteral("FILE The unit file."), 1, &code))
        return code;
    bool ok = false;
    const int tertial = p.value(QStringLiteral("tertial")).toInt(&ok);
    if (!ok || tertial < 1 || tertial > 3 || !p.isSet(QStringLiteral("output")))
        return fail(QStringLiteral("--tertial 1|2|3 and -o OUT.pdf|OUT.csv are required"));
    const QString lang = languageOption(p, &code);
    if (lang.isEmpty())
        return code;
    auto file = openOrFail(p.positionalArguments().first(), UnitFile::Mode::ReadOnly, &code);
    if (!file)
        return code;
    const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : file->latestYear();
    const TertialOverview overview = loadTertialOverview(*file, year, tertial);
    const QString target = p.value(QStringLiteral("output"));
    if (!outputAllowed(*file, target, &code))
        return code;
    QString error;
    if (!writeTertialReport(*file, overview, target, lang, &error))
        return fail(error);
    out() << "Wrote " << target << ": " << overview.total << " deviation(s) in tertial " << tertial << " " << year
          << " (" << overview.totalLastYear << " a year before)" << Qt::endl;
    return Ok;
}

int cmdRollup(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("year"), QStringLiteral("The review year."), QStringLiteral("YEAR")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("faculty.pdf, faculty.xlsx or faculty.csv."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("tertial"), QStringLiteral("PDF: the deviations of this tertial only, 1–3 (default: the whole year)."), QStringLiteral("T")});
    p.addOption({QStringLiteral("today"), QStringLiteral("Count overdue actions from this date (default: today)."), QStringLiteral("DATE")});
    addLanguageOption(p, QStringLiteral("Language of the overview and of the reasons a file was not read"), QStringLiteral("nb"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("Roll many unit files up into one faculty overview of a year: a table of units with their "
                                       "figures, sums, deviations per tertial, sign-offs and red risks. Reads the files only; a file "
                                       "that is not a sound unit file is listed with the reason. See docs/rollup.md."),
               QStringLiteral("FILE Unit files, or folders of them (*.db, *.ikdb, searched with their subfolders)."), -1, &code))
        return code;
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    const QString output = p.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!ok || output.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")))
        return fail(QStringLiteral("--year YEAR and -o OUT.pdf|OUT.xlsx|OUT.csv are required"));
    FacultyReportOptions options;
    if (p.isSet(QStringLiteral("tertial"))) {
        options.tertial = p.value(QStringLiteral("tertial")).toInt(&ok);
        if (!ok || options.tertial < 1 || options.tertial > 3)
            return fail(QStringLiteral("--tertial must be 1, 2 or 3"));
    }
    const QDate today = p.isSet(QStringLiteral("today")) ? QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate)
                                                        : QDate::currentDate();
    if (!today.isValid())
        return fail(QStringLiteral("--today must be a date (yyyy-mm-dd)"));
    options.language = languageOption(p, &code);
    if (options.language.isEmpty())
        return code;
    installTranslations(options.language); // the reasons a file is refused, in the overview's language
    const QStringList paths = expandUnitPaths(p.positionalArguments());
    if (paths.isEmpty())
        return fail(QStringLiteral("no unit files (*.db, *.ikdb) in %1").arg(p.positionalArguments().join(QStringLiteral(", "))));
    QString error;
    if (!checkOutputPath(paths, output, &error))
        return fail(error);
    QTextStream progress(stderr);
    const FacultyOverview overview = rollUp(paths, year, today, [&](int done, int total) {
        progress << QStringLiteral("\rinternkontroll-cli: read %1 of %2 unit files").arg(done).arg(total) << Qt::flush;
        return true;
    });
    progress << Qt::endl;
    for (const UnitSummary &u : overview.units)
        if (!u.counted())
            Terminal(stderr) << "internkontroll-cli: not counted: " << u.path << ": " << facultyReadState(u, options.language) << Qt::endl;
    if (!writeFacultyOverview(overview, output, options, &error))
        return fail(error);
    out() << "Wrote " << output << ": " << overview.totals.units << " unit(s) counted, "
          << (overview.units.size() - overview.totals.units) << " file(s) not counted" << Qt::endl;
    return Ok;
}

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"new", "create a unit file", cmdNew},
        {"demo", "create a realistic demo unit file", cmdDemo},
        {"check", "is this a sound unit file? which format?", cmdCheck},
        {"status", "progress per phase, open and due items", cmdStatus},
        {"template", "the built-in checklist, with requirement IDs", cmdTemplate},
        {"export", "a table as CSV, JSON or XLSX; the year as a workbook", cmdExport},
        {"import", "CSV or XLSX rows into a table, all or none", cmdImport},
        {"newyear", "start the next review year", cmdNewYear},
        {"calendar", "deadlines as an iCalendar (.ics) file", cmdCalendar},
        {"signoff", "sign off a review year or its action plan", cmdSignoff},
        {"log", "the change log", cmdLog},
        {"merge", "merge the changes of a returned copy", cmdMerge},
        {"report", "the HSE annual report as PDF or DOCX", cmdReport},
        {"tertial", "the deviation overview of a tertial, as PDF or CSV", cmdTertial},
        {"matrix", "the risk matrix with the year's risks as PNG or SVG", cmdMatrix},
        {"rollup", "many unit files as one faculty overview (PDF, XLSX, CSV)", cmdRollup},
    };
    return all;
}

int usage(int code)
{
    QTextStream s(code == Ok ? stdout : stderr);
    s << "Usage: internkontroll-cli COMMAND [options] ...\n\nCommands:\n";
    for (const Command &c : commands())
        s << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(QString::fromLatin1(c.summary));
    s << "\nRun 'internkontroll-cli COMMAND --help' for a command's options.\n";
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    // The report lays out and draws text, which needs fonts and so a QGuiApplication; without a
    // display the offscreen platform serves. The other commands stay free of any GUI set-up.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "tertial") == 0
                     || qstrcmp(argv[1], "matrix") == 0 || qstrcmp(argv[1], "rollup") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("internkontroll-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IK_VERSION));
    QStringList args = app.arguments();
    if (args.size() < 2)
        return usage(Failed);
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return usage(Ok);
    if (name == QLatin1String("--version")) {
        out() << buildInfo::versionText(QStringLiteral("internkontroll-cli")) << Qt::endl;
        return Ok;
    }
    for (const Command &c : commands())
        if (name == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = args[0] + QLatin1Char(' ') + name;
            return c.run(args);
        }
    fail(QStringLiteral("unknown command “%1”").arg(name));
    return usage(Failed);
}
