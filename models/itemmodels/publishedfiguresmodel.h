#pragma once

#include "db/error.h"
#include "store/figuresnapshotstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Every publication of the figures (issue 22), newest first: when, by whom, the day they
// describe, how many people they kept and the publisher's label.
class PublishedFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Published,
        By,
        AsOf,
        People,
        Label,
        ColumnCount
    };

    explicit PublishedFiguresModel(QSqlDatabase db, QObject *parent = nullptr);

    Status reload();
    const FigureSnapshotStore::Published &publishedAt(int row) const { return m_rows.at(row); }
    // The row of snapshot `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<FigureSnapshotStore::Published> m_rows;
};
