#pragma once

#include "core/sharing/signoff.h"

#include "core/review/competence.h"
#include "core/risk/riskmatrix.h"
#include "core/review/yearcomparison.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <array>

namespace ik {
class UnitFile;
}

namespace ik::report {

using Row = QVariantMap;

// A risk of the year with its scores and the names the report prints.
struct RiskLine
{
    Row risk;
    QString assessment;
    RiskEvaluation evaluation;
    // The residual level (after measures, else before) is above the acceptable level.
    bool aboveAcceptable() const;
};

// Everything the annual report of one year prints, read from the file in a few queries. Kept
// apart from the document builder so that the queries can be timed and tested alone.
struct ReportData
{
    int year = 0;
    QString unitName;
    QString institution;
    QString parentUnit;
    QHash<QString, QString> people; // id → name

    QList<Row> goals, previousGoals, focusAreas, checklist, actions, training, rounds,
        indicators, systemReview, contributors, signoffs, appraisals, surveys;
    QHash<QString, QString> texts;            // report_text section → body (joined)
    QHash<QString, QList<Row>> findings;      // round id → findings
    QHash<QString, QList<std::pair<int, double>>> indicatorValues; // indicator id → (month, value)
    // The sign-offs in force, each with whether the file changed since (as `status` reports them).
    QList<SignOffState> signOffStates;
    QHash<QString, QString> actionTitles;     // id → title, for references to actions
    // Action id → the name of the record it was made from (a risk's event, a finding) and of
    // the action it was carried over from: readers see names, never record ids.
    QHash<QString, QString> actionSourceNames, actionCarriedFromNames;
    QHash<QString, QString> actionSourceTables; // action id → the table its source record is in
    QHash<QString, QList<Row>> riskActions; // risk id → the year's actions made from it

    RiskMatrix matrix;
    QList<RiskLine> risks;

    // Deviations per tertial (0..2) and category key, for the year and the year before.
    QStringList deviationCategories; // keys in choice-set order, those that occur
    QHash<QString, std::array<int, 3>> deviations, previousDeviations;

    QList<CompetenceLine> competence;

    // The HSE organisation (IG-3, IG-8, IK-5): the year's roles and delegated tasks.
    QList<Row> roles, delegatedTasks;
    QString lineManager, safetyRepresentative; // names by role, for the signature lines
    // The registers of the unit (legal requirements, routines, agreements) and the year's mapping.
    QList<Row> legal, activities, assessments, routines, agreements, documents, meetings;
    // Deviations reported in the year (by date reported), for the details.
    QList<Row> reportedDeviations;
    int deviationCloseDays = 0; // the unit's goal; 0: none set
    int employees = 0;
    // Supervision by authorities and external parties, with their orders (supervision id → orders).
    QList<Row> supervisions;
    QHash<QString, QList<Row>> orders;
    QList<Row> healthServiceWork, treatments;
    Row keyFigures; // the year's key figures (hours worked, sick leave, registers); empty if none
    // Next year: its goals, if already entered, and the actions still open with it.
    QList<Row> nextGoals, nextActions;

    YearComparison history; // every year of the file up to this one
    // The year's key figures (goals reached, risk levels, training coverage, rounds held), as
    // the faculty overview counts them too.
    YearFigures figures;

    QString person(const QVariant &id) const { return people.value(id.toString()); }
};

ReportData loadReportData(const UnitFile &file, int year);

} // namespace ik::report
