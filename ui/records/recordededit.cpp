#include "ui/records/recordededit.h"

#include "core/store/schema.h"
#include "ui/shell/workprogress.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <variant>

namespace ik::ui {

namespace {

// The texts of undo steps and their messages (one translation context for them all).
class Edit
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::Edit)
};

// Whether two stored values are the same, as core compares them before it writes.
bool same(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

// An undo or redo of at least this many rows runs under a progress dialog (which shows itself
// only when the work lasts).
constexpr qsizetype kProgressFrom = 200;

} // namespace

// One undo step: the changes of one recorded edit, undone last first and redone in order, each
// time in one transaction, so that a step is undone whole or not at all.
class EditCommand : public QUndoCommand
{
public:
    // Rows added. Undo removes them with what came to belong to them (`taken`); redo puts
    // exactly that back, with the same ids.
    struct Added
    {
        RowRefs rows;
        DeletedRecords taken;
    };
    // Columns of one row set from `before` to `after`.
    struct Updated
    {
        QString table, id;
        Record before, after;
    };
    // Rows removed with what went along (`removed`, which restore() puts back).
    struct Removed
    {
        RowRefs rows;
        DeletedRecords removed;
    };
    using Change = std::variant<Added, Updated, Removed>;

    EditCommand(UnitFile &file, const QString &text) : m_file(file) { setText(text); }

    void record(Change change) { m_changes.append(std::move(change)); }
    void letFirstEditJoin() { m_takesFirstEdit = true; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    void undo() override
    {
        m_takesFirstEdit = false;
        QString error;
        if (!apply(false, &error))
            refuse(Edit::tr("Undo"), Edit::tr("“%1” could not be undone: %2\nThe file keeps the change, and the step has left "
                      "the undo list.")
                       .arg(text(), error));
    }

    void redo() override
    {
        if (std::exchange(m_writtenBeforePush, false))
            return; // push() calls redo(); the edit itself already wrote
        QString error;
        if (!apply(true, &error))
            refuse(Edit::tr("Redo"), Edit::tr("“%1” could not be redone: %2\nThe file stays as it is, and the step has left "
                      "the redo list.")
                       .arg(text(), error));
    }

    // Every recorded edit may merge; mergeWith decides.
    int id() const override { return 1; }

    // "Add" and typing the new row's first value are one step: the add takes the edit in (undoing
    // it removes the row, value and all; redoing it restores the row as it was when undone).
    bool mergeWith(const QUndoCommand *other) override
    {
        if (!std::exchange(m_takesFirstEdit, false) || m_changes.size() != 1)
            return false;
        const auto *added = std::get_if<Added>(&m_changes.first());
        const auto *edit = dynamic_cast<const EditCommand *>(other);
        if (!added || added->rows.size() != 1 || !edit || edit->m_changes.size() != 1)
            return false;
        const auto *updated = std::get_if<Updated>(&edit->m_changes.first());
        return updated && added->rows.first() == qMakePair(updated->table, updated->id);
    }

private:
    qsizetype rowCount() const
    {
        qsizetype rows = 0;
        for (const Change &c : m_changes) {
            if (const auto *a = std::get_if<Added>(&c))
                rows += std::max(a->rows.size(), a->taken.rows.size());
            else if (const auto *r = std::get_if<Removed>(&c))
                rows += r->removed.rows.size();
            else
                ++rows;
        }
        return rows;
    }

    bool apply(bool forward, QString *error)
    {
        std::optional<WorkProgress> progress;
        if (rowCount() >= kProgressFrom)
            progress.emplace(QApplication::activeWindow(), text(), false);
        const Progress report = progress ? progress->callback() : Progress();
        UnitFile::Transaction tx(m_file);
        if (forward) {
            for (Change &c : m_changes)
                if (!redoChange(c, report, error))
                    return false;
        } else {
            for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
                if (!undoChange(*it, report, error))
                    return false;
        }
        return tx.commit(error);
    }

    bool undoChange(Change &change, const Progress &progress, QString *error)
    {
        if (auto *a = std::get_if<Added>(&change))
            return m_file.removeAll(a->rows, error, &a->taken, progress);
        if (auto *u = std::get_if<Updated>(&change))
            return m_file.update(u->table, u->id, u->before, error);
        return m_file.restore(std::get<Removed>(change).removed, error, progress);
    }

    bool redoChange(Change &change, const Progress &progress, QString *error)
    {
        if (auto *a = std::get_if<Added>(&change))
            return m_file.restore(a->taken, error, progress);
        if (auto *u = std::get_if<Updated>(&change))
            return m_file.update(u->table, u->id, u->after, error);
        auto &r = std::get<Removed>(change);
        return m_file.removeAll(r.rows, error, &r.removed, progress);
    }

    // The file holds what it held before (the transaction rolled back), so the step no longer
    // fits the stack: obsolete, the stack drops it, and the steps around it stay.
    void refuse(const QString &title, const QString &message)
    {
        setObsolete(true);
        Q_EMIT UndoRefusals::instance().refused(&m_file, title, message);
    }

    UnitFile &m_file;
    QList<Change> m_changes;
    bool m_writtenBeforePush = true;
    bool m_takesFirstEdit = false; // see RecordedEdit::letFirstEditJoin
};

RecordedEdit::RecordedEdit(UnitFile &file, EditCommand &command, QString *error)
    : m_file(file), m_command(command), m_error(error)
{
}

void RecordedEdit::letFirstEditJoin()
{
    m_command.letFirstEditJoin();
}

QString RecordedEdit::insert(const QString &table, Record values)
{
    const QString id = m_file.insert(table, values, m_error);
    if (!id.isEmpty())
        m_command.record(EditCommand::Added{{{table, id}}, {}});
    return id;
}

bool RecordedEdit::update(const QString &table, const QString &id, const Record &values)
{
    const std::optional<Record> before = m_file.record(table, id);
    if (!before) {
        *m_error = Edit::tr("The record no longer exists.");
        return false;
    }
    if (!m_file.update(table, id, values, m_error))
        return false;
    // What core stored (normalised: a date as ISO, a choice as its key), for redo.
    const Record after = m_file.record(table, id).value_or(Record{});
    EditCommand::Updated change{table, id, {}, {}};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (same(before->value(it.key()), after.value(it.key())))
            continue;
        change.before.insert(it.key(), before->value(it.key()));
        change.after.insert(it.key(), after.value(it.key()));
    }
    if (!change.after.isEmpty())
        m_command.record(std::move(change));
    return true;
}

bool RecordedEdit::remove(const QString &table, const QString &id)
{
    DeletedRecords removed;
    if (!m_file.remove(table, id, m_error, &removed))
        return false;
    m_command.record(EditCommand::Removed{{{table, id}}, removed});
    return true;
}

bool RecordedEdit::track(const QStringList &tables, const std::function<bool(QString *)> &write)
{
    QList<QList<Record>> before;
    for (const QString &table : tables)
        before << m_file.records(table);
    if (!write(m_error))
        return false;
    const QStringList common = schema::commonColumns();
    const QString idColumn = QStringLiteral("id");
    EditCommand::Added added;
    QList<EditCommand::Updated> updated;
    EditCommand::Removed removed;
    QList<QPair<QString, Record>> removedRows;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QHash<QString, Record> gone;
        for (const Record &row : std::as_const(before[i]))
            gone.insert(row.value(idColumn).toString(), row);
        for (const Record &row : m_file.records(tables[i])) {
            const QString id = row.value(idColumn).toString();
            const auto old = gone.constFind(id);
            if (old == gone.cend()) {
                added.rows.append({tables[i], id});
                continue;
            }
            EditCommand::Updated change{tables[i], id, {}, {}};
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                if (common.contains(it.key()) || same(old->value(it.key()), it.value()))
                    continue;
                change.before.insert(it.key(), old->value(it.key()));
                change.after.insert(it.key(), it.value());
            }
            if (!change.after.isEmpty())
                updated.append(std::move(change));
            gone.erase(old);
        }
        for (const Record &row : std::as_const(before[i])) {
            const QString id = row.value(idColumn).toString();
            if (gone.contains(id)) {
                removed.rows.append({tables[i], id});
                removedRows.append({tables[i], row});
            }
        }
    }
    std::optional<QList<RemovedRow>> placed = DeletedRecords::placed(removedRows, m_error);
    if (!placed)
        return false;
    removed.removed.rows = std::move(*placed);
    // Redone in this order: added rows first (a change may point to one), removals last (undone
    // first, so the changes undone after them find the rows they pointed to).
    if (!added.rows.isEmpty())
        m_command.record(std::move(added));
    for (EditCommand::Updated &change : updated)
        m_command.record(std::move(change));
    if (!removed.rows.isEmpty())
        m_command.record(std::move(removed));
    return true;
}

void RecordedEdit::added(const RowRefs &rows)
{
    if (!rows.isEmpty())
        m_command.record(EditCommand::Added{rows, {}});
}

bool recordedEdit(const EditContext &context, const QString &text, QString *error,
                  const std::function<bool(RecordedEdit &)> &writes)
{
    QString local;
    QString &err = error ? *error : local;
    auto command = std::make_unique<EditCommand>(*context.file, text);
    {
        UnitFile::Transaction tx(*context.file);
        RecordedEdit edit(*context.file, *command, &err);
        if (!writes(edit) || !tx.commit(&err))
            return false;
    }
    if (!command->isEmpty())
        context.undo->push(command.release());
    return true;
}

UndoRefusals &UndoRefusals::instance()
{
    static UndoRefusals refusals;
    return refusals;
}

} // namespace ik::ui
