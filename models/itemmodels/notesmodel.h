#pragma once

#include "db/error.h"
#include "domain/note.h"
#include "personscopedmodel.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

// What the notes timeline shows beside the notes, read with them.
struct NotesModelExtras
{
    struct Check
    {
        QString result; // pass or fail
        QString comment;
        QString checkedBy;
        QString checkedAt;
    };
    QHash<qint64, Check> checks;   // by note id, the latest check of each checked note
    QHash<QString, QString> users; // user name → display name
};

// One person's notes timeline, newest first: the single place for every note about an
// individual (report 6.48, recommendation 3). Writes go through NoteStore, which keeps every
// earlier text, and the model reloads after each.
class NotesModel : public PersonScopedModel<Note, NotesModelExtras>
{
    Q_OBJECT

public:
    enum Column
    {
        Created,
        Author,
        Text,
        Edited,
        Source, // the sheet an imported note came from; empty for notes written here
        Qa,     // the latest quality-assurance check: "QA: passed", "QA: failed — why"; or empty
        ColumnCount
    };
    Q_ENUM(Column)

    explicit NotesModel(QSqlDatabase db, QObject *parent = nullptr);

    const Note &noteAt(int row) const { return rowAt(row); }
    // Row of the note with this id, or -1.
    int rowOfNote(qint64 noteId) const;

    Status addNote(const QString &body, const QString &author);
    // Saves `body` as the next revision of the note at `row`. `expectedRevision` is the
    // revision the editor started from (-1: the revision loaded in this model); when someone
    // saved in between, the edit is refused rather than overwriting their text.
    Status editNote(int row, const QString &body, const QString &author, int expectedRevision = -1);
    // Every text the note at `row` has had, oldest first.
    Result<QVector<NoteRevision>> revisions(int row) const;

    // A long note (NoteText::folds) shows its first lines until unfolded: the Text column's
    // display is then NoteText::excerpt, and Roles::Folding says which. Kept by note id across
    // reloads, per model (one record's timeline).
    void setUnfolded(int row, bool unfolded);
    bool isUnfolded(int row) const;

    // "Edited by Bob Smith at 3 Mar 2025 10:15; 1 earlier version", or empty for an unedited
    // note; `updatedBy` is how to name its editor.
    static QString editedMarker(const Note &note, const QString &updatedBy);
    // "QA: passed" or "QA: failed — <comment>" for a checked note; empty when result is empty.
    static QString qaMarker(const QString &result, const QString &comment);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<Note>> readRows(qint64 personId) const override;
    ::Status readExtras(qint64 personId, NotesModelExtras &extras) const override;

private:
    using Check = NotesModelExtras::Check;
    QSet<qint64> m_unfolded; // note ids shown whole
    // A user's display name, else the user name.
    QString nameOf(const QString &userName) const
    {
        return extras().users.value(userName, userName);
    }

public:
    // User name → display name, as read with the notes: how the timeline names people.
    const QHash<QString, QString> &userLabels() const { return extras().users; }
    QString editedMarkerOf(const Note &note) const
    {
        return editedMarker(note, nameOf(note.updatedBy));
    }
};
