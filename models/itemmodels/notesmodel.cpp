#include "notesmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/notetext.h"
#include "roles.h"
#include "store/noteqastore.h"
#include "store/notestore.h"
#include "store/userstore.h"

NotesModel::NotesModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<Note>> NotesModel::readRows(qint64 personId) const
{
    return NoteStore(db()).notes(personId);
}

::Status NotesModel::readExtras(qint64 personId, NotesModelExtras &extras) const
{
    ::Status status;
    // One query for every note of the person: the author sees the outcome on the note.
    if (auto qa = NoteQaStore(db()).latestForPerson(personId); qa) {
        for (auto it = qa.value().cbegin(); it != qa.value().cend(); ++it)
            extras.checks.insert(it.key(),
                                 Check{it->result, it->comment, it->checkedBy, it->checkedAt});
    } else {
        status = qa.status();
    }
    // Display names are a courtesy: without them the user names still say who.
    if (auto labels = UserStore(db()).labels(); labels)
        extras.users = std::move(labels.value());
    return status;
}

int NotesModel::rowOfNote(qint64 noteId) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rowAt(i).id == noteId)
            return i;
    }
    return -1;
}

Status NotesModel::addNote(const QString &body, const QString &author)
{
    if (personId() <= 0)
        return Status::fail(tr("Choose a person before adding a note"));
    const auto added = NoteStore(db()).add(personId(), body, author);
    if (!added)
        return added.status();
    return reload();
}

Status NotesModel::editNote(int row, const QString &body, const QString &author,
                            int expectedRevision)
{
    if (row < 0 || row >= rows().size())
        return Status::fail(tr("Choose a note to edit"));
    const Note &note = rowAt(row);
    const int expected = expectedRevision < 0 ? note.revision : expectedRevision;
    if (Status s = NoteStore(db()).edit(note.id, body, author, expected); !s)
        return s;
    return reload();
}

Result<QVector<NoteRevision>> NotesModel::revisions(int row) const
{
    if (row < 0 || row >= rows().size())
        return Error{tr("Choose a note to see its history"), QString(), QString()};
    return NoteStore(db()).revisions(rowAt(row).id);
}

void NotesModel::setUnfolded(int row, bool unfolded)
{
    if (row < 0 || row >= rows().size() || isUnfolded(row) == unfolded)
        return;
    if (unfolded)
        m_unfolded.insert(rowAt(row).id);
    else
        m_unfolded.remove(rowAt(row).id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool NotesModel::isUnfolded(int row) const
{
    return row >= 0 && row < rows().size() && m_unfolded.contains(rowAt(row).id);
}

QString NotesModel::editedMarker(const Note &note, const QString &updatedBy)
{
    if (!note.wasEdited())
        return QString();
    return tr("Edited by %1 at %2; %n earlier version(s)", nullptr, note.revision - 1)
        .arg(updatedBy, DisplayText::dateTime(note.updatedAt));
}

QString NotesModel::qaMarker(const QString &result, const QString &comment)
{
    if (result == QLatin1String("pass"))
        return tr("QA: passed");
    if (result == QLatin1String("fail"))
        return comment.isEmpty() ? tr("QA: failed") : tr("QA: failed \u2014 %1").arg(comment);
    return QString();
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = rowAt(index.row());
    const Check check = extras().checks.value(n.id);
    switch (role) {
    case Roles::NoteId:
        return n.id;
    case Roles::Revision:
        return n.revision;
    case Roles::Folding:
        if (index.column() != Text || !NoteText::folds(n.body))
            return int(Roles::Short);
        return int(m_unfolded.contains(n.id) ? Roles::Unfolded : Roles::Folded);
    case Roles::PersonId:
        return n.personId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Created:
            return DisplayText::dateTime(n.createdAt);
        case Author:
            return nameOf(n.createdBy);
        case Text:
            return m_unfolded.contains(n.id) ? n.body : NoteText::excerpt(n.body);
        case Edited:
            return editedMarkerOf(n);
        case Source:
            return n.source.isEmpty() ? QString() : tr("from %1").arg(n.source);
        case Qa:
            return qaMarker(check.result, check.comment);
        default:
            return {};
        }
    case Roles::Code:
        if (index.column() == Qa)
            return check.result;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Qa && check.result == QLatin1String("pass"))
            return Colours::good();
        if (index.column() == Qa && check.result == QLatin1String("fail"))
            return Colours::problem();
        return {};
    case Roles::Sort:
        switch (index.column()) {
        case Created:
            return n.createdAt;
        case Author:
            return n.createdBy;
        case Text:
            return n.body;
        case Edited:
            return n.revision;
        case Source:
            return n.source;
        case Qa:
            return check.result;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The user name behind the display name, as the database and the audit trail know them.
        if (index.column() == Created || index.column() == Author)
            return tr("Written by %1 (%2) at %3")
                .arg(nameOf(n.createdBy), n.createdBy, DisplayText::dateTime(n.createdAt));
        if (index.column() == Edited || index.column() == Text)
            return editedMarkerOf(n);
        if (index.column() == Qa && !check.result.isEmpty())
            return tr("Checked by %1 at %2")
                .arg(check.checkedBy, DisplayText::dateTime(check.checkedAt));
        return {};
    case Qt::AccessibleTextRole:
        // A screen reader hears one whole entry, not a bare body without who and when.
        if (index.column() == Text) {
            // The whole text, folded or not: a screen reader has no "show all" to press.
            QString s = tr("Note by %1 at %2: %3")
                            .arg(nameOf(n.createdBy), DisplayText::dateTime(n.createdAt), n.body);
            if (n.wasEdited())
                s += QLatin1Char(' ') + editedMarkerOf(n);
            if (!check.result.isEmpty())
                s += QLatin1Char(' ') + qaMarker(check.result, check.comment);
            return s;
        }
        return {};
    default:
        return {};
    }
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Written");
    case Author:
        return tr("Author");
    case Text:
        return tr("Note");
    case Source:
        return tr("Source");
    case Edited:
        return tr("Edited");
    case Qa:
        return tr("Quality check");
    default:
        return {};
    }
}
