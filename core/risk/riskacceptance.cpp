#include "core/risk/riskacceptance.h"

#include "core/risk/riskmatrix.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::RiskProblems", text); }

const QStringList &acceptanceColumns()
{
    static const QStringList columns{QStringLiteral("accepted_by"), QStringLiteral("accepted_on"),
                                     QStringLiteral("acceptance_reason"),
                                     QStringLiteral("acceptance_review_on")};
    return columns;
}

// Risks that have an action in the action plan (read once, not per risk).
QSet<QString> risksWithActions(const UnitFile &file)
{
    QSet<QString> out;
    for (const Record &a : file.records(QStringLiteral("action")))
        if (a.value(QStringLiteral("source")).toString() == QLatin1String("risk"))
            out.insert(a.value(QStringLiteral("source_id")).toString());
    return out;
}

bool needsAcceptance(const QSet<QString> &withActions, const Record &risk, const RiskEvaluation &e)
{
    if (risk.value(QStringLiteral("status")).toString() == QLatin1String("accepted"))
        return true;
    const RiskScore &residual = e.residual();
    if (!residual.level || *residual.level == RiskMatrix::Level::Acceptable)
        return false;
    return risk.value(QStringLiteral("proposed_measures")).toString().trimmed().isEmpty()
           && !withActions.contains(risk.value(QStringLiteral("id")).toString());
}

QStringList missingOf(const Record &risk)
{
    QStringList missing;
    for (const QString &c : acceptanceColumns())
        if (risk.value(c).toString().trimmed().isEmpty())
            missing << c;
    return missing;
}

QString columnLabel(const QString &column)
{
    if (column == QLatin1String("accepted_by"))
        return tr("who accepted it");
    if (column == QLatin1String("accepted_on"))
        return tr("when");
    if (column == QLatin1String("acceptance_reason"))
        return tr("the reason");
    return tr("when to review the acceptance");
}

} // namespace

bool riskNeedsAcceptance(const UnitFile &file, const QString &riskId)
{
    const std::optional<Record> risk = file.record(QStringLiteral("risk"), riskId);
    if (!risk)
        return false;
    for (const RiskEvaluation &e : evaluateRisks(file, 0))
        if (e.riskId == riskId)
            return needsAcceptance(risksWithActions(file), *risk, e);
    return false;
}

QList<RiskProblem> riskAcceptanceProblems(const UnitFile &file, int year)
{
    QList<RiskProblem> out;
    const QSet<QString> withActions = risksWithActions(file);
    for (const RiskEvaluation &e : evaluateRisks(file, year)) {
        const std::optional<Record> risk = file.record(QStringLiteral("risk"), e.riskId);
        if (!risk || !needsAcceptance(withActions, *risk, e))
            continue;
        const QStringList missing = missingOf(*risk);
        if (missing.isEmpty())
            continue;
        QStringList names;
        for (const QString &m : missing)
            names << columnLabel(m);
        const QString number = risk->value(QStringLiteral("number")).toString();
        out.append({e.riskId, missing,
                    tr("Risk %1 “%2” needs a recorded acceptance; missing: %3.")
                        .arg(number.isEmpty() ? QStringLiteral("–") : number,
                             risk->value(QStringLiteral("event")).toString(),
                             names.join(QStringLiteral(", ")))});
    }
    return out;
}

QStringList riskProblems(const UnitFile &file, int year)
{
    QStringList out;
    for (const RiskProblem &p : riskAcceptanceProblems(file, year))
        out << p.message;
    return out;
}

} // namespace ik
