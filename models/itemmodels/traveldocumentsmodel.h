#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "domain/traveldocument.h"
#include "personscopedmodel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's travel documents, newest first, with whether each can be used today.
class TravelDocumentsModel : public PersonScopedModel<TravelDocument>
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
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    const TravelDocument &documentAt(int row) const { return rowAt(row); }
    bool hasUsable() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<TravelDocument>> readRows(qint64 personId) const override;

private:
    QDate m_asOf = Clock::today();
};
