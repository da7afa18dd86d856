#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

class Database;

// Copies a local Lodestar database while it is in use, checks a copy, and puts a copy back in
// place of a database (issue 19). Only SQLite files: a team database on PostgreSQL is backed up
// with pg_dump (README, "Backup and restore").
//
// A copy is taken with SQLite's online backup API on a connection of its own, inside one read
// transaction: under write-ahead logging that is one consistent snapshot, whatever other
// Lodestars write meanwhile, and they are never held up. It is written to a temporary file in
// the target's folder, created mode 0600 before any data goes in (it holds personal data), and
// renamed to the target only once complete: a cancelled or failed copy leaves no file behind,
// and an existing target is never overwritten.
//
// A copy is good when `PRAGMA integrity_check` says ok, it is a Lodestar database this version
// understands, and its audit trail's hash chain is intact (AuditStore::verify).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Error codes (Error::code) callers tell apart.
    static inline const QString TeamDatabase = QStringLiteral("team-database");
    static inline const QString TargetExists = QStringLiteral("target-exists");
    static inline const QString Unreadable = QStringLiteral("unreadable");
    static inline const QString CannotWrite = QStringLiteral("cannot-write");
    static inline const QString DiskFull = QStringLiteral("disk-full");
    static inline const QString Cancelled = QStringLiteral("cancelled");
    static inline const QString IntegrityFailed = QStringLiteral("integrity-failed");
    static inline const QString AuditBroken = QStringLiteral("audit-broken");
    static inline const QString InUse = QStringLiteral("in-use");
    // Database::NotLodestar and Database::NewerSchema are passed on as they come.

    // Pages copied so far of the total; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Verified
    {
        qint64 bytes = 0;
        int schemaVersion = 0;
        qint64 auditEntries = 0; // whole entries of the audit trail checked
    };
    struct Copied
    {
        QString file;
        qint64 pages = 0;
        Verified verified;
    };
    struct Restored
    {
        QString database;
        QString keptAside; // where the database that stood there was moved; empty when none
        Verified verified;
    };

    // Copies the open local database `source` to `target` (which must not exist), then checks
    // the copy; a copy that fails the check is removed.
    static Result<Copied> create(const Database &source, const QString &target,
                                 const Progress &progress = {});
    // Checks the file `file`, read only and without leaving anything beside it.
    static Result<Verified> verify(const QString &file);
    // Checks `from`, then puts a copy of it at `database`. A file already at `database` is kept,
    // renamed to `<database>.before-restore-YYYYMMDD-HHMMSS`; it is refused while any other
    // connection (another Lodestar) has it open. Nothing changes when anything is refused.
    static Result<Restored> restore(const QString &from, const QString &database,
                                    const Progress &progress = {});

    // "<database's base name>-YYYY-MM-DD.lodestar-backup.sqlite": what the window offers.
    static QString suggestedName(const QString &databaseLocation, const QDate &day);
};
