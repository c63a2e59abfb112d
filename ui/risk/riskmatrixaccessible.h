#pragma once

#include "core/risk/riskmatrix.h"

#include <QString>

class QWidget;

namespace ik::ui {

// What screen readers and other assistive tools see of a drawn risk matrix (the risk editor and
// the level grid of its settings): a table (role Table) whose children are first its cells, row
// by row from the top (role Cell, named with probability, consequence and level), then, in the
// risk editor, each risk's marker (role ListItem, named with the risk and its position).
// Installs its factory with QAccessible the first time a matrix widget is made.
void installRiskMatrixAccessibility();

// A cell's accessible name, e.g. "Probability 3, consequence 4: Assess measures".
QString accessibleCellName(const RiskMatrix &matrix, int probability, int consequence);

// Tell assistive tools that a cell of `matrix` (its level) or the editor's marker `index` (its
// place) changed, and that it has the focus where the matrix has.
void announceMatrixCell(QWidget *matrix, int probability, int consequence);
void announceMatrixMarker(QWidget *matrix, int index);

} // namespace ik::ui
