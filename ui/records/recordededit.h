#pragma once

#include "core/store/unitfile.h"
#include "ui/records/editcontext.h"

#include <QObject>

#include <functional>

namespace ik::ui {

class EditCommand;

// The one way the GUI changes a unit file: recordedEdit() runs `writes` in one transaction, and
// when they all succeed pushes one undo step named `text` that undoes (and redoes) every one of
// them, again in one transaction. `writes` writes through the RecordedEdit it is given, which
// keeps what undo and redo need; when it returns false (leaving the reason in edit.error()) or
// the commit fails, nothing is kept and nothing is pushed. No write, no step.
class RecordedEdit
{
public:
    UnitFile &file() const { return m_file; }
    // Where a write that fails puts its reason (recordedEdit's `error`).
    QString *error() const { return m_error; }

    // One write each, through core. insert returns the new row's id (values may carry it), or
    // empty.
    QString insert(const QString &table, Record values);
    bool update(const QString &table, const QString &id, const Record &values);
    bool remove(const QString &table, const QString &id);

    // A write of core's own that changes several rows (signOff, addRiskCategory, ...): what it
    // adds, changes or removes in `tables` is found by comparing their rows before and after, so
    // list every table it may touch, parents before children. For small tables: each is read whole.
    bool track(const QStringList &tables, const std::function<bool(QString *error)> &write);
    // Rows that a write of core's own added, by id (an import's ImportResult::added).
    void added(const RowRefs &rows);
    // A row added by the table's Add button: the value typed into it next joins this step, so
    // one Undo takes back the row with what was typed. Other steps never take a later edit in
    // (a comment and, later, its resolution stay two steps).
    void letFirstEditJoin();

private:
    friend bool recordedEdit(const EditContext &, const QString &, QString *,
                             const std::function<bool(RecordedEdit &)> &);
    RecordedEdit(UnitFile &file, EditCommand &command, QString *error);

    UnitFile &m_file;
    EditCommand &m_command;
    QString *m_error;
};

bool recordedEdit(const EditContext &context, const QString &text, QString *error,
                  const std::function<bool(RecordedEdit &edit)> &writes);

// Where an undo or redo that core refused is told (the year was locked since, the file can no
// longer be written): QUndoCommand is no QObject, so the step reports here and the main window
// shows it. The refused step is taken off the stack; the file stays as it was.
class UndoRefusals : public QObject
{
    Q_OBJECT
public:
    static UndoRefusals &instance();

Q_SIGNALS:
    // `title`: Undo or Redo; `message` says which step, what core said, and what now holds.
    void refused(const ik::UnitFile *file, const QString &title, const QString &message);
};

} // namespace ik::ui
