#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace ik {

class UnitFile;

// Files the program writes for people (exports, calendars, reports, pictures) must never land on
// the unit file: one wrong -o or a careless "Save as" would replace the unit's whole record.

// Whether writing `output` would write over the unit file at `unitPath` or one of the files kept
// beside it (SQLite's -journal, -wal and -shm, the program's .lock: a file written there would be
// taken for a half-finished write or a lock). Paths are compared as the file system resolves
// them, so "./unit.db", "dir/../unit.db" and a symbolic link to the unit file count too.
bool isUnitFileOrCompanion(const QString &unitPath, const QString &output);

// True when `output` may be written; otherwise false with a message that says why.
bool checkOutputPath(const UnitFile &file, const QString &output, QString *error);

// Writes `data` to `output` through QSaveFile: the file appears whole or not at all, and a failed
// write leaves what was there before. Refuses the unit file and its companions (checkOutputPath),
// and a unit file not known to be sound (UnitFile::integrityVerdict, waiting for its check).
bool writeOutputFile(const UnitFile &file, const QString &output, const QByteArray &data,
                     QString *error);

// The same for output written as it is made, too large to hold at once (export --all as JSON):
// `produce` writes to the device, returning false (with `error`, unless the device refused a
// write) when it cannot go on. The file is put in place only when `produce` succeeded and the
// unit file's check has passed; otherwise what was written never appears.
bool writeOutputFile(const UnitFile &file, const QString &output,
                     const std::function<bool(QIODevice &, QString *)> &produce, QString *error);

// The same for output made from many unit files (the faculty overview): refused when `output`
// is any of `unitPaths` or a file kept beside one of them.
bool checkOutputPath(const QStringList &unitPaths, const QString &output, QString *error);
bool writeOutputFile(const QStringList &unitPaths, const QString &output, const QByteArray &data,
                     QString *error);

} // namespace ik
