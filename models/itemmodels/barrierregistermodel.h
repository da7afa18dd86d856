#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "pagedlistmodel.h"
#include "store/barrierstore.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The barrier register across the caseload (report 6.13, 7.8-7.19): one row per barrier, open
// ones oldest first, as BarrierStore::list() reads them through the filter. The filter is
// applied by the store, in SQL: the register of a large caseload is never held whole.
class BarrierRegisterModel : public PagedListModel<BarrierStore::Row>
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Reference,
        Type,
        Source,
        Raised,
        DaysOpen,
        Cleared,
        LastMinute,
        CaseOwner,
        Nationality,
        Band,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit BarrierRegisterModel(QSqlDatabase db, QObject *parent = nullptr);

    // Days open are counted to the as-of date.
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    void setFilter(const BarrierStore::Filter &filter) { m_filter = filter; }
    const BarrierStore::Filter &filter() const { return m_filter; }

    // Counts the register through the filter and reads its first page, and the open barriers
    // by type beside it. Further pages come as the view scrolls (fetchMore), so a register of
    // 100,000 barriers opens as fast as one of ten.
    ::Status reload();
    // Open barriers across the caseload by type, whatever the filter (every type present).
    const QMap<QString, qint64> &openByType() const { return m_openByType; }
    qint64 openTotal() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<qint64> readTotal() const override;
    // Pages on from the last row held (BarrierStore::Cursor), not by offset: the last page of
    // 100,000 costs what the first does.
    Result<QVector<BarrierStore::Row>> readPage(qint64 offset, int limit) const override;

private:
    // To the clearing day for a cleared barrier, to the as-of date for an open one.
    int daysOpen(const Barrier &b) const;

    QSqlDatabase m_db;
    QDate m_asOf = Clock::today();
    BarrierStore::Filter m_filter;
    QMap<QString, qint64> m_openByType;
};
