#include "core/rollup/facultytable.h"

#include "core/common/translations.h"
#include "core/rollup/facultytexts.h"
#include "core/risk/riskmatrix.h"
#include "core/store/labels.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <cmath>
#include <functional>

namespace ik {

namespace {

using Kind = FacultyColumn::Kind;

struct ColumnSpec
{
    const char *key;
    const char *header;
    Kind kind;
};

// In the order shown: the figures, then the checklist's phases (one column a phase, see
// facultyColumns), then the file they were read from.
constexpr ColumnSpec kLeading[] = {
    {"unit", QT_TRANSLATE_NOOP("ik::Faculty", "Unit"), Kind::Text},
    {"read", QT_TRANSLATE_NOOP("ik::Faculty", "Read"), Kind::Text},
    {"signoff", QT_TRANSLATE_NOOP("ik::Faculty", "Sign-off"), Kind::Text},
    {"changes_since_signing", QT_TRANSLATE_NOOP("ik::Faculty", "Changes since signing"), Kind::Count},
    {"checklist_pct", QT_TRANSLATE_NOOP("ik::Faculty", "Checklist done (%)"), Kind::Percent},
};
constexpr ColumnSpec kTrailing[] = {
    {"goals", QT_TRANSLATE_NOOP("ik::Faculty", "Goals"), Kind::Count},
    {"goals_reached", QT_TRANSLATE_NOOP("ik::Faculty", "Goals reached"), Kind::Count},
    {"goals_partly", QT_TRANSLATE_NOOP("ik::Faculty", "Goals partly reached"), Kind::Count},
    {"actions", QT_TRANSLATE_NOOP("ik::Faculty", "Actions"), Kind::Count},
    {"actions_done", QT_TRANSLATE_NOOP("ik::Faculty", "Actions done"), Kind::Count},
    {"actions_overdue", QT_TRANSLATE_NOOP("ik::Faculty", "Actions overdue"), Kind::Count},
    {"action_cost", QT_TRANSLATE_NOOP("ik::Faculty", "Cost of actions (NOK)"), Kind::Money},
    {"action_cost_done", QT_TRANSLATE_NOOP("ik::Faculty", "Cost of actions done (NOK)"), Kind::Money},
    {"deviations", QT_TRANSLATE_NOOP("ik::Faculty", "Deviations reported"), Kind::Count},
    {"deviations_t1", QT_TRANSLATE_NOOP("ik::Faculty", "Deviations T1"), Kind::Count},
    {"deviations_t2", QT_TRANSLATE_NOOP("ik::Faculty", "Deviations T2"), Kind::Count},
    {"deviations_t3", QT_TRANSLATE_NOOP("ik::Faculty", "Deviations T3"), Kind::Count},
    {"deviations_open", QT_TRANSLATE_NOOP("ik::Faculty", "Deviations open"), Kind::Count},
    {"injuries", QT_TRANSLATE_NOOP("ik::Faculty", "Personal injuries"), Kind::Count},
    {"injuries_absence", QT_TRANSLATE_NOOP("ik::Faculty", "Injuries with absence"), Kind::Count},
    {"risks", QT_TRANSLATE_NOOP("ik::Faculty", "Risks"), Kind::Count},
    {"risks_red_before", QT_TRANSLATE_NOOP("ik::Faculty", "Red risks before measures"), Kind::Count},
    {"risks_red_after", QT_TRANSLATE_NOOP("ik::Faculty", "Red risks after measures"), Kind::Count},
    {"risks_above_acceptable", QT_TRANSLATE_NOOP("ik::Faculty", "Risks above acceptable"), Kind::Count},
    {"training_pct", QT_TRANSLATE_NOOP("ik::Faculty", "Training of HSE roles (%)"), Kind::Percent},
    {"training_required", QT_TRANSLATE_NOOP("ik::Faculty", "Training required"), Kind::Count},
    {"training_covered", QT_TRANSLATE_NOOP("ik::Faculty", "Training met"), Kind::Count},
    {"rounds", QT_TRANSLATE_NOOP("ik::Faculty", "Inspection rounds"), Kind::Count},
    {"rounds_held", QT_TRANSLATE_NOOP("ik::Faculty", "Inspection rounds held"), Kind::Count},
    {"system_review", QT_TRANSLATE_NOOP("ik::Faculty", "System review (FO-4) assessed"), Kind::Count},
    {"supervisions", QT_TRANSLATE_NOOP("ik::Faculty", "External supervision"), Kind::Count},
    {"open_orders", QT_TRANSLATE_NOOP("ik::Faculty", "Open orders"), Kind::Count},
};
// After the phases: where the figures come from.
constexpr ColumnSpec kSource[] = {
    {"file", QT_TRANSLATE_NOOP("ik::Faculty", "File"), Kind::Text},
    {"last_change", QT_TRANSLATE_NOOP("ik::Faculty", "Last change"), Kind::DateTime},
    {"last_change_by", QT_TRANSLATE_NOOP("ik::Faculty", "Last change by"), Kind::Text},
    {"path", QT_TRANSLATE_NOOP("ik::Faculty", "Path"), Kind::Text},
};

const QString kPhasePrefix = QStringLiteral("phase_");

Kind kindOf(const QString &key)
{
    if (key.startsWith(kPhasePrefix))
        return Kind::Percent;
    for (const ColumnSpec &c : kLeading)
        if (key == QLatin1String(c.key))
            return c.kind;
    for (const ColumnSpec &c : kTrailing)
        if (key == QLatin1String(c.key))
            return c.kind;
    for (const ColumnSpec &c : kSource)
        if (key == QLatin1String(c.key))
            return c.kind;
    return Kind::Text;
}

int tertialTotal(const TertialCountsByCategory &counts, int index)
{
    int n = 0;
    for (const TertialCounts &c : counts)
        n += c[index];
    return n;
}

} // namespace

int facultyShare(int part, int whole)
{
    return whole <= 0 ? -1 : int(qint64(part) * 100 / whole);
}

QList<FacultyColumn> facultyColumns(const QString &language)
{
    QList<FacultyColumn> out;
    for (const ColumnSpec &c : kLeading)
        out.append({QString::fromLatin1(c.key), translateFor(language, "ik::Faculty", c.header), c.kind});
    for (const ColumnSpec &c : kTrailing)
        out.append({QString::fromLatin1(c.key), translateFor(language, "ik::Faculty", c.header), c.kind});
    for (const QString &phase : schema::phases())
        out.append({kPhasePrefix + phase,
                    ft("%1 (%)", language).arg(choiceLabel(QStringLiteral("phase"), phase, language)),
                    Kind::Percent});
    for (const ColumnSpec &c : kSource)
        out.append({QString::fromLatin1(c.key), translateFor(language, "ik::Faculty", c.header), c.kind});
    return out;
}

QString facultyReadState(const UnitSummary &u, const QString &language)
{
    if (!u.refusal.isEmpty())
        return ft("Not read: %1", language).arg(u.refusal);
    if (!u.duplicateOf.isEmpty())
        return ft("A copy of the same unit's file, not counted; counted: %1", language)
            .arg(QDir::toNativeSeparators(QFileInfo(u.duplicateOf).fileName()));
    if (!u.hasYear)
        return ft("The file has no review year for this year", language);
    return ft("Read", language);
}

QString facultySignOffText(const UnitSummary &u, const QString &language)
{
    switch (u.signOff) {
    case SignOffStatus::Signed: return ft("Signed off", language);
    case SignOffStatus::ChangedSince: return ft("Changed since signing", language);
    case SignOffStatus::NotSigned: break;
    }
    return ft("Not signed off", language);
}

bool facultyAttention(const UnitSummary &u)
{
    return u.counted() && (u.signOff != SignOffStatus::Signed || !u.redRisks.isEmpty());
}

bool facultyCellMarked(const UnitSummary &u, const QString &key)
{
    if (!u.counted())
        return false;
    if (key == QLatin1String("signoff"))
        return u.signOff != SignOffStatus::Signed;
    static const QStringList positive{QStringLiteral("changes_since_signing"), QStringLiteral("actions_overdue"),
                                      QStringLiteral("risks_red_after"), QStringLiteral("injuries_absence"),
                                      QStringLiteral("open_orders")};
    return positive.contains(key) && facultyValue(u, key, QStringLiteral("en")).toInt() > 0;
}

QVariant facultyValue(const UnitSummary &u, const QString &key, const QString &language)
{
    if (key == QLatin1String("unit"))
        return u.unitName.isEmpty() ? QFileInfo(u.path).completeBaseName() : u.unitName;
    if (key == QLatin1String("file"))
        return QFileInfo(u.path).fileName();
    if (key == QLatin1String("path"))
        return QDir::toNativeSeparators(u.path);
    if (key == QLatin1String("read"))
        return facultyReadState(u, language);
    if (key == QLatin1String("last_change"))
        return u.lastChange.isValid() ? QVariant(u.lastChange.toUTC()) : QVariant();
    if (key == QLatin1String("last_change_by"))
        return u.lastChangeBy;
    if (!u.refusal.isEmpty() || !u.hasYear)
        return {};
    if (key == QLatin1String("signoff"))
        return facultySignOffText(u, language);
    const YearStatus &s = u.status;
    const YearFigures &f = u.figures;
    const int red = int(RiskMatrix::Level::Unacceptable);
    if (key.startsWith(kPhasePrefix)) {
        const QString phase = key.mid(kPhasePrefix.size());
        for (const PhaseProgress &p : s.phases)
            if (p.phase == phase)
                return facultyShare(p.done, p.total);
        return -1;
    }
    static const QHash<QString, std::function<QVariant(const UnitSummary &)>> values{
        {QStringLiteral("changes_since_signing"), [](const UnitSummary &x) { return x.changesSinceSigning; }},
        {QStringLiteral("checklist_pct"), [](const UnitSummary &x) { return facultyShare(x.checklistDone(), x.checklistTotal()); }},
        {QStringLiteral("goals"), [](const UnitSummary &x) { return x.figures.goals; }},
        {QStringLiteral("goals_reached"), [](const UnitSummary &x) { return x.figures.goalsReached; }},
        {QStringLiteral("goals_partly"), [](const UnitSummary &x) { return x.figures.goalsPartly; }},
        {QStringLiteral("actions"), [](const UnitSummary &x) { return x.status.actions; }},
        {QStringLiteral("actions_done"), [](const UnitSummary &x) { return x.status.actionsDone; }},
        {QStringLiteral("actions_overdue"), [](const UnitSummary &x) { return x.status.overdueActions; }},
        {QStringLiteral("action_cost"), [](const UnitSummary &x) { return x.status.actionCost; }},
        {QStringLiteral("action_cost_done"), [](const UnitSummary &x) { return x.status.actionCostDone; }},
        {QStringLiteral("deviations"), [](const UnitSummary &x) { return x.figures.deviations; }},
        {QStringLiteral("deviations_t1"), [](const UnitSummary &x) { return tertialTotal(x.byCategory, 0); }},
        {QStringLiteral("deviations_t2"), [](const UnitSummary &x) { return tertialTotal(x.byCategory, 1); }},
        {QStringLiteral("deviations_t3"), [](const UnitSummary &x) { return tertialTotal(x.byCategory, 2); }},
        {QStringLiteral("deviations_open"), [](const UnitSummary &x) { return x.status.openDeviations; }},
        {QStringLiteral("injuries"), [](const UnitSummary &x) { return x.deviations.injuries; }},
        {QStringLiteral("injuries_absence"), [](const UnitSummary &x) { return x.deviations.injuriesWithAbsence; }},
        {QStringLiteral("risks"), [](const UnitSummary &x) { return x.status.risks; }},
        {QStringLiteral("risks_above_acceptable"), [](const UnitSummary &x) { return x.status.risksAboveAcceptable; }},
        {QStringLiteral("training_pct"), [](const UnitSummary &x) { return facultyShare(x.figures.competenceCovered, x.figures.competenceRequired); }},
        {QStringLiteral("training_required"), [](const UnitSummary &x) { return x.figures.competenceRequired; }},
        {QStringLiteral("training_covered"), [](const UnitSummary &x) { return x.figures.competenceCovered; }},
        {QStringLiteral("rounds"), [](const UnitSummary &x) { return x.figures.rounds; }},
        {QStringLiteral("rounds_held"), [](const UnitSummary &x) { return x.figures.roundsHeld; }},
        {QStringLiteral("system_review"), [](const UnitSummary &x) { return x.criteriaAssessed; }},
        {QStringLiteral("supervisions"), [](const UnitSummary &x) { return x.status.supervisions; }},
        {QStringLiteral("open_orders"), [](const UnitSummary &x) { return x.status.openOrders; }},
    };
    if (key == QLatin1String("risks_red_before"))
        return f.risksBeforeByLevel[red];
    if (key == QLatin1String("risks_red_after"))
        return f.risksByLevel[red];
    const auto it = values.constFind(key);
    return it == values.constEnd() ? QVariant() : (*it)(u);
}

QString facultyText(const UnitSummary &u, const QString &key, const QString &language)
{
    const QVariant v = facultyValue(u, key, language);
    if (v.isNull())
        return {};
    const QLocale locale = facultyLocale(language);
    switch (kindOf(key)) {
    case Kind::Text: return v.toString();
    case Kind::Count: return locale.toString(v.toInt());
    case Kind::Percent: return v.toInt() < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(v.toInt());
    case Kind::Money: return QStringLiteral("%1 kr").arg(locale.toString(qint64(std::llround(v.toDouble()))));
    case Kind::DateTime:
        return v.toDateTime().toLocalTime().toString(language == QLatin1String("nb") ? QStringLiteral("dd.MM.yyyy HH:mm")
                                                                                      : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return v.toString();
}

} // namespace ik
