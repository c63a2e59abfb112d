// The domain rules of the schema (schema.cpp: addStatusMeanings, addDomainRules): what each status
// means, which date makes a row due, what a new row starts with, severity to priority.
#include "catch.h"

#include "core/store/schema.h"

#include <QDate>
#include <QSet>

using namespace ik;

namespace {

QStringList keys(const char *set, Completion completion)
{
    const ChoiceSet *s = schema::choiceSet(QString::fromLatin1(set));
    REQUIRE(s);
    return s->keys(completion);
}

QVariantMap row(const QString &status, const QString &dueColumn, const QDate &due)
{
    return {{QStringLiteral("status"), status}, {dueColumn, due.toString(Qt::ISODate)}};
}

} // namespace

TEST_CASE("Each status set says which statuses are done, dropped or still open", "[rules]")
{
    using C = Completion;
    CHECK(keys("action_status", C::Open) == QStringList{QStringLiteral("planned"), QStringLiteral("in_progress")});
    CHECK(keys("action_status", C::Done) == QStringList{QStringLiteral("done")});
    CHECK(keys("action_status", C::Dropped) == QStringList{QStringLiteral("cancelled")});
    CHECK(keys("item_status", C::Open) == QStringList{QStringLiteral("not_started"), QStringLiteral("in_progress")});
    CHECK(keys("item_status", C::Done) == QStringList{QStringLiteral("done"), QStringLiteral("not_applicable")});
    CHECK(keys("item_status", C::Dropped).isEmpty());
    CHECK(keys("deviation_status", C::Open) == QStringList{QStringLiteral("open"), QStringLiteral("in_progress")});
    CHECK(keys("deviation_status", C::Done) == QStringList{QStringLiteral("closed")});
    CHECK(keys("work_status", C::Done) == QStringList{QStringLiteral("done")});
    CHECK(keys("risk_status", C::Open) == QStringList{QStringLiteral("open"), QStringLiteral("measures_planned")});
    CHECK(keys("risk_status", C::Done) == QStringList{QStringLiteral("accepted"), QStringLiteral("closed")});
    CHECK(keys("year_status", C::Done) == QStringList{QStringLiteral("closed")});
    CHECK(keys("survey_status", C::Done) == QStringList{QStringLiteral("followed_up")});
    CHECK(keys("survey_status", C::Dropped) == QStringList{QStringLiteral("not_due")});

    // A key the set does not have is open: nothing unknown passes for finished.
    CHECK(schema::choiceSet(QStringLiteral("action_status"))->completion(QStringLiteral("finished")) == C::Open);
    // Only statuses have a meaning: a set that is no status has every choice open.
    CHECK(keys("severity", C::Open).size() == schema::choiceSet(QStringLiteral("severity"))->choices.size());

    // Every table with a status says when a row of it is finished: a status set added later
    // without its rules fails here.
    for (const TableDef &t : schema::tables()) {
        const ColumnDef *status = t.column(QStringLiteral("status"));
        if (!status)
            continue;
        INFO(t.name.toStdString() << ": " << status->reference.toStdString());
        REQUIRE(status->type == ColumnType::Choice);
        const ChoiceSet &set = *schema::choiceSet(status->reference);
        CHECK_FALSE(set.keys(C::Open).isEmpty());
        CHECK_FALSE(set.keys(C::Done).isEmpty());
    }
}

TEST_CASE("A row is due by its table's date column while it is open, and overdue after that date", "[rules]")
{
    const QDate today(2026, 6, 15);
    const QDate yesterday = today.addDays(-1);
    const TableDef &action = *schema::table(QStringLiteral("action"));
    const TableDef &item = *schema::table(QStringLiteral("checklist_item"));
    const TableDef &risk = *schema::table(QStringLiteral("risk"));
    CHECK(action.dueColumn == QStringLiteral("deadline"));
    CHECK(item.dueColumn == QStringLiteral("due_date"));
    CHECK(risk.dueColumn == QStringLiteral("acceptance_review_on"));
    CHECK(risk.dueWhile == QStringList{QStringLiteral("accepted")});
    int withDueColumn = 0;
    for (const TableDef &t : schema::tables()) {
        if (t.dueColumn.isEmpty())
            continue;
        ++withDueColumn;
        INFO(t.name.toStdString());
        REQUIRE(t.column(t.dueColumn));
        CHECK(t.column(t.dueColumn)->type == ColumnType::Date);
    }
    CHECK(withDueColumn == 4);
    CHECK(schema::table(QStringLiteral("supervision_order"))->dueColumn == QStringLiteral("deadline"));

    CHECK(action.isOverdue(row(QStringLiteral("planned"), action.dueColumn, yesterday), today));
    CHECK(action.isOverdue(row(QStringLiteral("in_progress"), action.dueColumn, yesterday), today));
    CHECK_FALSE(action.isOverdue(row(QStringLiteral("done"), action.dueColumn, yesterday), today));
    CHECK_FALSE(action.isOverdue(row(QStringLiteral("cancelled"), action.dueColumn, yesterday), today));
    CHECK_FALSE(action.isOverdue(row(QStringLiteral("planned"), action.dueColumn, today), today)); // due today: not yet late
    CHECK_FALSE(action.isOverdue({{QStringLiteral("status"), QStringLiteral("planned")}}, today)); // no deadline
    CHECK(action.dueDate(row(QStringLiteral("planned"), action.dueColumn, yesterday)) == yesterday);
    CHECK_FALSE(action.dueDate(row(QStringLiteral("done"), action.dueColumn, yesterday)).isValid());
    CHECK(item.isOverdue(row(QStringLiteral("not_started"), item.dueColumn, yesterday), today));
    CHECK_FALSE(item.isOverdue(row(QStringLiteral("not_applicable"), item.dueColumn, yesterday), today));
    // An accepted risk is finished, yet its acceptance falls due for review; an open one's does not.
    CHECK(risk.isClosed(row(QStringLiteral("accepted"), risk.dueColumn, yesterday)));
    CHECK(risk.isOverdue(row(QStringLiteral("accepted"), risk.dueColumn, yesterday), today));
    CHECK_FALSE(risk.isOverdue(row(QStringLiteral("open"), risk.dueColumn, yesterday), today));
    CHECK_FALSE(risk.isOverdue(row(QStringLiteral("closed"), risk.dueColumn, yesterday), today));
    // A table without a due date has nothing overdue.
    const TableDef &deviation = *schema::table(QStringLiteral("deviation"));
    CHECK_FALSE(deviation.isOverdue(row(QStringLiteral("open"), QStringLiteral("reported_on"), yesterday), today));
    CHECK(deviation.isClosed({{QStringLiteral("status"), QStringLiteral("closed")}}));
    CHECK(deviation.completion({{QStringLiteral("status"), QStringLiteral("in_progress")}}) == Completion::Open);
}

TEST_CASE("A new row starts from its table's defaults: a new person is active, a new action planned", "[rules]")
{
    const QVariantMap person = schema::table(QStringLiteral("person"))->newRow();
    CHECK(person.value(QStringLiteral("active")).toBool());
    const QVariantMap action = schema::table(QStringLiteral("action"))->newRow();
    CHECK(action.value(QStringLiteral("status")) == QStringLiteral("planned"));
    CHECK(schema::table(QStringLiteral("checklist_item"))->newRow().value(QStringLiteral("status")) == QStringLiteral("not_started"));
    CHECK(schema::table(QStringLiteral("deviation"))->newRow().value(QStringLiteral("status")) == QStringLiteral("open"));
    // Every default is a value its column takes.
    for (const TableDef &t : schema::tables()) {
        const QVariantMap values = t.newRow();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            INFO(t.name.toStdString() << "." << it.key().toStdString());
            const ColumnDef *c = t.column(it.key());
            REQUIRE(c);
            if (c->type == ColumnType::Choice)
                CHECK(schema::choiceSet(c->reference)->find(it.value().toString()));
        }
    }
}

TEST_CASE("An action made from a finding takes its priority from the finding's severity", "[rules]")
{
    CHECK(schema::priorityForSeverity(QStringLiteral("critical")) == QStringLiteral("high"));
    CHECK(schema::priorityForSeverity(QStringLiteral("high")) == QStringLiteral("high"));
    CHECK(schema::priorityForSeverity(QStringLiteral("medium")) == QStringLiteral("medium"));
    CHECK(schema::priorityForSeverity(QStringLiteral("low")) == QStringLiteral("medium"));
    CHECK(schema::priorityForSeverity(QString()) == QStringLiteral("medium"));
    const ChoiceSet &priorities = *schema::choiceSet(QStringLiteral("priority"));
    for (const Choice &severity : schema::choiceSet(QStringLiteral("severity"))->choices)
        CHECK(priorities.find(schema::priorityForSeverity(severity.key)));
}

TEST_CASE("Keys become an SQL list; none becomes an empty one", "[rules]")
{
    CHECK(schema::sqlList({QStringLiteral("done"), QStringLiteral("cancelled")}) == QStringLiteral("('done','cancelled')"));
    CHECK(schema::sqlList({}) == QStringLiteral("()"));
}
