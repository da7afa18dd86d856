#pragma once

#include "db/error.h"
#include "domain/followupladder.h"
#include "domain/noncompliancerow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The non-compliance queue: everyone with a breach in the 7 days ending on the as-of date,
// most urgent first (band 1 and Nexus High Harm, then the longest run), with the ladder's next
// step and "unactioned" where nobody has followed up since the latest breach.
class NoncomplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Urgency,
        Person,
        Reference,
        Band,
        Consecutive,
        // What to do comes before the history, so it is on screen without scrolling.
        State,
        NextStep,
        LastStep,
        LastBreach,
        ThisWeek,
        CaseOwner,
        Centre,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit NoncomplianceModel(QSqlDatabase db, QObject *parent = nullptr);

    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    void setThresholds(const FollowUpLadder::Thresholds &t) { m_thresholds = t; }
    const FollowUpLadder::Thresholds &thresholds() const { return m_thresholds; }

    Status reload();
    // Narrows the rows shown (the queue as read stays whole): unactioned people only, and/or
    // the people of one case owner (empty: everyone's).
    void setFilter(bool unactionedOnly, const QString &caseOwner);
    const NoncomplianceRow &rowAt(int row) const { return m_rows.at(row); }
    // Row of the person, or -1 when not shown.
    int rowOfPerson(qint64 personId) const;
    // Of the whole queue as read, whatever the filter.
    int totalCount() const { return int(m_all.size()); }
    int unactionedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QDate m_asOf = QDate::currentDate();
    FollowUpLadder::Thresholds m_thresholds;
    bool m_unactionedOnly = false;
    QString m_caseOwner;
    QVector<NoncomplianceRow> m_all;
    QVector<NoncomplianceRow> m_rows; // m_all through the filter

    void applyFilter();
};
