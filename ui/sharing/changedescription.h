#pragma once

#include "core/sharing/changelog.h"

#include <QString>

namespace ik {
class UnitFile;
}

namespace ik::ui {

// One change-log entry as people read it, in the UI language: the record type and the record's
// name (schema labels, displayName), and for an update the field with its old and new value.
struct ChangeText
{
    QString when;   // local date and time
    QString who;
    QString record; // "Goal “Fewer injuries”"
    QString what;   // "Result: Not evaluated → Reached", "added", "deleted"
};

ChangeText describeChange(const UnitFile &file, const ChangeEntry &entry);
// One line: "2026-03-01 14:02 – Kari – Goal “Fewer injuries” – Result: … → …".
QString changeLine(const UnitFile &file, const ChangeEntry &entry);

} // namespace ik::ui
