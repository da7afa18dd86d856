#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "domain/traveldocument.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's travel documents, newest first, with whether each can be used today.
class TravelDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Embassy,
        Status,
        Applied,
        Interview,
        Expires,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TravelDocumentsModel(QSqlDatabase db, QObject *parent = nullptr);
    ::Status setPersonId(qint64 personId);
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    const TravelDocument &documentAt(int row) const { return m_documents.at(row); }
    bool hasUsable() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QDate m_asOf = Clock::today();
    QVector<TravelDocument> m_documents;
};
