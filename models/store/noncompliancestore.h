#pragma once

#include "db/error.h"
#include "domain/followupladder.h"
#include "domain/moment.h"
#include "domain/noncompliancerow.h"
#include "domain/ownerscope.h"
#include "domain/recentbreach.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of the non-compliance queue: every non-detained person in a current run of
// breaches at the moment, however old their last breach (BreachRules::queueSql, the people of
// the noncompliance_queue figure), with their run, their breaches of the last 7 days and their
// follow-up, most urgent first (NoncomplianceRow::moreUrgent). "Unactioned" is
// FollowUpLadder::unactionedSql, the condition of the unactioned_breaches figure. Absconders stay
// in the queue (a choice): their run goes on and the ladder may still have Trace and Locate due,
// but they are never unactioned; once referred to Trace and Locate they are listed after
// everyone still to act on, so the queue's count stays the figure's.
class NoncomplianceStore
{
    Q_DECLARE_TR_FUNCTIONS(NoncomplianceStore)

public:
    explicit NoncomplianceStore(QSqlDatabase db);

    Result<QVector<NoncomplianceRow>> queue(const Moment &at,
                                            const FollowUpLadder::Thresholds &thresholds) const;
    // `owners`' people with a breach (BreachRules) scheduled on or after the start of `since`
    // and due at `at`, whatever their custody, most urgent first (RecentBreach::moreUrgent).
    Result<QVector<RecentBreach>> breachedSince(const QDate &since, const Moment &at,
                                                const OwnerScope &owners) const;

private:
    QSqlDatabase m_db;
};
