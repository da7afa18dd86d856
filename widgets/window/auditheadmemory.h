#pragma once

#include "store/auditstore.h"

#include <QSqlDatabase>

// The newest audit entry this computer has seen on each database (issue 19): entries cut from
// the end of a log leave a shorter chain that still verifies, and only a head recorded outside
// the database shows the cut. Kept in this OS account's settings, away from the database's
// users; per database, not per person, since any of them may see the log cut.
class AuditHeadMemory
{
public:
    // The head remembered for the database `db` is (id 0: none yet).
    static AuditStore::Head recalled(const QSqlDatabase &db);
    static void remember(const QSqlDatabase &db, const AuditStore::Head &head);
};
