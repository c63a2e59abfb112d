#pragma once

#include "core/report/reportdata.h"
#include "core/report/reportmodel.h"
#include "core/report/reportoptions.h"

namespace ik::report {

// Turns the year's data into the report document in the options' language: the cover, RA-3
// (a)–(e) with the tables and figures behind them, RA-1, RA-2 and the sign-off block.
Document buildDocument(const ReportData &data, const ReportOptions &options);

} // namespace ik::report

namespace ik {

class UnitFile;

// What every writer of the annual report (PDF, DOCX) checks before it reads or writes anything:
// `path` is not the unit file or one of its companions (writing there would destroy the unit's
// record), and the year exists (0: the latest, filled into `options`). False with a message.
bool prepareReportOutput(const UnitFile &file, const QString &path, ReportOptions &options, QString *error);

} // namespace ik
