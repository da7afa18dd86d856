#pragma once

#include "db/error.h"
#include "domain/followupladder.h"
#include "domain/noncompliancerow.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of the non-compliance queue: everyone with a breach in the 7 days ending on the
// as-of date (the people of the persons_breached_last_7_days figure), with their run of
// breaches and follow-up, most urgent first. The counting rules are BreachRules' and
// FollowUpLadder's SQL twins.
class NoncomplianceStore
{
    Q_DECLARE_TR_FUNCTIONS(NoncomplianceStore)

public:
    explicit NoncomplianceStore(QSqlDatabase db);

    Result<QVector<NoncomplianceRow>> queue(const QDate &asOf,
                                            const FollowUpLadder::Thresholds &thresholds) const;

private:
    QSqlDatabase m_db;
};
