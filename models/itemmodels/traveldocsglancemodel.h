#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/traveldocumentstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

// "Travel documents at a glance" (report 7.11): per nationality, the non-detained people with
// no document sought, one in progress, one usable, or only refused or expired ones.
class TravelDocsGlanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Nationality,
        People,
        NoDocument,
        InProgress,
        Usable,
        RefusedOrExpired,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TravelDocsGlanceModel(QSqlDatabase db, QObject *parent = nullptr);
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    ::Status reload();
    const TravelDocumentStore::Nationality &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QDate m_asOf = Clock::today();
    QVector<TravelDocumentStore::Nationality> m_rows;
};
