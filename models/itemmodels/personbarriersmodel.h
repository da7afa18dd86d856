#pragma once

#include "db/error.h"
#include "domain/barrier.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// One person's barrier register as BarrierStore::forPerson gives it: open barriers first, then
// cleared ones, each with where it came from and, when raised while removal directions stood,
// the last-minute marker.
class PersonBarriersModel : public PersonScopedModel<Barrier>
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

    const Barrier &barrierAt(int row) const { return rowAt(row); }
    // The row of barrier `id`; -1 when it is not on the register.
    int rowOf(qint64 id) const;
    int openCount() const;
    // The open barriers, for choosing what a hold waits for.
    QVector<Barrier> openBarriers() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<Barrier>> readRows(qint64 personId) const override;
};
