#include "catch.h"
#include "testsupport.h"

#include "core/store/schema.h"

#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace iktest;

namespace {
QJsonDocument json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()); }
}

TEST_CASE("demo, check and status work on a fresh demo unit")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")});
    REQUIRE(r.exitCode == 0);
    r = runCli({QStringLiteral("check"), path});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2024, 2025, 2026")));
    r = runCli({QStringLiteral("status"), path, QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-06-15")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject status = json(r.out).object();
    CHECK(status.value(QStringLiteral("year")).toInt() == 2026);
    CHECK(status.value(QStringLiteral("phases")).toArray().size() == 5);
    CHECK(status.value(QStringLiteral("risks")).toInt() == 40);
    CHECK(status.value(QStringLiteral("overdue")).toArray().size() > 0);
    CHECK(runCli({QStringLiteral("status"), path}).out.contains(QStringLiteral("Institutt for materialteknologi")));
}

TEST_CASE("demo --scale 1 has the documented size, and every table exports as JSON")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--seed"), QStringLiteral("7")}).exitCode == 0);
    const auto rows = [&](const QString &table) {
        const auto r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), table, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        return json(r.out).array();
    };
    CHECK(rows(QStringLiteral("person")).size() == 40);
    CHECK(rows(QStringLiteral("legal_requirement")).size() == 30);
    CHECK(rows(QStringLiteral("risk")).size() == 50); // 40 this year, 5 in each of the two before
    CHECK(rows(QStringLiteral("deviation")).size() == 120);
    CHECK(rows(QStringLiteral("action")).size() == 51);
    CHECK(rows(QStringLiteral("training_record")).size() == 60);
    CHECK(rows(QStringLiteral("inspection_finding")).size() == 28);
    const QJsonObject risk = rows(QStringLiteral("risk")).first().toObject();
    for (const char *key : {"probability_before", "probability_after", "consequence_before", "consequence_after",
                            "category_before", "category_after", "value_before", "level_before", "value_after", "level_after"})
        CHECK(risk.contains(QString::fromLatin1(key)));
    for (const ik::TableDef &t : ik::schema::tables()) {
        INFO(t.name.toStdString());
        const auto r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), t.name, QStringLiteral("--format"), QStringLiteral("json")});
        CHECK(r.exitCode == 0);
        CHECK(json(r.out).isArray());
    }
}

TEST_CASE("export --all gives every table from one process: JSON, a folder of CSV files, one workbook")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    const auto exported = [&](const QString &table, const QString &format) {
        const auto r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), table, QStringLiteral("--format"), format});
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    const auto all = runCli({QStringLiteral("export"), path, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(all.exitCode == 0);
    const QJsonObject tables = json(all.out).object();
    CHECK(tables.size() == ik::schema::tables().size());
    // With -o the JSON is written to the file in pieces as it is made (the demo's is some 500 kB,
    // more than one piece): the same bytes as on standard output.
    const QString jsonFile = dir.filePath(QStringLiteral("all.json"));
    REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("-o"), jsonFile}).exitCode == 0);
    QFile written(jsonFile);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.size() > 300 * 1024);
    CHECK(QString::fromUtf8(written.readAll()) == all.out);
    const QString folder = dir.filePath(QStringLiteral("csv"));
    REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("--all"), QStringLiteral("-o"), folder}).exitCode == 0);
    for (const ik::TableDef &t : ik::schema::tables()) {
        INFO(t.name.toStdString());
        // The same rows, field for field, as the table exported alone.
        CHECK(tables.value(t.name).toArray() == json(exported(t.name, QStringLiteral("json"))).array());
        QFile csv(QDir(folder).filePath(t.name + QStringLiteral(".csv")));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(csv.readAll()) == exported(t.name, QStringLiteral("csv")));
    }
    CHECK(tables.value(QStringLiteral("deviation")).toArray().size() == 120);
    const QString xlsx = dir.filePath(QStringLiteral("all.xlsx"));
    REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("--all"), QStringLiteral("-o"), xlsx}).exitCode == 0);
    CHECK(QFileInfo(xlsx).size() > 10000);
    // Never over the unit file, and one kind of export at a time.
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("-o"), path}).exitCode != 0);
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("--all"), QStringLiteral("--table"), QStringLiteral("goal")}).exitCode != 0);
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("--all")}).exitCode != 0); // csv needs a folder
}

TEST_CASE("demo --scale multiplies and --seed reproduces")
{
    QTemporaryDir dir;
    const auto exportTitles = [&](const QString &name, const QString &seed, const QString &scale) {
        const QString path = dir.filePath(name);
        REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--seed"), seed, QStringLiteral("--scale"), scale, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
        QStringList titles;
        for (const QJsonValue &v : json(runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("deviation"), QStringLiteral("--format"), QStringLiteral("json")}).out).array())
            titles << v.toObject().value(QStringLiteral("title")).toString() + v.toObject().value(QStringLiteral("reported_on")).toString();
        return titles;
    };
    const QStringList a = exportTitles(QStringLiteral("a.db"), QStringLiteral("3"), QStringLiteral("1"));
    CHECK(a == exportTitles(QStringLiteral("b.db"), QStringLiteral("3"), QStringLiteral("1")));
    CHECK(a != exportTitles(QStringLiteral("c.db"), QStringLiteral("4"), QStringLiteral("1")));
    CHECK(exportTitles(QStringLiteral("d.db"), QStringLiteral("3"), QStringLiteral("3")).size() == 3 * a.size());
}

TEST_CASE("template --json lists items whose IDs cover the guideline")
{
    const auto r = runCli({QStringLiteral("template"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    QSet<QString> covered;
    for (const QJsonValue &item : json(r.out).object().value(QStringLiteral("items")).toArray())
        for (const QJsonValue &id : item.toObject().value(QStringLiteral("requirements")).toArray())
            covered.insert(id.toString());
    QFile f(QStringLiteral(IK_SOURCE_DIR "/docs/requirements.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    static const QRegularExpression row(QStringLiteral("^\\| ((?:IG|KA|PL|FO|RA|IK)-\\d+) \\|"), QRegularExpression::MultilineOption);
    int ids = 0;
    for (auto it = row.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext(); ++ids)
        CHECK(covered.contains(it.next().captured(1)));
    CHECK(ids == 36);
}

TEST_CASE("new, import and export round-trip; a bad import changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.db"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), QStringLiteral("Seksjon for HMS"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), QStringLiteral("X"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 1);
    writeFile(dir.filePath(QStringLiteral("good.csv")), "case_number;reported_on;category;title\nK-1;12.03.2026;near_miss;Glatt gulv\nK-2;2026-09-01;injury;\"Kutt; finger\"\n");
    writeFile(dir.filePath(QStringLiteral("bad.csv")), "case_number;reported_on;title\nK-3;2026-01-01;Ok\nK-4;someday;Bad\n");
    auto r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("good.csv"))});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 2")));
    const QByteArray before = fileHash(path);
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("bad.csv"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("line 3, column 2")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(fileHash(path) == before);
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("deviation")});
    CHECK(r.out.contains(QStringLiteral("\"Kutt; finger\"")));
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("nope")}).exitCode == 1);
}

TEST_CASE("Every subcommand answers --help")
{
    for (const char *c : {"new", "demo", "check", "status", "template", "export", "import"}) {
        const auto r = runCli({QString::fromLatin1(c), QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Usage")));
    }
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 1);
}

TEST_CASE("newyear asks for last year's goals, starts once, and calendar writes the deadlines")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("y.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    auto r = runCli({QStringLiteral("newyear"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("evaluate last year's goals")));
    r = runCli({QStringLiteral("newyear"), path, QStringLiteral("--goals-later")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Started review year 2027")));
    r = runCli({QStringLiteral("newyear"), path, QStringLiteral("--year"), QStringLiteral("2027")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("nothing was changed")));
    const QString ics = dir.filePath(QStringLiteral("hms.ics"));
    REQUIRE(runCli({QStringLiteral("calendar"), path, QStringLiteral("-o"), ics}).exitCode == 0);
    QFile f(ics);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    CHECK(data.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(data.count("BEGIN:VEVENT") > 30);
}

TEST_CASE("matrix draws the year's risks as PNG or SVG and refuses other formats")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path}).exitCode == 0);
    const QString png = dir.filePath(QStringLiteral("m.png"));
    REQUIRE(runCli({QStringLiteral("matrix"), path, QStringLiteral("-o"), png, QStringLiteral("--after")}).exitCode == 0);
    QFile f(png);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QString svg = dir.filePath(QStringLiteral("m.svg"));
    REQUIRE(runCli({QStringLiteral("matrix"), path, QStringLiteral("-o"), svg, QStringLiteral("--both")}).exitCode == 0);
    QFile s(svg);
    REQUIRE(s.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(s.readAll());
    CHECK(xml.contains(QStringLiteral("<svg")));
    CHECK(xml.contains(QStringLiteral("Sannsynlighet"))); // the axis, as text in the picture
    CHECK(runCli({QStringLiteral("matrix"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("m.gif"))}).exitCode == 1);
    CHECK(runCli({QStringLiteral("matrix"), path, QStringLiteral("-o"), png, QStringLiteral("--year"), QStringLiteral("1999")}).exitCode == 1);
}

TEST_CASE("import, newyear, signoff and merge refuse a read-only file and leave it as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    const QString csv = dir.filePath(QStringLiteral("dev.csv"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(writeFile(csv, "case_number;reported_on;title\nK-9;2026-02-01;Glatt gulv\n"));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    const QList<QStringList> writes{
        {QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), csv},
        {QStringLiteral("newyear"), path, QStringLiteral("--goals-later")},
        {QStringLiteral("signoff"), path, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--name"),
         QStringLiteral("Linn Leder"), QStringLiteral("--role"), QStringLiteral("Instituttleder")},
        {QStringLiteral("merge"), path, copy}};
    for (const QStringList &args : writes) {
        INFO(args.first().toStdString());
        const CliResult r = runCli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("internkontroll-cli: The file is read-only.")));
    }
    CHECK(fileHash(path) == before);
    CHECK(runCli({QStringLiteral("merge"), path, copy, QStringLiteral("--dry-run")}).exitCode == 0);
}

TEST_CASE("No command writes its output over the unit file, its journal or its lock, by any name")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unit.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    QFile::remove(path + QStringLiteral(".lock"));
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("link.csv"))));
    REQUIRE(QFile::link(path + QStringLiteral("-journal"), dir.filePath(QStringLiteral("dangling.ics"))));
    const QByteArray before = fileHash(path);
    const QStringList names{path,
                            dir.filePath(QStringLiteral("./unit.db")),
                            dir.filePath(QStringLiteral("sub/../unit.db")),
                            dir.filePath(QStringLiteral("link.csv")),
                            dir.filePath(QStringLiteral("dangling.ics")),
                            path + QStringLiteral("-journal"),
                            path + QStringLiteral(".lock")};
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    for (const QString &out : names) {
        const QList<QStringList> commands{
            {QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("person"), QStringLiteral("-o"), out},
            {QStringLiteral("calendar"), path, QStringLiteral("-o"), out},
            {QStringLiteral("tertial"), path, QStringLiteral("--tertial"), QStringLiteral("1"), QStringLiteral("-o"), out},
            {QStringLiteral("report"), path, QStringLiteral("-o"), out}};
        for (const QStringList &args : commands) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const CliResult r = runCli(args);
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(QStringLiteral("is the unit file itself")));
        }
    }
    // The matrix needs its extension; the same names with it, through links.
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("link.png"))));
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("link.svg"))));
    for (const char *out : {"link.png", "link.svg"}) {
        const CliResult r = runCli({QStringLiteral("matrix"), path, QStringLiteral("-o"), dir.filePath(QString::fromLatin1(out))});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is the unit file itself")));
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    // Another name in the same folder is written.
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("person"), QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("unit.db.csv"))}).exitCode == 0);
}

namespace {
// A small tmpfs: a disk that fills up. Only root may mount one (the CI machine); where that
// fails, the test that needs it says so and passes over the full-disk case.
struct SmallDisk
{
    QString path;
    bool mounted = false;
    SmallDisk(const QTemporaryDir &dir, const char *size)
        : path(dir.filePath(QStringLiteral("small")))
    {
        QDir(dir.path()).mkdir(QStringLiteral("small"));
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                              QStringLiteral("size=") + QLatin1String(size), QStringLiteral("tmpfs"), path}) == 0;
        if (!mounted)
            WARN("cannot mount a small tmpfs here (not root?): the full-disk case is not tested");
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {path});
    }
};
} // namespace

TEST_CASE("A failed write of an output leaves the file that was there before")
{
    // A full disk: four pages, filled by the old file.
    QTemporaryDir dir;
    const SmallDisk disk(dir, "16k");
    if (!disk.mounted)
        return;
    const QString mount = disk.path;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    const QString out = mount + QStringLiteral("/deviations.csv");
    const QByteArray old(16000, 'x');
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("deviation"), QStringLiteral("-o"), out},
             {QStringLiteral("calendar"), path, QStringLiteral("-o"), out},
             {QStringLiteral("tertial"), path, QStringLiteral("--tertial"), QStringLiteral("1"), QStringLiteral("-o"), out}}) {
        INFO(args.first().toStdString());
        REQUIRE(writeFile(out, old));
        const CliResult r = runCli(args);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("Cannot write")));
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == old);
    }
}

TEST_CASE("import reads a Windows-1252 or UTF-16 file from Excel with its æøå, and refuses an encoding it cannot tell")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.db"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), QStringLiteral("Lab"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    // "CSV (semikolonseparert)" from Excel on Norwegian Windows: Windows-1252, CRLF.
    REQUIRE(writeFile(dir.filePath(QStringLiteral("cp1252.csv")),
                      "case_number;reported_on;title\r\nK-1;01.03.2026;Bl\xE5tt s\xF8l i \xC6rfuglveien \x96 \xC5se og \xD8ystein \xE6sj\r\n"));
    // "Unicode text" from Excel: UTF-16 LE with a byte-order mark.
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : QStringLiteral("case_number;reported_on;title\r\nK-2;2026-03-02;Åpen dør i båtskjulet\r\n"))
        utf16 += char(c.unicode() & 0xFF), utf16 += char(c.unicode() >> 8);
    REQUIRE(writeFile(dir.filePath(QStringLiteral("utf16.csv")), utf16));
    for (const char *name : {"cp1252.csv", "utf16.csv"}) {
        INFO(name);
        const CliResult r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QString::fromLatin1(name))});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Imported 1 row(s)")));
    }
    const QJsonArray rows = json(runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("deviation"),
                                         QStringLiteral("--format"), QStringLiteral("json")}).out).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Blått søl i Ærfuglveien – Åse og Øystein æsj"));
    CHECK(rows[1].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Åpen dør i båtskjulet"));
    // The same UTF-16 without its byte-order mark: refused, saying why, and nothing imported.
    const QByteArray before = fileHash(path);
    REQUIRE(writeFile(dir.filePath(QStringLiteral("nobom.csv")), utf16.mid(2)));
    const CliResult r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("nobom.csv"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(r.err.contains(QStringLiteral("UTF-16 or UTF-32 without a byte-order mark")));
    CHECK(fileHash(path) == before);
}

namespace {
// Writes a value straight into a unit file, as a program before these rules (or another one) may
// have left it; the file stays sound.
void storeRaw(const QString &path, const QString &sql, const QString &value)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(sql));
        q.addBindValue(value);
        REQUIRE(q.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("Control characters and direction overrides are refused in every text field, and shown visibly when a file has them")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ctl.db"));
    const QString esc = QStringLiteral("Lab\x1b[2J\x1b[31mRød");
    const QString rlo = QStringLiteral("Lab %1gnilaes").arg(QChar(0x202E));
    auto r = runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), esc, QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Unit name contains a control character (U+001B)")));
    CHECK_FALSE(r.err.contains(QChar(0x1b)));
    CHECK_FALSE(QFileInfo::exists(path));
    r = runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), rlo, QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Unit name contains a direction control (U+202E)")));
    CHECK_FALSE(QFileInfo::exists(path));

    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), QStringLiteral("Lab"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    QFile::remove(path + QStringLiteral(".lock"));
    const QByteArray before = fileHash(path);
    const QList<std::pair<QByteArray, QString>> bad{
        {QByteArray("reported_on;title\n2026-03-01;Ok\n2026-03-02;NUL\0hidden\n", 51), QStringLiteral("line 3, column 2 (title): Title contains a control character (U+0000)")},
        {"reported_on;title;description\n2026-03-01;Ok;\"bell\a\"\n", QStringLiteral("line 2, column 3 (description): Description contains a control character (U+0007)")},
        {"reported_on;title;location\n2026-03-01;Ok;Lab\x7f\n", QStringLiteral("line 2, column 3 (location): Location contains a control character (U+007F)")},
        {"reported_on;title\n2026-03-01;Ok \xC2\x9B" "31m\n", QStringLiteral("line 2, column 2 (title): Title contains a control character (U+009B)")},
        {"reported_on;title\n2026-03-01;Ok \xE2\x81\xA6x\n", QStringLiteral("line 2, column 2 (title): Title contains a direction control (U+2066)")}};
    for (const auto &[csv, message] : bad) {
        INFO(message.toStdString());
        REQUIRE(writeFile(dir.filePath(QStringLiteral("bad.csv")), csv));
        r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("bad.csv"))});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(message));
        CHECK(fileHash(path) == before);
    }
    // Tabs, line breaks and the marks of mixed-direction text are text; CRLF is kept as LF.
    REQUIRE(writeFile(dir.filePath(QStringLiteral("good.csv")),
                      "reported_on;title;description\r\n2026-03-01;Ok \xE2\x80\x8F" "abc;\"to\r\nlinjer\tog tab\"\r\n"));
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("good.csv"))});
    CHECK(r.exitCode == 0);
    const QJsonArray rows = json(runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("deviation"),
                                         QStringLiteral("--format"), QStringLiteral("json")}).out).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("description")).toString() == QStringLiteral("to\nlinjer\tog tab"));

    // A file that holds them from before: the terminal shows them as <U+…>, never raw.
    storeRaw(path, QStringLiteral("UPDATE unit SET name = ?"), esc + QStringLiteral(" ") + rlo + QStringLiteral("\rX"));
    r = runCli({QStringLiteral("status"), path});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Lab<U+001B>[2J<U+001B>[31mRød Lab <U+202E>gnilaes")));
    for (const QChar c : {QChar(0x1b), QChar(0x202E), QChar(u'\r')})
        CHECK_FALSE(r.out.contains(c));
    r = runCli({QStringLiteral("check"), path});
    CHECK(r.out.contains(QStringLiteral("Lab<U+001B>[2J")));
}

TEST_CASE("An import onto a full disk says so, imports nothing and leaves the file whole at once")
{
    QTemporaryDir dir;
    const SmallDisk disk(dir, "1m");
    if (!disk.mounted)
        return;
    const QString path = disk.path + QStringLiteral("/unit.db");
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), QStringLiteral("Lab"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    const QByteArray before = fileHash(path);
    QByteArray csv = "case_number;reported_on;title;description\n";
    for (int i = 0; i < 20000; ++i)
        csv += "K-" + QByteArray::number(i) + ";2026-03-01;Glatt gulv;" + QByteArray(200, 'x') + "\n";
    REQUIRE(writeFile(dir.filePath(QStringLiteral("big.csv")), csv));
    const CliResult r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("deviation"), dir.filePath(QStringLiteral("big.csv"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("nothing was imported. The disk is full (or the file has reached its size limit). Free some space and try again.")));
    CHECK_FALSE(r.err.contains(QStringLiteral("line ")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Unable to fetch row")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(fileHash(path) == before);
    const CliResult status = runCli({QStringLiteral("status"), path});
    CHECK(status.exitCode == 0);
    CHECK(status.out.startsWith(QStringLiteral("Lab — review year 2026")));
    CHECK_FALSE(runCli({QStringLiteral("check"), path}).out.contains(QStringLiteral("interrupted")));
}

TEST_CASE("Two copies that each start a year and merge both ways end with the same years, locked alike")
{
    // Issue 15, item 4: B's lock of 2026, made after B had received 2026 from A, reached A.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("A.db")), b = dir.filePath(QStringLiteral("B.db"));
    REQUIRE(runCli({QStringLiteral("new"), a, QStringLiteral("--unit"), QStringLiteral("Lab"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode == 0);
    REQUIRE(QFile::copy(a, b));
    REQUIRE(runCli({QStringLiteral("newyear"), a}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("merge"), b, a}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("newyear"), b}).exitCode == 0);
    const auto merged = runCli({QStringLiteral("merge"), a, b});
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QStringLiteral("locked → “1”")));
    REQUIRE(runCli({QStringLiteral("merge"), b, a}).exitCode == 0);
    const auto years = [](const QString &path) {
        const auto r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("review_year"), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        QStringList out;
        for (const QJsonValue &v : json(r.out).array())
            out << QStringLiteral("%1 %2 %3").arg(v[QStringLiteral("year")].toInt()).arg(v[QStringLiteral("status")].toString()).arg(v[QStringLiteral("locked")].toVariant().toString());
        out.sort();
        return out;
    };
    CHECK(years(a) == QStringList{QStringLiteral("2025 closed 1"), QStringLiteral("2026 closed 1"), QStringLiteral("2027 open 0")});
    CHECK(years(b) == years(a));
    const auto again = runCli({QStringLiteral("merge"), a, b});
    CHECK(again.out.contains(QStringLiteral("0 new record(s), 0 changed field(s), 0 deletion(s), 0 conflict(s)")));
}

TEST_CASE("After a sign-off, the risk matrix cannot be imported around it, and a new person shows as a change")
{
    // Issue 15, item 11: 25 imported matrix_cell rows made every risk acceptable (and doubled the
    // cells) while status still said "unchanged since".
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("signoff"), path, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--name"), QStringLiteral("Linn Leder"), QStringLiteral("--role"), QStringLiteral("Instituttleder")}).exitCode == 0);
    const auto status = [&] { return runCli({QStringLiteral("status"), path, QStringLiteral("--year"), QStringLiteral("2026")}).out; };
    const QString before = status();
    REQUIRE(before.contains(QStringLiteral("unchanged since")));
    QByteArray cells("probability,consequence,level\n");
    for (int p = 1; p <= 5; ++p)
        for (int c = 1; c <= 5; ++c)
            cells += QStringLiteral("%1,%2,acceptable\n").arg(p).arg(c).toUtf8();
    const QString csv = dir.filePath(QStringLiteral("cells.csv"));
    REQUIRE(writeFile(csv, cells));
    const QByteArray hash = fileHash(path);
    for (const char *table : {"matrix_cell", "matrix_axis", "matrix_category"}) {
        const auto r = runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QString::fromLatin1(table), csv});
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(QStringLiteral("risk matrix")));
    }
    CHECK(fileHash(path) == hash);
    CHECK(status() == before);
    const QString people = dir.filePath(QStringLiteral("people.csv"));
    REQUIRE(writeFile(people, "name\nNy Person\n"));
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("person"), people}).exitCode == 0);
    CHECK(status().contains(QStringLiteral("CHANGED since sign-off (changes logged: 1)")));
}

TEST_CASE("A lock left by another computer refuses writing commands until --break-lock breaks it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("delt.db"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"), QStringLiteral("Lab"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode == 0);
    // As QLockFile writes it, on a laptop that crashed two days ago.
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\ninternkontroll\nlaptop-kari\n0123456789abcdef0123456789abcdef\nboot\n");
    REQUIRE(lock.flush());
    REQUIRE(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    lock.close();
    const QByteArray hash = fileHash(path);

    auto r = runCli({QStringLiteral("newyear"), path});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("laptop-kari")));
    CHECK(r.err.contains(QStringLiteral("4242")));
    CHECK(r.err.contains(QStringLiteral("nothing was changed")));
    CHECK(r.err.contains(QStringLiteral("--break-lock")));
    CHECK_FALSE(r.err.contains(QStringLiteral("read-only here"))); // the command does not stay open
    CHECK(fileHash(path) == hash);
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));

    r = runCli({QStringLiteral("newyear"), path, QStringLiteral("--break-lock")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Started review year 2026")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))); // taken, and released on exit
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("review_year"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json(r.out).array().size() == 2);
}
