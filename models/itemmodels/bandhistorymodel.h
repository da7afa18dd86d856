#pragma once

#include "db/error.h"
#include "domain/bandoverride.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// A person's band override history, newest first. Overrides are never deleted, so this is
// the full account of who changed the band, when and why.
class BandHistoryModel : public PersonScopedModel<BandOverride>
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

    const BandOverride &entryAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<BandOverride>> readRows(qint64 personId) const override;
};
