#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/reviewstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The team leader's review check (report 7.6): per case owner, their non-detained people, the
// reviews overdue and due within 30 days, and the reviews awaiting sign-off.
class ReviewCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Caseworker,
        Team,
        People,
        Overdue,
        DueSoon,
        AwaitingSignOff,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReviewCheckModel(QSqlDatabase db, QObject *parent = nullptr);

    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    // Empty: every team.
    void setTeam(const QString &team) { m_team = team; }
    QString team() const { return m_team; }
    Status reload();

    const ReviewStore::CheckRow &rowAt(int row) const { return m_rows.at(row); }
    const QVector<ReviewStore::CheckRow> &rows() const { return m_rows; }
    // Row of the case owner, or -1.
    int rowOfOwner(const QString &owner) const;
    qint64 totalOverdue() const;
    qint64 totalDueSoon() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QDate m_asOf = Clock::today();
    QString m_team;
    QVector<ReviewStore::CheckRow> m_rows;
};
