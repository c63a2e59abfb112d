#include "core/sharing/merge.h"

#include "core/sharing/changelog.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::Merge", text); }

bool sameEntry(const ChangeEntry &a, const ChangeEntry &b)
{
    return a.seq == b.seq && a.at == b.at && a.user == b.user && a.table == b.table
           && a.recordId == b.recordId && a.operation == b.operation && a.column == b.column
           && a.oldValue == b.oldValue && a.newValue == b.newValue;
}

QString key(const QString &table, const QString &id) { return table + QLatin1Char('/') + id; }

// A value as the merge compares values: the store keeps no empty text, so empty is NULL. The log
// keeps values as text and the JSON of a row keeps numbers as doubles; both print the same.
QString valueKey(const QVariant &value) { return value.isNull() ? QString() : value.toString(); }

// What one copy's log says about one record since the copies parted: its entries, and from them
// (worked out when first asked: most records are alike in both copies and never ask) every value
// each field held in this copy.
class History
{
public:
    bool inserted = false;
    bool deleted = false;
    QList<const ChangeEntry *> entries; // in order

    bool touched(const QString &column) const { return values().contains(column); }
    bool held(const QString &column, const QVariant &value) const
    {
        return values().value(column).contains(valueKey(value));
    }

private:
    const QHash<QString, QSet<QString>> &values() const
    {
        if (!m_values)
            m_values = collectValues();
        return *m_values;
    }
    QHash<QString, QSet<QString>> collectValues() const;
    mutable std::optional<QHash<QString, QSet<QString>>> m_values; // column → values
};

// Adds the values of a row (as the log keeps it, JSON) and returns its columns.
QStringList addRowValues(QHash<QString, QSet<QString>> &values, const QString &json)
{
    const QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (!schema::commonColumns().contains(it.key()))
            values[it.key()].insert(valueKey(it.value().toVariant()));
    return row.keys();
}

QHash<QString, QSet<QString>> History::collectValues() const
{
    QHash<QString, QSet<QString>> values;
    QSet<QString> leftOutAtInsert; // links the last insert left for a following update
    for (const ChangeEntry *e : entries) {
        if (e->operation == QLatin1String("insert")) {
            const QStringList given = addRowValues(values, e->newValue); // columns left out were empty
            leftOutAtInsert.clear();
            if (const TableDef *def = schema::table(e->table))
                for (const ColumnDef &c : def->columns)
                    if (c.type == ColumnType::Reference && !c.parent && !given.contains(c.name))
                        leftOutAtInsert.insert(c.name);
        } else if (e->operation == QLatin1String("delete")) {
            addRowValues(values, e->oldValue); // the whole row as it was deleted
        } else {
            // A row put back (undo, merge) gets its links to other records right after its
            // insert: it never held the empty value the update starts from.
            if (!leftOutAtInsert.remove(e->column) || !e->oldValue.isEmpty())
                values[e->column].insert(valueKey(e->oldValue));
            values[e->column].insert(valueKey(e->newValue));
        }
    }
    return values;
}

// What one copy did after the copies parted, record by record. Refers to the log's entries.
struct SideHistory
{
    QHash<QString, History> records;        // table/id
    QHash<QString, QStringList> idsByTable; // first mentioned first

    const History *find(const QString &table, const QString &id) const
    {
        const auto it = records.constFind(key(table, id));
        return it == records.constEnd() ? nullptr : &*it;
    }
};

// The entries of `log` from `from` on.
SideHistory sideHistory(const QList<ChangeEntry> &log, qsizetype from)
{
    SideHistory side;
    for (qsizetype i = from; i < log.size(); ++i) {
        const ChangeEntry &e = log[i];
        auto it = side.records.find(key(e.table, e.recordId));
        if (it == side.records.end()) {
            it = side.records.insert(key(e.table, e.recordId), {});
            side.idsByTable[e.table] << e.recordId;
        }
        it->entries << &e;
        it->inserted |= e.operation == QLatin1String("insert");
        it->deleted |= e.operation == QLatin1String("delete");
    }
    return side;
}

QStringList userColumns(const TableDef &t)
{
    QStringList names = t.columnNames();
    for (const QString &common : schema::commonColumns())
        names.removeOne(common);
    return names;
}

// Whether a copy had seen every one of these rows (of the other copy) as they are. A delete made
// knowing them may take them; a delete that would take a row added or changed since may not.
bool sawAll(const SideHistory &side, const QList<RemovedRow> &rows)
{
    for (const auto &[table, row] : rows) {
        const History *h = side.find(table, row.value(QStringLiteral("id")).toString());
        if (!h)
            return false;
        for (const QString &column : userColumns(*schema::table(table)))
            if (!h->held(column, row.value(column)))
                return false;
    }
    return true;
}

enum class Winner { Same, Mine, Theirs, Conflict };

// Which copy's value of a field stands. A copy that has held the other's value has moved on from
// it; a field only one copy changed is that copy's.
Winner decide(const History *here, const History *there, const QString &column, const QVariant &mine,
              const QVariant &theirs)
{
    if (valueKey(mine) == valueKey(theirs))
        return Winner::Same;
    if (!there || !there->touched(column))
        return Winner::Mine;
    if (!here || !here->touched(column))
        return Winner::Theirs;
    const bool theyHadMine = there->held(column, mine);
    const bool weHadTheirs = here->held(column, theirs);
    if (theyHadMine != weHadTheirs)
        return theyHadMine ? Winner::Theirs : Winner::Mine;
    return Winner::Conflict; // changed independently in both (or back and forth: cannot tell)
}

// What merging does with one record that either copy touched since parting.
void planRecord(const UnitFile &mine, const UnitFile &theirs, const SideHistory &here,
                const SideHistory &there, const TableDef &def, const QStringList &columns,
                const QString &id, QSet<QString> &inserting, MergePlan *plan)
{
    const QString &table = def.name;
    const History *h = here.find(table, id);
    const History *t = there.find(table, id);
    const std::optional<Record> myRow = mine.record(table, id);
    const std::optional<Record> theirRow = theirs.record(table, id);
    if (myRow && theirRow) {
        for (const QString &column : columns) {
            const QVariant current = myRow->value(column), value = theirRow->value(column);
            switch (decide(h, t, column, current, value)) {
            case Winner::Same:
            case Winner::Mine:
                break;
            case Winner::Theirs:
                plan->updates.append({table, id, column, value});
                break;
            case Winner::Conflict:
                plan->conflicts.append({MergeConflict::Kind::BothEdited, table, id, column, current, value,
                                        mine.displayName(table, id), {}});
                break;
            }
        }
    } else if (theirRow && h && h->deleted) {
        // Deleted here: it stays deleted, unless the other copy changed it (or added to it)
        // after this copy last saw it.
        const DeletedRecords theirTree = theirs.previewRemove(table, id);
        if (!sawAll(here, theirTree.rows))
            plan->conflicts.append({MergeConflict::Kind::DeletedHereEditedThere, table, id, {}, {}, {},
                                    theirs.displayName(table, id), theirTree.rows});
    } else if (theirRow && t && t->inserted) {
        // Added there. A row whose parent is gone here comes back with its parent, if at all
        // (that is the parent's conflict).
        const QString parentColumn = def.parentColumn();
        if (!parentColumn.isEmpty()) {
            const QString parentTable = def.column(parentColumn)->reference;
            const QString parentId = theirRow->value(parentColumn).toString();
            if (!mine.record(parentTable, parentId) && !inserting.contains(key(parentTable, parentId)))
                return;
        }
        plan->inserts.append({table, *theirRow});
        inserting.insert(key(table, id));
    } else if (myRow && t && t->deleted) {
        // Deleted there: here too, if the other copy had seen all that the delete takes.
        const DeletedRecords myTree = mine.previewRemove(table, id);
        if (sawAll(there, myTree.rows))
            plan->deletes.append({table, id});
        else
            plan->conflicts.append({MergeConflict::Kind::EditedHereDeletedThere, table, id, {}, {}, {},
                                    mine.displayName(table, id), {}});
    }
}

} // namespace

bool planMerge(const UnitFile &mine, const UnitFile &theirs, MergePlan *plan, QString *error)
{
    *plan = {};
    const QList<ChangeEntry> ours = changeLog(mine);
    const QList<ChangeEntry> other = changeLog(theirs);
    qsizetype shared = 0;
    while (shared < ours.size() && shared < other.size() && sameEntry(ours[shared], other[shared]))
        ++shared;
    if (shared == 0) {
        *error = tr("“%1” is not a copy of this unit file: the two share no history, so there is "
                    "nothing to merge safely.")
                     .arg(theirs.path());
        return false;
    }
    plan->sharedHistory = shared;
    const SideHistory here = sideHistory(ours, shared);
    const SideHistory there = sideHistory(other, shared);

    // Every record either copy touched, table by table in schema order: parents first.
    QSet<QString> inserting;
    for (const TableDef &def : schema::tables()) {
        QStringList ids = here.idsByTable.value(def.name);
        for (const QString &id : there.idsByTable.value(def.name))
            if (!here.records.contains(key(def.name, id)))
                ids << id;
        const QStringList columns = userColumns(def);
        for (const QString &id : std::as_const(ids))
            planRecord(mine, theirs, here, there, def, columns, id, inserting, plan);
    }

    // A record's conflict settles what belongs to it: its rows get no conflicts, inserts or
    // deletes of their own.
    QSet<QString> belonging;
    for (const MergeConflict &c : std::as_const(plan->conflicts)) {
        QList<RemovedRow> tree;
        if (c.kind == MergeConflict::Kind::DeletedHereEditedThere)
            tree = c.theirRows;
        else if (c.kind == MergeConflict::Kind::EditedHereDeletedThere)
            tree = mine.previewRemove(c.table, c.recordId).rows;
        for (qsizetype i = 1; i < tree.size(); ++i) // [0] is the record itself
            belonging.insert(key(tree[i].table, tree[i].row.value(QStringLiteral("id")).toString()));
    }
    if (!belonging.isEmpty()) {
        plan->conflicts.removeIf([&](const MergeConflict &c) {
            return c.kind != MergeConflict::Kind::BothEdited && belonging.contains(key(c.table, c.recordId));
        });
        plan->deletes.removeIf([&](const auto &d) { return belonging.contains(key(d.first, d.second)); });
        plan->inserts.removeIf([&](const auto &r) {
            return belonging.contains(key(r.first, r.second.value(QStringLiteral("id")).toString()));
        });
    }
    return true;
}

namespace {

struct FieldWrite
{
    QString table, id, column;
    QVariant value;
    bool fromConflict = false;
};

// A reference to a record that is not here (deleted here) is cleared, as deleting it clears the
// references to it.
QVariant pointsHere(const UnitFile &file, const ColumnDef &c, const QVariant &value,
                    const QSet<QString> &arriving)
{
    if (c.type != ColumnType::Reference || c.parent || value.isNull()
        || arriving.contains(key(c.reference, value.toString())) || file.record(c.reference, value.toString()))
        return value;
    return QVariant();
}

} // namespace

bool applyMerge(UnitFile &mine, const MergePlan &plan, const QList<ConflictChoice> &choices,
                MergeSummary *summary, QString *error)
{
    MergeSummary s;
    QList<FieldWrite> writes;
    for (const auto &[table, id, column, value] : plan.updates)
        writes.append(FieldWrite{table, id, column, value, false});
    std::optional<QList<RemovedRow>> inserts = DeletedRecords::placed(plan.inserts, error);
    if (!inserts)
        return false;
    DeletedRecords incoming;
    incoming.rows = std::move(*inserts);
    s.inserted = int(plan.inserts.size());
    QList<QPair<QString, QString>> deletes = plan.deletes;
    for (qsizetype i = 0; i < plan.conflicts.size(); ++i) {
        const MergeConflict &c = plan.conflicts[i];
        const ConflictChoice choice = i < choices.size() ? choices[i] : ConflictChoice::Skip;
        if (choice == ConflictChoice::Skip) {
            ++s.conflictsSkipped;
            continue;
        }
        if (choice == ConflictChoice::Mine) {
            ++s.conflictsMine;
            continue;
        }
        ++s.conflictsTheirs;
        if (c.kind == MergeConflict::Kind::BothEdited)
            writes.append(FieldWrite{c.table, c.recordId, c.column, c.theirs, true});
        else if (c.kind == MergeConflict::Kind::EditedHereDeletedThere)
            deletes.append({c.table, c.recordId});
        else
            incoming.rows += c.theirRows;
    }

    UnitFile::Transaction tx(mine);
    // What the other copy wrote while a year was open there is taken as written, even where the
    // year was locked here since: the copies then agree (the year ends locked as planned), and a
    // sign-off of the year shows the change.
    const UnitFile::YearLocksLifted lifted(mine);
    // A resized matrix replaces its cells: the old cells go before the new ones come, since a
    // position holds one cell (format 2). Other deletions wait for the new rows, which may belong
    // under a record that goes (and then go with it).
    const auto removeRow = [&](const QString &table, const QString &id) {
        if (!mine.record(table, id))
            return true; // went with its parent
        if (!mine.remove(table, id, error))
            return false;
        ++s.deleted;
        return true;
    };
    for (const auto &[table, id] : std::as_const(deletes))
        if (table == QLatin1String("matrix_cell") && !removeRow(table, id))
            return false;
    // New rows go in as restore does: parents first, links to other records once all exist.
    if (!incoming.rows.isEmpty()) {
        QSet<QString> arriving;
        for (const auto &[table, row] : std::as_const(incoming.rows))
            arriving.insert(key(table, row.value(QStringLiteral("id")).toString()));
        for (auto &[table, row] : incoming.rows) {
            const TableDef &def = *schema::table(table);
            for (qsizetype i = 0; i < def.columns.size(); ++i) {
                const int at = row.layout->placeOfColumn(i);
                row.set(at, pointsHere(mine, def.columns[i], row.value(at), arriving));
            }
        }
        if (!mine.restore(incoming, error))
            return false;
    }
    for (const FieldWrite &w : std::as_const(writes)) {
        if (!mine.record(w.table, w.id))
            continue; // removed with its parent by an earlier step
        const ColumnDef *c = schema::table(w.table)->column(w.column);
        const QVariant value = c ? pointsHere(mine, *c, w.value, {}) : w.value;
        if (!mine.update(w.table, w.id, {{w.column, value}}, error))
            return false;
        s.updated += !w.fromConflict;
    }
    for (const auto &[table, id] : std::as_const(deletes))
        if (table != QLatin1String("matrix_cell") && !removeRow(table, id))
            return false;
    if (!tx.commit(error))
        return false;
    if (summary)
        *summary = s;
    return true;
}

} // namespace ik
