// Find in Year: the search over every register of a review year (core/review/yearsearch.h).

#include "catch.h"

#include "core/review/demounit.h"
#include "core/review/yearsearch.h"
#include "core/store/unitfile.h"

#include <QSet>
#include <QTemporaryDir>

using namespace ik;

namespace {

std::unique_ptr<UnitFile> demoFile(const QTemporaryDir &dir)
{
    QString error;
    DemoOptions options;
    options.year = 2026;
    options.asOf = QDate(2026, 11, 1);
    auto file = createDemo(dir.filePath(QStringLiteral("search.db")), options, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}

QString add(UnitFile &file, const QString &table, const Record &values)
{
    QString error;
    const QString id = file.insert(table, values, &error);
    INFO(error.toStdString());
    REQUIRE(!id.isEmpty());
    return id;
}

const YearMatch *matchOf(const YearSearch &found, const QString &id)
{
    for (const YearMatch &m : found.matches)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace

TEST_CASE("Find in Year finds a text in every register of the year, ignoring case in æøå too", "[yearsearch]")
{
    QTemporaryDir dir;
    auto file = demoFile(dir);
    const QString deviation = add(*file, QStringLiteral("deviation"),
                                  {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-02")},
                                   {QStringLiteral("case_number"), QStringLiteral("AV-2026-77")},
                                   {QStringLiteral("title"), QStringLiteral("Lekkasje i kjelleren på LAB-ØST")}});
    const QString action = add(*file, QStringLiteral("action"),
                               {{QStringLiteral("year"), 2026},
                                {QStringLiteral("title"), QStringLiteral("Tett taket"),
                                },
                                {QStringLiteral("description"), QStringLiteral("Rørleggeren ser på lab-øst i uke 12.\nDeretter maling.")}});
    const QString lastYear = add(*file, QStringLiteral("deviation"),
                                 {{QStringLiteral("year"), 2025}, {QStringLiteral("reported_on"), QStringLiteral("2025-03-02")},
                                  {QStringLiteral("title"), QStringLiteral("Lab-Øst var stengt")}});

    const YearSearch found = searchYear(*file, 2026, QStringLiteral("lab-øst"), QStringLiteral("nb"));
    const YearMatch *inDeviations = matchOf(found, deviation);
    const YearMatch *inActions = matchOf(found, action);
    REQUIRE(inDeviations);
    REQUIRE(inActions);
    CHECK(!matchOf(found, lastYear)); // another year's record
    CHECK(inDeviations->table == QStringLiteral("deviation"));
    CHECK(inDeviations->field == QStringLiteral("title"));
    CHECK(inDeviations->recordName == QStringLiteral("Lekkasje i kjelleren på LAB-ØST"));
    CHECK(inDeviations->key == QStringLiteral("AV-2026-77")); // tells apart deviations of the same title
    CHECK(inActions->field == QStringLiteral("description"));
    CHECK(inActions->key.isEmpty());
    // The text around the match, on one line, with the match where it says.
    CHECK(!inActions->excerpt.contains(QLatin1Char('\n')));
    CHECK(inActions->excerpt.mid(inActions->matchStart, 7).compare(QStringLiteral("lab-øst"), Qt::CaseInsensitive) == 0);
    // Upper case finds lower case outside A–Z as well.
    CHECK(matchOf(searchYear(*file, 2026, QStringLiteral("RØRLEGGEREN"), QStringLiteral("nb")), action));
    CHECK(searchYear(*file, 2026, QStringLiteral("   "), QStringLiteral("nb")).matches.isEmpty());
}

TEST_CASE("Find in Year takes % and _ as letters and finds people by name", "[yearsearch]")
{
    QTemporaryDir dir;
    auto file = demoFile(dir);
    const QString half = add(*file, QStringLiteral("action"),
                             {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Verneutstyr 50% dekket")}});
    const QString fifty = add(*file, QStringLiteral("action"),
                              {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Verneutstyr 50 av 60")}});
    const YearSearch percent = searchYear(*file, 2026, QStringLiteral("50%"), QStringLiteral("en"));
    CHECK(matchOf(percent, half));
    CHECK(!matchOf(percent, fifty));
    CHECK(searchYear(*file, 2026, QStringLiteral("5_"), QStringLiteral("en")).matches.isEmpty());

    // A person's name finds what they are responsible for, by the responsible field.
    const QString person = add(*file, QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Åse Ødegård")}});
    const QString theirs = add(*file, QStringLiteral("action"),
                               {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Ny førstehjelpskasse")},
                                {QStringLiteral("responsible_id"), person}});
    const YearSearch byName = searchYear(*file, 2026, QStringLiteral("åse ødegård"), QStringLiteral("en"));
    const YearMatch *match = matchOf(byName, theirs);
    REQUIRE(match);
    CHECK(match->field == QStringLiteral("responsible_id"));
    CHECK(match->excerpt == QStringLiteral("Åse Ødegård"));
}

TEST_CASE("Find in Year searches the rows that belong to the year's records", "[yearsearch]")
{
    QTemporaryDir dir;
    auto file = demoFile(dir);
    // Every register with a match for a common word, and at least one of them a child table
    // (risks of an assessment, findings of a round), which has no year of its own.
    const YearSearch found = searchYear(*file, 2026, QStringLiteral("e"), QStringLiteral("nb"), 100000);
    QSet<QString> tables;
    for (const YearMatch &m : found.matches)
        tables.insert(m.table);
    CHECK(tables.size() >= 5);
    CHECK((tables.contains(QStringLiteral("risk")) || tables.contains(QStringLiteral("inspection_finding"))));
    CHECK(!found.truncated);
    const YearSearch few = searchYear(*file, 2026, QStringLiteral("e"), QStringLiteral("nb"), 3);
    CHECK(few.matches.size() == 3);
    CHECK(few.truncated);
}
