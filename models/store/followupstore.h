#pragma once

#include "db/error.h"
#include "domain/followupladder.h"
#include "domain/followupstep.h"
#include "domain/ownerscope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of the follow-up ladder (table followup_step). Steps are never edited or
// deleted; an absconder declaration is countersigned once, by someone other than whoever
// recorded it.
class FollowUpStore
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpStore)

public:
    explicit FollowUpStore(QSqlDatabase db);

    // Records `step` (its id and recorded* fields are filled here) by `user`; refused ("invalid")
    // while FollowUpStep::problems() names anything missing. A warning letter also puts its
    // follow-up in the diary, `thresholds.letterFollowUpDays` after it was sent.
    Result<qint64> record(FollowUpStep step, const QString &user,
                          const FollowUpLadder::Thresholds &thresholds);
    // Absconder declarations on `owners`' people not yet countersigned
    // (FollowUpStep::needsCountersignature), oldest first: a team leader's to countersign.
    struct Awaiting
    {
        qint64 stepId = 0;
        qint64 personId = 0;
        QString personRef;
        QString name;
        int band = 0;
        QDate takenOn;
        QString recordedBy;
    };
    Result<QVector<Awaiting>> awaitingCountersignature(const OwnerScope &owners) const;
    // Refused (EditConflict::Code) unless the step is still at `expectedVersion`, as read.
    Status countersign(qint64 stepId, const QString &teamLeader, int expectedVersion);
    // The same inside a transaction the caller holds, at `now` (the demo's history).
    Result<qint64> recordInTransaction(const FollowUpStep &step, const QString &user,
                                       const QString &now,
                                       const FollowUpLadder::Thresholds &thresholds);
    // Checks the version the same (the demo passes that of the step it has just recorded).
    Status countersignInTransaction(qint64 stepId, const QString &teamLeader, const QString &now,
                                    int expectedVersion);
    // The person's steps, most recent first.
    Result<QVector<FollowUpStep>> forPerson(qint64 personId) const;

    // Values a located step's outcome takes (FollowUpStep's).
    static QString reportingResumed() { return FollowUpStep::reportingResumed(); }
    static QString detained() { return FollowUpStep::detained(); }

private:
    QSqlDatabase m_db;
};
