#pragma once

class QUndoStack;

namespace ik {
class UnitFile;
}

namespace ik::ui {

// What every editor of an open unit file works on: the file, its one undo stack, the review year.
struct EditContext
{
    UnitFile *file = nullptr;
    QUndoStack *undo = nullptr;
    int year = 0;
};

} // namespace ik::ui
