#pragma once

#include "db/error.h"
#include "domain/allocation.h"
#include "personscopedmodel.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

// One person's allocations, newest first: when, from whom, to whom, why and by whom. Owners
// are shown by display name where they are known users (the extras: user name -> display name).
class AllocationHistoryModel : public PersonScopedModel<Allocation, QHash<QString, QString>>
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        From,
        To,
        Reason,
        By,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AllocationHistoryModel(QSqlDatabase db, QObject *parent = nullptr);
    const Allocation &allocationAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<Allocation>> readRows(qint64 personId) const override;
    ::Status readExtras(qint64 personId, QHash<QString, QString> &extras) const override;

private:
    QString label(const QString &userName) const;
};
