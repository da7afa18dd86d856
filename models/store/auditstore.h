#pragma once

#include "db/error.h"
#include "domain/auditchain.h"
#include "domain/auditentry.h"
#include "domain/disclosure.h"
#include "domain/permissions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>
#include <optional>

// Owns the SQL of the append-only audit log (table audit_log): every change made through a
// store's public write and every opening of a person record, in the same transaction as the
// change, chained by hash (AuditChain) so an edit or a gap made behind Lodestar's back is found
// by verify(). The actor is the connection's Session user; on PostgreSQL the server seals a
// team login's entry (schema 22: its id, time, actor and hash are the server's).
//
// One entry per public write: the record it changes as JSON before and after (no before for
// an insert, no after for a delete), its table as the entity. A write that touches many rows
// (an allocation of many people, a QA sample, an import) writes one entry for the call whose
// JSON is a summary (the ids, the counts), not one per row. The *InTransaction twins that
// bulk callers use (the importers, the demo, the benchmark) write none: their caller audits
// once for the whole run. A write that changed nothing writes nothing.
class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    explicit AuditStore(QSqlDatabase db);

    // The permission this store's next entries need, where the table's default
    // (Permissions::forWrite) is not it: a band override changes the person row but needs a
    // team leader. Every append first asks AccessStore::require, so a write the session's user
    // may not make fails here and its transaction rolls back.
    AuditStore &requiring(Permissions::Action action)
    {
        m_action = action;
        return *this;
    }

    // Appends one entry inside the caller's transaction. On PostgreSQL an advisory lock is
    // taken first so two writers cannot both chain to the same last entry (SQLite's BEGIN
    // IMMEDIATE already lets one writer in at a time), and what the server stored is
    // recorded as this connection's own write. personId 0: not about one person.
    Status appendInTransaction(const QString &action, const QString &entity, qint64 entityId,
                               qint64 personId, const QString &beforeJson,
                               const QString &afterJson);
    // The hooks of the stores' public writes: entity is the table, the JSON read from it.
    // personId 0 takes the record's own person_id (or its id for a person).
    Status insertedInTransaction(const QString &table, qint64 id, qint64 personId = 0);
    Status updatedInTransaction(const QString &table, qint64 id, const QString &beforeJson,
                                qint64 personId = 0);
    Status deletedInTransaction(const QString &table, qint64 id, const QString &beforeJson,
                                qint64 personId = 0);
    // Runs `work` (a Status or Result) and audits the change it makes to the row `id` of
    // `table` as an update; the caller's transaction holds both.
    template <typename Work>
    auto updateInTransaction(const QString &table, qint64 id, Work &&work) -> decltype(work())
    {
        const Result<QString> before = rowJson(table, id);
        if (!before)
            return before.error();
        auto done = work();
        if (!done)
            return done;
        if (Status s = updatedInTransaction(table, id, before.value()); !s)
            return s.error();
        return done;
    }

    // A record whose before and after the caller read itself (a table keyed by something else
    // than its id): an insert, update or delete by which JSON is empty; nothing when equal.
    // personId 0 takes the record's own.
    Status changedInTransaction(const QString &table, qint64 entityId, qint64 personId,
                                const QString &beforeJson, const QString &afterJson);

    // Runs `work` (a Result<qint64>: the id saved), which inserts a row of `table` when
    // existingId is 0 and updates row existingId otherwise, and audits it.
    template <typename Work>
    Result<qint64> saveInTransaction(const QString &table, qint64 existingId, Work &&work)
    {
        const Result<QString> before =
            existingId > 0 ? rowJson(table, existingId) : Result<QString>(QString());
        if (!before)
            return before.error();
        const Result<qint64> id = work();
        if (!id)
            return id;
        const Result<QString> after = rowJson(table, id.value());
        if (!after)
            return after.error();
        if (Status s = changedInTransaction(table, id.value(), 0, before.value(), after.value());
            !s)
            return s.error();
        return id;
    }

    // The row `id` of `table` as a compact JSON object (every column); empty when there is
    // no such row. `table` must be a table of this database.
    Result<QString> rowJson(const QString &table, qint64 id) const;
    // The same for the row whose `column` is `value` (a table keyed by another column).
    Result<QString> rowJsonWhere(const QString &table, const QString &column,
                                 const QVariant &value) const;
    // A compact JSON object of `values`, for the summary of a write of many rows.
    static QString summaryJson(const QVariantMap &values);

    // Records that the session user opened the person's record (a transaction of its own).
    Status recordOpened(qint64 personId);
    // Records one disclosure (an export, a report, a print, a screenshot) by the session user,
    // in a transaction of its own: action "disclose", the view as the entity, the person for
    // one person's data (else none), Disclosure::json() after. Anyone who may read may
    // disclose (Permissions::Action::None, like an opening): the point is that it is logged.
    // Refused (code "no-reason") when the reason is empty once cleaned.
    Status recordDisclosure(const Disclosure &disclosure);
    // The person's entries, newest first.
    Result<QVector<AuditEntry>> forPerson(qint64 personId) const;
    // How many entries the log holds.
    Result<qint64> count() const;
    // The id of the newest entry, 0 for an empty log: where a watcher starts.
    Result<qint64> latestId() const;
    // The newest entry's id and hash (0 and empty for an empty log): a head to remember.
    struct Head
    {
        qint64 id = 0;
        QString hash;
    };
    Result<Head> head() const;
    // Whether the log still holds a head recorded earlier (AuditChain::headProblem): empty when
    // it does, else what happened to it.
    Result<QString> headProblem(const Head &recorded) const;
    // The entries after `afterId`, oldest first, at most `limit`: what others changed since.
    Result<QVector<AuditEntry>> since(qint64 afterId, int limit = 1000) const;
    // The newest change (not an opening) of one record: who changed it, when, and how, for the
    // message of a refused save.
    Result<std::optional<AuditEntry>> latestFor(const QString &table, qint64 entityId) const;

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0; // whole entries checked
        qint64 badId = 0;   // the first entry that breaks the chain
        QString why;
        qint64 headId = 0; // the newest whole entry, to record elsewhere (0: none)
        QString headHash;
    };
    // Walks the whole log in id order and checks every entry's hash and link; with an
    // expected head (an id and hash recorded earlier) also that the log still holds it.
    Result<Verification> verify(qint64 expectedId = 0, const QString &expectedHash = {}) const;

private:
    QSqlDatabase m_db;
    std::optional<Permissions::Action> m_action;
};
