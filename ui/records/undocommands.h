#pragma once

#include "core/exchange/sheetimport.h"
#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <functional>

class QUndoStack;
class QWidget;

namespace ik::ui {

// The single writes of the record editors, each a recorded edit (recordededit.h) of one write:
// performed through core first, and only a change core accepted becomes an undo step. On
// failure they return false (or an empty id) and leave the message in `error`; nothing is pushed.
bool setField(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
              const QString &column, const QVariant &value, QString *error);
// Several fields of one record as one step, named by the first of them (a status with the date
// it implies).
bool setFields(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
               const Record &values, QString *error);
// Returns the new row's id, or an empty string. With `firstEditJoins` (the table's Add button)
// the value typed into the new row next joins this undo step.
QString insertRecord(UnitFile &file, QUndoStack &undo, const QString &table, Record values,
                     QString *error, bool firstEditJoins = false);
bool removeRecord(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
                  QString *error);
// Runs one of core's imports (importCsv, importRiskRegister: `import` calls it with the progress
// to report and `error`, filling `result`) under a progress dialog over `parent`, which can cancel
// it, and makes what it added one undo step: undo removes every row it added. Returns what
// `import` did.
bool importAsOneStep(UnitFile &file, QUndoStack &undo, const QString &table, const ImportResult &result,
                     QWidget *parent, const QString &label,
                     const std::function<bool(const Progress &, QString *error)> &import, QString *error);
// Writes an import plan (sheetimport.h) under a progress dialog as one undo step: undo puts the
// updated fields back and removes the rows added. Refused rows are not part of the plan's writes.
// `stepText` names the undo step (a paste's "Paste 3 rows"); empty: "Import <table>".
bool importPlanAsOneStep(UnitFile &file, QUndoStack &undo, const ImportPlan &plan, QWidget *parent,
                         ImportResult *result, QString *error, const QString &stepText = {});
// For the message after an import that added rows: how to take it back (empty when none were added).
QString importUndoHint(const ImportResult &result);

} // namespace ik::ui
