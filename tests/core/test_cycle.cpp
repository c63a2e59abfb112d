// The yearly cycle: starting the next year from the template's recurrence rules, carrying
// unfinished work forward, locking the closed year, and the deadline calendar.
#include "catch.h"
#include "testsupport.h"

#include "core/review/checklisttemplate.h"
#include "core/review/demounit.h"
#include "core/review/deviationstats.h"
#include "core/review/latestart.h"
#include "core/review/reviewyear.h"
#include "core/exchange/icalendar.h"
#include "core/store/unitfile.h"
#include "core/review/yearcomparison.h"
#include "core/review/yearrollover.h"
#include "core/risk/riskmatrix.h"

#include <QSet>
#include <QSqlQuery>

using namespace ik;

namespace {
DemoOptions demoOf2026()
{
    DemoOptions o;
    o.seed = 5;
    o.year = 2026;
    return o;
}

int countWhere(const UnitFile &f, const QString &sql)
{
    QSqlQuery q(f.database());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}
int itemsOf(const UnitFile &f, int year, const QString &recurrence)
{
    return countWhere(f, QStringLiteral("SELECT count(*) FROM checklist_item WHERE year = %1 AND recurrence = '%2'").arg(year).arg(recurrence));
}
} // namespace

TEST_CASE("A demo unit rolled over twice gets the right duties each year")
{
    QTemporaryDir dir;
    QString error;
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), demoOf2026(), &error);
    REQUIRE(file);
    const auto checklist = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error);
    REQUIRE(checklist);
    const int unfinished = countWhere(*file, QStringLiteral("SELECT count(*) FROM action WHERE year = 2026 AND status IN ('planned','in_progress')"));
    REQUIRE(unfinished > 0);

    RolloverResult r;
    REQUIRE(startNextYear(*file, 2027, *checklist, &r, &error));
    CHECK(r.carriedActions == unfinished);
    CHECK(itemsOf(*file, 2027, QStringLiteral("biennial")) > 0); // last survey held in 2024
    CHECK(itemsOf(*file, 2027, QStringLiteral("tertial")) == 3 * itemsOf(*file, 2026, QStringLiteral("tertial")) / 3);
    CHECK(itemsOf(*file, 2027, QStringLiteral("once")) == 0);
    // Carried actions point at the unfinished action they continue, in the year before.
    CHECK(countWhere(*file, QStringLiteral("SELECT count(*) FROM action a JOIN action b ON a.carried_from_id = b.id "
                                           "WHERE a.year = 2027 AND b.year = 2026 AND b.status IN ('planned','in_progress') "
                                           "AND a.title = b.title")) == unfinished);
    CHECK(file->isYearLocked(2026));

    // The survey is held in 2027, so 2028 has no survey duties; 2029 has them again.
    REQUIRE_FALSE(file->insert(QStringLiteral("survey"), {{QStringLiteral("year"), 2027}, {QStringLiteral("status"), QStringLiteral("held")}}, &error).isEmpty());
    REQUIRE(startNextYear(*file, 2028, *checklist, &r, &error));
    CHECK(itemsOf(*file, 2028, QStringLiteral("biennial")) == 0);
    CHECK(itemsOf(*file, 2028, QStringLiteral("yearly")) == itemsOf(*file, 2027, QStringLiteral("yearly")));
    REQUIRE(startNextYear(*file, 2029, *checklist, &r, &error));
    CHECK(itemsOf(*file, 2029, QStringLiteral("biennial")) > 0);

    // A second run for an existing year changes nothing.
    const int rows = countWhere(*file, QStringLiteral("SELECT count(*) FROM change_log"));
    REQUIRE(startNextYear(*file, 2029, *checklist, &r, &error));
    CHECK(r.alreadyStarted);
    CHECK(countWhere(*file, QStringLiteral("SELECT count(*) FROM change_log")) == rows);
    // And no year before the latest can be started.
    CHECK_FALSE(startNextYear(*file, 2020, *checklist, &r, &error));
}

TEST_CASE("A closed year is locked against changes until it is unlocked")
{
    QTemporaryDir dir;
    QString error;
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), demoOf2026(), &error);
    REQUIRE(file);
    RolloverResult r;
    REQUIRE(startNextYear(*file, 2027, *ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error), &r, &error));
    const Record goal = file->records(QStringLiteral("goal"), RecordFilter::ofYear(2026)).first();
    CHECK_FALSE(file->update(QStringLiteral("goal"), goal.value(QStringLiteral("id")).toString(), {{QStringLiteral("result"), QStringLiteral("reached")}}, &error));
    CHECK(error.contains(QStringLiteral("locked")));
    const QString risk = file->records(QStringLiteral("risk")).last().value(QStringLiteral("id")).toString();
    CHECK_FALSE(file->update(QStringLiteral("risk"), risk, {{QStringLiteral("event"), QStringLiteral("Endret")}}, &error)); // via its assessment's year
    QString yearId;
    for (const Record &y : file->records(QStringLiteral("review_year")))
        if (y.value(QStringLiteral("year")).toInt() == 2026)
            yearId = y.value(QStringLiteral("id")).toString();
    REQUIRE(file->update(QStringLiteral("review_year"), yearId, {{QStringLiteral("locked"), false}}, &error));
    CHECK(file->update(QStringLiteral("goal"), goal.value(QStringLiteral("id")).toString(), {{QStringLiteral("result"), QStringLiteral("reached")}}, &error));
}

TEST_CASE("The deadline calendar is valid iCalendar with one stable event per deadline")
{
    QTemporaryDir dir;
    QString error;
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), demoOf2026(), &error);
    REQUIRE(file);
    file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Komma, semikolon; og\nlinjeskift – æøå ÆØÅ og en lang tittel som må brettes over flere linjer i kalenderfilen")},
                                            {QStringLiteral("deadline"), QStringLiteral("2026-10-01")}}, &error);
    const QByteArray ics = calendarOfDeadlines(*file, 2026, QStringLiteral("nb"));
    // Every physical line ends in CRLF and is at most 75 octets.
    const QList<QByteArray> physical = ics.split('\n');
    for (const QByteArray &line : physical.mid(0, physical.size() - 1)) {
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
    }
    // Unfold (RFC 5545 3.1) and parse.
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.last() == QStringLiteral("END:VCALENDAR"));
    CHECK(lines.contains(QStringLiteral("VERSION:2.0")));
    int events = 0, depth = 0;
    QSet<QString> uids;
    QStringList current;
    for (const QString &l : lines) {
        if (l == QLatin1String("BEGIN:VEVENT")) {
            REQUIRE(depth == 0);
            ++depth;
            current.clear();
        } else if (l == QLatin1String("END:VEVENT")) {
            REQUIRE(depth == 1);
            --depth;
            ++events;
            const auto value = [&](const QString &name) {
                for (const QString &c : current)
                    if (c.startsWith(name + QLatin1Char(':')) || c.startsWith(name + QLatin1Char(';')))
                        return c.section(QLatin1Char(':'), 1);
                return QString();
            };
            CHECK_FALSE(value(QStringLiteral("UID")).isEmpty());
            CHECK_FALSE(value(QStringLiteral("DTSTAMP")).isEmpty());
            CHECK(value(QStringLiteral("DTSTART")).size() == 8);
            uids.insert(value(QStringLiteral("UID")));
        } else if (depth == 1) {
            current << l;
        }
    }
    const int deadlines = countWhere(*file, QStringLiteral("SELECT (SELECT count(*) FROM action WHERE year = 2026 AND deadline IS NOT NULL) + "
                                                           "(SELECT count(*) FROM checklist_item WHERE year = 2026 AND due_date IS NOT NULL) + "
                                                           "(SELECT count(*) FROM risk r JOIN risk_assessment a ON a.id = r.assessment_id "
                                                           "WHERE a.year = 2026 AND r.acceptance_review_on IS NOT NULL) + "
                                                           "(SELECT count(*) FROM supervision_order o JOIN supervision v ON v.id = o.supervision_id "
                                                           "WHERE v.year = 2026 AND o.deadline IS NOT NULL)"));
    CHECK(events == deadlines);
    CHECK(uids.size() == events);
    CHECK(text.contains(QStringLiteral("Komma\\, semikolon\\; og\\nlinjeskift – æøå ÆØÅ")));
    // A second export has the same UIDs, so a calendar updates rather than duplicates.
    QString again = QString::fromUtf8(calendarOfDeadlines(*file, 2026, QStringLiteral("nb")));
    for (const QString &uid : uids)
        CHECK(again.contains(QStringLiteral("UID:") + uid.left(20)));
}

TEST_CASE("Year over year: every year's figures, counted in the file, side by side")
{
    QTemporaryDir dir;
    QString error;
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), demoOf2026(), &error);
    REQUIRE(file);
    RolloverResult r;
    REQUIRE(startNextYear(*file, 2027, *ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error), &r, &error));
    REQUIRE(r.carriedIndicators > 0);

    // 2027: deviations in tertials 1, 1 and 3; goals reached, partly and unevaluated; one risk
    // that measures bring from unacceptable down to acceptable; a value for a carried indicator.
    const auto insert = [&](const char *table, const Record &values) {
        const QString id = file->insert(QString::fromLatin1(table), values, &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(id.isEmpty());
        return id;
    };
    for (const char *date : {"2027-01-15", "2027-04-30", "2027-09-01"})
        insert("deviation", {{QStringLiteral("year"), 2027}, {QStringLiteral("reported_on"), QString::fromLatin1(date)},
                             {QStringLiteral("title"), QStringLiteral("Avvik")}, {QStringLiteral("category"), QStringLiteral("hazard")}});
    for (const char *result : {"reached", "partly", "not_evaluated"})
        insert("goal", {{QStringLiteral("year"), 2027}, {QStringLiteral("title"), QStringLiteral("Mål")},
                        {QStringLiteral("result"), QString::fromLatin1(result)}});
    const QString assessment = insert("risk_assessment", {{QStringLiteral("year"), 2027}, {QStringLiteral("title"), QStringLiteral("Lab")}});
    const QString risk = insert("risk", {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("event"), QStringLiteral("Brann")},
                                         {QStringLiteral("probability_before"), 5}, {QStringLiteral("probability_after"), 1}});
    insert("risk_consequence", {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("health")},
                                {QStringLiteral("consequence_before"), 5}, {QStringLiteral("consequence_after"), 1}});
    QSqlQuery ind(file->database());
    REQUIRE(ind.exec(QStringLiteral("SELECT id, name FROM indicator WHERE year = 2027 ORDER BY rowid LIMIT 1")));
    REQUIRE(ind.next());
    const QString indicatorName = ind.value(1).toString();
    insert("indicator_value", {{QStringLiteral("indicator_id"), ind.value(0)}, {QStringLiteral("period"), QStringLiteral("2027-03")},
                               {QStringLiteral("value"), 4.5}});

    const YearComparison c = loadYearComparison(*file);
    // The demo holds 2024–2026; the rollover added 2027. Oldest first.
    REQUIRE(c.years.size() == 4);
    CHECK(c.years[0].year == 2024);
    const YearFigures &y26 = c.years[2];
    const YearFigures &y27 = c.years[3];
    CHECK(y26.year == 2026);
    CHECK(y27.year == 2027);

    // The demo year, against counts taken straight from the file.
    const auto count = [&](const QString &sql) { return countWhere(*file, sql); };
    // Deviations count in the year and tertial of the date they were reported.
    CHECK(y26.deviations == count(QStringLiteral("SELECT count(*) FROM deviation WHERE reported_on LIKE '2026-%'")));
    CHECK(y26.deviationsPerTertial[0] == count(QStringLiteral("SELECT count(*) FROM deviation WHERE reported_on LIKE '2026-%' AND substr(reported_on, 6, 2) BETWEEN '01' AND '04'")));
    CHECK(y26.deviationsPerTertial[2] == count(QStringLiteral("SELECT count(*) FROM deviation WHERE reported_on LIKE '2026-%' AND substr(reported_on, 6, 2) BETWEEN '09' AND '12'")));
    CHECK(y26.goals == count(QStringLiteral("SELECT count(*) FROM goal WHERE year = 2026")));
    CHECK(y26.goalsReached == count(QStringLiteral("SELECT count(*) FROM goal WHERE year = 2026 AND result = 'reached'")));
    CHECK(y26.risks == count(QStringLiteral("SELECT count(*) FROM risk r JOIN risk_assessment a ON a.id = r.assessment_id WHERE a.year = 2026")));
    CHECK(y26.risks > 0);
    CHECK(y26.competenceRequired == count(QStringLiteral("SELECT count(*) FROM competence_requirement c JOIN role_assignment a ON a.role = c.role WHERE a.year = 2026")));
    CHECK(y26.competenceCovered <= y26.competenceRequired);

    // The new year, exactly as entered.
    CHECK(y27.deviationsPerTertial == std::array<int, 3>{2, 0, 1});
    CHECK(y27.deviations == 3);
    CHECK(y27.goals == 3);
    CHECK(y27.goalsReached == 1);
    CHECK(y27.goalsPartly == 1);
    CHECK(y27.goalsNotReached == 0);
    CHECK(y27.goalsNotEvaluated() == 1);
    CHECK(y27.risks == 1);
    CHECK(y27.risksByLevel == std::array<int, 3>{1, 0, 0});
    CHECK(y27.risksNotScored() == 0);

    // An indicator carried into the new year is one series across both years.
    const auto series = std::find_if(c.indicators.cbegin(), c.indicators.cend(),
                                     [&](const IndicatorSeries &s) { return s.name == indicatorName; });
    REQUIRE(series != c.indicators.cend());
    REQUIRE(series->years.contains(2026));
    REQUIRE(series->years.contains(2027));
    CHECK(series->years[2027].months == 1);
    CHECK(series->years[2027].mean == 4.5);
    QSqlQuery avg(file->database());
    avg.prepare(QStringLiteral("SELECT avg(v.value), count(v.value) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                               "WHERE i.year = 2026 AND i.name = ?"));
    avg.addBindValue(indicatorName);
    REQUIRE(avg.exec());
    REQUIRE(avg.next());
    CHECK(series->years[2026].months == avg.value(1).toInt());
    if (avg.value(1).toInt() > 0)
        CHECK(std::abs(*series->years[2026].mean - avg.value(0).toDouble()) < 1e-9);

    // The annual report of 2026 compares only the years up to 2026.
    const YearComparison upTo2026 = loadYearComparison(*file, 2026);
    REQUIRE(upTo2026.years.size() == 3);
    CHECK(upTo2026.years.last().year == 2026);
    CHECK(upTo2026.years.last().deviations == y26.deviations);
}

TEST_CASE("A deviation counts in the tertial it was reported in, whichever year it is filed under")
{
    QTemporaryDir dir;
    QString error;
    UnitFile::NewUnit unit;
    unit.unitName = QStringLiteral("Lab");
    unit.year = 2025;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("u.db")), unit, &error);
    REQUIRE(file);
    REQUIRE(startReviewYear(*file, 2026, *ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error), &error));
    const auto deviation = [&](int year, const char *reported, const char *status) {
        INFO(error.toStdString());
        REQUIRE_FALSE(file->insert(QStringLiteral("deviation"),
                                   {{QStringLiteral("year"), year}, {QStringLiteral("reported_on"), QString::fromLatin1(reported)},
                                    {QStringLiteral("title"), QStringLiteral("Avvik")}, {QStringLiteral("category"), QStringLiteral("hazard")},
                                    {QStringLiteral("status"), QString::fromLatin1(status)}},
                                   &error)
                          .isEmpty());
    };
    // Two December cases filed under the next review year, as a coordinator does in January.
    deviation(2026, "2025-12-10", "open");
    deviation(2026, "2025-12-20", "closed");
    deviation(2025, "2025-09-01", "closed");
    deviation(2026, "2026-05-02", "open");

    const TertialCountsByCategory y25 = deviationCountsByTertial(*file, 2025);
    const TertialCountsByCategory y26 = deviationCountsByTertial(*file, 2026);
    CHECK(y25.value(QStringLiteral("hazard")) == TertialCounts{0, 0, 3, 3, 1});
    CHECK(y26.value(QStringLiteral("hazard")) == TertialCounts{0, 1, 0, 1, 1});

    const YearComparison c = loadYearComparison(*file);
    REQUIRE(c.years.size() == 2);
    CHECK(c.years[0].deviationsPerTertial == std::array<int, 3>{0, 0, 3});
    CHECK(c.years[1].deviationsPerTertial == std::array<int, 3>{0, 1, 0});
    CHECK(c.years[1].deviations == 1);
}

TEST_CASE("A year begun late: items due before the file was made can be given deadlines in the rest of the year")
{
    QTemporaryDir dir;
    QString error;
    // Last year's checklist made today: every deadline had passed when it was made.
    const int year = QDate::currentDate().year() - 1;
    UnitFile::NewUnit unit;
    unit.unitName = QStringLiteral("Lab");
    unit.year = year;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("u.db")), unit, &error);
    REQUIRE(file);
    const QList<Record> items = file->records(QStringLiteral("checklist_item"), RecordFilter::ofYear(year));
    REQUIRE(items.size() > 20);
    // One already done is the unit's own work, not a late start.
    REQUIRE(file->update(QStringLiteral("checklist_item"), items.first().value(QStringLiteral("id")).toString(),
                         {{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("completed_on"), QDate(year, 3, 1)}},
                         &error));
    const QList<LateItem> late = itemsDueBeforeTheyWereMade(*file, year);
    int withDeadline = 0;
    for (const Record &r : items)
        withDeadline += !r.value(QStringLiteral("due_date")).toString().isEmpty();
    CHECK(late.size() == withDeadline - 1);
    for (qsizetype i = 1; i < late.size(); ++i)
        CHECK(late[i - 1].due <= late[i].due);

    // Stretched onto September–December: in order, inside it, those due together still together.
    const QDate from(year, 9, 1);
    const QList<MovedDeadline> moved = deadlinesInRestOfYear(late, year, from);
    REQUIRE(moved.size() == late.size());
    for (qsizetype i = 0; i < moved.size(); ++i) {
        CHECK(moved[i].id == late[i].id);
        CHECK(moved[i].due >= from);
        CHECK(moved[i].due <= QDate(year, 12, 31));
        if (i > 0) {
            CHECK(moved[i - 1].due <= moved[i].due);
            if (late[i - 1].due == late[i].due)
                CHECK(moved[i - 1].due == moved[i].due);
        }
    }
    // No room left in the year: nothing to offer.
    CHECK(deadlinesInRestOfYear(late, year, QDate(year, 12, 31)).isEmpty());

    // The demo's unit has worked since January: nothing of its year counts as begun late.
    const QString demo = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(createDemo(demo, DemoOptions{}, &error));
    auto demoFile = UnitFile::open(demo, UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(demoFile);
    CHECK(itemsDueBeforeTheyWereMade(*demoFile, QDate::currentDate().year()).isEmpty());
}

TEST_CASE("A tertial has ended once its last month is over")
{
    CHECK_FALSE(tertialFinished(2026, 2, QDate(2026, 12, 31)));
    CHECK(tertialFinished(2026, 2, QDate(2027, 1, 1)));
    CHECK(tertialFinished(2026, 0, QDate(2026, 5, 1)));
    CHECK_FALSE(tertialFinished(2026, 1, QDate(2026, 8, 31)));
}

TEST_CASE("The year comparison's risks, read for every year at once, are each year's risks")
{
    QTemporaryDir dir;
    QString error;
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), demoOf2026(), &error);
    REQUIRE(file);
    const QHash<int, QList<RiskEvaluation>> byYear = evaluateRisksByYear(*file);
    REQUIRE(file->years().size() >= 3);
    qsizetype all = 0;
    for (const int year : file->years()) {
        INFO(year);
        const QList<RiskEvaluation> one = evaluateRisks(*file, year);
        const QList<RiskEvaluation> ofYear = byYear.value(year);
        REQUIRE(ofYear.size() == one.size());
        CHECK_FALSE(one.isEmpty());
        for (qsizetype i = 0; i < one.size(); ++i) {
            CHECK(ofYear[i].riskId == one[i].riskId);
            for (const auto &[a, b] : {std::pair(&ofYear[i].before, &one[i].before), std::pair(&ofYear[i].after, &one[i].after)}) {
                CHECK(a->probability == b->probability);
                CHECK(a->consequence == b->consequence);
                CHECK(a->category == b->category);
                CHECK(a->value == b->value);
                CHECK(a->level == b->level);
            }
        }
        all += one.size();
    }
    CHECK(all == evaluateRisks(*file, 0).size());
}

TEST_CASE("Rows asked for with selectRecords are the rows records() gives")
{
    QTemporaryDir dir;
    QString error;
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), demoOf2026(), &error);
    REQUIRE(file);
    for (const char *table : {"deviation", "risk", "action", "training_record"}) {
        INFO(table);
        const QList<Record> rows = file->records(QString::fromLatin1(table));
        CHECK_FALSE(rows.isEmpty());
        CHECK(file->selectRecords(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))) == rows);
    }
    CHECK(file->selectRecords(QStringLiteral("SELECT * FROM no_such_table")).isEmpty());
}
