#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// Removal directions set for a person (report 7.1-7.19): the date they were set, the planned
// removal date, the route (a scheduled flight, or a charter flight of its own), whether a
// RED.0004 notice was served (7.14), and the outcome once known: removed, or failed with a
// reason. Directions without an outcome are pending.
struct RemovalDirections
{
    Q_DECLARE_TR_FUNCTIONS(RemovalDirections)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QDate setOn;
    QDate plannedOn;
    QString route = QStringLiteral("scheduled"); // scheduled or charter
    qint64 charterFlightId = 0;                  // route "charter" only
    QString flightReference;                     // read with it, for display
    QDate red0004ServedOn;                       // invalid when none was served
    QString outcome;                             // empty (pending), removed, failed
    QDate outcomeOn;
    QString failureReason; // one of failureReasons(), outcome "failed" only
    QString failureText;   // what happened, required for "other"
    QString notes;
    QString updatedBy;
    QString updatedAt;
    int version = 0; // the row version read; a save of existing directions must match it

    bool isPending() const { return outcome.isEmpty(); }

    // The report's reasons for failed removals (Figure 8), in its order, then medical,
    // disruptive and other: fresh_asylum_claim, judicial_review, further_reps,
    // not_encountered, no_enforcement_visit, medical, disruptive, other.
    static const QStringList &failureReasons();
    static QString failureReasonName(const QString &reason);
    static QString routeName(const QString &route);
    static QString outcomeName(const QString &outcome);

    // Why these directions cannot be saved as they stand; empty when they can.
    QString problem() const;
};
