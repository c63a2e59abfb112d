#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ik {

// Why a file cannot be opened as a unit file. Each has its own message.
enum class FileProblem {
    None,
    Missing,
    Empty,
    NotSqlite,
    ForeignDatabase, // SQLite, but another program's
    NewerSchema,     // ours, written by a newer version of the program
    InvalidFormat,   // ours, but with a format number no version ever wrote (0, negative)
    Damaged,         // fails SQLite's integrity check or cannot be read
    Untrusted,       // ours, but holds schema objects we did not create
    Unreadable,      // the operating system refuses to let us read it
};

struct FileCheck
{
    FileProblem problem = FileProblem::None;
    QString message; // for people; empty when the file is sound
    int schemaVersion = 0; // the file format (PRAGMA user_version, a signed number)
    bool hotJournal = false; // an interrupted write left a journal SQLite will roll back
    // Inspected with IntegrityCheck::Later: SQLite's integrity check is still to be run
    // (checkIntegrity), and until it has passed nothing may be written.
    bool integrityPending = false;

    bool ok() const { return problem == FileProblem::None; }
    // A sound file of an older format, which opening for writing upgrades (schemaupgrade.h).
    bool olderFormat() const;
};

// Examines a file without writing to it (the file and its directory are left byte-for-byte as
// they were): header, application id, file format, SQLite's full integrity check, and the
// schema's objects against the frozen schema of the file's own format (frozenschema.h).
//
// With IntegrityCheck::Later all of it but SQLite's integrity check, which reads the whole file
// (a tenth of a second for 40 MB): for a window that shows the file while the check runs on
// another thread (checkIntegrity). A file with an unfinished write is checked whole even so.
enum class IntegrityCheck { Now, Later };
FileCheck inspectFile(const QString &path, IntegrityCheck integrity = IntegrityCheck::Now);
// The part of inspectFile that Later leaves out, on a connection of its own (any thread):
// ok, or Damaged / Unreadable with the message inspectFile gives.
FileCheck checkIntegrity(const QString &path);

// The parts of that examination, for a connection already open (an upgrade checks its result
// with them before it commits). What in the file's schema differs from format `version`'s
// frozen schema, for people ("an extra trigger “x”"); empty when it is exactly that schema.
QStringList schemaDifferences(const QSqlDatabase &db, int version);
// What SQLite's full integrity check finds wrong; empty when it is sound. False when the check
// itself could not run (`errorCode`: SQLite's error code, e.g. "5" for busy).
bool integrityFaults(const QSqlDatabase &db, QStringList *faults, QString *errorCode);

} // namespace ik
