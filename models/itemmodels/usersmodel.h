#pragma once

#include "db/error.h"
#include "domain/appuser.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The users table (Settings → Users and Teams): who works the caseload, by team.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserName,
        DisplayName,
        Team,
        Role,
        Capacity,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UsersModel(QSqlDatabase db, QObject *parent = nullptr);
    ::Status reload();
    const AppUser &userAt(int row) const { return m_users.at(row); }
    // Row of the user, or -1.
    int rowOfUser(const QString &userName) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<AppUser> m_users;
};
