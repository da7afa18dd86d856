#include "daterules.h"

#include "reviewrules.h"

namespace {

// A past event: from recordsBegin() to today; `tooLate` says why a later day is refused.
DateRange past(const QDate &today, const QString &tooLate)
{
    DateRange r;
    r.earliest = DateRules::recordsBegin();
    r.latest = today;
    r.latestIs = DateRules::tr("today");
    r.tooEarly = DateRules::tr("%1 is before %2: check the year");
    r.tooLate = tooLate;
    return r;
}

} // namespace

QDate DateRules::recordsBegin()
{
    return QDate(1990, 1, 1);
}

DateRange DateRules::barrierRaised(const QDate &today)
{
    return past(today, tr("%1 is after today: a barrier cannot be raised in the future"));
}

DateRange DateRules::barrierCleared(const QDate &standingSince, bool raisedKnown,
                                    const QDate &today)
{
    DateRange r = past(today, tr("%1 is after today: a barrier cannot be cleared in the future"));
    if (standingSince.isValid() && standingSince > r.earliest) {
        r.earliest = standingSince;
        // CID's extract carries no opening date: the day first seen is the earliest known.
        r.earliestIs = raisedKnown ? tr("raised") : tr("first seen in CID");
        r.tooEarly = raisedKnown ? tr("%1 is before the barrier was raised on %2: a barrier "
                                      "cannot be cleared before it was raised")
                                 : tr("%1 is before the barrier was first seen in CID on %2: it "
                                      "cannot be cleared before then");
    }
    return r;
}

DateRange DateRules::reviewedOn(const QDate &firstCase, const QDate &today)
{
    DateRange r = past(today, tr("%1 is after today: a review cannot be dated in the future"));
    if (firstCase.isValid() && firstCase > r.earliest) {
        r.earliest = firstCase;
        r.earliestIs = tr("the person's first case");
        r.tooEarly = tr("%1 is before the person's first case (%2): a review cannot be dated "
                        "before it");
    }
    return r;
}

DateRange DateRules::nextReview(const QDate &reviewedOn)
{
    DateRange r;
    r.earliest = reviewedOn.addDays(1);
    r.latest = ReviewRules::dueDate(reviewedOn);
    r.latestIs = tr("3 months on");
    r.tooEarly = tr("%1 is not after this review: set the next review on %2 or later");
    r.tooLate = tr("%1 is more than 3 months on: the next review must be by %2");
    return r;
}

DateRange DateRules::diaryDue(const QDate &today)
{
    DateRange r;
    r.earliest = today.addYears(-1);
    r.earliestIs = tr("a year ago");
    r.latest = today.addYears(10);
    r.latestIs = tr("10 years ahead");
    r.tooEarly = tr("%1 is more than a year ago: a diary entry is an action still to take, and "
                    "this one would be overdue at once");
    r.tooLate = tr("%1 is more than 10 years ahead: check the year");
    r.confirmBefore = today;
    r.confirmQuestion = tr("The due date %1 is in the past: the entry will be overdue at once, by "
                           "%2 days. Add it anyway?");
    r.confirmHint = tr("a day in the past asks first");
    return r;
}

DateRange DateRules::reportingEvent(const QDate &today, bool excused)
{
    if (!excused)
        return past(today, tr("%1 is after today: an event is recorded once its day has come "
                              "(an absence known in advance is recorded as excused)"));
    DateRange r = past(today, tr("%1 is more than 90 days ahead: excuse an event in advance "
                                 "for the next 90 days at most"));
    r.latest = today.addDays(90);
    r.latestIs = tr("90 days ahead");
    return r;
}

DateRange DateRules::followupTaken(const QDate &today)
{
    return past(today,
                tr("%1 is after today: a follow-up step cannot be recorded before it is taken"));
}

DateRange DateRules::taskingEvent(const QDate &today)
{
    DateRange r;
    r.earliest = today;
    r.earliestIs = tr("today");
    r.latest = today.addYears(1);
    r.latestIs = tr("a year ahead");
    r.tooEarly = tr("%1 is before today: a tasking is for a reporting event still to come");
    r.tooLate = tr("%1 is more than a year ahead: task the centre nearer the time");
    return r;
}

DateRange DateRules::allocationEffective(const QDate &today)
{
    return past(today,
                tr("%1 is after today: an allocation takes effect today or earlier, not later"));
}

DateRange DateRules::reoffence(const QDate &today)
{
    return past(today, tr("%1 is after today: the offence cannot be dated after today"));
}

DateRange DateRules::preparationAllocated(const QDate &today)
{
    return past(today, tr("%1 is after today: a case is allocated today or earlier"));
}

DateRange DateRules::preparationDone(const QDate &today)
{
    return past(today, tr("%1 is after today: preparation is recorded once done"));
}

DateRange DateRules::directionsSet(const QDate &today)
{
    return past(today, tr("%1 is after today: directions are recorded once set"));
}

DateRange DateRules::directionsPlanned(const QDate &today)
{
    DateRange r;
    r.earliest = recordsBegin();
    r.latest = today.addYears(1);
    r.latestIs = tr("a year ahead");
    r.tooEarly = tr("%1 is before %2: check the year");
    r.tooLate = tr("%1 is more than a year ahead: check the year");
    return r;
}

DateRange DateRules::red0004Served(const QDate &today)
{
    return past(today, tr("%1 is after today: a notice is recorded once served"));
}

DateRange DateRules::removalOutcome(const QDate &today)
{
    return past(today, tr("%1 is after today: an outcome is recorded once it is known"));
}

DateRange DateRules::charterDeparts(const QDate &today)
{
    DateRange r;
    r.earliest = today.addYears(-1);
    r.earliestIs = tr("a year ago");
    r.latest = today.addYears(2);
    r.latestIs = tr("2 years ahead");
    r.tooEarly = tr("%1 is more than a year ago: check the year");
    r.tooLate = tr("%1 is more than 2 years ahead: check the year");
    return r;
}

DateRange DateRules::holdUntil(const QDate &today)
{
    DateRange r;
    r.earliest = today.addDays(1);
    r.earliestIs = tr("tomorrow");
    r.latest = today.addYears(1);
    r.latestIs = tr("a year ahead");
    r.tooEarly = tr("%1 is not after today: a hold lasts until a day still to come");
    r.tooLate = tr("%1 is more than a year ahead: hold for a year at most, then look again");
    return r;
}

DateRange DateRules::documentApplied(const QDate &today)
{
    return past(today, tr("%1 is after today: an application is recorded once made"));
}

DateRange DateRules::documentInterviewTasked(const QDate &today)
{
    return past(today, tr("%1 is after today: an interview is recorded as tasked once tasked"));
}

DateRange DateRules::documentInterviewHeld(const QDate &today)
{
    return past(today, tr("%1 is after today: an interview is recorded as held once held"));
}

DateRange DateRules::documentExpires(const QDate &today)
{
    DateRange r;
    r.earliest = recordsBegin();
    r.latest = today.addYears(15);
    r.latestIs = tr("15 years ahead");
    r.tooEarly = tr("%1 is before %2: check the year");
    r.tooLate = tr("%1 is more than 15 years ahead: check the year");
    return r;
}
