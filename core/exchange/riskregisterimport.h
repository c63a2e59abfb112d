#pragma once

#include "core/common/progress.h"

#include <QByteArray>
#include <QString>

namespace ik {

class UnitFile;
struct ImportResult;

// Imports a risk register from CSV (see docs/import.md, "A risk register"): one row per risk,
// naming its assessment by title, with one `<category>_before` / `<category>_after` consequence
// column per consequence category of the file's matrix. An assessment the review year lacks is
// created in the same transaction. Every row or none; the first bad value fails the import with
// its line and column. `progress` hears of the rows done; when it says stop, nothing is imported.
bool importRiskRegister(UnitFile &file, const QByteArray &csv, int year, ImportResult *result,
                        QString *error, const Progress &progress = {});

} // namespace ik
