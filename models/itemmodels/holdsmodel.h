#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "domain/progressionhold.h"
#include "personscopedmodel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's holds on progression, newest first, with whether each is active on the as-of
// date (ProgressionHold::isActive) and, when not, what ended it.
class HoldsModel : public PersonScopedModel<ProgressionHold>
{
    Q_OBJECT

public:
    enum Column
    {
        Reason,
        State,
        UntilDate,
        UntilBarrier,
        Placed,
        Released,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit HoldsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    const ProgressionHold &holdAt(int row) const { return rowAt(row); }
    bool isActive(int row) const { return rowAt(row).isActive(m_asOf); }
    int activeCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<ProgressionHold>> readRows(qint64 personId) const override;

private:
    QString stateText(const ProgressionHold &h) const;

    QDate m_asOf = Clock::today();
};
