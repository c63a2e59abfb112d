#include "ui/records/undocommands.h"

#include "ui/records/fieldlabels.h"
#include "core/store/schema.h"
#include "ui/shell/workprogress.h"

#include <QApplication>
#include <QCoreApplication>
#include <QUndoStack>

namespace ik::ui {

namespace {

QString singular(const QString &table)
{
    const TableDef *def = schema::table(table);
    return def ? inSentence(singularLabel(*def)) : table;
}

void warn(const QString &what, const QString &error)
{
    qWarning("%s: %s", qUtf8Printable(what), qUtf8Printable(error));
}

} // namespace

bool setField(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
              const QString &column, const QVariant &value, QString *error)
{
    const std::optional<Record> before = file.record(table, id);
    if (!before) {
        *error = QCoreApplication::translate("ik::ui::Edit", "The record no longer exists.");
        return false;
    }
    if (!file.update(table, id, {{column, value}}, error))
        return false;
    const QVariant after = file.record(table, id).value_or(Record{}).value(column);
    if (after != before->value(column))
        undo.push(new SetFieldCommand(file, table, id, column, before->value(column), after));
    return true;
}

QString insertRecord(UnitFile &file, QUndoStack &undo, const QString &table, Record values,
                     QString *error)
{
    if (!values.contains(QStringLiteral("id")))
        values.insert(QStringLiteral("id"), UnitFile::newId());
    const QString id = file.insert(table, values, error);
    if (id.isEmpty())
        return {};
    undo.push(new InsertRecordCommand(file, table, values));
    return id;
}

bool removeRecord(UnitFile &file, QUndoStack &undo, const QString &table, const QString &id,
                  QString *error)
{
    DeletedRecords removed;
    if (!file.remove(table, id, error, &removed))
        return false;
    undo.push(new RemoveRecordCommand(file, table, id, removed));
    return true;
}

bool importAsOneStep(UnitFile &file, QUndoStack &undo, const QString &table, const ImportResult &result,
                     QWidget *parent, const QString &label, const std::function<bool(const Progress &)> &import)
{
    bool imported = false;
    {
        WorkProgress progress(parent, label, true);
        imported = import(progress.callback());
    } // the dialog closes before whatever tells the outcome
    if (imported && !result.added.isEmpty())
        undo.push(new ImportCommand(file, table, result.added));
    return imported;
}

QString importUndoHint(const ImportResult &result)
{
    return result.added.isEmpty()
               ? QString()
               : QLatin1Char('\n') + QCoreApplication::translate("ik::ui::Edit", "Edit → Undo takes the whole import back.");
}

SetFieldCommand::SetFieldCommand(UnitFile &file, QString table, QString id, QString column,
                                 QVariant before, QVariant after, QUndoCommand *parent)
    : QUndoCommand(parent), m_file(file), m_table(std::move(table)), m_id(std::move(id)),
      m_column(std::move(column)), m_before(std::move(before)), m_after(std::move(after))
{
    const TableDef *def = schema::table(m_table);
    setText(QCoreApplication::translate("ik::ui::Edit", "Change %1")
                .arg(def ? inSentence(fieldLabel(*def, m_column)) : m_column));
}

void SetFieldCommand::undo()
{
    QString error;
    if (!m_file.update(m_table, m_id, {{m_column, m_before}}, &error))
        warn(text(), error);
}

void SetFieldCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    QString error;
    if (!m_file.update(m_table, m_id, {{m_column, m_after}}, &error))
        warn(text(), error);
}

InsertRecordCommand::InsertRecordCommand(UnitFile &file, QString table, Record values,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_file(file), m_table(std::move(table)), m_values(std::move(values))
{
    setText(QCoreApplication::translate("ik::ui::Edit", "Add %1").arg(singular(m_table)));
}

void InsertRecordCommand::undo()
{
    QString error;
    if (!m_file.remove(m_table, m_values.value(QStringLiteral("id")).toString(), &error))
        warn(text(), error);
}

void InsertRecordCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    QString error;
    if (m_file.insert(m_table, m_values, &error).isEmpty())
        warn(text(), error);
}

RemoveRecordCommand::RemoveRecordCommand(UnitFile &file, QString table, QString id,
                                         DeletedRecords removed, QUndoCommand *parent)
    : QUndoCommand(parent), m_file(file), m_table(std::move(table)), m_id(std::move(id)),
      m_removed(std::move(removed))
{
    setText(QCoreApplication::translate("ik::ui::Edit", "Delete %1").arg(singular(m_table)));
}

void RemoveRecordCommand::undo()
{
    QString error;
    if (!m_file.restore(m_removed, &error))
        warn(text(), error);
}

void RemoveRecordCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    QString error;
    if (!m_file.remove(m_table, m_id, &error, &m_removed))
        warn(text(), error);
}

ImportCommand::ImportCommand(UnitFile &file, const QString &table, RowRefs added, QUndoCommand *parent)
    : QUndoCommand(parent), m_file(file), m_added(std::move(added))
{
    const TableDef *def = schema::table(table);
    setText(QCoreApplication::translate("ik::ui::Edit", "Import %1")
                .arg(def ? inSentence(tableLabel(*def)) : table));
}

void ImportCommand::undo()
{
    WorkProgress progress(QApplication::activeWindow(), text(), false);
    QString error;
    if (!m_file.removeAll(m_added, &error, &m_removed, progress.callback()))
        warn(text(), error);
}

void ImportCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    WorkProgress progress(QApplication::activeWindow(), text(), false);
    QString error;
    if (!m_file.restore(m_removed, &error, progress.callback()))
        warn(text(), error);
}

} // namespace ik::ui
