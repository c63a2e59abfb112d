#pragma once

#include "core/report/barchart.h"
#include "core/report/reportmodel.h"
#include "core/review/yearcomparison.h"

namespace ik::report {

// The year-over-year comparison in words and pictures, in bokmål or English: the same table and
// charts in the program's Year over year tab and in the annual report.

// One row per figure, one column per year (the last `maxYears` of them; 0: every year).
Table yearComparisonTable(const YearComparison &comparison, const QString &language, int maxYears = 0);
// Deviations per tertial, a bar per year in each tertial; the latest year in full colour.
BarChart deviationTrendChart(const YearComparison &comparison, const QString &language, int maxYears = 0);
// The risks of each year stacked by their residual level, in the risk matrix's colours.
BarChart riskLevelChart(const YearComparison &comparison, const QString &language, int maxYears = 0);

} // namespace ik::report
