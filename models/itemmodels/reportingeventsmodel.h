#pragma once

#include "db/error.h"
#include "domain/moment.h"
#include "domain/reportingevent.h"
#include "personscopedmodel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's reporting timeline, newest first: when, where, the outcome, and whether it is
// a breach at the moment (BreachRules, the clock in the window); events after the moment are
// pending and shown as not yet due, even later the same day.
class ReportingEventsModel : public PersonScopedModel<ReportingEvent>
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

    void setAsOf(const Moment &at);
    const Moment &asOf() const { return m_asOf; }

    const ReportingEvent &eventAt(int row) const { return rowAt(row); }
    // BreachRules::consecutiveBreaches of these events at the moment.
    int consecutiveBreaches() const;
    // Scheduled date-time of the first breach of the current run; empty when there is none.
    QString runStart() const;
    // Day of the earliest event after the moment; invalid when none is scheduled.
    QDate nextDue() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<ReportingEvent>> readRows(qint64 personId) const override;

private:
    Moment m_asOf = Moment::now();
};
