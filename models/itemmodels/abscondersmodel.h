#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/abscondersstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

// The people who are absconders on the as-of date: declared (countersigned), not located
// since, with their Trace and Locate referral.
class AbscondersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Reference,
        CaseOwner,
        Declared,
        Referred,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AbscondersModel(QSqlDatabase db, QObject *parent = nullptr);
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    Status reload();
    const AbscondersStore::Absconder &absconderAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QDate m_asOf = Clock::today();
    QVector<AbscondersStore::Absconder> m_rows;
};
