#pragma once

#include <QString>

// A note on a person's timeline. `body` is the current text; earlier texts are kept as
// NoteRevision rows and never deleted.
struct Note
{
    qint64 id = 0;
    qint64 personId = 0;
    QString body;
    int revision = 1; // 1 for a note never edited
    QString createdBy;
    QString createdAt;
    QString updatedBy;
    QString updatedAt;
    // The sheet a note was imported from ("North team.xlsx › Caseload"); empty for a note
    // written in Lodestar.
    QString source;

    bool wasEdited() const { return revision > 1; }
};

struct NoteRevision
{
    int revision = 1;
    QString body;
    QString writtenBy;
    QString writtenAt;
};
