#pragma once

#include "core/report/reportmodel.h"
#include "core/rollup/facultyoverview.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ik {

// What a faculty report asks for besides the overview itself.
struct FacultyReportOptions
{
    QString language = QStringLiteral("nb"); // nb or en
    int tertial = 0; // 1–3: the deviations of that tertial only (the AMU's overview); 0: the whole year
};

// The faculty's overview as a document of the annual report's engine (ReportRenderer): a
// summary with the sums and how they spread, the table of units, deviations per tertial by unit,
// category and severity for the AMU, the units not signed off or changed since signing, the
// risks still red after measures across units, and the files that could not be counted.
report::Document buildFacultyDocument(const FacultyOverview &overview, const FacultyReportOptions &options);

// The table of units as a workbook (facultyColumns, a sheet; header frozen, with a filter, so
// every column sorts in Excel), with sheets of the deviations per tertial by category and by
// severity and of the red risks.
QByteArray facultyXlsx(const FacultyOverview &overview, const FacultyReportOptions &options, QString *error);
// The table of units as CSV: headed by the columns' keys, numbers as plain numbers, times in
// ISO 8601 UTC (for scripts; the XLSX is for people).
QByteArray facultyCsv(const FacultyOverview &overview, const FacultyReportOptions &options);

// Writes the overview to `path` by its ending: .pdf, .xlsx or .csv (else refused with a
// message). Through the output writer: whole or not at all, and never over one of the unit
// files read or the files beside them.
bool writeFacultyOverview(const FacultyOverview &overview, const QString &path, const FacultyReportOptions &options,
                          QString *error);

} // namespace ik
