// The yearly cycle: starting the next year from the template's recurrence rules, carrying
// unfinished work forward, locking the closed year, and the deadline calendar.
#include "catch.h"
#include "testsupport.h"

#include "checklisttemplate.h"
#include "demo.h"
#include "icalendar.h"
#include "unitfile.h"
#include "yearrollover.h"

#include <QSet>
#include <QSqlQuery>

using namespace ik;

namespace {
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
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), {1, 5, 2026}, &error);
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
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), {1, 5, 2026}, &error);
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
    auto file = createDemo(dir.filePath(QStringLiteral("d.db")), {1, 5, 2026}, &error);
    REQUIRE(file);
    file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Komma, semikolon; og\nlinjeskift – æøå ÆØÅ og en lang tittel som må brettes over flere linjer i kalenderfilen")},
                                            {QStringLiteral("deadline"), QStringLiteral("2026-10-01")}}, &error);
    const QByteArray ics = calendarOfDeadlines(*file, 2026);
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
                                                           "(SELECT count(*) FROM checklist_item WHERE year = 2026 AND due_date IS NOT NULL)"));
    CHECK(events == deadlines);
    CHECK(uids.size() == events);
    CHECK(text.contains(QStringLiteral("Komma\\, semikolon\\; og\\nlinjeskift – æøå ÆØÅ")));
    // A second export has the same UIDs, so a calendar updates rather than duplicates.
    QString again = QString::fromUtf8(calendarOfDeadlines(*file, 2026));
    for (const QString &uid : uids)
        CHECK(again.contains(QStringLiteral("UID:") + uid.left(20)));
}
