#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "domain/progressionhold.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's holds on progression, newest first, with whether each is active on the as-of
// date (ProgressionHold::isActive) and, when not, what ended it.
class HoldsModel : public QAbstractTableModel
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

    Status setPersonId(qint64 personId);
    Status reload();
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    const ProgressionHold &holdAt(int row) const { return m_holds.at(row); }
    bool isActive(int row) const { return m_holds.at(row).isActive(m_asOf); }
    int activeCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const ProgressionHold &h) const;

    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QDate m_asOf = Clock::today();
    QVector<ProgressionHold> m_holds;
};
