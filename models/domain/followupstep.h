#pragma once

#include "domain/followupladder.h"

#include <QDate>
#include <QString>

// One step of the follow-up ladder recorded on a person (table followup_step).
struct FollowUpStep
{
    qint64 id = 0;
    qint64 personId = 0;
    FollowUpLadder::Step step = FollowUpLadder::VerbalWarning;
    QDate takenOn;
    QString outcome; // located: reporting_resumed or detained; else free text
    QString notes;
    QString alternativesTried; // absconder declaration: the procedures that failed
    QString recordedBy;
    QString recordedAt;
    QString countersignedBy; // absconder declaration: the team leader who countersigned
    QString countersignedAt;
    int version = 0; // the row version read: a countersignature must match it

    bool needsCountersignature() const
    {
        return step == FollowUpLadder::AbsconderDeclaration && countersignedAt.isEmpty();
    }
    FollowUpLadder::Record record() const
    {
        return {step, takenOn,
                countersignedAt.isEmpty()
                    ? QDate()
                    : QDate::fromString(countersignedAt.left(10), Qt::ISODate)};
    }
};
