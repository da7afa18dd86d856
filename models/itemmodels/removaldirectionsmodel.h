#pragma once

#include "db/error.h"
#include "domain/removaldirections.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// One person's removal directions, newest set first: when set and planned, the route, RED.0004,
// and the outcome with the reason a removal failed.
class RemovalDirectionsModel : public PersonScopedModel<RemovalDirections>
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

    const RemovalDirections &directionsAt(int row) const { return rowAt(row); }
    // The row of the pending directions (a person has at most one); -1 when none is pending.
    int pendingRow() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<RemovalDirections>> readRows(qint64 personId) const override;
};
