#include "allocationhistorymodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/allocationstore.h"
#include "store/userstore.h"

AllocationHistoryModel::AllocationHistoryModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status AllocationHistoryModel::setPersonId(qint64 personId)
{
    QVector<Allocation> rows;
    QHash<QString, QString> names;
    ::Status status;
    if (personId > 0) {
        auto history = AllocationStore(m_db).history(personId);
        auto users = UserStore(m_db).labels();
        if (history)
            rows = std::move(history.value());
        else
            status = history.status();
        // Without the users the history still reads, by user name.
        if (users)
            names = std::move(users.value());
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_names = std::move(names);
    endResetModel();
    return status;
}

QString AllocationHistoryModel::label(const QString &userName) const
{
    if (userName.isEmpty())
        return tr("(nobody)");
    return m_names.value(userName, userName);
}

int AllocationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Allocation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return DisplayText::date(a.allocatedOn.toString(Qt::ISODate));
        case From:
            return label(a.fromOwner);
        case To:
            return label(a.toOwner);
        case Reason:
            return a.reason;
        case By:
            return label(a.allocatedBy);
        }
        break;
    case Roles::Code:
        // The user names behind the shown names.
        switch (index.column()) {
        case From:
            return a.fromOwner;
        case To:
            return a.toOwner;
        case By:
            return a.allocatedBy;
        }
        break;
    case Roles::Sort:
        if (index.column() == When)
            return a.allocatedOn;
        return data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return a.personId;
    case Qt::ToolTipRole:
        return tr("Recorded by %1 at %2").arg(a.allocatedBy, DisplayText::dateTime(a.allocatedAt));
    }
    return QVariant();
}

QVariant AllocationHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Allocated on");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    case By:
        return tr("Allocated by");
    }
    return QVariant();
}
