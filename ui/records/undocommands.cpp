#include "ui/records/undocommands.h"

#include "core/store/schema.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/recordededit.h"
#include "ui/shell/workprogress.h"

#include <QCoreApplication>

namespace ik::ui {

namespace {

// The texts of undo steps and their messages (one translation context for them all).
class Edit
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::Edit)
};

QString singular(const QString &table)
{
    const TableDef *def = schema::table(table);
    return def ? inSentence(singularLabel(*def)) : table;
}

} // namespace

bool setField(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
              const QString &column, const QVariant &value, QString *error)
{
    return setFields(file, undo, table, id, {{column, value}}, error);
}

bool setFields(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
               const Record &values, QString *error)
{
    const TableDef *def = schema::table(table);
    // A status names the step even where the date it implies sorts first.
    const QString column = values.contains(QStringLiteral("status")) ? QStringLiteral("status") : values.firstKey();
    return recordedEdit({&file, &undo}, Edit::tr("Change %1").arg(def ? inSentence(fieldLabel(*def, column)) : column),
                        error, [&](RecordedEdit &edit) { return edit.update(table, id, values); });
}

QString insertRecord(UnitFile &file, QUndoStack &undo, const QString &table, Record values,
                     QString *error, bool firstEditJoins)
{
    QString id;
    recordedEdit({&file, &undo}, Edit::tr("Add %1").arg(singular(table)), error, [&](RecordedEdit &edit) {
        id = edit.insert(table, values);
        if (firstEditJoins)
            edit.letFirstEditJoin();
        return !id.isEmpty();
    });
    return id;
}

bool removeRecord(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
                  QString *error)
{
    return recordedEdit({&file, &undo}, Edit::tr("Delete %1").arg(singular(table)), error,
                        [&](RecordedEdit &edit) { return edit.remove(table, id); });
}

bool importAsOneStep(UnitFile &file, QUndoStack &undo, const QString &table, const ImportResult &result,
                     QWidget *parent, const QString &label,
                     const std::function<bool(const Progress &, QString *)> &import, QString *error)
{
    const TableDef *def = schema::table(table);
    return recordedEdit({&file, &undo}, Edit::tr("Import %1").arg(def ? inSentence(tableLabel(*def)) : table), error,
                        [&](RecordedEdit &edit) {
                            bool imported = false;
                            {
                                WorkProgress progress(parent, label, true);
                                imported = import(progress.callback(), edit.error());
                            } // the dialog closes before whatever tells the outcome
                            if (imported)
                                edit.added(result.added);
                            return imported;
                        });
}

bool importPlanAsOneStep(UnitFile &file, QUndoStack &undo, const ImportPlan &plan, QWidget *parent,
                         ImportResult *result, QString *error, const QString &stepText)
{
    const TableDef *def = schema::table(plan.table);
    const QString text = !stepText.isEmpty() ? stepText : Edit::tr("Import %1").arg(def ? inSentence(tableLabel(*def)) : plan.table);
    return recordedEdit({&file, &undo}, text, error,
                        [&](RecordedEdit &edit) {
                            // Updates one by one, so undo knows each old value (a risk's
                            // consequences too, and removes those it adds); the rows added in one
                            // go by core, which undo removes by their ids, with their consequences.
                            for (const PlannedRow &row : plan.updates) {
                                bool written = row.values.isEmpty() || edit.update(plan.table, row.id, row.values);
                                for (const PlannedConsequence &c : row.consequences) {
                                    if (!written)
                                        break;
                                    if (!c.id.isEmpty()) {
                                        written = edit.update(QStringLiteral("risk_consequence"), c.id, c.values);
                                        continue;
                                    }
                                    Record values = c.values;
                                    values.insert(QStringLiteral("risk_id"), row.id);
                                    values.insert(QStringLiteral("category"), c.category);
                                    written = !edit.insert(QStringLiteral("risk_consequence"), values).isEmpty();
                                }
                                if (!written) {
                                    *edit.error() = Edit::tr("line %1: %2").arg(QString::number(row.line), *edit.error());
                                    return false;
                                }
                            }
                            ImportPlan inserts = plan;
                            inserts.updates.clear();
                            ImportResult added;
                            bool imported = false;
                            {
                                WorkProgress progress(parent, Edit::tr("Importing…"), true);
                                imported = applyImportPlan(file, inserts, &added, edit.error(), progress.callback());
                            } // the dialog closes before whatever tells the outcome
                            if (!imported)
                                return false;
                            edit.added(added.added);
                            if (result)
                                *result = added;
                            return true;
                        });
}

QString importUndoHint(const ImportResult &result)
{
    return result.added.isEmpty() ? QString() : QLatin1Char('\n') + Edit::tr("Edit → Undo takes the whole import back.");
}

} // namespace ik::ui
