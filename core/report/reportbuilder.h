#pragma once

#include "core/report/reportdata.h"
#include "core/report/reportmodel.h"
#include "core/report/reportoptions.h"

namespace ik::report {

// Turns the year's data into the report document in the options' language: the cover, RA-3
// (a)–(e) with the tables and figures behind them, RA-1, RA-2 and the sign-off block.
Document buildDocument(const ReportData &data, const ReportOptions &options);

} // namespace ik::report
