#pragma once

#include "moment.h"
#include "sqland.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>

// The reporting compliance rules (report 7.21-7.26), in one place, with their SQL twins so
// that the figures, the queue and the person record count exactly what these functions do.
//
// - Every rule is judged at a Moment: the clock in the window, the end of the as-of day (or a
//   given minute) for the figures. An event scheduled at or before the moment is due; one
//   after it is pending: not a breach, not part of a run, not unactioned, whatever its
//   (necessarily blank) outcome.
// - A due event with outcome NO_SHOW or blank (not recorded) is a breach.
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
    // Due at `at`: scheduled at or before it (Moment::includes).
    static bool isDue(const QString &scheduled, const Moment &at);
    static bool isBreach(const Event &e, const Moment &at);
    // `events` in any order.
    static int consecutiveBreaches(const QVector<Event> &events, const Moment &at);
    // In the 7 days ending at `at`: from the start of the day six days before its day, up to
    // and including the moment (calendar days, as the as-of date's week always was).
    static bool isInLastWeek(const QString &scheduled, const Moment &at);

    // SQL twins. `alias` is the reporting_event table's alias.
    // The outcome is a breach's: NULL, '' or NO_SHOW.
    static QString breachOutcomeSql(const QString &alias);
    // Due at the moment: binds asOfBound(at).
    static QString onOrBeforeSql(const QString &alias);
    // The value bound for onOrBeforeSql: Moment::bound().
    static QString asOfBound(const Moment &at) { return at.bound(); }
    // The end of the as-of date (callers that have a date only: the dashboard's periods).
    static QString asOfBound(const QDate &asOf) { return Moment::endOfDay(asOf).bound(); }
    // In the 7 days ending at the moment: binds lastWeekValues(at).
    static QString lastWeekSql(const QString &alias);
    static QVariantList lastWeekValues(const Moment &at);
    // The person's stored run (PersonStore keeps both columns with the reporting spans, after
    // every change to their events), over all their events whatever the moment:
    // - person.reporting_completed_last: the latest scheduled time of a COMPLETED event;
    // - person.reporting_run_first: the earliest event with a breach's outcome scheduled after
    //   it (after every event when there is none), due or still pending.
    // Their definitions, for the person whose id is `personId` (no values to bind).
    static QString completedLastSql(const QString &personId);
    static QString runFirstSql(const QString &personId);
    // Stored likewise: person.reporting_blank_first, the earliest event with no outcome
    // recorded, due or pending. Its definition, for the person whose id is `personId`.
    static QString blankFirstSql(const QString &personId);
    // An expression for the consecutive-breach count of the person row aliased `person`;
    // binds consecutiveCountValues(at). At a moment after the person's last COMPLETED event
    // (the usual case; not always for figures taken at an earlier moment) that event ends the
    // run, so only the breaches after it are read; otherwise the run is found among all the
    // events due.
    static QString consecutiveCountSql(const QString &person);
    static QVariantList consecutiveCountValues(const Moment &at);
    // A condition on the person row aliased `person`: in a run of breaches at the moment
    // (consecutiveCountSql >= 1). After the last COMPLETED event the stored columns alone say
    // it: the first breach after it is due. Binds inRunValues(at).
    static QString inRunSql(const QString &person);
    static QVariantList inRunValues(const Moment &at);

    // The non-compliance queue's people, a condition on the person table aliased `person`:
    // in the stock on the moment's day (Stock) and in a current run of breaches (count 1 or
    // more), however old their last breach. Binds queueValues(at). Both the queue
    // (NoncomplianceStore) and its figure select with it.
    static QString queueSql(const QString &person);
    static QVariantList queueValues(const Moment &at);
    // queueSql as parts (Stock::parts, then inRunSql), with their values.
    static SqlAnd queueParts(const QString &person, const Moment &at);
    // Pure twin of queueSql; `inStock` is Stock::isIn on the moment's day.
    static bool isInQueue(bool inStock, const QVector<Event> &events, const Moment &at);
};
