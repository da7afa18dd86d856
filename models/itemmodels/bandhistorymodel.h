#pragma once

#include "db/error.h"
#include "domain/bandoverride.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// A person's band override history, newest first. Overrides are never deleted, so this is
// the full account of who changed the band, when and why.
class BandHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SetAt,
        Band,
        Reason,
        SetBy,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit BandHistoryModel(QSqlDatabase db, QObject *parent = nullptr);

    qint64 personId() const { return m_personId; }
    // Shows the history of `personId` (0 = none) and reloads.
    Status setPersonId(qint64 personId);
    // Reads the history again; on error the table is left empty and the error returned.
    Status reload();
    const BandOverride &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<BandOverride> m_entries;
};
