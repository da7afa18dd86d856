#pragma once

#include "db/error.h"
#include "domain/note.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of the notes timeline (tables note and note_revision). Editing a note adds a
// revision; no text is ever overwritten or deleted.
class NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)

public:
    explicit NoteStore(QSqlDatabase db);

    Result<qint64> add(qint64 personId, const QString &body, const QString &author);
    // Adds a note inside a transaction the caller holds (an import adding many at once),
    // marked with where it came from. With `refreshPerson` false the person's stored last
    // action is left to the caller, who refreshes everyone it touched at once
    // (PersonStore::refreshLastActionInTransaction): bulk writers.
    Result<qint64> addInTransaction(qint64 personId, const QString &body, const QString &author,
                                    const QString &now, const QString &source, qint64 sheetImportId,
                                    bool refreshPerson = true);
    // True when the person already has a note first saved with this text from this source:
    // what bringing in the same sheet twice must not duplicate.
    Result<bool> existsFromSource(qint64 personId, const QString &source,
                                  const QString &body) const;
    // `expectedRevision` is the revision the editor started from: if someone else saved in
    // between, the edit is refused rather than silently overwriting theirs.
    Status edit(qint64 noteId, const QString &body, const QString &author, int expectedRevision);
    // Newest first.
    Result<QVector<Note>> notes(qint64 personId) const;
    // Every text the note has had, oldest first; the last is the current one.
    Result<QVector<NoteRevision>> revisions(qint64 noteId) const;

private:
    Status addRevision(qint64 noteId, int revision, const QString &body, const QString &author,
                       const QString &when);
    QSqlDatabase m_db;
};
