#include "catch.h"

#include "core/review/checklisttemplate.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace ik;

namespace {
// The IDs of the guideline's requirements, from the copy kept in docs/.
QStringList requirementIds()
{
    QFile f(QStringLiteral(IK_SOURCE_DIR "/docs/requirements.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    static const QRegularExpression row(QStringLiteral("^\\| ((?:IG|KA|PL|FO|RA|IK)-\\d+) \\|"),
                                        QRegularExpression::MultilineOption);
    QStringList ids;
    for (auto it = row.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

QByteArray itemJson(const QString &fields)
{
    return QStringLiteral(R"({"id":"t","version":1,"name":{"nb":"T","en":"T"},"items":[{%1}]})")
        .arg(fields)
        .toUtf8();
}
const QString kGoodItem = QStringLiteral(
    R"("key":"a.b","phase":"initiate","title":{"nb":"Tittel","en":"Title"},)"
    R"("guidance":{"nb":"Gjør","en":"Do"},"requirements":["IG-1"],"recurrence":"yearly",)"
    R"("role":"line_manager","due":"03-01")");
} // namespace

TEST_CASE("The built-in template covers every requirement of the guideline")
{
    QString error;
    const auto t = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error);
    REQUIRE(t);
    INFO(error.toStdString());
    const QStringList ids = requirementIds();
    REQUIRE(ids.size() == 36); // IG-1…8, KA-1…9, PL-1…4, FO-1…4, RA-1…3, IK-1…8
    const QStringList covered = t->coveredRequirements();
    QStringList missing;
    for (const QString &id : ids)
        if (!covered.contains(id))
            missing << id;
    INFO("uncovered: " << missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
    for (const QString &id : covered)
        CHECK(ids.contains(id)); // no item names a requirement that does not exist
}

TEST_CASE("Every template item has both languages and a phase of the cycle")
{
    QString error;
    const auto t = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error);
    REQUIRE(t);
    QSet<QString> phases;
    for (const TemplateItem &i : t->items()) {
        CHECK_FALSE(i.titleNb.isEmpty());
        CHECK_FALSE(i.titleEn.isEmpty());
        CHECK_FALSE(i.guidanceNb.isEmpty());
        CHECK_FALSE(i.guidanceEn.isEmpty());
        phases.insert(i.phase);
    }
    CHECK(phases.size() == 5);
}

TEST_CASE("Template loader refuses faulty templates with a message")
{
    QString error;
    CHECK(ChecklistTemplate::fromJson(itemJson(kGoodItem), &error));
    CHECK_FALSE(ChecklistTemplate::fromJson("{not json", &error));
    CHECK(error.contains(QStringLiteral("JSON")));
    QString noEnglish = kGoodItem;
    noEnglish.replace(QStringLiteral(R"("en":"Title")"), QStringLiteral(R"("en":"")"));
    CHECK_FALSE(ChecklistTemplate::fromJson(itemJson(noEnglish), &error));
    CHECK(error.contains(QStringLiteral("title")));
    QString badPhase = kGoodItem;
    badPhase.replace(QStringLiteral("\"initiate\""), QStringLiteral("\"celebrate\""));
    CHECK_FALSE(ChecklistTemplate::fromJson(itemJson(badPhase), &error));
    CHECK(error.contains(QStringLiteral("celebrate")));
    QString badId = kGoodItem;
    badId.replace(QStringLiteral("IG-1"), QStringLiteral("XX-1"));
    CHECK_FALSE(ChecklistTemplate::fromJson(itemJson(badId), &error));
    QString badDue = kGoodItem;
    badDue.replace(QStringLiteral("03-01"), QStringLiteral("02-30"));
    CHECK_FALSE(ChecklistTemplate::fromJson(itemJson(badDue), &error));
    CHECK_FALSE(ChecklistTemplate::fromJson(itemJson(kGoodItem + QStringLiteral("},{") + kGoodItem), &error));
    CHECK(error.contains(QStringLiteral("twice")));
}

TEST_CASE("Recurrence decides which items fall due in a year")
{
    QString error;
    const auto t = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error);
    REQUIRE(t);
    const auto count = [](const QList<ChecklistTemplate::Occurrence> &list, const QString &recurrence) {
        return std::count_if(list.begin(), list.end(),
                             [&](const auto &o) { return o.item->recurrence == recurrence; });
    };
    qsizetype biennialItems = 0, onceItems = 0, tertialItems = 0;
    for (const TemplateItem &i : t->items()) {
        biennialItems += i.recurrence == QLatin1String("biennial");
        onceItems += i.recurrence == QLatin1String("once");
        tertialItems += i.recurrence == QLatin1String("tertial");
    }
    REQUIRE(biennialItems > 0);
    REQUIRE(tertialItems > 0);
    const auto first = t->dueIn(2026, true, std::nullopt);
    CHECK(count(first, QStringLiteral("biennial")) == biennialItems);
    CHECK(count(first, QStringLiteral("once")) == onceItems);
    CHECK(count(first, QStringLiteral("tertial")) == 3 * tertialItems);
    const auto afterSurvey = t->dueIn(2027, false, 2026);
    CHECK(count(afterSurvey, QStringLiteral("biennial")) == 0);
    CHECK(count(afterSurvey, QStringLiteral("once")) == 0);
    CHECK(count(t->dueIn(2028, false, 2026), QStringLiteral("biennial")) == biennialItems);
    for (const auto &o : first)
        CHECK(o.due.year() == 2026);
}

TEST_CASE("A deadline on 29 February falls on the 28th in other years")
{
    QString error;
    const QByteArray json = R"({"id": "leap", "version": 1, "name": {"nb": "Skuddår", "en": "Leap"},
        "items": [{"key": "map.leap", "phase": "map", "title": {"nb": "Frist", "en": "Deadline"},
                   "guidance": {"nb": "Veiledning", "en": "Guidance"}, "requirements": ["KA-1"],
                   "recurrence": "yearly", "role": "line_manager", "due": "02-29"}]})";
    const auto t = ChecklistTemplate::fromJson(json, &error);
    INFO(error.toStdString());
    REQUIRE(t);
    REQUIRE(t->dueIn(2026, true, std::nullopt).size() == 1);
    CHECK(t->dueIn(2026, true, std::nullopt).first().due == QDate(2026, 2, 28));
    CHECK(t->dueIn(2028, true, std::nullopt).first().due == QDate(2028, 2, 29));
}
