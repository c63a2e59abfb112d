#pragma once

#include "core/risk/riskmatrixpainter.h"

#include <QList>
#include <QString>

namespace ik {

class UnitFile;

enum class RiskPhase { Before, After, Both };

// The risks of a year (optionally of one assessment) as markers for RiskMatrixPainter, labelled
// with their numbers. With Both, each risk has a hollow marker before measures and a filled one
// after, with an arrow from the first to the second.
struct RiskMarkers
{
    QList<RiskMatrixPainter::Marker> markers;
    QList<QString> riskIds; // per marker
    QList<bool> after;      // per marker: the score after measures
};

RiskMarkers riskMarkers(const UnitFile &file, int year, RiskPhase phase,
                        const QString &assessmentId = {});

} // namespace ik
