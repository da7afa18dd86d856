#pragma once

#include "db/error.h"
#include "domain/barrier.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of the barrier register (table barrier): the barriers CID's cases raise, kept in
// step with the extract, and those recorded in Lodestar. Every change to a person's open
// barriers recomputes their band in the same transaction (band 3 or 4 follows at once).
class BarrierStore
{
    Q_DECLARE_TR_FUNCTIONS(BarrierStore)

public:
    explicit BarrierStore(QSqlDatabase db);

    // The person's register: open barriers first, then cleared ones, the latest standing first
    // within each (Barrier::standingSince); lastMinute worked out against their removal
    // directions.
    Result<QVector<Barrier>> forPerson(qint64 personId) const;

    // Records a barrier by hand (source "lodestar"), checked by Barrier::problem().
    Result<qint64> add(const Barrier &barrier, const QString &user);
    // `today` bounds the dates (the demo passes its as-of date, which may lie ahead of the
    // clock). With `refreshPerson` false the band is left to the caller, who refreshes everyone
    // it touched at once (PersonStore::refreshDerivedInTransaction): bulk writers.
    Result<qint64> addInTransaction(const Barrier &barrier, const QString &user,
                                    const QDate &today = Clock::today(), bool refreshPerson = true);
    // Clears a barrier recorded in Lodestar on `on` (not in the future), `how` one of
    // Barrier::clearances() but closed_in_cid; `note` is added to its notes. CID's barriers are
    // cleared by CID only, and the store refuses them, but for a certification under RED.0004:
    // that is recorded on CID's barrier too, which then stops counting towards the band (and
    // open barriers, ripe) until CID closes the case. A certification the rule refuses
    // (Barrier::isCertifiable: no RED.0004 notice served before the barrier was raised) is
    // refused with code NotCertifiable and the reason.
    // `expectedVersion` is the barrier's version as read (Barrier::version): a barrier someone
    // else changed since is refused with EditConflict::Code. The InTransaction twin checks it
    // the same (the demo passes the version of the barrier it has just added).
    Status clear(qint64 personId, qint64 barrierId, const QDate &on, const QString &how,
                 const QString &note, const QString &user, int expectedVersion);
    Status clearInTransaction(qint64 personId, qint64 barrierId, const QDate &on,
                              const QString &how, const QString &note, const QString &user,
                              int expectedVersion, const QDate &today = Clock::today(),
                              bool refreshPerson = true);
    // Undoes a clearing made by mistake: Lodestar's barriers, and CID's certified ones (the
    // certification undone, the barrier blocks again).
    Status reopen(qint64 personId, qint64 barrierId, const QString &user, int expectedVersion);
    // Replaces the notes of any barrier of the person, CID's included (the note is Lodestar's).
    Status setNotes(qint64 personId, qint64 barrierId, const QString &notes, const QString &user,
                    int expectedVersion);

    // Brings the register's CID rows in step with table cid_case, inside the caller's
    // transaction: a row for every case of a barrier type, cleared on `today` ("closed in CID")
    // when its case is CLOSED, open again when the case is OPEN again. Rows recorded in
    // Lodestar are never touched. Set-based, so an import of 150,000 cases pays a few
    // statements, not one per case.
    // A new row has no day raised (the extract carries none): it stands since the day its case
    // was first seen. When the import that started at `importStartedAt` is the one that first
    // saw the case and `previousImport` (the day of the import before) is valid, the case was
    // not in that earlier extract: raised on or after that day (Barrier::raisedAfter).
    Status syncCidInTransaction(const QDate &today, const QString &importStartedAt = QString(),
                                const QDate &previousImport = QDate());

    // The register across the caseload.
    struct Filter
    {
        bool openOnly = true;
        QString type;   // empty: every type
        QString source; // empty: both
        bool lastMinuteOnly = false;
        QString caseOwner; // empty: everyone's
    };
    struct Row
    {
        Barrier barrier;
        QString personRef;
        QString name;
        QString nationality;
        QString caseOwner;
        QString owningUnit;
        int band = 0; // 0: not banded (detained)
    };
    // Where a page of the register ends: the next page starts after this barrier.
    struct Cursor
    {
        QString standingSince; // ISO date
        qint64 id = 0;
    };
    // The register through the filter, longest standing first: by the day each barrier is
    // known to stand from (Barrier::standingSince: raised, or for CID's, whose day raised the
    // extract does not give, first seen in CID), so a CID barrier first seen in an import sorts
    // by that day and says so, never as raised then (issue 16); `limit` rows after `after` (all
    // rows for a negative limit). Keyset paging on the index over (cleared_on,
    // standing_since): the last page of 100,000 costs what the first does.
    Result<QVector<Row>> list(const Filter &filter, const std::optional<Cursor> &after = {},
                              int limit = -1) const;
    Result<qint64> count(const Filter &filter) const;
    // Barriers open at the end of `asOf` (Barrier::isOpenOn) by type, every type of
    // Barrier::types() present (0 when none). Barriers, not people: a person may have two.
    Result<QMap<QString, qint64>> openByType(const QDate &asOf) const;
    // Barriers known to have been raised on or before `asOf` while removal directions stood,
    // open or cleared (ProgressionRules::isLastMinute on what is known of the day raised).
    Result<qint64> lastMinuteCount(const QDate &asOf) const;

    // The error code of a certification under RED.0004 the rule refuses (Barrier::isCertifiable).
    static constexpr const char *NotCertifiable = "not-certifiable";

private:
    // The barrier is the person's and open (or cleared, to reopen), and Lodestar may write it:
    // its own, or CID's to certify under RED.0004 (`certifying`, checked against the person's
    // RED.0004 notice) or to undo that certification.
    Status checkWritable(qint64 personId, qint64 barrierId, bool mustBeOpen, bool certifying) const;
    QSqlDatabase m_db;
};
