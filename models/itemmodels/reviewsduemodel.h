#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/reviewstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The people behind a review check row: overdue and/or due within 30 days, most overdue first,
// with when they were last reviewed and whether that review awaits the team leader's sign-off.
class ReviewsDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Reference,
        Owner,
        Band,
        LastReviewed,
        Due,
        DaysOverdue,
        AwaitingSignOff,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReviewsDueModel(QSqlDatabase db, QObject *parent = nullptr);

    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    // Which people reload() reads: those of one case owner (empty: nobody's), or everyone's.
    void setQuery(ReviewStore::Due which, const QString &owner, bool anyOwner = false);
    Status reload();
    // No query: no rows (nobody selected yet).
    void clear();
    bool hasQuery() const { return m_hasQuery; }

    const ReviewStore::DueRow &rowAt(int row) const { return m_rows.at(row); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QDate m_asOf = Clock::today();
    bool m_hasQuery = false;
    ReviewStore::Due m_which = ReviewStore::Due::Both;
    QString m_owner;
    bool m_anyOwner = false;
    QVector<ReviewStore::DueRow> m_rows;
};
