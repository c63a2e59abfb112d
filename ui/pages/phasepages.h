#pragma once

#include "ui/records/editcontext.h"

#include <QString>

class QWidget;

namespace ik::ui {

class PhasePage;

// The five phase pages, each with the editors of its records.
PhasePage *createPhasePage(const EditContext &context, const QString &phase, QWidget *parent);

// Turns an inspection finding or a supervision order (`table`: inspection_finding or
// supervision_order) into an action in one undoable step: the action gets the source
// ("inspection", "supervision") and the row's id, the row gets the action's id.
bool makeActionFrom(const EditContext &context, const QString &table, const QString &id, QString *error);

} // namespace ik::ui
