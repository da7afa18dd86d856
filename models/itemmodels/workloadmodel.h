#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/allocationstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The workload: per caseworker, their people by band, the points those weigh against their
// capacity (over capacity in red), and what is overdue among them. Heaviest load first.
class WorkloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Team,
        Band1,
        Band2,
        Band3,
        Band4,
        Detained,
        People,
        Points,
        Capacity,
        Load,
        ReviewsOverdue,
        BreachedThisWeek,
        PreparationOverdue,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit WorkloadModel(QSqlDatabase db, QObject *parent = nullptr);

    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    // One team only; empty for everyone.
    void setTeam(const QString &team) { m_team = team; }
    QString team() const { return m_team; }
    ::Status reload();

    const AllocationStore::Load &loadAt(int row) const { return m_rows.at(row); }
    // Row of the owner (user name; "" for the people nobody owns), or -1.
    int rowOfOwner(const QString &owner) const;
    int overCapacityCount() const;
    qint64 peopleCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant number(const AllocationStore::Load &l, int column) const;

    QSqlDatabase m_db;
    QDate m_asOf = Clock::today();
    QString m_team;
    QVector<AllocationStore::Load> m_rows;
};
