#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of note quality assurance (tables qa_sample and note_qa, recommendation 4): a
// team leader draws a reproducible sample of a caseworker's or a team's notes over a period
// (NoteSample), marks each pass or fail with a comment, and the caseworker sees the outcome on
// their note.
class NoteQaStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteQaStore)

public:
    explicit NoteQaStore(QSqlDatabase db);

    struct Request
    {
        int size = 10;
        QDate from;
        QDate to;
        QString caseworker; // the notes this user wrote; or
        QString team;       // the notes the team's users wrote (when caseworker is empty)
        quint64 seed = 1;
    };
    // Draws the sample and records it; the same request over the same notes draws the same
    // ones. Returns the sample's id; a request matching no note is refused.
    Result<qint64> draw(const Request &request, const QString &teamLeader);
    Result<qint64> drawInTransaction(const Request &request, const QString &teamLeader,
                                     const QString &now);

    struct Item
    {
        qint64 id = 0; // the note_qa row
        qint64 sampleId = 0;
        qint64 noteId = 0;
        qint64 personId = 0;
        QString personRef;
        QString author;
        QString written; // when the note was written
        QString body;
        QString result; // empty (not yet checked), pass, fail
        QString comment;
        QString checkedBy;
        QString checkedAt;
        int version = 0; // the note_qa row's version read: a mark must match it
    };
    Result<QVector<Item>> items(qint64 sampleId) const;
    // Every check of one note, newest first: what its author sees on it.
    Result<QVector<Item>> forNote(qint64 noteId) const;
    // The latest check of each checked note of one person, by note id: the notes timeline in
    // one query rather than one per note.
    Result<QHash<qint64, Item>> latestForPerson(qint64 personId) const;
    // Marks an item pass or fail; a fail needs a comment saying why.
    // Refused (EditConflict::Code) unless the item is still at `expectedVersion`, as read
    // (another team leader may have marked it meanwhile).
    Status mark(qint64 itemId, const QString &result, const QString &comment,
                const QString &teamLeader, int expectedVersion);
    // Checks the version the same (the demo passes that of the item it has just drawn).
    Status markInTransaction(qint64 itemId, const QString &result, const QString &comment,
                             const QString &teamLeader, const QString &now, int expectedVersion);

    struct Sample
    {
        qint64 id = 0;
        Request request;
        QString drawnBy;
        QString drawnAt;
        int notes = 0;
        int checked = 0;
    };
    // Every sample, newest first.
    Result<QVector<Sample>> samples() const;

    // QA rates per note author over the checked notes.
    struct Rate
    {
        QString author;
        int sampled = 0;
        int checked = 0;
        int passed = 0;
        int failed = 0;
        int passPercent() const { return checked > 0 ? (passed * 100 + checked / 2) / checked : 0; }
    };
    Result<QVector<Rate>> rates() const;

private:
    QSqlDatabase m_db;
};
