#include "catch.h"

#include "core/store/schema.h"

using namespace ik;

TEST_CASE("Every reference and choice in the schema points to something that exists")
{
    for (const TableDef &t : schema::tables()) {
        INFO(t.name.toStdString());
        CHECK(t.label != nullptr);
        CHECK((t.displayColumn == QLatin1String("year") || t.column(t.displayColumn) != nullptr));
        int parents = 0;
        for (const ColumnDef &c : t.columns) {
            INFO(c.name.toStdString());
            CHECK(c.label != nullptr);
            if (c.type == ColumnType::Reference)
                CHECK(schema::table(c.reference) != nullptr);
            if (c.isChoice())
                CHECK(schema::choiceSet(c.reference) != nullptr);
            parents += c.parent;
        }
        CHECK(parents <= 1);
    }
}

TEST_CASE("The schema has a place for every part of the guideline's domain")
{
    for (const char *name : {"unit", "person", "role_assignment", "delegated_task", "goal", "focus_area",
                             "checklist_item", "legal_requirement", "activity", "risk_assessment", "risk",
                             "deviation", "training_record", "competence_requirement", "appraisal_status",
                             "survey", "action", "local_routine", "coordination_agreement", "document_ref",
                             "inspection_round", "inspection_finding", "indicator", "indicator_value",
                             "system_review", "report_text", "report_contributor", "signoff", "comment"})
        CHECK(schema::table(QString::fromLatin1(name)) != nullptr);
    const TableDef *action = schema::table(QStringLiteral("action"));
    for (const char *field : {"title", "description", "source", "priority", "cost_nok", "responsible_id",
                              "deadline", "status", "completed_on", "effect_evaluated"})
        CHECK(action->column(QString::fromLatin1(field)) != nullptr);
}

TEST_CASE("The expected schema lists each created table and index once")
{
    const auto expected = schema::expectedObjects();
    CHECK(expected.size() == schema::createStatements().size());
    CHECK(expected.contains(QStringLiteral("table:action")));
    CHECK(expected.contains(QStringLiteral("index:deviation_year")));
}

TEST_CASE("An action's source record lies in the table its source names; a year lock covers child rows")
{
    const auto sourceTable = [](const char *source) {
        return schema::linkedTable(QStringLiteral("action"), QStringLiteral("source_id"),
                                   {{QStringLiteral("source"), QString::fromLatin1(source)}});
    };
    CHECK(sourceTable("risk") == QStringLiteral("risk"));               // Create Action on a risk
    CHECK(sourceTable("inspection") == QStringLiteral("inspection_finding")); // Make an Action on a finding
    CHECK(sourceTable("deviation") == QStringLiteral("deviation"));
    CHECK(sourceTable("other").isEmpty());
    CHECK(sourceTable("").isEmpty());
    for (const Choice &c : schema::choiceSet(QStringLiteral("action_source"))->choices) {
        const QString table = sourceTable(c.key.toLatin1().constData());
        INFO(c.key.toStdString());
        CHECK((table.isEmpty() || schema::table(table) != nullptr));
    }
    CHECK(schema::linkedTable(QStringLiteral("action"), QStringLiteral("title"), {{QStringLiteral("source"), QStringLiteral("risk")}}).isEmpty());

    CHECK(schema::yearLockApplies(*schema::table(QStringLiteral("goal"))));
    CHECK(schema::yearLockApplies(*schema::table(QStringLiteral("risk"))));             // through its assessment
    CHECK(schema::yearLockApplies(*schema::table(QStringLiteral("risk_consequence")))); // through its risk
    CHECK_FALSE(schema::yearLockApplies(*schema::table(QStringLiteral("person"))));
    CHECK_FALSE(schema::yearLockApplies(*schema::table(QStringLiteral("signoff"))));
}
