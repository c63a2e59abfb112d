// The faculty overview: many unit files read, never written, and summed as each unit's own
// `status` counts itself; the refused ones listed with their reason; PDF, XLSX and CSV out.
#include "catch.h"
#include "testsupport.h"
#include "zippart.h"

#include "core/exchange/csv.h"
#include "core/exchange/xlsxreader.h"
#include "core/review/demounit.h"
#include "core/rollup/facultyoverview.h"
#include "core/rollup/facultyreport.h"
#include "core/rollup/facultytable.h"
#include "core/sharing/signoff.h"
#include "core/store/unitfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace ik;

namespace {

constexpr int kYear = 2026;
const QDate kToday(2026, 10, 15);

QString toolOutput(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// Every file of the folder with its SHA-256: what must be exactly the same after a roll-up.
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        state.insert(QDir(folder).relativeFilePath(path), iktest::fileHash(path));
    }
    return state;
}

// A folder of a faculty: three demo units of different seeds (one signed off, one signed off
// and changed since, one not signed off), one in a subfolder, an older format's file, and a file
// that is no unit file.
struct Faculty
{
    QTemporaryDir dir;
    QStringList units; // the three demo files, then the older format's

    Faculty()
    {
        REQUIRE(dir.isValid());
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("institutt-c")));
        const QStringList names{QStringLiteral("institutt-a.db"), QStringLiteral("institutt-b.ikdb"),
                                QStringLiteral("institutt-c/institutt-c.db")};
        const QStringList unitNames{QStringLiteral("Institutt A"), QStringLiteral("Institutt B"), QStringLiteral("Institutt C")};
        for (int i = 0; i < 3; ++i) {
            DemoOptions o;
            o.seed = quint32(i + 1);
            o.year = kYear;
            o.asOf = kToday;
            QString error;
            const QString path = dir.filePath(names[i]);
            auto file = createDemo(path, o, &error);
            REQUIRE(file);
            const QString unitId = file->records(QStringLiteral("unit")).constFirst().value(QStringLiteral("id")).toString();
            REQUIRE(file->update(QStringLiteral("unit"), unitId, {{QStringLiteral("name"), unitNames[i]}}, &error));
            if (i >= 1)
                REQUIRE_FALSE(signOff(*file, kYear, QStringLiteral("review"), QStringLiteral("Linn Leder"),
                                      QStringLiteral("Instituttleder"), {}, &error).isEmpty());
            if (i == 2) { // changed after signing: two changes
                const Record action = file->records(QStringLiteral("action"), RecordFilter::ofYear(kYear)).constFirst();
                REQUIRE(file->update(QStringLiteral("action"), action.value(QStringLiteral("id")).toString(),
                                     {{QStringLiteral("title"), QStringLiteral("Endret etter signering")}}, &error));
                REQUIRE(file->update(QStringLiteral("action"), action.value(QStringLiteral("id")).toString(),
                                     {{QStringLiteral("cost_nok"), 12345}}, &error));
            }
            units << QFileInfo(path).absoluteFilePath();
        }
        REQUIRE(iktest::writeFile(dir.filePath(QStringLiteral("notater.db")), "Møtenotater, ikke en enhetsfil\n"));
        REQUIRE(QFile::copy(QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db"), dir.filePath(QStringLiteral("gammel.db"))));
        units << path(QStringLiteral("gammel.db"));
        REQUIRE(iktest::writeFile(dir.filePath(QStringLiteral("referat.pdf")), "%PDF-1.4\n")); // not a unit file's name
    }

    QString path(const QString &name) const { return QFileInfo(dir.filePath(name)).absoluteFilePath(); }
};

QJsonObject statusJson(const QString &path)
{
    const iktest::CliResult r = iktest::runCli({QStringLiteral("status"), path, QStringLiteral("--year"), QString::number(kYear),
                                                QStringLiteral("--json"), QStringLiteral("--today"), kToday.toString(Qt::ISODate)});
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const UnitSummary &unitAt(const FacultyOverview &o, const QString &path)
{
    for (const UnitSummary &u : o.units)
        if (u.path == path)
            return u;
    FAIL("no summary of " << path.toStdString());
    return o.units.constFirst();
}

} // namespace

TEST_CASE("The faculty overview sums what each unit's own status counts, and lists the file it refused")
{
    Faculty f;
    const QMap<QString, QByteArray> before = folderState(f.dir.path());
    QList<int> progress;
    const FacultyOverview o = rollUp(expandUnitPaths({f.dir.path()}), kYear, kToday, [&](int done, int total) {
        progress << done;
        CHECK(total == 5);
        return true;
    });
    CHECK(progress == QList<int>{1, 2, 3, 4, 5});
    // The folder and its subfolder: *.db and *.ikdb, the PDF passed by.
    REQUIRE(o.units.size() == 5);

    // Nothing written, locked or left beside the files: every byte as it was, no file more.
    CHECK(folderState(f.dir.path()) == before);

    const UnitSummary &notes = unitAt(o, f.path(QStringLiteral("notater.db")));
    CHECK_FALSE(notes.refusal.isEmpty());
    CHECK(notes.refusal.contains(QStringLiteral("notater.db")));
    CHECK(facultyReadState(notes, QStringLiteral("en")).contains(notes.refusal));
    const UnitSummary &old = unitAt(o, f.path(QStringLiteral("gammel.db")));
    CHECK(old.refusal.isEmpty()); // read through an upgraded copy elsewhere
    CHECK(old.hasYear);
    CHECK(o.totals.refused == 1);
    CHECK(o.totals.withoutYear == 0);
    CHECK(o.totals.units == 4);

    // The totals against the sum of each unit's `status --json`, a process of its own.
    int actions = 0, done = 0, overdue = 0, risks = 0, above = 0, open = 0, supervisions = 0, orders = 0;
    double cost = 0, costDone = 0;
    int signoffs = 0, changed = 0;
    QMap<QString, QPair<int, int>> phases;
    for (const QString &path : f.units) {
        const QJsonObject s = statusJson(path);
        actions += s.value(QStringLiteral("actions")).toInt();
        done += s.value(QStringLiteral("actions_done")).toInt();
        overdue += s.value(QStringLiteral("overdue_actions")).toInt();
        risks += s.value(QStringLiteral("risks")).toInt();
        above += s.value(QStringLiteral("risks_above_acceptable")).toInt();
        open += s.value(QStringLiteral("open_deviations")).toInt();
        supervisions += s.value(QStringLiteral("supervisions")).toInt();
        orders += s.value(QStringLiteral("open_orders")).toInt();
        cost += s.value(QStringLiteral("action_cost")).toDouble();
        costDone += s.value(QStringLiteral("action_cost_done")).toDouble();
        for (const QJsonValue &p : s.value(QStringLiteral("phases")).toArray()) {
            auto &sum = phases[p[QStringLiteral("phase")].toString()];
            sum.first += p[QStringLiteral("done")].toInt();
            sum.second += p[QStringLiteral("total")].toInt();
        }
        for (const QJsonValue &so : s.value(QStringLiteral("signoffs")).toArray()) {
            ++signoffs;
            changed += so[QStringLiteral("changed_since")].toBool();
        }
        // Each unit's row says what its own status says.
        const UnitSummary &u = unitAt(o, path);
        CHECK(u.status.actions == s.value(QStringLiteral("actions")).toInt());
        CHECK(u.status.overdueActions == s.value(QStringLiteral("overdue_actions")).toInt());
        CHECK(u.unitName == s.value(QStringLiteral("unit")).toString());
    }
    const FacultyTotals &t = o.totals;
    CHECK(actions > 0);
    CHECK(overdue > 0);
    CHECK(t.status.actions == actions);
    CHECK(t.status.actionsDone == done);
    CHECK(t.status.overdueActions == overdue);
    CHECK(t.status.risks == risks);
    CHECK(t.status.risksAboveAcceptable == above);
    CHECK(t.status.openDeviations == open);
    CHECK(t.status.supervisions == supervisions);
    CHECK(t.status.openOrders == orders);
    CHECK(t.status.actionCost == Approx(cost));
    CHECK(t.status.actionCostDone == Approx(costDone));
    CHECK(t.signOffsInForce == signoffs);
    CHECK(t.changedSinceSigning == changed);
    REQUIRE(t.status.phases.size() == phases.size());
    for (const PhaseProgress &p : t.status.phases) {
        CHECK(p.done == phases.value(p.phase).first);
        CHECK(p.total == phases.value(p.phase).second);
    }

    // Sign-off: one of each state, the changes counted.
    CHECK(t.signedOff == 1);
    CHECK(t.changedSinceSigning == 1);
    CHECK(t.notSigned == 2);
    const UnitSummary &c = unitAt(o, f.units[2]);
    CHECK(c.signOff == SignOffStatus::ChangedSince);
    CHECK(c.changesSinceSigning == 2);
    CHECK(c.signedBy == QStringLiteral("Linn Leder"));
    CHECK(unitAt(o, f.units[1]).signOff == SignOffStatus::Signed);
    CHECK(unitAt(o, f.units[0]).signOff == SignOffStatus::NotSigned);

    // The deviations: per tertial by category and by severity are two splits of the same cases.
    int byCategory = 0, bySeverity = 0;
    for (const TertialCounts &x : t.byCategory)
        byCategory += x[3];
    for (const TertialCounts &x : t.bySeverity)
        bySeverity += x[3];
    CHECK(byCategory > 0);
    CHECK(byCategory == t.figures.deviations);
    CHECK(bySeverity == byCategory);
    CHECK(t.figures.deviationsPerTertial[0] + t.figures.deviationsPerTertial[1] + t.figures.deviationsPerTertial[2]
          == t.figures.deviations);
    int redListed = 0;
    for (const UnitSummary &u : o.units)
        redListed += int(u.redRisks.size());
    CHECK(redListed == t.figures.risksByLevel[2]);
    CHECK(t.redRisks == redListed);
    int spread = 0;
    for (int n : t.checklistSpread)
        spread += n;
    CHECK(spread == t.units);
}

TEST_CASE("A unit file without the review year asked for is listed, not counted")
{
    Faculty f;
    const FacultyOverview o = rollUp(expandUnitPaths({f.dir.path()}), 2031, QDate(2031, 3, 1));
    CHECK(o.totals.units == 0);
    CHECK(o.totals.withoutYear == 4);
    CHECK(o.totals.refused == 1);
    for (const UnitSummary &u : o.units)
        if (u.refusal.isEmpty()) {
            CHECK_FALSE(u.unitName.isEmpty());
            CHECK(facultyReadState(u, QStringLiteral("en")).contains(QStringLiteral("no review year")));
        }
}

TEST_CASE("Two copies of one unit's file are counted once: the one changed last")
{
    Faculty f;
    const QString copy = f.path(QStringLiteral("institutt-a (kopi).db"));
    REQUIRE(QFile::copy(f.units[0], copy));
    {
        FileCheck check;
        auto file = UnitFile::open(copy, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(file);
        QString error;
        const Record goal = file->records(QStringLiteral("goal"), RecordFilter::ofYear(kYear)).constFirst();
        REQUIRE(file->update(QStringLiteral("goal"), goal.value(QStringLiteral("id")).toString(),
                             {{QStringLiteral("title"), QStringLiteral("Endret i kopien")}}, &error));
    }
    const FacultyOverview o = rollUp(expandUnitPaths({f.dir.path()}), kYear, kToday);
    CHECK(o.totals.units == 4);
    CHECK(o.totals.duplicates == 1);
    CHECK(unitAt(o, copy).duplicateOf.isEmpty());
    CHECK(unitAt(o, f.units[0]).duplicateOf == copy);
}

TEST_CASE("The faculty PDF prints the summary, the units, the AMU's deviations, sign-offs and red risks, in nb and en")
{
    Faculty f;
    const FacultyOverview o = rollUp(expandUnitPaths({f.dir.path()}), kYear, kToday);
    QTemporaryDir out;
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        const QString pdf = out.filePath(QStringLiteral("fakultet-%1.pdf").arg(lang));
        QString error;
        REQUIRE(writeFacultyOverview(o, pdf, {lang, 0}, &error));
        const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const char *unit : {"Institutt A", "Institutt B", "Institutt C"})
            CHECK(text.contains(QString::fromLatin1(unit)));
        CHECK(text.contains(QStringLiteral("notater.db")));
        CHECK(text.contains(QStringLiteral("Linn Leder")));
        const bool nb = lang == QLatin1String("nb");
        CHECK(text.contains(nb ? QStringLiteral("HMS-oversikt for fakultetet") : QStringLiteral("Faculty HSE overview")));
        CHECK(text.contains(nb ? QStringLiteral("Avvik per tertial") : QStringLiteral("Deviations per tertial")));
        CHECK(text.contains(nb ? QStringLiteral("Risikoer som fortsatt er røde etter tiltak")
                               : QStringLiteral("Risks still red after measures")));
        CHECK(text.simplified().contains(nb ? QStringLiteral("1 godkjent, 1 endret etter godkjenning, 2 ikke godkjent")
                                            : QStringLiteral("1 signed off, 1 changed since signing, 2 not signed off")));
        const QString info = toolOutput(QStringLiteral("pdfinfo"), {pdf});
        CHECK(info.contains(QStringLiteral("Pages:")));
        CHECK_FALSE(info.contains(QStringLiteral("Pages:           1\n")));
    }
    // The AMU's tertial: that tertial's column only.
    const QString pdf = out.filePath(QStringLiteral("t2.pdf"));
    QString error;
    REQUIRE(writeFacultyOverview(o, pdf, {QStringLiteral("en"), 2}, &error));
    const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Deviations in tertial 2")));
    CHECK_FALSE(text.contains(QStringLiteral("T3*")));
}

TEST_CASE("The faculty workbook reads back with the program's own reader: one row a file, numbers as numbers")
{
    Faculty f;
    const FacultyOverview o = rollUp(expandUnitPaths({f.dir.path()}), kYear, kToday);
    QString error;
    const QByteArray data = facultyXlsx(o, {QStringLiteral("en"), 0}, &error);
    REQUIRE(error.isEmpty());
    const auto book = xlsx::Workbook::open(data, &error);
    REQUIRE(book);
    CHECK(book->sheetNames().size() == 4);
    const auto units = book->sheet(0, &error);
    REQUIRE(units);
    const QList<FacultyColumn> columns = facultyColumns(QStringLiteral("en"));
    REQUIRE(units->header.size() == columns.size());
    CHECK(units->header.constFirst() == QStringLiteral("Unit"));
    REQUIRE(units->rows.size() == o.units.size());
    const int actionsColumn = int(units->header.indexOf(QStringLiteral("Actions overdue")));
    const int nameColumn = int(units->header.indexOf(QStringLiteral("Unit")));
    REQUIRE(actionsColumn > 0);
    int overdue = 0;
    for (const QVariantList &row : units->rows) {
        if (row[actionsColumn].isNull())
            continue;
        CHECK(row[actionsColumn].typeId() == QMetaType::Double); // sorts as a number in Excel
        overdue += int(row[actionsColumn].toDouble());
    }
    CHECK(overdue == o.totals.status.overdueActions);
    bool seenC = false;
    for (const QVariantList &row : units->rows)
        seenC |= row[nameColumn].toString() == QStringLiteral("Institutt C");
    CHECK(seenC);
    // The header is frozen, with a filter over every column, so each column sorts in Excel.
    const QByteArray sheetXml = iktest::partOf(data, "xl/worksheets/sheet1.xml");
    CHECK(sheetXml.contains("state=\"frozen\""));
    const int last = int(columns.size()) - 1; // more than 26 columns: two letters
    const QString lastColumn = QString(QChar(char16_t(u'A' + last / 26 - 1))) + QChar(char16_t(u'A' + last % 26));
    CHECK(sheetXml.contains(QStringLiteral("<autoFilter ref=\"A1:%1%2\"").arg(lastColumn).arg(o.units.size() + 1).toUtf8()));
}

TEST_CASE("rollup on the command line: FILE… or FOLDER, a progress line, the refused files named, never over a unit file")
{
    Faculty f;
    const QMap<QString, QByteArray> before = folderState(f.dir.path());
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("fakultet.csv"));
    iktest::CliResult r = iktest::runCli({QStringLiteral("rollup"), f.dir.path(), QStringLiteral("--year"), QString::number(kYear),
                                          QStringLiteral("--today"), kToday.toString(Qt::ISODate), QStringLiteral("-o"), csvPath,
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("read 5 of 5 unit files")));
    CHECK(r.err.contains(QStringLiteral("notater.db")));
    CHECK(r.out.contains(QStringLiteral("4 unit(s) counted")));
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    QString error;
    const auto table = csv::parse(csvFile.readAll(), &error);
    REQUIRE(table);
    CHECK(table->header.constFirst() == QStringLiteral("unit"));
    CHECK(table->rows.size() == 5);
    CHECK(folderState(f.dir.path()) == before);

    // Files named one by one, in bokmål: the refusal in bokmål too.
    const QString pdf = out.filePath(QStringLiteral("fakultet.pdf"));
    r = iktest::runCli({QStringLiteral("rollup"), f.units[0], f.units[1], f.path(QStringLiteral("notater.db")), QStringLiteral("--year"),
                        QString::number(kYear), QStringLiteral("-o"), pdf});
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("ikke en")));
    CHECK(QFileInfo(pdf).size() > 1000);

    // Never over one of the unit files read, and a wrong option is refused before anything is read.
    r = iktest::runCli({QStringLiteral("rollup"), f.dir.path(), QStringLiteral("--year"), QString::number(kYear),
                        QStringLiteral("-o"), f.units[1]});
    CHECK(r.exitCode == 1);
    r = iktest::runCli({QStringLiteral("rollup"), f.dir.path(), QStringLiteral("--year"), QString::number(kYear), QStringLiteral("-o"),
                        out.filePath(QStringLiteral("x.pdf")), QStringLiteral("--tertial"), QStringLiteral("4")});
    CHECK(r.exitCode == 1);
    r = iktest::runCli({QStringLiteral("rollup"), f.dir.path(), QStringLiteral("-o"), out.filePath(QStringLiteral("x.docx")),
                        QStringLiteral("--year"), QString::number(kYear)});
    CHECK(r.exitCode == 1);
    CHECK(folderState(f.dir.path()) == before);
}
