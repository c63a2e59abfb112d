// User text comes out exactly as it was typed: "%1", "%n", markup and entities are characters,
// never placeholders or HTML, wherever the program shows them (the terminal, the annual report,
// the tertial report). Control characters a file holds from before are shown, never obeyed.
#include "catch.h"
#include "testsupport.h"

#include "core/report/reportrenderer.h"
#include "core/report/tertialreport.h"
#include "core/store/unitfile.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace iktest;

namespace {

// What a hostile or careless user might type, with the field's name in front to tell them apart.
QString hostile(const char *field)
{
    return QString::fromLatin1(field) + QStringLiteral(" %1 %2 %n %L1 <b>høyt</b> &amp; &lt;i&gt;");
}

QString pdfText(const QString &pdf, bool layout)
{
    return iktest::runProgram(QStringLiteral("pdftotext"), {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"),
                                                             QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                              60000)
        .out.normalized(QString::NormalizationForm_KC);
}

QString pdfTitle(const QString &pdf)
{
    static const QRegularExpression title(QStringLiteral("^Title:\\s+(.*)$"), QRegularExpression::MultilineOption);
    return title.match(iktest::runProgram(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf}, 60000).out)
        .captured(1);
}

QString collapsed(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.replace(space, QStringLiteral(" ")).trimmed();
}

struct HostileUnit
{
    QString path;
    QStringList texts; // every free text put in, as typed
};

HostileUnit hostileUnit(const QTemporaryDir &dir)
{
    HostileUnit u;
    u.path = dir.filePath(QStringLiteral("hostile.db"));
    QString error;
    auto file = ik::UnitFile::create(u.path, {hostile("Unit"), 2026, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    u.texts << hostile("Unit");
    const auto add = [&](const char *table, ik::Record values, const QStringList &freeText) {
        for (const QString &column : freeText) {
            const QString text = hostile(column.toLatin1().constData());
            values.insert(column, text);
            u.texts << text;
        }
        const QString id = file->insert(QString::fromLatin1(table), values, &error);
        INFO(error.toStdString());
        REQUIRE(!id.isEmpty());
        return id;
    };
    const QString person = add("person", {}, {QStringLiteral("name")});
    const QString action = add("action", {{QStringLiteral("year"), 2026}, {QStringLiteral("deadline"), QStringLiteral("2026-03-01")},
                                          {QStringLiteral("responsible_id"), person}},
                               {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("effect_note"), QStringLiteral("archive_ref")});
    add("goal", {{QStringLiteral("year"), 2026}},
        {QStringLiteral("title"), QStringLiteral("measure"), QStringLiteral("evaluation"), QStringLiteral("description")});
    const QString assessment = add("risk_assessment", {{QStringLiteral("year"), 2026}}, {QStringLiteral("title")});
    const QString risk = add("risk", {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("number"), 1},
                                      {QStringLiteral("probability_before"), 4}, {QStringLiteral("owner_id"), person}},
                             {QStringLiteral("event"), QStringLiteral("proposed_measures")});
    REQUIRE(!file->insert(QStringLiteral("risk_consequence"), {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("health")},
                                                              {QStringLiteral("consequence_before"), 4}}, &error).isEmpty());
    add("deviation", {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-02-03")},
                      {QStringLiteral("action_id"), action}},
        {QStringLiteral("case_number"), QStringLiteral("title")});
    add("report_text", {{QStringLiteral("year"), 2026}, {QStringLiteral("section"), QStringLiteral("ra3a")}}, {QStringLiteral("body")});
    return u;
}

} // namespace

TEST_CASE("%1, %n, markup and entities in every free-text field come out as typed: status, annual report, tertial report")
{
    QTemporaryDir dir;
    const HostileUnit u = hostileUnit(dir);

    // The terminal: the unit's name and the overdue action, as typed.
    auto r = runCli({QStringLiteral("status"), u.path, QStringLiteral("--today"), QStringLiteral("2026-06-15")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(hostile("Unit") + QStringLiteral(" — review year 2026")));
    CHECK(r.out.contains(QStringLiteral("2026-03-01  ") + hostile("title")));

    // The annual report: every text in the body, and the running header on every page but the cover.
    const QString pdf = dir.filePath(QStringLiteral("annual.pdf"));
    r = runCli({QStringLiteral("report"), u.path, QStringLiteral("-o"), pdf, QStringLiteral("--date"), QStringLiteral("2026-06-15")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString raw = pdfText(pdf, false);
    const QString body = collapsed(raw);
    for (const QString &text : u.texts) {
        if (text.startsWith(QLatin1String("case_number"))) // deviations are counted in the annual report, not listed
            continue;
        INFO(text.toStdString());
        CHECK(body.contains(text));
    }
    const QString header = hostile("Unit") + QStringLiteral(" – 2026 – UTKAST"); // not signed off: a draft
    int headers = 0;
    for (const QString &line : raw.split(QLatin1Char('\n')))
        headers += QString(line).remove(QLatin1Char('\f')).trimmed() == header;
    CHECK(headers >= 3);
    CHECK(raw.count(QStringLiteral("2026 %n")) == 0); // "%1" replaced by the year somewhere
    CHECK_FALSE(raw.contains(QStringLiteral("– %2")));
    CHECK(pdfTitle(pdf) == QStringLiteral("HMS-årsrapport 2026 – ") + hostile("Unit"));

    // The tertial report: its header, the deviation and the action it led to.
    const QString tertial = dir.filePath(QStringLiteral("t1.pdf"));
    r = runCli({QStringLiteral("tertial"), u.path, QStringLiteral("--tertial"), QStringLiteral("1"), QStringLiteral("-o"), tertial});
    REQUIRE(r.exitCode == 0);
    const QString tertialText = collapsed(pdfText(tertial, false));
    for (const char *field : {"Unit", "case_number", "title"}) {
        INFO(field);
        CHECK(tertialText.contains(hostile(field)));
    }
    CHECK(pdfTitle(tertial) == QStringLiteral("Avvik, 1. tertial 2026 – ") + hostile("Unit"));
}

TEST_CASE("Control characters and direction overrides a file holds from before are shown in the PDF, not obeyed")
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto file = ik::UnitFile::create(path, {QStringLiteral("Lab"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        REQUIRE(!file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-02-03")},
                                                           {QStringLiteral("title"), QStringLiteral("Glatt")}}, &error).isEmpty());
    }
    QFile::remove(path + QStringLiteral(".lock"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE unit SET name = 'Lab ' || char(8238) || 'cba ' || char(27) || '[31m'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE deviation SET title = 'Glatt ' || char(8297) || 'gulv' || char(0) || 'skjult'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const QString tertial = dir.filePath(QStringLiteral("t1.pdf"));
    const auto r = runCli({QStringLiteral("tertial"), path, QStringLiteral("--tertial"), QStringLiteral("1"), QStringLiteral("-o"), tertial});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(tertial, false);
    CHECK(text.contains(QStringLiteral("Lab <U+202E>cba <U+001B>[31m")));
    CHECK(collapsed(text).contains(QStringLiteral("Glatt <U+2069>gulv<U+0000>skjult"))); // a cell may wrap
    for (const QChar c : {QChar(0x202E), QChar(0x2069), QChar(0x1b), QChar(0)})
        CHECK_FALSE(text.contains(c));
}
