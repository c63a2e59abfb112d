#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ik {

class UnitFile;

// One line of the file's change log: who changed what, when.
struct ChangeEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString table;
    QString recordId;
    QString operation; // insert, update, delete
    QString column;    // update: the field
    QString oldValue;  // update: the old value; delete: the row as JSON
    QString newValue;  // update: the new value; insert: the row as JSON
};

struct ChangeFilter
{
    QDateTime since;      // after this moment (invalid: from the start)
    QStringList tables;   // only these record types (empty: all)
    qint64 afterSeq = 0;  // only entries after this sequence number
    int limit = -1;
    QDateTime until;          // before this moment (invalid: up to now)
    bool newestFirst = false; // with limit: the newest entries, newest first
};

QList<ChangeEntry> changeLog(const UnitFile &file, const ChangeFilter &filter = {});

} // namespace ik
