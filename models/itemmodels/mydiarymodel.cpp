#include "mydiarymodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"

#include <QFont>

MyDiaryModel::MyDiaryModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status MyDiaryModel::reload()
{
    // "This week": the 7 days after today.
    auto items = DiaryStore(m_db).openUntil(m_asOf.addDays(7), m_whose);
    beginResetModel();
    m_items = items ? std::move(items.value()) : QVector<DiaryStore::Item>();
    endResetModel();
    return items.status();
}

MyDiaryModel::Part MyDiaryModel::partOf(int row) const
{
    const QDate due = m_items.at(row).entry.due;
    return due < m_asOf ? Part::Overdue : due == m_asOf ? Part::Today : Part::ThisWeek;
}

int MyDiaryModel::countFor(const OwnerScope &whose) const
{
    const auto n = DiaryStore(m_db).countOpenUntil(m_asOf.addDays(7), whose);
    return n ? n.value() : -1;
}

int MyDiaryModel::count(Part part) const
{
    int n = 0;
    for (int r = 0; r < m_items.size(); ++r)
        n += partOf(r) == part ? 1 : 0;
    return n;
}

Status MyDiaryModel::markDone(int row, const QString &user)
{
    if (row < 0 || row >= m_items.size())
        return Status::fail(tr("Choose a diary entry"));
    if (Status s = DiaryStore(m_db).setDone(m_items.at(row).entry.id, true, user,
                                            m_items.at(row).entry.version);
        !s)
        return s;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return {};
}

Status MyDiaryModel::reopen(qint64 entryId, int version, const QString &user)
{
    if (Status s = DiaryStore(m_db).setDone(entryId, false, user, version); !s)
        return s;
    return reload();
}

int MyDiaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MyDiaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyDiaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DiaryStore::Item &item = m_items.at(index.row());
    const DiaryEntry &e = item.entry;
    const Part part = partOf(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            // The date too (issue 16): "Overdue by 279 days" alone sends the reader counting back.
            if (part == Part::Overdue)
                return tr("Overdue by %n day(s) (due %1)", "", int(e.due.daysTo(m_asOf)))
                    .arg(DisplayText::date(e.due.toString(Qt::ISODate)));
            if (part == Part::Today)
                return tr("Today");
            return DisplayText::date(e.due.toString(Qt::ISODate));
        case Person:
            return item.personName;
        case Reference:
            return item.personRef;
        case Action:
            return e.title;
        case Source:
            return e.source.isEmpty() ? tr("Added by %1").arg(e.createdBy)
                                      : tr("From %1").arg(e.source);
        }
        break;
    case Roles::Sort:
        return index.column() == When ? QVariant(e.due) : data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return e.personId;
    case Roles::Problem:
        return part == Part::Overdue;
    case Qt::ForegroundRole:
        if (part == Part::Overdue && index.column() == When)
            return Colours::problem();
        break;
    case Qt::FontRole:
        if (part != Part::ThisWeek && index.column() == When) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return QVariant();
}

QVariant MyDiaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Due");
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Action:
        return tr("Action");
    case Source:
        return tr("Source");
    }
    return QVariant();
}
