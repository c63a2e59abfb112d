#include "core/sharing/merge.h"

#include "core/sharing/changelog.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::Merge", text); }

bool sameEntry(const ChangeEntry &a, const ChangeEntry &b)
{
    return a.seq == b.seq && a.at == b.at && a.user == b.user && a.table == b.table
           && a.recordId == b.recordId && a.operation == b.operation && a.column == b.column
           && a.oldValue == b.oldValue && a.newValue == b.newValue;
}

// What one side did after the copies parted.
struct SideChanges
{
    QSet<QString> inserted;                 // table/id
    QSet<QString> deleted;                  // table/id
    QHash<QString, QSet<QString>> edited;   // table/id -> columns
};

QString key(const QString &table, const QString &id) { return table + QLatin1Char('/') + id; }

SideChanges sideChanges(const QList<ChangeEntry> &entries)
{
    SideChanges s;
    for (const ChangeEntry &e : entries) {
        const QString k = key(e.table, e.recordId);
        if (e.operation == QLatin1String("insert"))
            s.inserted.insert(k);
        else if (e.operation == QLatin1String("delete"))
            s.deleted.insert(k);
        else
            s.edited[k].insert(e.column);
    }
    return s;
}

int tableOrder(const QString &table)
{
    const auto &all = schema::tables();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].name == table)
            return i;
    return int(all.size());
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
    const SideChanges here = sideChanges(ours.mid(shared));
    const SideChanges there = sideChanges(other.mid(shared));

    // Records the other copy added (and still has).
    for (const TableDef &t : schema::tables()) {
        for (const Record &row : theirs.records(t.name)) {
            const QString id = row.value(QStringLiteral("id")).toString();
            if (there.inserted.contains(key(t.name, id)) && !mine.record(t.name, id))
                plan->inserts.append({t.name, row});
        }
    }
    // Fields the other copy changed.
    for (auto it = there.edited.constBegin(); it != there.edited.constEnd(); ++it) {
        const QString table = it.key().section(QLatin1Char('/'), 0, 0);
        const QString id = it.key().section(QLatin1Char('/'), 1);
        if (there.deleted.contains(it.key()) || there.inserted.contains(it.key()))
            continue; // gone there, or arrives whole with the insert
        const std::optional<Record> theirRow = theirs.record(table, id);
        const std::optional<Record> myRow = mine.record(table, id);
        if (!theirRow)
            continue;
        if (!myRow) {
            if (here.deleted.contains(it.key()))
                plan->conflicts.append({MergeConflict::Kind::DeletedHereEditedThere, table, id, {}, {}, {},
                                        theirs.displayName(table, id), *theirRow});
            continue;
        }
        for (const QString &column : it.value()) {
            const QVariant value = theirRow->value(column);
            const QVariant current = myRow->value(column);
            if (value.toString() == current.toString() && value.isNull() == current.isNull())
                continue;
            if (here.edited.value(it.key()).contains(column))
                plan->conflicts.append({MergeConflict::Kind::BothEdited, table, id, column, current, value,
                                        mine.displayName(table, id), {}});
            else
                plan->updates.append({table, id, column, value});
        }
    }
    // Records the other copy deleted.
    for (const QString &k : there.deleted) {
        const QString table = k.section(QLatin1Char('/'), 0, 0);
        const QString id = k.section(QLatin1Char('/'), 1);
        if (there.inserted.contains(k) || !mine.record(table, id))
            continue;
        if (here.edited.contains(k))
            plan->conflicts.append({MergeConflict::Kind::EditedHereDeletedThere, table, id, {}, {}, {},
                                    mine.displayName(table, id), {}});
        else
            plan->deletes.append({table, id});
    }
    std::stable_sort(plan->inserts.begin(), plan->inserts.end(),
                     [](const auto &a, const auto &b) { return tableOrder(a.first) < tableOrder(b.first); });
    return true;
}

bool applyMerge(UnitFile &mine, const MergePlan &plan, const QList<ConflictChoice> &choices,
                MergeSummary *summary, QString *error)
{
    MergeSummary s;
    UnitFile::Transaction tx(mine);
    // Inserts go in as restore does: parents first, links to other records once all exist.
    DeletedRecords incoming;
    incoming.rows = plan.inserts;
    if (!incoming.rows.isEmpty() && !mine.restore(incoming, error))
        return false;
    s.inserted = int(plan.inserts.size());
    for (const auto &[table, id, column, value] : plan.updates) {
        if (!mine.record(table, id))
            continue; // removed with its parent by an earlier step
        if (!mine.update(table, id, {{column, value}}, error))
            return false;
        ++s.updated;
    }
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
        if (c.kind == MergeConflict::Kind::BothEdited) {
            if (!mine.update(c.table, c.recordId, {{c.column, c.theirs}}, error))
                return false;
        } else if (c.kind == MergeConflict::Kind::EditedHereDeletedThere) {
            deletes.append({c.table, c.recordId});
        } else {
            DeletedRecords back;
            back.rows.append({c.table, c.theirRow});
            if (!mine.restore(back, error))
                return false;
        }
    }
    for (const auto &[table, id] : deletes) {
        if (!mine.record(table, id))
            continue; // went with its parent
        if (!mine.remove(table, id, error))
            return false;
        ++s.deleted;
    }
    if (!tx.commit(error))
        return false;
    if (summary)
        *summary = s;
    return true;
}

} // namespace ik
