#pragma once

#include "core/common/progress.h"
#include "core/review/deviationstats.h"
#include "core/review/yearcomparison.h"
#include "core/review/yearstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace ik {

// A risk that is still not acceptable after its measures (red in the matrix): what the faculty
// overview lists across units.
struct RedRisk
{
    QString assessment; // the risk assessment's title
    int number = 0;     // the risk's number within it
    QString event;
    int score = 0;      // probability × consequence, after measures where scored, else before
};

enum class SignOffStatus { NotSigned, Signed, ChangedSince };

// One unit file's figures for one review year, as the faculty overview shows them. Every figure
// is counted by the function the unit's own program uses for it (status, the annual report), so
// a unit and its faculty never disagree. Small: a file is read, summarised and closed.
struct UnitSummary
{
    QString path;      // absolute
    QString refusal;   // why the file was not read (not a unit file, damaged, newer format); empty: read
    QString unitId;    // the unit's own id: two files with one id are copies of one unit's file
    QString unitName;
    bool hasYear = false;   // the file holds the review year; without it only the name is known
    QString duplicateOf;    // another copy of the same unit, counted instead of this one
    QDateTime lastChange;   // the change log's newest entry; the file's modification time if none
    QString lastChangeBy;   // who made it (empty: from the file's time)

    YearStatus status;      // as `status` counts it (phases, actions, risks, supervision); no due lists
    YearFigures figures;    // goals, training coverage, risk levels, inspection rounds
    DeviationFacts deviations; // reported in the calendar year: open, injuries
    TertialCountsByCategory byCategory, bySeverity; // deviations per tertial
    int criteria = 0, criteriaAssessed = 0; // the system review (FO-4)
    SignOffStatus signOff = SignOffStatus::NotSigned; // of the review (scope "review")
    int changesSinceSigning = 0;
    QString signedBy;
    QDateTime signedAt;
    int signOffsInForce = 0; // every scope, as `status --json` lists them
    QList<RedRisk> redRisks; // red after measures

    // Read and counted in the overview's totals: neither refused, nor without the year, nor a copy.
    bool counted() const { return refusal.isEmpty() && hasYear && duplicateOf.isEmpty(); }
    int checklistDone() const;
    int checklistTotal() const;
};

// Reads one unit file read-only (nothing is written, locked or left beside it; an older format
// is read through an upgraded copy in a temporary folder) and closes it again.
UnitSummary summarizeUnit(const QString &path, int year, const QDate &today);

// The sums across the units counted, and how they are spread.
struct FacultyTotals
{
    int units = 0;       // counted
    int refused = 0;     // files not read
    int withoutYear = 0; // unit files without the review year
    int duplicates = 0;  // copies of a unit counted in another file
    int signedOff = 0, changedSinceSigning = 0, notSigned = 0;
    YearStatus status;   // summed: phases (done/total), actions, risks, supervision…
    YearFigures figures; // summed
    DeviationFacts deviations; // summed (no days to close)
    TertialCountsByCategory byCategory, bySeverity;
    int criteria = 0, criteriaAssessed = 0;
    int redRisks = 0;
    int signOffsInForce = 0;
    // How many units have done what share of their checklist: 0–24 %, 25–49 %, 50–74 %, 75–99 %, 100 %.
    std::array<int, 5> checklistSpread{};
    // How many units have no red risk after measures, one, two or three, four or more.
    std::array<int, 4> redRiskSpread{};
};

struct FacultyOverview
{
    int year = 0;
    QDate today;              // from which overdue is counted
    QList<UnitSummary> units; // in the order read (files in path order); refused ones too
    FacultyTotals totals;     // of the units counted
};

// The unit files of `folder` and its subfolders: *.db and *.ikdb, without the copies an upgrade
// keeps of a file as it was (*.format-N-backup.db), in path order.
QStringList unitFilesInFolder(const QString &folder);

// FILE… or a FOLDER (or both) as the command line and the window take them: every path given,
// folders expanded (unitFilesInFolder), each file once.
QStringList expandUnitPaths(const QStringList &paths);

// Reads every file in turn, one at a time (memory: one file and the summaries), for `year`.
// `progress` hears after each file (done, total); false stops, and the overview holds the files
// read so far. Copies of one unit (same unit id) are counted once: the one changed last.
FacultyOverview rollUp(const QStringList &paths, int year, const QDate &today, const Progress &progress = {});

// The totals of `units` (what rollUp fills in; again after a change to the list).
FacultyTotals facultyTotals(const QList<UnitSummary> &units);

} // namespace ik
