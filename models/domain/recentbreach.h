#pragma once

#include <QString>

// A person with a breach since a day (Today's "breaches since the last working day"): how many
// breaches since then, the latest, their run and whether it is unactioned (FollowUpLadder).
struct RecentBreach
{
    qint64 personId = 0;
    QString personRef;
    QString name;
    int band = 0;
    bool nexusHighHarm = false;
    int breaches = 0;    // breach events since the day, up to the moment
    QString lastBreach;  // ISO date-time of the latest of them
    int consecutive = 0; // the run of breaches at the moment (BreachRules)
    bool unactioned = false;

    // Today's order: the unactioned first (they need a step today), then band 1 and Nexus
    // High Harm people, then the latest breach first, then by reference.
    static bool moreUrgent(const RecentBreach &a, const RecentBreach &b);
};
