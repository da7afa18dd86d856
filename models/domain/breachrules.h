#pragma once

#include <QDate>
#include <QString>
#include <QVector>

// The reporting compliance rules (report 7.21-7.26), in one place, with their SQL twins so
// that the figures, the queue and the person record count exactly what these functions do.
//
// - An event scheduled on or before the as-of date with outcome NO_SHOW or blank (not
//   recorded) is a breach. Events after the as-of date are ignored altogether.
// - COMPLETED ends a run of breaches; EXCUSED neither counts nor ends it.
// - A person's consecutive-breach count is the number of breaches after their last COMPLETED
//   event (all their breaches when they never completed one). "After" is by scheduled time,
//   strictly: a breach at the very same minute as a COMPLETED event is not after it.
class BreachRules
{
public:
    struct Event
    {
        QString scheduled; // ISO date-time as stored, "2026-03-05T10:00"
        QString outcome;   // COMPLETED, NO_SHOW, EXCUSED, or empty
    };

    static bool isBreachOutcome(const QString &outcome);
    // On or before `asOf` (by the date part of `scheduled`).
    static bool isOnOrBefore(const QString &scheduled, const QDate &asOf);
    static bool isBreach(const Event &e, const QDate &asOf);
    // `events` in any order.
    static int consecutiveBreaches(const QVector<Event> &events, const QDate &asOf);

    // SQL twins. `alias` is the reporting_event table's alias.
    // The outcome is a breach's: NULL, '' or NO_SHOW.
    static QString breachOutcomeSql(const QString &alias);
    // Scheduled on or before the as-of date: binds asOfBound(asOf).
    static QString onOrBeforeSql(const QString &alias);
    // The value bound for onOrBeforeSql: the day after the as-of date, as ISO text, which
    // every date-time on the as-of date sorts before.
    static QString asOfBound(const QDate &asOf);
    // An expression for the consecutive-breach count of the person whose id is `personId`
    // (an SQL expression such as "person.id"); binds asOfBound(asOf) twice.
    static QString consecutiveCountSql(const QString &personId);
};
