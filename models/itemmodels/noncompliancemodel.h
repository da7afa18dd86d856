#pragma once

#include "db/error.h"
#include "domain/followupladder.h"
#include "domain/moment.h"
#include "domain/noncompliancerow.h"
#include "domain/ownerscope.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The non-compliance queue (NoncomplianceStore): every non-detained person in a current run of
// breaches at the moment, however old the last breach, most urgent first (band 1 and Nexus High
// Harm, then the longest run; those already with Trace and Locate after everyone still to act on,
// in a quieter colour), with the ladder's next step and "unactioned" where nobody has followed up
// since the latest breach.
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

    void setAsOf(const Moment &at) { m_asOf = at; }
    const Moment &asOf() const { return m_asOf; }
    void setThresholds(const FollowUpLadder::Thresholds &t) { m_thresholds = t; }
    const FollowUpLadder::Thresholds &thresholds() const { return m_thresholds; }

    Status reload();
    // Narrows the rows shown (the queue as read stays whole): unactioned people only, people
    // with a breach in the last 7 days only, and/or the people of one case owner or one team.
    void setFilter(bool unactionedOnly, bool breachedLastWeekOnly, const OwnerScope &owners);
    const NoncomplianceRow &rowAt(int row) const { return m_rows.at(row); }
    // Row of the person, or -1 when not shown.
    int rowOfPerson(qint64 personId) const;
    // Of the whole queue as read, whatever the filter.
    int totalCount() const { return int(m_all.size()); }
    int unactionedCount() const;
    int breachedLastWeekCount() const;
    // Already with Trace and Locate (listed last).
    int withTraceLocateCount() const;
    // Of the whole queue: the people within `owners`, whatever the other filters.
    int countWithin(const OwnerScope &owners) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    Moment m_asOf = Moment::now();
    FollowUpLadder::Thresholds m_thresholds;
    bool m_unactionedOnly = false;
    bool m_breachedLastWeekOnly = false;
    OwnerScope m_owners;
    QVector<NoncomplianceRow> m_all;
    QVector<NoncomplianceRow> m_rows; // m_all through the filter

    void applyFilter();
};
