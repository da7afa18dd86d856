#pragma once

#include "db/error.h"
#include "domain/reportingevent.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>
#include <memory>

class BatchWrite;

// Owns the SQL of reading a person's reporting events, and of writing events that do not come
// through the CID import (the demo caseload; later, events recorded in Lodestar).
class ReportingStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportingStore)

public:
    explicit ReportingStore(QSqlDatabase db);
    ~ReportingStore();

    // Inside a transaction the caller holds, for bulk writers (the demo, the benchmark): they
    // refresh the people's reporting spans and runs after (PersonStore::
    // refreshAllReportingSpansInTransaction, or refreshDerivedInTransaction). The events are
    // written many to a statement (BatchWrite: on PostgreSQL a round trip each was most of a
    // demo's time), so some may still be held: flushInTransaction() writes them, and must come
    // before anything reads them and before the commit.
    Status queueInTransaction(const ReportingEvent &event);
    Status flushInTransaction();
    // Records an event in Lodestar (an outcome the centre reported directly): scheduled,
    // centre, outcome and, for EXCUSED, the reason. Its reference is made up here.
    Result<qint64> record(ReportingEvent event, const QString &user);
    // Gives an EXCUSED event (from CID or not) its reason.
    // Refused (EditConflict::Code) unless the event is still at `expectedVersion`, as read.
    Status setExcuse(qint64 eventId, const QString &reason, const QString &text,
                     const QString &user, int expectedVersion);
    // Why an excuse cannot be recorded; empty when it can.
    static QString excuseProblem(const QString &reason, const QString &text);
    // The person's events, newest first.
    Result<QVector<ReportingEvent>> forPerson(qint64 personId) const;

private:
    QSqlDatabase m_db;
    // Made on the first event: a demo writes hundreds of thousands.
    std::unique_ptr<BatchWrite> m_insert;
};
