#pragma once

#include "core/store/unitfile.h"

#include <QList>
#include <QString>

namespace ik {

// A field or record changed differently in the two copies since they parted.
struct MergeConflict
{
    enum class Kind { BothEdited, EditedHereDeletedThere, DeletedHereEditedThere };
    Kind kind = Kind::BothEdited;
    QString table;
    QString recordId;
    QString column;   // BothEdited: the field
    QVariant mine;    // this file's value (BothEdited)
    QVariant theirs;  // the other copy's value (BothEdited)
    QString label;    // the record's name, for people
    Record theirRow;  // DeletedHereEditedThere: the other copy's row, to bring back
};

// What merging a returned copy would do. Copies are matched by record UUID; the two change logs
// tell what each side changed after the copies parted (their logs agree up to that point).
struct MergePlan
{
    QList<QPair<QString, Record>> inserts;                 // table, row (from the other copy)
    QList<std::tuple<QString, QString, QString, QVariant>> updates; // table, id, column, value
    QList<QPair<QString, QString>> deletes;                // table, id
    QList<MergeConflict> conflicts;
    qint64 sharedHistory = 0; // log entries both copies have
    bool isEmpty() const { return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty() && conflicts.isEmpty(); }
};

// Fails (with a message) when `theirs` is not a copy of `mine` (no shared history).
bool planMerge(const UnitFile &mine, const UnitFile &theirs, MergePlan *plan, QString *error);

enum class ConflictChoice { Skip, Mine, Theirs };

struct MergeSummary
{
    int inserted = 0, updated = 0, deleted = 0, conflictsTheirs = 0, conflictsMine = 0, conflictsSkipped = 0;
};

// Applies the plan in one transaction: all of it or none. `choices` holds one entry per
// conflict (missing entries count as Skip). Deleting a record deletes what belongs to it.
bool applyMerge(UnitFile &mine, const MergePlan &plan, const QList<ConflictChoice> &choices,
                MergeSummary *summary, QString *error);

} // namespace ik
