#include "catch.h"

#include "core/risk/riskmatrix.h"
#include "core/risk/riskmatrixedit.h"
#include "core/exchange/riskregisterimport.h"
#include "core/risk/riskacceptance.h"
#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ik;

TEST_CASE("The default matrix is 5×5 with rising levels")
{
    const RiskMatrix m = RiskMatrix::defaultMatrix();
    CHECK(m.probabilitySteps() == 5);
    CHECK(m.consequenceSteps() == 5);
    CHECK(m.categories().size() == 4);
    CHECK(m.level(1, 1) == RiskMatrix::Level::Acceptable);
    CHECK(m.level(3, 3) == RiskMatrix::Level::Assess);
    CHECK(m.level(5, 5) == RiskMatrix::Level::Unacceptable);
    CHECK(m.level(9, 1) == RiskMatrix::Level::Unacceptable); // outside: never acceptable
    CHECK(RiskMatrix::value(4, 3) == 12);
    CHECK(m.probabilityLabel(5, QStringLiteral("nb")) == QStringLiteral("Svært stor"));
}

TEST_CASE("The worst consequence category decides a risk's score")
{
    QTemporaryDir dir;
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("r.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    const QString assessment = file->insert(QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Lab")}}, &error);
    const QString risk = file->insert(QStringLiteral("risk"), {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("event"), QStringLiteral("Søl")},
                                                               {QStringLiteral("probability_before"), 4}, {QStringLiteral("probability_after"), 2}}, &error);
    file->insert(QStringLiteral("risk_consequence"), {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("health")},
                                                      {QStringLiteral("consequence_before"), 2}, {QStringLiteral("consequence_after"), 1}}, &error);
    file->insert(QStringLiteral("risk_consequence"), {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("environment")},
                                                      {QStringLiteral("consequence_before"), 4}, {QStringLiteral("consequence_after"), 2}}, &error);
    const auto evaluations = evaluateRisks(*file, 2026);
    REQUIRE(evaluations.size() == 1);
    const RiskEvaluation &e = evaluations.first();
    CHECK(e.before.category == QStringLiteral("environment"));
    CHECK(e.before.value == 16);
    CHECK(*e.before.level == RiskMatrix::Level::Unacceptable);
    CHECK(e.after.value == 4);
    CHECK(*e.after.level == RiskMatrix::Level::Acceptable);
}

namespace {

struct RiskFixture
{
    QTemporaryDir dir;
    std::unique_ptr<UnitFile> file;
    QString assessment;

    RiskFixture()
    {
        QString error;
        file = UnitFile::create(dir.filePath(QStringLiteral("r.db")), {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        assessment = file->insert(QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Lab")}}, &error);
        REQUIRE(!assessment.isEmpty());
    }

    // A risk with one consequence row per {category, before, after}.
    QString addRisk(int number, int pBefore, int pAfter, const QList<std::tuple<QString, int, int>> &consequences,
                    const Record &extra = {})
    {
        QString error;
        Record values{{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("number"), number},
                      {QStringLiteral("event"), QStringLiteral("Event %1").arg(number)},
                      {QStringLiteral("probability_before"), pBefore}};
        if (pAfter)
            values.insert(QStringLiteral("probability_after"), pAfter);
        values.insert(extra);
        const QString risk = file->insert(QStringLiteral("risk"), values, &error);
        REQUIRE(!risk.isEmpty());
        for (const auto &[category, before, after] : consequences) {
            Record c{{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), category},
                     {QStringLiteral("consequence_before"), before}};
            if (after)
                c.insert(QStringLiteral("consequence_after"), after);
            REQUIRE(!file->insert(QStringLiteral("risk_consequence"), c, &error).isEmpty());
        }
        return risk;
    }
};

} // namespace

TEST_CASE("Scoring: value is probability × consequence, level from the matrix, worst category by level")
{
    RiskFixture f;
    // material 3×3 = 9 (assess) vs health 3×1 = 3: the worse level decides, not the category order.
    const QString risk = f.addRisk(1, 3, 0, {{QStringLiteral("health"), 1, 0}, {QStringLiteral("material"), 3, 0}});
    const auto e = evaluateRisks(*f.file, 2026);
    REQUIRE(e.size() == 1);
    CHECK(e[0].riskId == risk);
    CHECK(e[0].before.consequence == 3);
    CHECK(e[0].before.category == QStringLiteral("material"));
    CHECK(e[0].before.value == 9);
    CHECK(*e[0].before.level == RiskMatrix::Level::Assess);
    CHECK_FALSE(e[0].after.level.has_value()); // nothing after measures yet
}

TEST_CASE("Of two categories equally bad, the one the matrix lists first is named, in whatever order they were added")
{
    RiskFixture f;
    // The default matrix lists health, material, environment, reputation. Both risks score 2×3
    // in environment and in health before measures, and 2×1 in every category after them.
    f.addRisk(1, 2, 2, {{QStringLiteral("environment"), 3, 1}, {QStringLiteral("health"), 3, 1}});
    f.addRisk(2, 2, 2, {{QStringLiteral("reputation"), 1, 1}, {QStringLiteral("material"), 1, 1},
                        {QStringLiteral("health"), 3, 1}, {QStringLiteral("environment"), 3, 1}});
    const auto e = evaluateRisks(*f.file, 2026);
    REQUIRE(e.size() == 2);
    for (const RiskEvaluation &risk : e) {
        CHECK(risk.before.category == QStringLiteral("health"));
        CHECK(risk.before.value == 6);
        CHECK(risk.after.category == QStringLiteral("health"));
        CHECK(risk.after.value == 2);
    }
    // A worse category later in the matrix still wins.
    f.addRisk(3, 2, 0, {{QStringLiteral("health"), 1, 0}, {QStringLiteral("reputation"), 2, 0}});
    CHECK(evaluateRisks(*f.file, 2026).at(2).before.category == QStringLiteral("reputation"));
}

TEST_CASE("Resizing the matrix remaps every risk proportionally and reports what moved")
{
    CHECK(remapStep(1, 5, 4) == 1);
    CHECK(remapStep(5, 5, 4) == 4);
    CHECK(remapStep(3, 5, 4) == 3); // 1 + 2*3/4 = 2.5 → 3
    CHECK(remapStep(4, 5, 7) == 6); // 1 + 3*6/4 = 5.5 → 6
    CHECK(remapStep(7, 7, 3) == 3);

    RiskFixture f;
    const QString risk = f.addRisk(1, 5, 2, {{QStringLiteral("health"), 4, 1}});
    QList<RiskMove> moved;
    QString error;
    REQUIRE(resizeRiskMatrix(*f.file, 4, 6, &moved, &error));
    const RiskMatrix m = RiskMatrix::load(*f.file);
    CHECK(m.probabilitySteps() == 4);
    CHECK(m.consequenceSteps() == 6);
    CHECK(m.probabilityLabel(1, QStringLiteral("en")) == QStringLiteral("Very unlikely"));
    CHECK(m.consequenceLabel(6, QStringLiteral("en")) == QStringLiteral("6"));
    CHECK(m.level(1, 1) == RiskMatrix::Level::Acceptable);
    CHECK(m.level(4, 6) == RiskMatrix::Level::Unacceptable);
    CHECK(f.file->count(QStringLiteral("matrix_cell")) == 24);

    const Record r = *f.file->record(QStringLiteral("risk"), risk);
    CHECK(r.value(QStringLiteral("probability_before")).toInt() == 4); // 5 of 5 → 4 of 4
    CHECK(r.value(QStringLiteral("probability_after")).toInt() == 2);  // 1 + 1*3/4 → 2
    const Record c = f.file->records(QStringLiteral("risk_consequence")).first();
    CHECK(c.value(QStringLiteral("consequence_before")).toInt() == 5); // 1 + 3*5/4 = 4.75 → 5
    CHECK(c.value(QStringLiteral("consequence_after")).toInt() == 1);
    QStringList columns;
    for (const RiskMove &m : moved) {
        CHECK(m.riskId == risk);
        columns << m.column;
    }
    CHECK(columns.contains(QStringLiteral("probability_before")));
    CHECK(columns.contains(QStringLiteral("consequence_before")));
    CHECK_FALSE(columns.contains(QStringLiteral("consequence_after"))); // 1 stays 1

    // Back to 5×5 keeps every risk, none dropped.
    REQUIRE(resizeRiskMatrix(*f.file, 5, 5, nullptr, &error));
    CHECK(f.file->count(QStringLiteral("risk")) == 1);
    CHECK(evaluateRisks(*f.file, 2026).first().before.level.has_value());

    CHECK_FALSE(resizeRiskMatrix(*f.file, 2, 5, nullptr, &error));
    CHECK_FALSE(resizeRiskMatrix(*f.file, 5, 8, nullptr, &error));
}

TEST_CASE("Matrix labels, levels and categories change through core")
{
    RiskFixture f;
    QString error;
    REQUIRE(setRiskMatrixLabel(*f.file, QStringLiteral("probability"), 2, QStringLiteral("Sjelden"), QStringLiteral("Rare"), &error));
    CHECK(RiskMatrix::load(*f.file).probabilityLabel(2, QStringLiteral("nb")) == QStringLiteral("Sjelden"));
    REQUIRE(setRiskMatrixLevel(*f.file, 1, 1, RiskMatrix::Level::Unacceptable, &error));
    CHECK(RiskMatrix::load(*f.file).level(1, 1) == RiskMatrix::Level::Unacceptable);

    const QString key = addRiskCategory(*f.file, QStringLiteral("Drift"), QStringLiteral("Operations"), &error);
    CHECK(key == QStringLiteral("operations"));
    REQUIRE(renameRiskCategory(*f.file, key, QStringLiteral("Drift og tjenester"), QStringLiteral("Operations"), &error));
    CHECK(RiskMatrix::load(*f.file).categories().size() == 5);

    f.addRisk(1, 2, 0, {{key, 5, 0}, {QStringLiteral("health"), 1, 0}});
    CHECK(riskCategoryUseCount(*f.file, key) == 1);
    CHECK_FALSE(removeRiskCategory(*f.file, key, false, &error)); // in use: the UI asks first
    CHECK(f.file->count(QStringLiteral("risk_consequence")) == 2);
    REQUIRE(removeRiskCategory(*f.file, key, true, &error));
    CHECK(f.file->count(QStringLiteral("risk_consequence")) == 1);
    CHECK(RiskMatrix::load(*f.file).categories().size() == 4);
}

TEST_CASE("Risks above the acceptable level without measures, or accepted, need a recorded acceptance")
{
    RiskFixture f;
    f.addRisk(1, 1, 0, {{QStringLiteral("health"), 1, 0}});                 // acceptable
    const QString bare = f.addRisk(2, 4, 0, {{QStringLiteral("health"), 4, 0}}); // 16, no measure
    f.addRisk(3, 4, 0, {{QStringLiteral("health"), 4, 0}},
              {{QStringLiteral("proposed_measures"), QStringLiteral("Avtrekk")}}); // has a measure
    const QString accepted = f.addRisk(4, 2, 0, {{QStringLiteral("health"), 2, 0}},
                                       {{QStringLiteral("status"), QStringLiteral("accepted")},
                                        {QStringLiteral("accepted_by"), QStringLiteral("Leder")}});
    f.addRisk(5, 4, 0, {{QStringLiteral("health"), 4, 0}},
              {{QStringLiteral("accepted_by"), QStringLiteral("Leder")}, {QStringLiteral("accepted_on"), QStringLiteral("2026-03-01")},
               {QStringLiteral("acceptance_reason"), QStringLiteral("Ingen tiltak mulig")},
               {QStringLiteral("acceptance_review_on"), QStringLiteral("2027-03-01")}}); // fully recorded

    const QList<RiskProblem> problems = riskAcceptanceProblems(*f.file, 2026);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].riskId == bare);
    CHECK(problems[0].missing.size() == 4);
    CHECK(problems[1].riskId == accepted);
    CHECK(problems[1].missing == QStringList{QStringLiteral("accepted_on"), QStringLiteral("acceptance_reason"),
                                             QStringLiteral("acceptance_review_on")});
    CHECK(riskProblems(*f.file, 2026).size() == 2);
    CHECK(riskProblems(*f.file, 2026).first().contains(QStringLiteral("Event 2")));
    CHECK(riskProblems(*f.file, 2025).isEmpty());

    // An action in the action plan counts as a measure.
    QString error;
    REQUIRE(!f.file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Avtrekk")},
                                                       {QStringLiteral("source"), QStringLiteral("risk")}, {QStringLiteral("source_id"), bare}}, &error).isEmpty());
    CHECK(riskAcceptanceProblems(*f.file, 2026).size() == 1);
}

TEST_CASE("Exported risks carry the worst category's consequence, value and level before and after")
{
    RiskFixture f;
    f.addRisk(1, 4, 2, {{QStringLiteral("health"), 2, 1}, {QStringLiteral("environment"), 4, 2}});
    QString error;
    const QJsonArray rows = QJsonDocument::fromJson(exportTable(*f.file, QStringLiteral("risk"), ExportFormat::Json, &error)).array();
    REQUIRE(rows.size() == 1);
    const QJsonObject r = rows.first().toObject();
    CHECK(r.value(QStringLiteral("probability_before")).toInt() == 4);
    CHECK(r.value(QStringLiteral("consequence_before")).toInt() == 4);
    CHECK(r.value(QStringLiteral("category_before")).toString() == QStringLiteral("environment"));
    CHECK(r.value(QStringLiteral("value_before")).toInt() == 16);
    CHECK(r.value(QStringLiteral("level_before")).toString() == QStringLiteral("unacceptable"));
    CHECK(r.value(QStringLiteral("probability_after")).toInt() == 2);
    CHECK(r.value(QStringLiteral("consequence_after")).toInt() == 2);
    CHECK(r.value(QStringLiteral("value_after")).toInt() == 4);
    CHECK(r.value(QStringLiteral("level_after")).toString() == QStringLiteral("acceptable"));
}

TEST_CASE("A risk register imports from CSV all or nothing, creating missing assessments")
{
    RiskFixture f;
    QString error;
    ImportResult result;
    const QByteArray good =
        "assessment;number;event;cause;probability_before;health_before;environment_before;probability_after;health_after;status\n"
        "Lab;1;Kjemikaliesøl;Knust flaske;4;2;4;2;1;open\n"
        "Feltarbeid;2;\"Fall, glatt is\";;3;4;;2;3;measures_planned\n";
    REQUIRE(importRiskRegister(*f.file, good, 2026, &result, &error));
    CHECK(result.inserted == 2);
    CHECK(f.file->count(QStringLiteral("risk_assessment")) == 2); // "Lab" existed, "Feltarbeid" was created
    CHECK(f.file->count(QStringLiteral("risk")) == 2);
    CHECK(f.file->count(QStringLiteral("risk_consequence")) == 3);
    const auto e = evaluateRisks(*f.file, 2026);
    REQUIRE(e.size() == 2);
    CHECK(e[0].before.category == QStringLiteral("environment"));
    CHECK(e[0].before.value == 16);
    // Taken back as one step: the new assessment, both risks and their consequences go, the
    // assessment that was there stays; put back, the same rows return.
    DeletedRecords removed;
    REQUIRE(result.added.size() == 3); // "Feltarbeid" and the two risks
    REQUIRE(f.file->removeAll(result.added, &error, &removed));
    CHECK(f.file->count(QStringLiteral("risk_assessment")) == 1);
    CHECK(f.file->count(QStringLiteral("risk")) == 0);
    CHECK(f.file->count(QStringLiteral("risk_consequence")) == 0);
    REQUIRE(f.file->restore(removed, &error));
    CHECK(f.file->count(QStringLiteral("risk_assessment")) == 2);
    CHECK(f.file->count(QStringLiteral("risk_consequence")) == 3);
    CHECK(evaluateRisks(*f.file, 2026).at(0).before.value == 16);

    const QByteArray bad =
        "assessment,event,probability_before,health_before\n"
        "Nytt,Ok,2,2\n"
        "Nytt,For høy,9,2\n";
    CHECK_FALSE(importRiskRegister(*f.file, bad, 2026, &result, &error));
    CHECK(error.startsWith(QStringLiteral("line 3, column 3 (probability_before)")));
    CHECK(f.file->count(QStringLiteral("risk")) == 2);             // nothing of it kept
    CHECK(f.file->count(QStringLiteral("risk_assessment")) == 2); // nor the new assessment

    CHECK_FALSE(importRiskRegister(*f.file, "assessment,event,smell_before\nLab,X,2\n", 2026, &result, &error));
    CHECK(error.contains(QStringLiteral("smell_before")));
    CHECK_FALSE(importRiskRegister(*f.file, "assessment,event,health_before\nLab,X,6\n", 2026, &result, &error));
    CHECK(error.startsWith(QStringLiteral("line 2, column 3")));
}
