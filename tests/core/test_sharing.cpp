// Sharing a unit file with the line manager: sign-off fingerprints, the change log, and merging
// a copy that went away and came back.
#include "catch.h"
#include "testsupport.h"

#include "core/sharing/changelog.h"
#include "core/sharing/merge.h"
#include "core/sharing/signoff.h"
#include "core/store/unitfile.h"

using namespace ik;

namespace {
std::unique_ptr<UnitFile> make(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto f = UnitFile::create(dir.filePath(name), {QStringLiteral("Enhet"), 2025, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(f);
    REQUIRE_FALSE(f->insert(QStringLiteral("review_year"), {{QStringLiteral("year"), 2026}}, &error).isEmpty());
    return f;
}
QString add(UnitFile &f, const QString &table, const Record &row)
{
    QString error;
    const QString id = f.insert(table, row, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(id.isEmpty());
    return id;
}
std::unique_ptr<UnitFile> reopen(const QString &path, UnitFile::Mode mode = UnitFile::Mode::ReadWrite)
{
    FileCheck check;
    auto f = UnitFile::open(path, mode, &check);
    REQUIRE(f);
    return f;
}
} // namespace

TEST_CASE("A change to signed content flips 'changed since sign-off'; a change elsewhere does not")
{
    QTemporaryDir dir;
    auto file = make(dir, QStringLiteral("s.db"));
    const QString goal = add(*file, QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Null skader")}});
    const QString oldGoal = add(*file, QStringLiteral("goal"), {{QStringLiteral("year"), 2025}, {QStringLiteral("title"), QStringLiteral("I fjor")}});
    const QString assessment = add(*file, QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Lab")}});
    const QString risk = add(*file, QStringLiteral("risk"), {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("event"), QStringLiteral("Søl")}});
    const QString action = add(*file, QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Tiltak")}});
    QString error;
    REQUIRE_FALSE(signOff(*file, 2026, QStringLiteral("review"), QStringLiteral("Linn Leder"), QStringLiteral("Instituttleder"), {}, &error).isEmpty());
    REQUIRE_FALSE(signOff(*file, 2026, QStringLiteral("action_plan"), QStringLiteral("Linn Leder"), QStringLiteral("Instituttleder"), {}, &error).isEmpty());
    const auto changed = [&](const QString &scope) {
        for (const SignOffState &s : signOffStates(*file, 2026))
            if (s.scope == scope)
                return s.changedSince;
        FAIL("no sign-off for " << scope.toStdString());
        return false;
    };
    CHECK_FALSE(changed(QStringLiteral("review")));
    // Elsewhere: last year's goal, a person, a comment.
    file->update(QStringLiteral("goal"), oldGoal, {{QStringLiteral("result"), QStringLiteral("reached")}}, &error);
    add(*file, QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Ny Person")}});
    add(*file, QStringLiteral("comment"), {{QStringLiteral("table_name"), QStringLiteral("goal")}, {QStringLiteral("record_id"), goal}, {QStringLiteral("body"), QStringLiteral("Bra!")}});
    CHECK_FALSE(changed(QStringLiteral("review")));
    CHECK_FALSE(changed(QStringLiteral("action_plan")));
    // A risk (child of the year's assessment) changes the review, not the action plan.
    REQUIRE(file->update(QStringLiteral("risk"), risk, {{QStringLiteral("probability_before"), 3}}, &error));
    CHECK(changed(QStringLiteral("review")));
    CHECK_FALSE(changed(QStringLiteral("action_plan")));
    const SignOffState review = signOffStates(*file, 2026).first();
    REQUIRE(review.changes.size() == 1);
    CHECK(review.changes.first().column == QStringLiteral("probability_before"));
    // Putting the value back restores the signed state; editing the action flips the plan.
    file->update(QStringLiteral("risk"), risk, {{QStringLiteral("probability_before"), QVariant()}}, &error);
    CHECK_FALSE(changed(QStringLiteral("review")));
    file->update(QStringLiteral("action"), action, {{QStringLiteral("status"), QStringLiteral("done")}}, &error);
    CHECK(changed(QStringLiteral("action_plan")));
    // Withdrawing is logged and takes the sign-off out of force.
    const QString id = signOffStates(*file, 2026).first().id;
    REQUIRE(withdrawSignOff(*file, id, QStringLiteral("Feil år"), &error));
    CHECK(signOffStates(*file, 2026).size() == 1);
    ChangeFilter signoffs;
    signoffs.tables << QStringLiteral("signoff");
    CHECK(changeLog(*file, signoffs).last().column == QStringLiteral("withdrawn_reason"));
}

TEST_CASE("Merging a returned copy: one-sided changes apply, conflicts are reported")
{
    QTemporaryDir dir;
    auto original = make(dir, QStringLiteral("mine.db"));
    const QString goal = add(*original, QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Mål")}, {QStringLiteral("measure"), QStringLiteral("Avvik")}});
    const QString action = add(*original, QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Felles tiltak")}});
    const QString doomed = add(*original, QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Slettes der")}});
    const QString contested = add(*original, QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Strid")}});
    QString error;
    const QString copyPath = dir.filePath(QStringLiteral("theirs.db"));
    REQUIRE(original->saveCopy(copyPath, &error));
    auto copy = reopen(copyPath);
    copy->setUserName(QStringLiteral("leder"));

    // Added on both sides.
    const QString mineNew = add(*original, QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-01")}, {QStringLiteral("title"), QStringLiteral("Her")}});
    const QString theirNew = add(*copy, QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-03-02")}, {QStringLiteral("title"), QStringLiteral("Der")}});
    // Different fields of one record.
    original->update(QStringLiteral("goal"), goal, {{QStringLiteral("title"), QStringLiteral("Mål, skjerpet")}}, &error);
    copy->update(QStringLiteral("goal"), goal, {{QStringLiteral("measure"), QStringLiteral("Avvik per tertial")}}, &error);
    // The same field of one record.
    original->update(QStringLiteral("action"), action, {{QStringLiteral("status"), QStringLiteral("in_progress")}}, &error);
    copy->update(QStringLiteral("action"), action, {{QStringLiteral("status"), QStringLiteral("done")}}, &error);
    // Deleted there; deleted there but edited here.
    REQUIRE(copy->remove(QStringLiteral("action"), doomed, &error));
    REQUIRE(copy->remove(QStringLiteral("action"), contested, &error));
    REQUIRE(original->update(QStringLiteral("action"), contested, {{QStringLiteral("priority"), QStringLiteral("low")}}, &error));

    MergePlan plan;
    REQUIRE(planMerge(*original, *copy, &plan, &error));
    CHECK(plan.inserts.size() == 1);
    CHECK(plan.updates.size() == 1);
    CHECK(plan.deletes.size() == 1);
    REQUIRE(plan.conflicts.size() == 2);
    int bothEdited = 0, deletedThere = 0;
    for (const MergeConflict &c : plan.conflicts) {
        if (c.kind == MergeConflict::Kind::BothEdited) {
            ++bothEdited;
            CHECK(c.column == QStringLiteral("status"));
            CHECK(c.mine.toString() == QStringLiteral("in_progress"));
            CHECK(c.theirs.toString() == QStringLiteral("done"));
        }
        deletedThere += c.kind == MergeConflict::Kind::EditedHereDeletedThere;
    }
    CHECK(bothEdited == 1);
    CHECK(deletedThere == 1);

    // Conflict-free part only.
    MergeSummary summary;
    REQUIRE(applyMerge(*original, plan, {}, &summary, &error));
    CHECK(summary.conflictsSkipped == 2);
    CHECK(original->record(QStringLiteral("deviation"), mineNew));
    CHECK(original->record(QStringLiteral("deviation"), theirNew));
    const Record mergedGoal = *original->record(QStringLiteral("goal"), goal);
    CHECK(mergedGoal.value(QStringLiteral("title")).toString() == QStringLiteral("Mål, skjerpet"));
    CHECK(mergedGoal.value(QStringLiteral("measure")).toString() == QStringLiteral("Avvik per tertial"));
    CHECK(original->record(QStringLiteral("action"), action)->value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    CHECK_FALSE(original->record(QStringLiteral("action"), doomed));
    CHECK(original->record(QStringLiteral("action"), contested));

    // Merging the same copy again now only shows the two conflicts; choosing theirs settles them.
    REQUIRE(planMerge(*original, *copy, &plan, &error));
    CHECK(plan.inserts.isEmpty());
    CHECK(plan.conflicts.size() == 2);
    REQUIRE(applyMerge(*original, plan, QList<ConflictChoice>(2, ConflictChoice::Theirs), &summary, &error));
    CHECK(original->record(QStringLiteral("action"), action)->value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK_FALSE(original->record(QStringLiteral("action"), contested));
}

TEST_CASE("A file that is not a copy is not merged")
{
    QTemporaryDir dir;
    auto a = make(dir, QStringLiteral("a.db"));
    auto b = make(dir, QStringLiteral("b.db"));
    MergePlan plan;
    QString error;
    CHECK_FALSE(planMerge(*a, *b, &plan, &error));
    CHECK(error.contains(QStringLiteral("not a copy")));
}
