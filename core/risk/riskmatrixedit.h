#pragma once

#include "core/risk/riskmatrix.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ik {

class UnitFile;

// Changes to the unit's risk matrix. Each runs in one transaction through UnitFile, so it is
// validated, logged and either kept whole or not at all.

// The tables that hold the matrix, which the functions below write (for an undo step that
// records what they changed). removeRiskCategory and resizeRiskMatrix write risk scores too.
inline QStringList riskMatrixTables()
{
    return {QStringLiteral("matrix_axis"), QStringLiteral("matrix_cell"), QStringLiteral("matrix_category")};
}

// One stored score that a resize moved to another step.
struct RiskMove
{
    QString riskId;
    QString table;  // risk or risk_consequence
    QString rowId;
    QString column; // probability_before, consequence_after, ...
    int from = 0;
    int to = 0;
};

inline constexpr int kMinMatrixSteps = 3;
inline constexpr int kMaxMatrixSteps = 7;

// Maps a step of an axis with `oldSteps` steps onto one with `newSteps`, keeping both ends:
// round(1 + (old-1)*(newSteps-1)/(oldSteps-1)).
int remapStep(int step, int oldSteps, int newSteps);

// Resizes the matrix (3–7 steps each way). Labels of the steps that remain are kept, new steps
// get their number as label; cell levels are taken from the old cell each new cell maps back to;
// every risk's probabilities and consequences are remapped, never dropped. `moved` lists them.
bool resizeRiskMatrix(UnitFile &file, int probabilitySteps, int consequenceSteps,
                      QList<RiskMove> *moved, QString *error);
// axis: "probability" or "consequence".
bool setRiskMatrixLabel(UnitFile &file, const QString &axis, int step, const QString &labelNb,
                        const QString &labelEn, QString *error);
bool setRiskMatrixLevel(UnitFile &file, int probability, int consequence, RiskMatrix::Level level,
                        QString *error);
// The id of a matrix_cell row (for undoable edits of its level), or empty.
QString riskMatrixCellId(const UnitFile &file, int probability, int consequence);

// Returns the new category's key (derived from the English name), or empty on failure.
QString addRiskCategory(UnitFile &file, const QString &nameNb, const QString &nameEn,
                        QString *error);
bool renameRiskCategory(UnitFile &file, const QString &key, const QString &nameNb,
                        const QString &nameEn, QString *error);
// How many risk_consequence rows use a category.
int riskCategoryUseCount(const UnitFile &file, const QString &key);
// Refuses while risks use the category unless `removeConsequences`, which then deletes those
// risk_consequence rows in the same transaction. The last category cannot be removed.
bool removeRiskCategory(UnitFile &file, const QString &key, bool removeConsequences,
                        QString *error);

} // namespace ik
