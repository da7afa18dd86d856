#pragma once

#include "db/error.h"
#include "domain/barrier.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// One person's barrier register as BarrierStore::forPerson gives it: open barriers first, then
// cleared ones, each with where it came from and, when raised while removal directions stood,
// the last-minute marker.
class PersonBarriersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Type,
        Source,
        Raised,
        State,
        ClearedHow,
        LastMinute,
        Notes,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PersonBarriersModel(QSqlDatabase db, QObject *parent = nullptr);

    Status setPersonId(qint64 personId);
    Status reload();
    qint64 personId() const { return m_personId; }

    const Barrier &barrierAt(int row) const { return m_barriers.at(row); }
    // The row of barrier `id`; -1 when it is not on the register.
    int rowOf(qint64 id) const;
    int openCount() const;
    // The open barriers, for choosing what a hold waits for.
    QVector<Barrier> openBarriers() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<Barrier> m_barriers;
};
