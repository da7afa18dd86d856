#pragma once

#include "db/error.h"
#include "domain/removaldirections.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// One person's removal directions, newest set first: when set and planned, the route, RED.0004,
// and the outcome with the reason a removal failed.
class RemovalDirectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SetOn,
        PlannedOn,
        Route,
        Red0004,
        Outcome,
        FailureReason,
        Notes,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RemovalDirectionsModel(QSqlDatabase db, QObject *parent = nullptr);

    Status setPersonId(qint64 personId);
    Status reload();
    qint64 personId() const { return m_personId; }

    const RemovalDirections &directionsAt(int row) const { return m_directions.at(row); }
    // The row of the pending directions (a person has at most one); -1 when none is pending.
    int pendingRow() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<RemovalDirections> m_directions;
};
