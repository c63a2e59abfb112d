#include "catch.h"

#include "schema.h"

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
