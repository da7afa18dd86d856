#pragma once

#include "db/error.h"
#include "store/removalstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Removal directions across the caseload (report 7.1-7.19): pending ones by planned date, then
// those with an outcome, most recent first, with the route, RED.0004 and why a removal failed.
class RemovalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Reference,
        CaseOwner,
        SetOn,
        PlannedOn,
        Route,
        Red0004, // the day it was served, empty when none was
        Outcome,
        Reason,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RemovalsModel(QSqlDatabase db, QObject *parent = nullptr);

    // Pending directions only, or those with an outcome too.
    void setPendingOnly(bool pendingOnly) { m_pendingOnly = pendingOnly; }
    bool pendingOnly() const { return m_pendingOnly; }
    ::Status reload();
    const RemovalStore::Row &rowAt(int row) const { return m_rows.at(row); }
    int pendingCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    bool m_pendingOnly = false;
    QVector<RemovalStore::Row> m_rows;
};
