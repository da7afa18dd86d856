#pragma once

#include "db/error.h"
#include "domain/reportingrestriction.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// Every reporting restriction set in Lodestar on one person, newest first.
class RestrictionHistoryModel : public PersonScopedModel<ReportingRestriction>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<ReportingRestriction>> readRows(qint64 personId) const override;
};
