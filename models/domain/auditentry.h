#pragma once

#include <QString>

// One row of the audit log: who did what to which record, when, with the record before and
// after as compact JSON, chained to the entry before it by its hash (AuditChain).
struct AuditEntry
{
    qint64 id = 0;
    QString at; // UTC ISO 8601
    QString actor;
    QString action;      // insert, update, delete, open, import, export, disclose
    QString entity;      // the table (a disclosure: the view)
    qint64 entityId = 0; // 0: none (an import, an export)
    qint64 personId = 0; // 0: not about one person
    QString beforeJson;  // empty for an insert
    QString afterJson;   // empty for a delete
    QString prevHash;    // empty for the first entry
    QString hash;
};
