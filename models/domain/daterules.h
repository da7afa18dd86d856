#pragma once

#include "daterange.h"

#include <QCoreApplication>
#include <QDate>

// The range of every date field a caseworker fills in, one function per field, so the dialog
// that asks for the date and the store that saves it refuse the same days with the same words
// (issue 16). `today` is the caller's: the store's own today where a store checks the date.
//
// The ranges follow what the date records:
// - a past event (raised, cleared, served, held, reviewed, taken, effective...) is not after
//   today, nor before recordsBegin(): an older day is a slip of the keyboard;
// - a planned day (a hold's end, a tasking, a charter flight, a removal, a diary entry) lies
//   ahead, within a horizon past which the plan is a typing mistake, not a plan;
// - a diary entry may be put in the past (a reminder of something overdue), but asks first,
//   and not more than a year back: it would open overdue by hundreds of days.
class DateRules
{
    Q_DECLARE_TR_FUNCTIONS(DateRules)

public:
    // The earliest day any record of this casework carries: 1 Jan 1990. The reoffence date had
    // this floor already; nothing the unit records (claims, directions, documents) is older.
    static QDate recordsBegin();

    // Barriers. A barrier recorded in Lodestar is raised on a past day. Cleared: not before it
    // was raised (CID's: first seen in CID, the only day known) and not after today.
    static DateRange barrierRaised(const QDate &today);
    static DateRange barrierCleared(const QDate &standingSince, bool raisedKnown,
                                    const QDate &today);

    // Reviews. Not in the future, not before the person's first case (`firstCase`, invalid when
    // not known: then recordsBegin()). The next review: after this one, within 3 months of it.
    static DateRange reviewedOn(const QDate &firstCase, const QDate &today);
    static DateRange nextReview(const QDate &reviewedOn);

    // A diary entry: from a year ago to 10 years ahead; a day before today asks first.
    static DateRange diaryDue(const QDate &today);

    // Reporting: an event recorded (its day has come), a follow-up step taken, a tasking for an
    // event still to come (within a year).
    // An event excused in advance (a court date, a hospital stay known beforehand) may lie up
    // to 90 days ahead; one reported or missed has happened.
    static DateRange reportingEvent(const QDate &today, bool excused = false);
    static DateRange followupTaken(const QDate &today);
    static DateRange taskingEvent(const QDate &today);

    // The caseworker's side: an allocation takes effect today or earlier; a reoffence, case
    // preparation allocated or done are past events.
    static DateRange allocationEffective(const QDate &today);
    static DateRange reoffence(const QDate &today);
    static DateRange preparationAllocated(const QDate &today);
    static DateRange preparationDone(const QDate &today);

    // Removal: directions set and RED.0004 served and an outcome are past events; the removal
    // is planned within a year; a charter flight departs from a year ago (recorded after it
    // flew) to 2 years ahead; a hold runs until a day from tomorrow to a year ahead.
    static DateRange directionsSet(const QDate &today);
    static DateRange directionsPlanned(const QDate &today);
    static DateRange red0004Served(const QDate &today);
    static DateRange removalOutcome(const QDate &today);
    static DateRange charterDeparts(const QDate &today);
    static DateRange holdUntil(const QDate &today);

    // Travel documents: applied, interview tasked and held are past events; a document expires
    // from recordsBegin() (an expired one is recorded too) to 15 years ahead (a passport runs
    // 10 years, issued a little ahead).
    static DateRange documentApplied(const QDate &today);
    static DateRange documentInterviewTasked(const QDate &today);
    static DateRange documentInterviewHeld(const QDate &today);
    static DateRange documentExpires(const QDate &today);
};
