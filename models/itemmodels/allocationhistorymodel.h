#pragma once

#include "db/error.h"
#include "domain/allocation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

// One person's allocations, newest first: when, from whom, to whom, why and by whom. Owners
// are shown by display name where they are known users.
class AllocationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        From,
        To,
        Reason,
        By,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AllocationHistoryModel(QSqlDatabase db, QObject *parent = nullptr);
    ::Status setPersonId(qint64 personId);
    const Allocation &allocationAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString label(const QString &userName) const;

    QSqlDatabase m_db;
    QVector<Allocation> m_rows;
    QHash<QString, QString> m_names; // user name -> display name
};
