// Sharing a unit file with the line manager: sign-off fingerprints, the change log, and merging
// a copy that went away and came back.
#include "catch.h"
#include "testsupport.h"

#include "core/review/checklisttemplate.h"
#include "core/review/yearrollover.h"
#include "core/risk/riskmatrix.h"
#include "core/risk/riskmatrixedit.h"
#include "core/sharing/changelog.h"
#include "core/sharing/merge.h"
#include "core/sharing/signoff.h"
#include "core/store/filelock.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

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
    // Elsewhere: a comment, the legal register (the report prints neither), a later year.
    add(*file, QStringLiteral("comment"), {{QStringLiteral("table_name"), QStringLiteral("goal")}, {QStringLiteral("record_id"), goal}, {QStringLiteral("body"), QStringLiteral("Bra!")}});
    add(*file, QStringLiteral("legal_requirement"), {{QStringLiteral("title"), QStringLiteral("Arbeidsmiljøloven")}});
    add(*file, QStringLiteral("review_year"), {{QStringLiteral("year"), 2027}});
    add(*file, QStringLiteral("goal"), {{QStringLiteral("year"), 2027}, {QStringLiteral("title"), QStringLiteral("Neste år")}});
    CHECK_FALSE(changed(QStringLiteral("review")));
    CHECK_FALSE(changed(QStringLiteral("action_plan")));
    // Last year's goals are printed in the report (and evaluated in it): they belong to the review.
    const QVariant result = file->record(QStringLiteral("goal"), oldGoal)->value(QStringLiteral("result"));
    REQUIRE(file->update(QStringLiteral("goal"), oldGoal, {{QStringLiteral("result"), QStringLiteral("reached")}}, &error));
    CHECK(changed(QStringLiteral("review")));
    CHECK_FALSE(changed(QStringLiteral("action_plan")));
    REQUIRE(file->update(QStringLiteral("goal"), oldGoal, {{QStringLiteral("result"), result}}, &error));
    CHECK_FALSE(changed(QStringLiteral("review")));
    // A risk (child of the year's assessment) changes the review, not the action plan.
    REQUIRE(file->update(QStringLiteral("risk"), risk, {{QStringLiteral("probability_before"), 3}}, &error));
    CHECK(changed(QStringLiteral("review")));
    CHECK_FALSE(changed(QStringLiteral("action_plan")));
    const SignOffState review = signOffStates(*file, 2026).first();
    REQUIRE(review.changes.size() == 3); // last year's goal there and back, and the risk
    CHECK(review.changes.first().table == QStringLiteral("goal"));
    CHECK(review.changes.last().column == QStringLiteral("probability_before"));
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

namespace {
// Every row of every table, with every user column (and who created it when): what "the two
// copies agree" means to a user.
QMap<QString, QString> everything(const UnitFile &file)
{
    QMap<QString, QString> rows;
    for (const TableDef &t : schema::tables()) {
        QStringList columns = t.columnNames();
        columns.removeOne(QStringLiteral("modified_at")); // a merge is a new write, at its own time
        columns.removeOne(QStringLiteral("modified_by"));
        for (const Record &r : file.records(t.name)) {
            QStringList fields;
            for (const QString &c : columns)
                fields << c + QLatin1Char('=') + r.value(c).toString();
            rows.insert(t.name + QLatin1Char('/') + r.value(QStringLiteral("id")).toString(),
                        fields.join(QLatin1Char('|')));
        }
    }
    return rows;
}
void requireSame(const UnitFile &a, const UnitFile &b)
{
    const QMap<QString, QString> left = everything(a), right = everything(b);
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        INFO(it.key().toStdString() << "\n  A: " << it.value().toStdString()
                                     << "\n  B: " << right.value(it.key()).toStdString());
        CHECK(right.value(it.key()) == it.value());
    }
    for (auto it = right.cbegin(); it != right.cend(); ++it) {
        INFO("only in B: " << it.key().toStdString());
        CHECK(left.contains(it.key()));
    }
    REQUIRE(left == right);
}
MergePlan planFrom(const UnitFile &into, const UnitFile &from)
{
    MergePlan plan;
    QString error;
    const bool planned = planMerge(into, from, &plan, &error);
    INFO(error.toStdString());
    REQUIRE(planned);
    for (const MergeConflict &c : plan.conflicts)
        UNSCOPED_INFO("conflict: " << c.table.toStdString() << " " << c.label.toStdString() << " "
                                   << c.column.toStdString() << " " << int(c.kind));
    return plan;
}
void mergeInto(UnitFile &into, const UnitFile &from, const QList<ConflictChoice> &choices = {})
{
    const MergePlan plan = planFrom(into, from);
    QString error;
    MergeSummary summary;
    const bool merged = applyMerge(into, plan, choices, &summary, &error);
    INFO(error.toStdString());
    REQUIRE(merged);
}
void set(UnitFile &f, const QString &table, const QString &id, const Record &values)
{
    QString error;
    const bool updated = f.update(table, id, values, &error);
    INFO(error.toStdString());
    REQUIRE(updated);
}
void nextYear(UnitFile &f, int year)
{
    QString error;
    const auto checklist = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error);
    REQUIRE(checklist);
    RolloverResult result;
    const bool started = startNextYear(f, year, *checklist, &result, &error);
    INFO(error.toStdString());
    REQUIRE(started);
}
QString carriedFrom(const UnitFile &f, const QString &action)
{
    for (const Record &r : f.records(QStringLiteral("action")))
        if (r.value(QStringLiteral("carried_from_id")).toString() == action)
            return r.value(QStringLiteral("id")).toString();
    return {};
}
} // namespace

TEST_CASE("Two copies merged back and forth for three rounds end identical; a real conflict stays one")
{
    QTemporaryDir dir;
    QString error;
    auto a = UnitFile::create(dir.filePath(QStringLiteral("a.db")), {QStringLiteral("Enhet"), 2025, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(a);
    a->setUserName(QStringLiteral("koordinator"));
    const QString kari = add(*a, QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Kari")}});
    const QString ola = add(*a, QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Ola")}});
    const QString goal = add(*a, QStringLiteral("goal"), {{QStringLiteral("year"), 2025}, {QStringLiteral("title"), QStringLiteral("Null skader")}});
    const QString kept = add(*a, QStringLiteral("action"), {{QStringLiteral("year"), 2025}, {QStringLiteral("title"), QStringLiteral("Rydd lageret")}, {QStringLiteral("responsible_id"), ola}});
    const QString dropped = add(*a, QStringLiteral("action"), {{QStringLiteral("year"), 2025}, {QStringLiteral("title"), QStringLiteral("Nytt skilt")}});
    const QString assessment = add(*a, QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2025}, {QStringLiteral("title"), QStringLiteral("Lab")}});
    const QString risk = add(*a, QStringLiteral("risk"), {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("event"), QStringLiteral("Søl")}});
    REQUIRE(a->saveCopy(dir.filePath(QStringLiteral("b.db")), &error));
    auto b = reopen(dir.filePath(QStringLiteral("b.db")));
    b->setUserName(QStringLiteral("leder"));

    // Round 1. A edits and starts 2026 (locking 2025); B, not knowing, edits 2025 and people,
    // comments and deletes an action that A carried over.
    set(*a, QStringLiteral("action"), kept, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    set(*a, QStringLiteral("person"), kari, {{QStringLiteral("position"), QStringLiteral("Rådgiver")}});
    nextYear(*a, 2026);
    set(*b, QStringLiteral("person"), ola, {{QStringLiteral("email"), QStringLiteral("ola@example.org")}});
    set(*b, QStringLiteral("risk"), risk, {{QStringLiteral("probability_before"), 4}});
    const QString comment = add(*b, QStringLiteral("comment"), {{QStringLiteral("table_name"), QStringLiteral("goal")}, {QStringLiteral("record_id"), goal}, {QStringLiteral("body"), QStringLiteral("Bra mål")}});
    const QString per = add(*b, QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Per")}});
    REQUIRE(b->remove(QStringLiteral("action"), dropped, &error));
    CHECK(planFrom(*a, *b).conflicts.isEmpty());
    mergeInto(*a, *b);
    CHECK(planFrom(*b, *a).conflicts.isEmpty());
    mergeInto(*b, *a);
    requireSame(*a, *b);
    CHECK(b->isYearLocked(2025));
    CHECK(a->record(QStringLiteral("risk"), risk)->value(QStringLiteral("probability_before")).toInt() == 4);
    CHECK_FALSE(a->record(QStringLiteral("action"), dropped));
    const QString carried = carriedFrom(*a, kept);
    REQUIRE_FALSE(carried.isEmpty());

    // Round 2. B works in 2026 (which A also works in), edits what A edited in round 1, and starts
    // 2027 (locking 2026); A edits another field of the same action, deletes a person B edited in
    // round 1, resolves B's comment and reports a deviation in 2026.
    set(*b, QStringLiteral("action"), carried, {{QStringLiteral("status"), QStringLiteral("done")}});
    set(*b, QStringLiteral("person"), kari, {{QStringLiteral("position"), QStringLiteral("Seniorrådgiver")}});
    REQUIRE(b->remove(QStringLiteral("person"), per, &error));
    nextYear(*b, 2027);
    const QString wet = add(*b, QStringLiteral("deviation"), {{QStringLiteral("year"), 2027}, {QStringLiteral("reported_on"), QStringLiteral("2027-01-10")}, {QStringLiteral("title"), QStringLiteral("Vått")}});
    const QString slip = add(*b, QStringLiteral("deviation"), {{QStringLiteral("year"), 2027}, {QStringLiteral("reported_on"), QStringLiteral("2027-01-11")}, {QStringLiteral("title"), QStringLiteral("Skli")}});
    set(*a, QStringLiteral("action"), carried, {{QStringLiteral("title"), QStringLiteral("Rydd lageret, del 2")}});
    REQUIRE(a->remove(QStringLiteral("person"), ola, &error));
    set(*a, QStringLiteral("comment"), comment, {{QStringLiteral("resolved"), 1}});
    const QString fall = add(*a, QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-04-01")}, {QStringLiteral("title"), QStringLiteral("Fall")}});
    CHECK(planFrom(*a, *b).conflicts.isEmpty());
    mergeInto(*a, *b);
    CHECK(planFrom(*b, *a).conflicts.isEmpty());
    mergeInto(*b, *a);
    requireSame(*a, *b);
    CHECK(a->isYearLocked(2026));
    CHECK(b->record(QStringLiteral("deviation"), fall));
    CHECK_FALSE(b->record(QStringLiteral("person"), ola));
    CHECK(b->record(QStringLiteral("action"), kept)->value(QStringLiteral("responsible_id")).isNull());
    const Record action = *a->record(QStringLiteral("action"), carried);
    CHECK(action.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(action.value(QStringLiteral("title")).toString() == QStringLiteral("Rydd lageret, del 2"));
    CHECK(a->record(QStringLiteral("person"), kari)->value(QStringLiteral("position")).toString() == QStringLiteral("Seniorrådgiver"));

    // Round 3. Both retitle the same deviation; B deletes one that A edits. Each is a conflict,
    // settled in A (theirs, mine); the second comes back to B as a conflict, settled there.
    set(*a, QStringLiteral("deviation"), wet, {{QStringLiteral("title"), QStringLiteral("Vått gulv")}});
    set(*b, QStringLiteral("deviation"), wet, {{QStringLiteral("title"), QStringLiteral("Glatt gulv")}});
    set(*a, QStringLiteral("deviation"), slip, {{QStringLiteral("severity"), QStringLiteral("high")}});
    REQUIRE(b->remove(QStringLiteral("deviation"), slip, &error));
    MergePlan plan = planFrom(*a, *b);
    REQUIRE(plan.conflicts.size() == 2);
    CHECK(plan.conflicts[0].kind == MergeConflict::Kind::BothEdited);
    CHECK(plan.conflicts[0].column == QStringLiteral("title"));
    CHECK(plan.conflicts[0].theirs.toString() == QStringLiteral("Glatt gulv"));
    CHECK(plan.conflicts[1].kind == MergeConflict::Kind::EditedHereDeletedThere);
    CHECK(plan.conflicts[1].recordId == slip);
    mergeInto(*a, *b, {ConflictChoice::Theirs, ConflictChoice::Mine});
    plan = planFrom(*b, *a);
    REQUIRE(plan.conflicts.size() == 1); // the title is settled; the kept deviation is not
    CHECK(plan.conflicts[0].kind == MergeConflict::Kind::DeletedHereEditedThere);
    mergeInto(*b, *a, {ConflictChoice::Theirs});
    requireSame(*a, *b);
    CHECK(b->record(QStringLiteral("deviation"), slip)->value(QStringLiteral("severity")).toString() == QStringLiteral("high"));
    CHECK(b->record(QStringLiteral("deviation"), wet)->value(QStringLiteral("title")).toString() == QStringLiteral("Glatt gulv"));
    CHECK(planFrom(*a, *b).isEmpty());
    CHECK(planFrom(*b, *a).isEmpty());
}

namespace {
bool reviewChanged(const UnitFile &file, int year)
{
    const QList<SignOffState> states = signOffStates(file, year);
    REQUIRE(states.size() == 1);
    return states.first().changedSince;
}
} // namespace

TEST_CASE("A sign-off covers the people, the risk matrix and the signer's own entry")
{
    QTemporaryDir dir;
    auto file = make(dir, QStringLiteral("s.db"));
    QString error;
    const QString person = add(*file, QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Kari")}});
    add(*file, QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Tiltak")}, {QStringLiteral("responsible_id"), person}});
    const QString signoff = signOff(*file, 2026, QStringLiteral("review"), QStringLiteral("  Linn Leder "), QStringLiteral("Instituttleder"), QStringLiteral("Godkjent"), &error);
    REQUIRE_FALSE(signoff.isEmpty());
    CHECK(file->record(QStringLiteral("signoff"), signoff)->value(QStringLiteral("fingerprint")).toString().startsWith(QStringLiteral("v2:")));
    CHECK_FALSE(reviewChanged(*file, 2026)); // the name as stored (trimmed) is what was fingerprinted
    REQUIRE(file->count(QStringLiteral("matrix_cell")) == 25);

    SECTION("a person's name")
    {
        REQUIRE(file->update(QStringLiteral("person"), person, {{QStringLiteral("name"), QStringLiteral("Kari Nordmann")}}, &error));
        CHECK(reviewChanged(*file, 2026));
        REQUIRE(file->update(QStringLiteral("person"), person, {{QStringLiteral("name"), QStringLiteral("Kari")}}, &error));
        CHECK_FALSE(reviewChanged(*file, 2026));
    }
    SECTION("a level of the risk matrix")
    {
        REQUIRE(RiskMatrix::load(*file).level(5, 5) == RiskMatrix::Level::Unacceptable);
        REQUIRE(setRiskMatrixLevel(*file, 5, 5, RiskMatrix::Level::Acceptable, &error));
        CHECK(reviewChanged(*file, 2026));
        const QList<SignOffState> states = signOffStates(*file, 2026);
        REQUIRE_FALSE(states.first().changes.isEmpty());
        CHECK(states.first().changes.last().table == QStringLiteral("matrix_cell"));
    }
    SECTION("a label and a consequence category of the matrix")
    {
        REQUIRE(setRiskMatrixLabel(*file, QStringLiteral("probability"), 1, QStringLiteral("Aldri"), QStringLiteral("Never"), &error));
        CHECK(reviewChanged(*file, 2026));
    }
    SECTION("a new consequence category")
    {
        REQUIRE_FALSE(addRiskCategory(*file, QStringLiteral("Omdømme"), QStringLiteral("Reputation"), &error).isEmpty());
        CHECK(reviewChanged(*file, 2026));
    }
    SECTION("the signer's name or date in the sign-off itself")
    {
        REQUIRE(file->update(QStringLiteral("signoff"), signoff, {{QStringLiteral("name"), QStringLiteral("Noen Andre")}}, &error));
        CHECK(reviewChanged(*file, 2026));
    }
    SECTION("the signing time")
    {
        REQUIRE(file->update(QStringLiteral("signoff"), signoff, {{QStringLiteral("signed_at"), QStringLiteral("2020-01-01T00:00:00.000Z")}}, &error));
        CHECK(reviewChanged(*file, 2026));
    }
    SECTION("the action plan's sign-off covers the responsible person")
    {
        REQUIRE_FALSE(signOff(*file, 2026, QStringLiteral("action_plan"), QStringLiteral("Linn"), QStringLiteral("Leder"), {}, &error).isEmpty());
        REQUIRE(file->update(QStringLiteral("person"), person, {{QStringLiteral("name"), QStringLiteral("Kari Nordmann")}}, &error));
        for (const SignOffState &s : signOffStates(*file, 2026))
            CHECK(s.changedSince);
    }
}

namespace {
// The fingerprint as sign-offs recorded it before "v2:" (issue 15), copied here from the program
// as it was, so that a change to the program's copy (fingerprintV1) shows.
QString fingerprintAsBefore(const UnitFile &file, int year)
{
    QStringList tables;
    for (const TableDef &t : schema::tables()) {
        if (t.name == QLatin1String("signoff") || t.name == QLatin1String("review_year"))
            continue;
        const TableDef *owner = &t;
        while (!owner->yearScoped && !owner->parentColumn().isEmpty())
            owner = schema::table(owner->column(owner->parentColumn())->reference);
        if (owner->yearScoped)
            tables << t.name;
    }
    QHash<QString, QSet<QString>> ids;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : tables) {
        const TableDef &t = *schema::table(name);
        QList<Record> kept;
        if (t.yearScoped) {
            kept = file.records(name, RecordFilter::ofYear(year));
        } else {
            const ColumnDef *parent = t.column(t.parentColumn());
            for (const Record &r : file.records(name))
                if (ids[parent->reference].contains(r.value(parent->name).toString()))
                    kept << r;
        }
        for (const Record &r : kept)
            ids[name].insert(r.value(QStringLiteral("id")).toString());
        std::sort(kept.begin(), kept.end(), [](const Record &a, const Record &b) {
            return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
        });
        for (const Record &r : kept) {
            QJsonObject o{{QStringLiteral("#table"), name}, {QStringLiteral("#id"), r.value(QStringLiteral("id")).toString()}};
            for (const ColumnDef &c : t.columns)
                if (c.sinceFormat == 1) // the columns that program knew
                    o.insert(c.name, QJsonValue::fromVariant(r.value(c.name)));
            hash.addData(QJsonDocument(o).toJson(QJsonDocument::Compact));
            hash.addData(QByteArrayView("\n"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

TEST_CASE("A sign-off made before fingerprints had versions still verifies, by the algorithm it was made with")
{
    QTemporaryDir dir;
    auto file = make(dir, QStringLiteral("old.db"));
    QString error;
    const QString assessment = add(*file, QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Lab")}});
    const QString risk = add(*file, QStringLiteral("risk"), {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("event"), QStringLiteral("Søl")}});
    add(*file, QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("reported_on"), QStringLiteral("2026-02-01")}, {QStringLiteral("title"), QStringLiteral("Fall")}});
    // As the program wrote sign-offs then: the fingerprint bare, without a version.
    const QString old = fingerprintAsBefore(*file, 2026);
    CHECK(fingerprintV1(*file, 2026, QStringLiteral("review")) == old);
    add(*file, QStringLiteral("signoff"), {{QStringLiteral("year"), 2026}, {QStringLiteral("scope"), QStringLiteral("review")},
                                           {QStringLiteral("name"), QStringLiteral("Linn Leder")}, {QStringLiteral("role"), QStringLiteral("Leder")},
                                           {QStringLiteral("signed_at"), UnitFile::nowUtc()}, {QStringLiteral("fingerprint"), old}});
    CHECK_FALSE(reviewChanged(*file, 2026));
    // What it covered still counts as a change.
    REQUIRE(file->update(QStringLiteral("risk"), risk, {{QStringLiteral("probability_before"), 2}}, &error));
    CHECK(reviewChanged(*file, 2026));
    CHECK(signOffStates(*file, 2026).first().changes.size() == 1);
}

namespace {
// A lock file as QLockFile writes it (pid, program, computer, machine id, boot id), left by
// another computer `age` seconds ago.
void forgeLock(const QString &unitPath, const QByteArray &host, qint64 age)
{
    const QString path = lockFilePath(unitPath);
    QFile lock(path);
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\ninternkontroll\n" + host + "\n0123456789abcdef0123456789abcdef\nboot-of-" + host + "\n");
    REQUIRE(lock.flush()); // before the time is set: writing sets it
    REQUIRE(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-age), QFileDevice::FileModificationTime));
    lock.close();
}
} // namespace

TEST_CASE("A lock left by another computer is shown with its holder, and can be broken on purpose")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("delt.db"));
    QString error;
    REQUIRE(UnitFile::create(path, {QStringLiteral("Enhet"), 2026, QStringLiteral("ntnu"), {}}, &error));
    forgeLock(path, "laptop-kari", 3 * 24 * 3600);

    const std::optional<LockHolder> holder = lockHolder(path);
    REQUIRE(holder);
    CHECK(holder->pid == 4242);
    CHECK(holder->host == QStringLiteral("laptop-kari"));
    CHECK(holder->application == QStringLiteral("internkontroll"));
    CHECK(holder->otherComputer);
    CHECK(holder->old);
    CHECK(holder->looksAbandoned());
    CHECK(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc()) - 3 * 24 * 3600) < 60);
    CHECK(holder->describe().contains(QStringLiteral("laptop-kari")));
    CHECK(holder->describe().contains(QStringLiteral("4242")));

    // Opened as usual: read-only, saying who holds it, and the lock stays.
    {
        auto file = reopen(path);
        CHECK(file->isReadOnly());
        REQUIRE(file->heldElsewhere());
        REQUIRE(file->heldElsewhere()->holder);
        CHECK(file->heldElsewhere()->holder->host == QStringLiteral("laptop-kari"));
        CHECK(file->readOnlyReason().contains(QStringLiteral("laptop-kari")));
        CHECK(file->readOnlyReason().contains(QStringLiteral("another computer")));
        CHECK(lockHolder(path)->pid == 4242);
    }
    // Broken on purpose: writable, the lock is this program's, and the file tells whose was broken.
    FileCheck check;
    {
        auto file = UnitFile::openBreakingLock(path, QStringLiteral("the laptop crashed"), &check);
        REQUIRE(file);
        CHECK_FALSE(file->isReadOnly());
        CHECK_FALSE(file->heldElsewhere());
        CHECK(lockHolder(path)->pid == QCoreApplication::applicationPid());
        REQUIRE(file->setMeta(QStringLiteral("probe"), QStringLiteral("written"), &error));
        const QString record = file->meta(QStringLiteral("lock_broken"));
        CHECK(record.contains(QStringLiteral("the laptop crashed")));
        CHECK(record.contains(QStringLiteral("laptop-kari")));
        CHECK(record.contains(QStringLiteral("4242")));
        // While it is held here, another window's attempt to break it is refused: this
        // computer's running program does not look abandoned.
        auto second = UnitFile::openBreakingLock(path, QStringLiteral("again"), &check);
        REQUIRE(second);
        CHECK(second->isReadOnly());
        REQUIRE(second->heldElsewhere());
        CHECK_FALSE(second->heldElsewhere()->holder->looksAbandoned());
        CHECK_FALSE(second->heldElsewhere()->notBroken.isEmpty());
        CHECK(lockHolder(path)->pid == QCoreApplication::applicationPid());
    }
    CHECK_FALSE(QFileInfo::exists(lockFilePath(path))); // released on closing

    // Another computer's lock looks abandoned however fresh; any lock does after 12 hours.
    forgeLock(path, "laptop-kari", 60);
    CHECK(lockHolder(path)->looksAbandoned());
    CHECK_FALSE(lockHolder(path)->old);
    CHECK(lockHolder(path, QDateTime::currentDateTimeUtc().addSecs(13 * 3600))->old);
}

TEST_CASE("A file left half-written under another computer's lock is rolled back once the lock is broken")
{
    QTemporaryDir dir;
    QString error;
    const QString source = dir.filePath(QStringLiteral("source.db"));
    REQUIRE(UnitFile::create(source, {QStringLiteral("Enhet"), 2026, QStringLiteral("ntnu"), {}}, &error));
    // The file and its journal in the middle of a write, as the laptop's crash left them.
    const QString path = dir.filePath(QStringLiteral("delt.db"));
    REQUIRE(iktest::snapshotMidTransaction(source, path));
    forgeLock(path, "laptop-kari", 3600);
    REQUIRE(inspectFile(path).hotJournal);
    CHECK(lockHolder(path)); // the check leaves another computer's lock alone

    FileCheck check;
    CHECK_FALSE(UnitFile::open(path, UnitFile::Mode::ReadWrite, &check)); // read-only cannot roll back
    INFO(check.message.toStdString());
    CHECK(check.message.contains(QStringLiteral("stopped")));
    auto file = UnitFile::openBreakingLock(path, QStringLiteral("the laptop crashed while saving"), &check);
    INFO(check.message.toStdString());
    REQUIRE(file);
    CHECK_FALSE(file->isReadOnly());
    CHECK(file->meta(QStringLiteral("half0")).isEmpty()); // the unfinished write is gone
    CHECK(file->unitName() == QStringLiteral("Enhet"));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A copy whose risk matrix was resized merges back: the old cells leave before the new ones come")
{
    QTemporaryDir dir;
    auto original = make(dir, QStringLiteral("mine.db"));
    QString error;
    const QString copyPath = dir.filePath(QStringLiteral("theirs.db"));
    REQUIRE(original->saveCopy(copyPath, &error));
    auto copy = reopen(copyPath);
    copy->setUserName(QStringLiteral("leder"));
    QList<RiskMove> moved;
    INFO(error.toStdString());
    REQUIRE(resizeRiskMatrix(*copy, 4, 6, &moved, &error));

    MergePlan plan;
    REQUIRE(planMerge(*original, *copy, &plan, &error));
    MergeSummary summary;
    REQUIRE(applyMerge(*original, plan, {}, &summary, &error));
    const RiskMatrix mine = RiskMatrix::load(*original), theirs = RiskMatrix::load(*copy);
    CHECK(mine.probabilitySteps() == 4);
    CHECK(mine.consequenceSteps() == 6);
    for (int p = 1; p <= 4; ++p)
        for (int c = 1; c <= 6; ++c)
            CHECK(mine.level(p, c) == theirs.level(p, c));
    CHECK(original->count(QStringLiteral("matrix_cell")) == 24);
}

TEST_CASE("Before a review is signed off, what it still lacks is listed, in the language asked for")
{
    QTemporaryDir dir;
    auto file = make(dir, QStringLiteral("gaps.db"));
    QString error;
    const QStringList before = reviewGaps(*file, 2025, QStringLiteral("en"));
    REQUIRE(before.size() == 3);
    CHECK(before[0].startsWith(QStringLiteral("The annual system review (FO-4) is not assessed for: (a)")));
    CHECK(before[1].contains(QStringLiteral("(a) Status against the HSE goals")));
    CHECK(before[2].startsWith(QStringLiteral("Checklist items not done: ")));
    CHECK(reviewGaps(*file, 2025, QStringLiteral("nb"))[2].startsWith(QStringLiteral("Sjekklistepunkter som ikke er utført: ")));

    // Every criterion assessed, every section written, every item done: nothing is missing.
    for (const Choice &c : schema::choiceSet(QStringLiteral("review_criterion"))->choices)
        REQUIRE_FALSE(file->insert(QStringLiteral("system_review"), {{QStringLiteral("year"), 2025}, {QStringLiteral("criterion"), c.key},
                                                                    {QStringLiteral("assessment"), QStringLiteral("fulfilled")}},
                                   &error)
                          .isEmpty());
    for (const Choice &c : schema::choiceSet(QStringLiteral("report_section"))->choices)
        REQUIRE_FALSE(file->insert(QStringLiteral("report_text"), {{QStringLiteral("year"), 2025}, {QStringLiteral("section"), c.key},
                                                                  {QStringLiteral("body"), QStringLiteral("Skrevet.")}},
                                   &error)
                          .isEmpty());
    for (const Record &item : file->records(QStringLiteral("checklist_item"), RecordFilter::ofYear(2025)))
        REQUIRE(file->update(QStringLiteral("checklist_item"), item.value(QStringLiteral("id")).toString(),
                             {{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("completed_on"), QStringLiteral("2025-11-30")}},
                             &error));
    INFO(error.toStdString());
    CHECK(reviewGaps(*file, 2025, QStringLiteral("en")).isEmpty());
}
