#pragma once

#include <QString>

namespace ik {

// Why a file cannot be opened as a unit file. Each has its own message.
enum class FileProblem {
    None,
    Missing,
    Empty,
    NotSqlite,
    ForeignDatabase, // SQLite, but another program's
    NewerSchema,     // ours, written by a newer version of the program
    Damaged,         // fails SQLite's integrity check or cannot be read
    Untrusted,       // ours, but holds schema objects we did not create
    Unreadable,      // the operating system refuses to let us read it
};

struct FileCheck
{
    FileProblem problem = FileProblem::None;
    QString message; // for people; empty when the file is sound
    int schemaVersion = 0;
    bool hotJournal = false; // an interrupted write left a journal SQLite will roll back

    bool ok() const { return problem == FileProblem::None; }
};

// Examines a file without writing to it (the file and its directory are left byte-for-byte as
// they were): header, application id, schema version, integrity and the schema's objects.
FileCheck inspectFile(const QString &path);

} // namespace ik
