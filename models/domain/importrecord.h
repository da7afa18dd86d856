#pragma once

#include <QString>

// One CID import as recorded: when, by whom, which files (with their SHA-256) and what it did.
struct ImportRecord
{
    qint64 id = 0;
    QString startedAt;
    QString finishedAt;
    QString importedBy;
    QString casesFile;
    QString casesSha256;
    QString reportingFile;
    QString reportingSha256;
    qint64 casesRows = 0;
    qint64 casesRejected = 0;
    qint64 reportingRows = 0;
    qint64 reportingRejected = 0;
    qint64 personsAdded = 0;
    qint64 casesAdded = 0;
    qint64 casesUpdated = 0;
    qint64 casesUnchanged = 0;
    qint64 eventsAdded = 0;
    qint64 casesNotInExtract = 0;
};
