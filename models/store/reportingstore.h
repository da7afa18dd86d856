#pragma once

#include "db/error.h"
#include "domain/reportingevent.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>
#include <optional>

// Owns the SQL of reading a person's reporting events, and of writing events that do not come
// through the CID import (the demo caseload; later, events recorded in Lodestar).
class ReportingStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportingStore)

public:
    explicit ReportingStore(QSqlDatabase db);

    // Inside a transaction the caller holds.
    Status addInTransaction(const ReportingEvent &event);
    // The person's events, newest first.
    Result<QVector<ReportingEvent>> forPerson(qint64 personId) const;

private:
    QSqlDatabase m_db;
    // Prepared once per store: a demo writes hundreds of thousands of events.
    std::optional<QSqlQuery> m_insert;
};
