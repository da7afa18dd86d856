#pragma once

#include "db/error.h"
#include "domain/reportingrestriction.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Every reporting restriction set in Lodestar on one person, newest first.
class RestrictionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SetAt,
        SetBy,
        Restriction,
        Reason,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RestrictionHistoryModel(QSqlDatabase db, QObject *parent = nullptr);
    Status setPersonId(qint64 personId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<ReportingRestriction> m_rows;
};
