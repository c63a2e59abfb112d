#include "core/risk/yearriskmarkers.h"

#include "core/store/unitfile.h"

namespace ik {

RiskMarkers riskMarkers(const UnitFile &file, int year, RiskPhase phase, const QString &assessmentId)
{
    RiskMarkers out;
    int index = 0;
    for (const RiskEvaluation &e : evaluateRisks(file, year)) {
        ++index;
        const std::optional<Record> risk = file.record(QStringLiteral("risk"), e.riskId);
        if (!risk
            || (!assessmentId.isEmpty()
                && risk->value(QStringLiteral("assessment_id")).toString() != assessmentId))
            continue;
        const QString number = risk->value(QStringLiteral("number")).toString();
        const QString label = number.isEmpty() ? QString::number(index) : number;
        const auto add = [&](const RiskScore &s, bool after, bool hollow, const RiskScore *from) {
            if (!s.level)
                return;
            RiskMatrixPainter::Marker m;
            m.label = label;
            m.probability = s.probability;
            m.consequence = s.consequence;
            m.hollow = hollow;
            if (from && from->level) {
                m.fromProbability = from->probability;
                m.fromConsequence = from->consequence;
            }
            out.markers << m;
            out.riskIds << e.riskId;
            out.after << after;
        };
        if (phase == RiskPhase::Before)
            add(e.before, false, false, nullptr);
        else if (phase == RiskPhase::After)
            add(e.after, true, false, nullptr);
        else {
            add(e.before, false, e.after.level.has_value(), nullptr);
            add(e.after, true, false, &e.before);
        }
    }
    return out;
}

} // namespace ik
