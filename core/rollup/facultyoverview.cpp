#include "core/rollup/facultyoverview.h"

#include "core/risk/riskmatrix.h"
#include "core/sharing/changelog.h"
#include "core/sharing/signoff.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ik {

namespace {

void addCounts(TertialCountsByCategory &sum, const TertialCountsByCategory &add)
{
    for (auto it = add.cbegin(); it != add.cend(); ++it) {
        TertialCounts &s = sum[it.key()];
        for (size_t i = 0; i < s.size(); ++i)
            s[i] += it.value()[i];
    }
}

QList<RedRisk> redRisksAfterMeasures(const UnitFile &file, int year)
{
    QSet<QString> red;
    QHash<QString, int> scores;
    for (const RiskEvaluation &e : evaluateRisks(file, year)) {
        const RiskScore &residual = e.residual();
        if (residual.level && *residual.level == RiskMatrix::Level::Unacceptable) {
            red.insert(e.riskId);
            scores.insert(e.riskId, residual.value);
        }
    }
    QList<RedRisk> out;
    if (red.isEmpty())
        return out;
    QSqlQuery q = file.select(QStringLiteral("SELECT r.id, a.title, r.number, r.event FROM risk r "
                                             "JOIN risk_assessment a ON a.id = r.assessment_id "
                                             "WHERE a.year = ? ORDER BY a.rowid, r.number, r.rowid"),
                              {year});
    while (q.next())
        if (red.contains(q.value(0).toString()))
            out.append({q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                        scores.value(q.value(0).toString())});
    return out;
}

void readSignOff(const UnitFile &file, int year, UnitSummary &u)
{
    const QList<SignOffState> states = signOffStates(file, year);
    u.signOffsInForce = int(states.size());
    const SignOffState *review = reviewSignOff(states);
    if (!review)
        return;
    u.signOff = review->changedSince ? SignOffStatus::ChangedSince : SignOffStatus::Signed;
    u.changesSinceSigning = int(review->changes.size());
    u.signedBy = review->name;
    u.signedAt = review->signedAt;
}

void readLastChange(const UnitFile &file, UnitSummary &u)
{
    ChangeFilter newest;
    newest.limit = 1;
    newest.newestFirst = true;
    const QList<ChangeEntry> last = changeLog(file, newest);
    if (!last.isEmpty()) {
        u.lastChange = last.constFirst().at;
        u.lastChangeBy = last.constFirst().user;
    } else {
        u.lastChange = QFileInfo(u.path).lastModified();
    }
}

} // namespace

int UnitSummary::checklistDone() const
{
    int done = 0;
    for (const PhaseProgress &p : status.phases)
        done += p.done;
    return done;
}

int UnitSummary::checklistTotal() const
{
    int total = 0;
    for (const PhaseProgress &p : status.phases)
        total += p.total;
    return total;
}

UnitSummary summarizeUnit(const QString &path, int year, const QDate &today)
{
    UnitSummary u;
    u.path = QFileInfo(path).absoluteFilePath();
    FileCheck check;
    const std::unique_ptr<UnitFile> file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check);
    if (!file) {
        u.refusal = check.message;
        return u;
    }
    RecordFilter first;
    first.limit = 1;
    const QList<Record> unit = file->records(QStringLiteral("unit"), first);
    if (!unit.isEmpty()) {
        u.unitId = unit.constFirst().value(QStringLiteral("id")).toString();
        u.unitName = unit.constFirst().value(QStringLiteral("name")).toString();
    }
    readLastChange(*file, u);
    u.hasYear = file->years().contains(year);
    if (!u.hasYear)
        return u;
    u.status = yearStatus(*file, year, today);
    u.status.overdue.clear(); // their titles are the unit's business; the counts stay
    u.status.upcoming.clear();
    u.figures = yearFigures(*file, year);
    u.deviations = deviationFacts(deviationsReportedIn(*file, year));
    u.deviations.daysToClose.clear();
    u.byCategory = deviationCountsByTertial(*file, year, DeviationGrouping::Category);
    u.bySeverity = deviationCountsByTertial(*file, year, DeviationGrouping::Severity);
    u.criteria = int(schema::choiceSet(QStringLiteral("review_criterion"))->choices.size());
    u.criteriaAssessed = u.criteria - int(unassessedCriteria(*file, year).size());
    readSignOff(*file, year, u);
    u.redRisks = redRisksAfterMeasures(*file, year);
    return u;
}

QStringList unitFilesInFolder(const QString &folder)
{
    static const QRegularExpression upgradeBackup(QStringLiteral("\\.format-\\d+-backup(-\\d+)?\\.[^.]+$"));
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.db"), QStringLiteral("*.ikdb")}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!upgradeBackup.match(path).hasMatch())
            files << QFileInfo(path).absoluteFilePath();
    }
    std::sort(files.begin(), files.end());
    return files;
}

QStringList expandUnitPaths(const QStringList &paths)
{
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(absolute)) {
            seen.insert(absolute);
            out << absolute;
        }
    };
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir())
            for (const QString &f : unitFilesInFolder(p))
                add(f);
        else
            add(p); // a missing file is refused with its reason, as any other
    }
    return out;
}

FacultyTotals facultyTotals(const QList<UnitSummary> &units)
{
    FacultyTotals t;
    for (const QString &phase : schema::phases())
        t.status.phases.append({phase, 0, 0});
    for (const UnitSummary &u : units) {
        if (!u.refusal.isEmpty()) {
            ++t.refused;
            continue;
        }
        if (!u.hasYear) {
            ++t.withoutYear;
            continue;
        }
        if (!u.duplicateOf.isEmpty()) {
            ++t.duplicates;
            continue;
        }
        ++t.units;
        switch (u.signOff) {
        case SignOffStatus::Signed: ++t.signedOff; break;
        case SignOffStatus::ChangedSince: ++t.changedSinceSigning; break;
        case SignOffStatus::NotSigned: ++t.notSigned; break;
        }
        YearStatus &s = t.status;
        for (const PhaseProgress &p : u.status.phases)
            for (PhaseProgress &sum : s.phases)
                if (sum.phase == p.phase) {
                    sum.done += p.done;
                    sum.total += p.total;
                }
        s.openDeviations += u.status.openDeviations;
        s.actions += u.status.actions;
        s.actionsDone += u.status.actionsDone;
        s.overdueActions += u.status.overdueActions;
        s.actionCost += u.status.actionCost;
        s.actionCostDone += u.status.actionCostDone;
        s.risks += u.status.risks;
        s.risksAboveAcceptable += u.status.risksAboveAcceptable;
        s.supervisions += u.status.supervisions;
        s.openOrders += u.status.openOrders;

        YearFigures &f = t.figures;
        const YearFigures &g = u.figures;
        for (int i = 0; i < 3; ++i) {
            f.deviationsPerTertial[i] += g.deviationsPerTertial[i];
            f.risksByLevel[i] += g.risksByLevel[i];
            f.risksBeforeByLevel[i] += g.risksBeforeByLevel[i];
        }
        f.deviations += g.deviations;
        f.goals += g.goals;
        f.goalsReached += g.goalsReached;
        f.goalsPartly += g.goalsPartly;
        f.goalsNotReached += g.goalsNotReached;
        f.competenceRequired += g.competenceRequired;
        f.competenceCovered += g.competenceCovered;
        f.risks += g.risks;
        f.rounds += g.rounds;
        f.roundsHeld += g.roundsHeld;

        DeviationFacts &d = t.deviations;
        d.reported += u.deviations.reported;
        d.open += u.deviations.open;
        d.closed += u.deviations.closed;
        d.injuries += u.deviations.injuries;
        d.injuriesWithAbsence += u.deviations.injuriesWithAbsence;
        addCounts(t.byCategory, u.byCategory);
        addCounts(t.bySeverity, u.bySeverity);
        t.criteria += u.criteria;
        t.criteriaAssessed += u.criteriaAssessed;
        t.redRisks += int(u.redRisks.size());
        t.signOffsInForce += u.signOffsInForce;

        const int total = u.checklistTotal();
        const int share = total == 0 ? 0 : u.checklistDone() * 100 / total;
        ++t.checklistSpread[share >= 100 ? 4 : share / 25];
        const qsizetype red = u.redRisks.size();
        ++t.redRiskSpread[red == 0 ? 0 : red == 1 ? 1 : red <= 3 ? 2 : 3];
    }
    return t;
}

FacultyOverview rollUp(const QStringList &paths, int year, const QDate &today, const Progress &progress)
{
    FacultyOverview o;
    o.year = year;
    o.today = today;
    const int total = int(paths.size());
    for (int i = 0; i < total; ++i) {
        o.units << summarizeUnit(paths[i], year, today);
        if (progress && !progress(i + 1, total))
            break;
    }
    // Copies of one unit's file (a mailed copy, a backup) count once: the one changed last.
    QHash<QString, qsizetype> newest; // unit id → index of the copy counted
    for (qsizetype i = 0; i < o.units.size(); ++i) {
        const UnitSummary &u = o.units[i];
        if (!u.refusal.isEmpty() || u.unitId.isEmpty() || !u.hasYear)
            continue;
        const auto it = newest.constFind(u.unitId);
        if (it == newest.constEnd())
            newest.insert(u.unitId, i);
        else if (o.units[*it].lastChange < u.lastChange)
            newest[u.unitId] = i;
    }
    for (qsizetype i = 0; i < o.units.size(); ++i) {
        UnitSummary &u = o.units[i];
        const auto it = newest.constFind(u.unitId);
        if (u.refusal.isEmpty() && u.hasYear && it != newest.constEnd() && *it != i)
            u.duplicateOf = o.units[*it].path;
    }
    o.totals = facultyTotals(o.units);
    return o;
}

} // namespace ik
