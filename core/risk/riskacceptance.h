#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ik {

class UnitFile;

// A risk that needs a recorded acceptance and lacks part of it.
struct RiskProblem
{
    QString riskId;
    QStringList missing; // column names: accepted_by, accepted_on, acceptance_reason, acceptance_review_on
    QString message;     // translated, names the risk by its number and event
};

// A risk needs a recorded acceptance when its status is "accepted", or when its residual score
// (after measures, else before) is above the acceptable level and it has no proposed measure and
// no action in the action plan. The acceptance is: who accepted it, when, why, and when the
// acceptance is to be reviewed.
bool riskNeedsAcceptance(const UnitFile &file, const QString &riskId);
QList<RiskProblem> riskAcceptanceProblems(const UnitFile &file, int year);
// The messages of riskAcceptanceProblems().
QStringList riskProblems(const UnitFile &file, int year);

} // namespace ik
