#include "diarymodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/diarystore.h"

#include <QFont>

DiaryModel::DiaryModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<DiaryEntry>> DiaryModel::readRows(qint64 personId) const
{
    return DiaryStore(db()).forPerson(personId);
}

void DiaryModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiaryModel::openCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [](const DiaryEntry &e) { return !e.isDone(); }));
}

int DiaryModel::overdueCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [&](const DiaryEntry &e) { return e.isOverdue(m_asOf); }));
}

Status DiaryModel::addEntry(const QDate &due, const QString &title, const QString &user)
{
    if (personId() <= 0)
        return Status::fail(tr("Choose a person before adding a diary entry"));
    DiaryEntry e;
    e.personId = personId();
    e.due = due;
    e.title = title;
    if (auto id = DiaryStore(db()).add(e, user); !id)
        return id.status();
    return reload();
}

Status DiaryModel::setDone(int row, bool done, const QString &user)
{
    if (row < 0 || row >= rows().size())
        return Status::fail(tr("Choose a diary entry"));
    if (Status s = DiaryStore(db()).setDone(rowAt(row).id, done, user, rowAt(row).version); !s)
        return s;
    return reload();
}

QVariant DiaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DiaryEntry &e = rowAt(index.row());
    const bool overdue = e.isOverdue(m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return DisplayText::date(e.due.toString(Qt::ISODate));
        case Action:
            return e.title;
        case Source:
            return e.source.isEmpty() ? tr("Added by %1").arg(e.createdBy)
                                      : tr("From %1").arg(e.source);
        case State:
            if (e.isDone())
                return tr("Done by %1, %2").arg(e.doneBy, DisplayText::dateTime(e.doneAt));
            if (overdue)
                return tr("Overdue by %n day(s)", "", int(e.due.daysTo(m_asOf)));
            if (e.due == m_asOf)
                return tr("Due today");
            return tr("Open");
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Due:
            return e.due;
        case Action:
            return e.title;
        case Source:
            return e.source;
        case State:
            return e.isDone() ? 2 : (overdue ? 0 : 1);
        }
        break;
    case Roles::PersonId:
        return e.personId;
    case Roles::Problem:
        return overdue;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Due || index.column() == State))
            return Colours::problem();
        if (e.isDone())
            return Colours::quiet();
        break;
    case Qt::FontRole:
        if (overdue && index.column() == State) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Created by %1 at %2").arg(e.createdBy, DisplayText::dateTime(e.createdAt));
    }
    return QVariant();
}

QVariant DiaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Action:
        return tr("Action");
    case Source:
        return tr("Source");
    case State:
        return tr("Status");
    }
    return QVariant();
}
