#pragma once

#include "db/error.h"
#include "store/abscondersstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// People referred to Trace and Locate and people located, by year (report Figure 9).
class AbsconderYearsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Referred,
        Located,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AbsconderYearsModel(QSqlDatabase db, QObject *parent = nullptr);
    Status reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<AbscondersStore::Year> m_years;
};
