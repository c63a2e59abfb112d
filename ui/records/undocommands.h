#pragma once

#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <QUndoCommand>

#include <functional>

class QWidget;

namespace ik::ui {

// Every edit of a unit file goes through these: each first performs the change through core, and
// only a change core accepted is pushed onto the file's undo stack. Undo and redo call core again.
// On failure they return false and leave the message in `error`; nothing is pushed.
bool setField(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
              const QString &column, const QVariant &value, QString *error);
// Returns the new row's id, or an empty string.
QString insertRecord(UnitFile &file, QUndoStack &undo, const QString &table, Record values,
                     QString *error);
bool removeRecord(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
                  QString *error);
// Runs one of core's imports (importCsv, importRiskRegister: `import` calls it with the progress
// to report, filling `result`) under a progress dialog over `parent`, which can cancel it, and
// makes what it added one undo step: undo removes every row it added. Returns what `import` did.
bool importAsOneStep(UnitFile &file, QUndoStack &undo, const QString &table, const ImportResult &result,
                     QWidget *parent, const QString &label, const std::function<bool(const Progress &)> &import);
// For the message after an import that added rows: how to take it back (empty when none were added).
QString importUndoHint(const ImportResult &result);

// Set one field of one row.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(UnitFile &file, QString table, QString id, QString column, QVariant before,
                    QVariant after, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    UnitFile &m_file;
    QString m_table, m_id, m_column;
    QVariant m_before, m_after;
    bool m_skipRedo = true; // the change was made before the command was pushed
};

// Insert one row (its values carry its id, so redo recreates the same row).
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(UnitFile &file, QString table, Record values, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    UnitFile &m_file;
    QString m_table;
    Record m_values;
    bool m_skipRedo = true;
};

// Delete one row with what belongs to it; undo restores exactly what was removed.
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(UnitFile &file, QString table, QString id, DeletedRecords removed,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    UnitFile &m_file;
    QString m_table, m_id;
    DeletedRecords m_removed;
    bool m_skipRedo = true;
};

// Rows an import added (made before the command is pushed); undo removes them all in one
// transaction, redo restores exactly those rows again.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(UnitFile &file, const QString &table, RowRefs added, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    UnitFile &m_file;
    RowRefs m_added;
    DeletedRecords m_removed;
    bool m_skipRedo = true;
};

} // namespace ik::ui
