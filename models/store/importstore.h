#pragma once

#include "db/error.h"
#include "domain/cidcase.h"
#include "domain/importchange.h"
#include "domain/importrecord.h"
#include "domain/persondetails.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class BatchWrite;

struct ImportSummary;

// Owns the SQL of a CID import: what is already held (people and cases with fingerprints of
// their CID fields, so an unchanged row costs no query), the upserts of people, cases and
// reporting events, and the cid_import record. Every method runs inside the caller's
// transaction: the importer commits or rolls back the whole import at once.
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    explicit ImportStore(QSqlDatabase db);
    ~ImportStore();

    struct HeldPerson
    {
        qint64 id = 0;
        quint64 fingerprint = 0; // of the CID person details
    };
    struct HeldCase
    {
        qint64 id = 0;
        qint64 personId = 0;
        quint64 fingerprint = 0; // of the CID case fields
        bool missing = false;    // missing_since is set
        // The case type when this is an open barrier case, else empty: what "What changed"
        // compares against, as the row itself is overwritten during the import.
        QString openBarrierType;
    };
    struct Event
    {
        QString eventRef;
        qint64 personId = 0;
        QString scheduled;
        QString centre;
        QString outcome;
    };
    enum class Write
    {
        Added,
        Updated,
        Unchanged
    };

    // SQLite: while `on`, temporary files stay in memory. Inside a long transaction each
    // statement that writes many rows keeps a journal of the pages it changes, spilled to a
    // file past 64 KiB: writes of a few kilobytes by the million, most of a big import's time.
    // Set outside a transaction (SQLite refuses it inside); a change drops the connection's
    // temporary tables and triggers, and Lodestar keeps none. Nothing on PostgreSQL.
    static void keepTemporaryInMemory(QSqlDatabase db, bool on);

    // Prepares the statements the import reuses for every row.
    Status prepare();

    // SQLite: when `table` holds no row yet (a first import), its secondary indexes are
    // dropped inside the import's transaction, to be built once from the sorted rows by
    // restoreIndexes, rather than kept row by row in the file's random order: a few seconds of
    // a first import's time. A rollback (an error, a cancel, a kill) brings them back with
    // everything else. Nothing on PostgreSQL (the import's login does not own the tables).
    Status setIndexesAsideWhenEmpty(const QString &table);
    // PostgreSQL: the planner's statistics of `tables` (the import grew them by a tenth or
    // more, the share at which the server's autovacuum would look again), brought up to date
    // inside the import's transaction before the recompute reads them person by person. A
    // first import fills tables the planner still takes for empty, and on them it chose scans
    // of every reporting event for each person (minutes, not seconds). Only a login that owns
    // the tables may (PostgreSQL 15); for any other it is skipped with a notice from the
    // server, and the import is as right, only slower. Nothing on SQLite, whose planner keeps
    // to the indexes without statistics.
    Status analyze(const QStringList &tables);
    // Builds again the indexes of `table` that setIndexesAsideWhenEmpty dropped, with the SQL
    // they were made with, one statement at a time; `step` hears after each (false: cancel).
    Status restoreIndexes(const QString &table, const std::function<Status()> &step = {});

    Result<QHash<QString, HeldPerson>> heldPeople();
    Result<QHash<QString, HeldCase>> heldCases();
    // One event reference: what is held under it and where this file named it. The reference
    // itself is not kept (a million events would cost a hundred MiB): two independent 64-bit
    // hashes of it, eventKey (the table's key) and eventCheck, stand for it.
    struct EventSlot
    {
        quint64 fingerprint = 0; // eventFingerprint of the event held; 0: none held
        quint64 check = 0;       // eventCheck of the reference
        qint64 line = 0;         // line of this file that named it; 0: not named yet
    };
    // Reporting events held, by eventKey. An event whose fingerprint matches the file's row is
    // unchanged and costs no statement.
    Result<QHash<quint64, EventSlot>> heldEvents();
    static quint64 eventKey(QStringView eventRef);
    static quint64 eventCheck(QStringView eventRef);
    static quint64 eventFingerprint(const Event &e);
    static quint64 eventFingerprint(QStringView eventRef, qint64 personId, QStringView scheduled,
                                    QStringView centre, QStringView outcome);
    // started_at of the newest earlier import, empty when there was none.
    Result<QString> lastImportStart();

    // Only the CID fields: Lodestar's own data (notes, overrides...) is never written here.
    // New people and cases are written many to a statement: the person's id is chosen here
    // (the next of the table's own sequence), so their cases and events can name it before
    // the row is written. The writes that follow keep the order of the rows they depend on.
    Result<qint64> insertPerson(const PersonDetails &d, const QString &now);
    Status updatePerson(qint64 id, const PersonDetails &d, const QString &now);
    Status insertCase(qint64 personId, const CidCase &c, const QString &now);
    // Writes the CID fields and marks the case as seen (clearing missing_since).
    Status updateCase(qint64 id, qint64 personId, const CidCase &c, const QString &now);
    // A case absent from the extract: missing since `date`; `lastSeen` (when non-empty) is
    // when it was last in an extract.
    Status markMissing(qint64 id, const QString &date, const QString &lastSeen);
    Result<Write> upsertEvent(const Event &e, qint64 importId);
    // The person a held event names (0 when no event has that reference): an event CID moved
    // changes the spans of the person it leaves too.
    Result<qint64> eventPerson(const QString &eventRef);
    // An event whose reference is not held (no eventKey of it in heldEvents).
    Status insertEvent(const Event &e, qint64 importId);
    // Writes every new person, case and event still held back.
    Status flush();

    // The import's record: its files' hashes are written with its counts by finishImport
    // (the importer hashes the files while it reads them).
    Result<qint64> beginImport(const QString &startedAt, const QString &user,
                               const ImportSummary &files);
    Status finishImport(const ImportSummary &s, const QString &finishedAt);

    // Every import recorded, newest first.
    Result<QVector<ImportRecord>> history() const;

    // The caseload facts an import can change, as they stand now, for the people `personIds`
    // only (read a few hundred ids per query): the importer reads them for the people it
    // touched, before and after recomputing their derived columns.
    Result<QHash<qint64, PersonSnapshot>> personSnapshots(const QVector<qint64> &personIds) const;
    // The open barrier cases of the people `personIds`, by case id.
    Result<QHash<qint64, BarrierSnapshot>>
    openBarrierSnapshots(const QVector<qint64> &personIds) const;
    Status recordChanges(qint64 importId, const QVector<ImportChange> &changes);

    struct ChangeRow
    {
        ImportChange change;
        QString personRef;
        QString familyName;
        QString givenNames;
        QString caseOwner;
    };
    // What import `importId` changed, optionally only for people whose case owner is `owner`
    // ("" = no owner) and of one kind.
    Result<QVector<ChangeRow>> changes(qint64 importId, const std::optional<QString> &owner,
                                       const std::optional<ImportChange::Kind> &kind) const;

    // 64-bit hashes of the CID fields, never 0: a change goes unseen only if the old and the
    // new row of one person or case collide (about one in 10^19), and 8 bytes instead of an
    // MD5's heap copy keep 250,000 of them small.
    static quint64 personFingerprint(const PersonDetails &d);
    static quint64 caseFingerprint(const CidCase &c);

private:
    QSqlDatabase m_db;
    // "IS NOT" (SQLite) or "IS DISTINCT FROM" (PostgreSQL): inequality that treats NULL as a value.
    QString m_distinct;
    QSqlQuery m_updatePerson;
    QSqlQuery m_updateCase;
    QSqlQuery m_markMissing;
    QSqlQuery m_upsertEvent;
    QSqlQuery m_eventPerson;
    Result<qint64> nextPersonId();
    Status flushPeople();

    std::unique_ptr<BatchWrite> m_newPeople;
    std::unique_ptr<BatchWrite> m_newCases;
    std::unique_ptr<BatchWrite> m_newEvents;
    QVector<qint64> m_reservedPersonIds; // PostgreSQL: taken from the sequence, not yet used
    qint64 m_lastPersonId = -1;          // SQLite: the last id given out; -1 before the first
    qint64 m_lastEventIdBefore = 0;
    QHash<QString, QStringList> m_indexesSetAside; // table -> CREATE INDEX statements
};
