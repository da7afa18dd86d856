#pragma once

#include "domain/clock.h"
#include "domain/followupladder.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

// One step of the follow-up ladder recorded on a person (table followup_step).
struct FollowUpStep
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpStep)

public:
    // The fields a step may be missing (FollowUpLadder::needsNotes and the rest).
    enum class Field
    {
        Outcome,
        Notes,
        Alternatives
    };
    struct Problem
    {
        Field field;
        QString message;
    };

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

    // What this step still needs before it can be recorded, a message per field, in the
    // dialog's order; empty when it is complete. The dialog shows them beside the fields and
    // FollowUpStore refuses the same.
    QVector<Problem> problems() const;

    // Values a located step's outcome takes.
    static QString reportingResumed() { return QStringLiteral("reporting_resumed"); }
    static QString detained() { return QStringLiteral("detained"); }

    bool needsCountersignature() const
    {
        return step == FollowUpLadder::AbsconderDeclaration && countersignedAt.isEmpty();
    }
    FollowUpLadder::Record record() const
    {
        return {step, takenOn,
                countersignedAt.isEmpty() ? QDate() : Clock::localDay(countersignedAt)};
    }
};
