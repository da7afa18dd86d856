#pragma once

#include <Qt>

// The one set of custom item roles every Lodestar model answers.
namespace Roles {
enum : int
{
    PersonId = Qt::UserRole + 1, // qint64 id of the person a row is about
    Band,                        // int effective band, 0 = not banded
    Sort,                        // raw value for sorting and tests (numbers as numbers)
    Code,                        // the stored code behind a displayed label
    NoteId,                      // qint64 id of the note a row is about
    Revision,                    // int revision of a note as loaded (for optimistic edits)
    Problem,                     // bool: the row has something wrong (shown in red)
    Folding,                     // int Folding: a long text shown folded or whole
};

// Values of the Folding role.
enum Folding : int
{
    Short = 0,    // shown whole, too short to fold
    Folded = 1,   // its first lines are shown; the whole on request
    Unfolded = 2, // long, and shown whole on request
};
} // namespace Roles
