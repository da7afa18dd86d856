#pragma once

#include "db/error.h"
#include "domain/moment.h"
#include "domain/reportingevent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's reporting timeline, newest first: when, where, the outcome, and whether it is
// a breach at the moment (BreachRules, the clock in the window); events after the moment are
// pending and shown as not yet due, even later the same day.
class ReportingEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Scheduled,
        Centre,
        Outcome,
        Source,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReportingEventsModel(QSqlDatabase db, QObject *parent = nullptr);

    Status setPersonId(qint64 personId);
    Status reload();
    void setAsOf(const Moment &at);
    const Moment &asOf() const { return m_asOf; }

    const ReportingEvent &eventAt(int row) const { return m_events.at(row); }
    // BreachRules::consecutiveBreaches of these events at the moment.
    int consecutiveBreaches() const;
    // Scheduled date-time of the first breach of the current run; empty when there is none.
    QString runStart() const;
    // Day of the earliest event after the moment; invalid when none is scheduled.
    QDate nextDue() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    Moment m_asOf = Moment::now();
    QVector<ReportingEvent> m_events;
};
