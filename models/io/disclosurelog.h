#pragma once

#include "db/error.h"
#include "domain/disclosure.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QSaveFile;

// Where a disclosure's file and its audit entry meet, so that no file leaves Lodestar unlogged
// (issue 19): whoever writes personal data to a file ends through one of these.
class DisclosureLog
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureLog)

public:
    // For a file written through QSaveFile: records the disclosure, then moves the file into
    // place. An entry that cannot be written cancels the file (nothing appears, a file already
    // at the path is kept). Should the final move fail after the entry, the entry stays: the
    // log is append-only, and one entry too many is the safe side of a disclosure.
    static Status commit(QSqlDatabase db, QSaveFile &file, const Disclosure &disclosure);
    // For a file already written in place (a picture, a PDF from QPdfWriter on a path): records
    // the disclosure, and removes the file when the entry cannot be written.
    static Status written(QSqlDatabase db, const Disclosure &disclosure);
};
