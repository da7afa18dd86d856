#include "usersmodel.h"

#include "roles.h"
#include "store/userstore.h"

UsersModel::UsersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status UsersModel::reload()
{
    auto users = UserStore(m_db).users();
    beginResetModel();
    m_users = users ? std::move(users.value()) : QVector<AppUser>();
    endResetModel();
    return users.status();
}

int UsersModel::rowOfUser(const QString &userName) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).userName == userName)
            return i;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AppUser &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserName:
            return u.userName;
        case DisplayName:
            return u.displayName;
        case Team:
            return u.team;
        case Role:
            return AppUser::roleName(u.role);
        case Capacity:
            return u.capacity;
        }
        break;
    case Roles::Sort:
        return index.column() == Capacity ? QVariant(u.capacity) : data(index, Qt::DisplayRole);
    case Roles::Code:
        return index.column() == Role ? u.role : u.userName;
    case Qt::TextAlignmentRole:
        if (index.column() == Capacity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Team:
        return tr("Team");
    case Role:
        return tr("Role");
    case Capacity:
        return tr("Capacity (points)");
    }
    return QVariant();
}
