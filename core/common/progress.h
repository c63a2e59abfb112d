#pragma once

#include <functional>

namespace ik {

// Told how far long work has come (the report's pages, an import's rows); returns false to stop
// it. Work that can be stopped then changes nothing; work that cannot (an undo) goes on.
using Progress = std::function<bool(int done, int total)>;

// Calls `progress` every `step` items and at the last one, so that a dialog is not updated for
// every row of 100 000. Returns false when it asked to stop.
inline bool reportProgress(const Progress &progress, int done, int total, int step = 250)
{
    if (!progress || (done % step != 0 && done != total))
        return true;
    return progress(done, total);
}

} // namespace ik
