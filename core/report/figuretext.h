#pragma once

#include "core/report/barchart.h"
#include "core/risk/riskmatrix.h"

#include <QList>
#include <QString>

namespace ik::report {

// What the report's figures show, said in words from the same data they are drawn from, in the
// report's language: the alternative text of a tagged PDF's figure (/Alt) and of an image in a
// Word document, for readers who cannot see the drawing.

// "Before measures, risks by cell colour: red (not acceptable) 2, yellow (assess measures) 5,
// green (acceptable) 12." `counts` as RiskMatrixPainter::countRisks() gives them.
QString riskMatrixAltText(const QString &title, const RiskMatrix &matrix, const QList<QList<int>> &counts,
                          const QString &language);

// "<caption>: <group>: <bar> <total>, …; …." A bar's total where a group has several bars, its
// series one by one where it has one (a stack of levels).
// The caption says what it is, in the report's language (the chart's own texts already are).
QString barChartAltText(const QString &caption, const BarChart &chart);

} // namespace ik::report
