#include "catch.h"

#include "riskmatrix.h"
#include "unitfile.h"

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
