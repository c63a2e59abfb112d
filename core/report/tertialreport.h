#pragma once

#include "core/report/reportmodel.h"

#include <QByteArray>
#include <QString>

namespace ik {

class UnitFile;

// The deviation overview of one tertial (FO-2), for the working environment committee (AMU) and
// the board: counts by category, severity and status beside the same tertial last year, and
// every deviation of the tertial with the action it led to.
struct TertialCount
{
    QString key;       // choice key
    int current = 0;   // this tertial
    int lastYear = 0;  // the same tertial a year before
};

struct TertialOverview
{
    int year = 0;
    int tertial = 0; // 1: Jan–Apr, 2: May–Aug, 3: Sep–Dec
    int total = 0, totalLastYear = 0;
    QList<TertialCount> byCategory, bySeverity, byStatus;
    struct Case
    {
        QString caseNumber, reportedOn, category, severity, title, status, action, actionStatus;
    };
    QList<Case> cases;
};

TertialOverview loadTertialOverview(const UnitFile &file, int year, int tertial);
report::Document buildTertialDocument(const UnitFile &file, const TertialOverview &overview,
                                      const QString &language);
// The same overview as CSV: one line per category/severity/status count, then the cases.
QByteArray tertialCsv(const TertialOverview &overview, const QString &language);
// Writes the overview to `path`: CSV when it ends in .csv, else PDF. The file appears whole or
// not at all (a temporary file renamed when complete); never over the unit file (outputfile.h).
bool writeTertialReport(const UnitFile &file, const TertialOverview &overview, const QString &path,
                        const QString &language, QString *error);

} // namespace ik
