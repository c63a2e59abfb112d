// The demo unit is what everyone sees first: one coherent unit whose figures agree.

#include "catch.h"

#include "core/review/demounit.h"
#include "core/store/unitfile.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <QTemporaryDir>

using namespace ik;

namespace {

int number(const UnitFile &file, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = file.select(sql, binds);
    return q.next() ? q.value(0).toInt() : -1;
}

std::unique_ptr<UnitFile> demo(const QTemporaryDir &dir, int scale, const QDate &asOf)
{
    QString error;
    DemoOptions o;
    o.scale = scale;
    o.year = 2026;
    o.asOf = asOf;
    auto file = createDemo(dir.filePath(QStringLiteral("demo-%1.db").arg(scale)), o, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return file;
}

} // namespace

TEST_CASE("the demo records nothing after its day, and its indicators count its own records", "[demo]")
{
    QTemporaryDir dir;
    const QDate asOf(2026, 9, 20);
    auto file = demo(dir, 1, asOf);
    const QString day = asOf.toString(Qt::ISODate);
    for (const char *sql : {"SELECT count(*) FROM deviation WHERE reported_on > ? OR closed_on > ?",
                            "SELECT count(*) FROM action WHERE completed_on > ? OR (completed_on IS NOT NULL AND ? = '')",
                            "SELECT count(*) FROM checklist_item WHERE completed_on > ? OR (completed_on IS NOT NULL AND ? = '')",
                            "SELECT count(*) FROM training_record WHERE completed_on > ? OR (completed_on IS NOT NULL AND ? = '')",
                            "SELECT count(*) FROM inspection_round WHERE status = 'done' AND (held_on > ? OR ? = '')",
                            "SELECT count(*) FROM indicator_value WHERE period || '-31' > ? OR ? = ''"}) {
        INFO(sql);
        CHECK(number(*file, QString::fromLatin1(sql), {day, day}) == 0);
    }
    // Deviations are filed under the year they were reported in.
    CHECK(number(*file, QStringLiteral("SELECT count(*) FROM deviation WHERE CAST(substr(reported_on, 1, 4) AS INTEGER) <> year")) == 0);
    // The current year's indicators end with the last month that has ended (August).
    CHECK(number(*file, QStringLiteral("SELECT max(CAST(substr(v.period, 6, 2) AS INTEGER)) FROM indicator_value v "
                                       "JOIN indicator i ON i.id = v.indicator_id WHERE i.year = 2026")) == 8);

    const auto indicatorValue = [&](const char *name, int month) {
        QSqlQuery q = file->select(QStringLiteral("SELECT v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                                                  "WHERE i.year = 2026 AND i.name = ? AND v.period = ?"),
                                   {QString::fromUtf8(name), QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'))});
        return q.next() ? q.value(0) : QVariant();
    };
    for (int m = 1; m <= 8; ++m) {
        const QString month = QStringLiteral("2026-%1-%").arg(m, 2, 10, QLatin1Char('0'));
        INFO("month " << m);
        CHECK(indicatorValue("Innmeldte avvik", m).toInt()
              == number(*file, QStringLiteral("SELECT count(*) FROM deviation WHERE reported_on LIKE ?"), {month}));
        CHECK(indicatorValue("Fraværsskader", m).toInt()
              == number(*file, QStringLiteral("SELECT count(*) FROM deviation WHERE reported_on LIKE ? AND category = 'injury' AND severity = 'high'"),
                        {month}));
        const double sickLeave = indicatorValue("Sykefravær", m).toDouble();
        CHECK(sickLeave >= 2.0);
        CHECK(sickLeave <= 8.0);
    }
    // Appraisal talks: the indicator says what the appraisal table says.
    QSqlQuery a = file->select(QStringLiteral("SELECT held, employees FROM appraisal_status WHERE year = 2026"));
    REQUIRE(a.next());
    CHECK(indicatorValue("Gjennomførte medarbeidersamtaler", 8).toDouble()
          == Approx(std::round(1000.0 * a.value(0).toInt() / a.value(1).toInt()) / 10));
}

TEST_CASE("the demo's goals and their report text agree, and risk numbers name one risk a year", "[demo]")
{
    QTemporaryDir dir;
    auto file = demo(dir, 1, QDate(2026, 12, 1));
    for (int year : {2024, 2025}) {
        const int reached = number(*file, QStringLiteral("SELECT count(*) FROM goal WHERE year = ? AND result = 'reached'"), {year});
        QSqlQuery t = file->select(QStringLiteral("SELECT body FROM report_text WHERE year = ? AND section = 'ra3a'"), {year});
        REQUIRE(t.next());
        CHECK(t.value(0).toString() == QStringLiteral("Enheten nådde %1 av 3 HMS-mål i %2.").arg(reached).arg(year));
    }
    // This year's goals are not evaluated yet, and the text does not claim any result.
    CHECK(number(*file, QStringLiteral("SELECT count(*) FROM goal WHERE year = 2026 AND result <> 'not_evaluated'")) == 0);
    QSqlQuery t = file->select(QStringLiteral("SELECT body FROM report_text WHERE year = 2026 AND section = 'ra3a'"));
    REQUIRE(t.next());
    CHECK_FALSE(t.value(0).toString().contains(QStringLiteral("nådde")));
    CHECK(number(*file, QStringLiteral("SELECT count(*) FROM (SELECT a.year, r.number FROM risk r JOIN risk_assessment a ON a.id = r.assessment_id "
                                       "GROUP BY 1, 2 HAVING count(*) > 1)")) == 0);
    // Every action names the record it was made from, in its own year's file.
    CHECK(number(*file, QStringLiteral("SELECT count(*) FROM action WHERE source_id IS NULL")) == 0);
}

TEST_CASE("a larger demo has more records, not the same indicators again", "[demo]")
{
    QTemporaryDir dir;
    auto file = demo(dir, 3, QDate(2026, 6, 15));
    CHECK(number(*file, QStringLiteral("SELECT count(*) FROM indicator WHERE year = 2026")) == 8);
    CHECK(number(*file, QStringLiteral("SELECT count(DISTINCT name) FROM indicator WHERE year = 2026")) == 8);
    CHECK(number(*file, QStringLiteral("SELECT count(*) FROM person")) == 120);
}
