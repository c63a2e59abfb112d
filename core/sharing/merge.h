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
    // DeletedHereEditedThere: the other copy's record with what belongs to it there (parents
    // first), to bring back.
    QList<RemovedRow> theirRows;
};

// What merging a returned copy would do. Copies are matched by record UUID; the two change logs
// tell what each side changed after the copies parted (their logs agree up to that point).
//
// Copies are merged back and forth many times, and each merge writes what it takes into the log
// of the file merged into. So the logs since parting tell, for each field, every value it has held
// in each copy, including the values one copy took over from the other. Where the copies differ,
// the copy whose log holds the other's value has moved on from it and wins; where neither log
// holds the other's value, both were changed independently and that is a conflict. A delete
// applies when the deleting copy had seen everything it takes along; otherwise it is a conflict.
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
