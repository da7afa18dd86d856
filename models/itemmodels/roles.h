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
};
}
