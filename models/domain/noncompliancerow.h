#pragma once

#include "domain/followupladder.h"

#include <QDate>
#include <QString>
#include <optional>

// One person in the non-compliance queue: someone non-detained in a current run of breaches at
// the moment (BreachRules::queueSql), with their run and where they stand on the follow-up
// ladder.
struct NoncomplianceRow
{
    qint64 personId = 0;
    QString personRef;
    QString name;
    int band = 0;
    bool nexusHighHarm = false;
    bool nonDetained = true;
    QString caseOwner;
    QString ownerTeam; // the case owner's team (app_user.team); empty when in none
    QString centre;
    QString window;
    int consecutive = 0;      // BreachRules::consecutiveBreaches at the moment
    int breachesThisWeek = 0; // breach events in the 7 days ending at it (BreachRules::lastWeekSql)
    QString lastBreach;       // scheduled date-time of the latest breach
    QDate lastStepOn;         // latest follow-up step taken on or before the as-of date
    QString lastStep;         // its step code
    bool absconder = false;
    std::optional<FollowUpLadder::Step> due; // the ladder's next step
    bool unactioned = false;                 // FollowUpLadder::unactionedSql
    QDate withTraceLocateSince;              // FollowUpLadder::withTraceLocateSince

    // Referred to Trace and Locate and not located since: nothing left to act on here.
    bool withTraceLocate() const { return withTraceLocateSince.isValid(); }

    bool breachedLastWeek() const { return breachesThisWeek > 0; }

    // Band 1 and Nexus High Harm are urgent from their first breach.
    bool urgent() const { return band == 1 || nexusHighHarm; }

    // Queue order: the people still to act on first, those already with Trace and Locate after
    // them (a choice, issue 16: absconders of long runs led the queue though the team has them);
    // within each, urgent first, then the longest run, then the most recent breach.
    static bool moreUrgent(const NoncomplianceRow &a, const NoncomplianceRow &b)
    {
        if (a.withTraceLocate() != b.withTraceLocate())
            return !a.withTraceLocate();
        if (a.urgent() != b.urgent())
            return a.urgent();
        if (a.consecutive != b.consecutive)
            return a.consecutive > b.consecutive;
        if (a.lastBreach != b.lastBreach)
            return a.lastBreach > b.lastBreach;
        return a.personRef < b.personRef;
    }
};
