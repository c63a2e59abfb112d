#pragma once

#include "ui/records/editcontext.h"

#include <QString>

class QWidget;

namespace ik::ui {

class PhasePage;

// The five phase pages, each with the editors of its records.
PhasePage *createPhasePage(const EditContext &context, const QString &phase, QWidget *parent);

// Turns an inspection finding into an action in one undoable step: the action gets
// source "inspection" and the finding's id, the finding gets the action's id.
bool makeActionFromFinding(const EditContext &context, const QString &findingId, QString *error);

} // namespace ik::ui
