#include "catch.h"

#include "core/store/frozenschema.h"
#include "core/store/schema.h"

#include <algorithm>

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

TEST_CASE("The current format's frozen schema is exactly what a new file is made with")
{
    // A change to the tables without a new format (frozen file, upgrade step) fails here.
    CHECK(frozen::statements(schema::kVersion) == schema::createStatements());
    CHECK(frozen::isKnownFormat(1));
    CHECK(frozen::isKnownFormat(schema::kVersion));
    CHECK_FALSE(frozen::isKnownFormat(0));
    CHECK_FALSE(frozen::isKnownFormat(-1));
    CHECK_FALSE(frozen::isKnownFormat(schema::kVersion + 1));
    CHECK(frozen::statements(0).isEmpty());
}

TEST_CASE("A format's expected objects are its statements' and SQLite's automatic indexes")
{
    const auto objects = frozen::expectedObjects(schema::kVersion);
    const auto has = [&](const char *type, const char *name) {
        return std::any_of(objects.cbegin(), objects.cend(), [&](const frozen::SchemaObject &o) {
            return o.type == QLatin1String(type) && o.name == QLatin1String(name);
        });
    };
    CHECK(has("table", "action"));
    CHECK(has("index", "deviation_year"));
    CHECK(has("index", "matrix_cell_position"));
    CHECK(has("index", "sqlite_autoindex_action_1"));      // id TEXT PRIMARY KEY
    CHECK(has("index", "sqlite_autoindex_review_year_2")); // year … UNIQUE
    CHECK_FALSE(has("index", "sqlite_autoindex_change_log_1")); // an INTEGER PRIMARY KEY is the rowid
    CHECK(objects.size() > schema::createStatements().size());
    // Format 1 is format 2 without the unique matrix cells.
    CHECK(frozen::statements(1) + QStringList{QStringLiteral("CREATE UNIQUE INDEX matrix_cell_position ON "
                                                             "matrix_cell(probability, consequence)")}
          == frozen::statements(2));
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
