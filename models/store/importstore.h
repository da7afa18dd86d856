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
#include <optional>

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

    struct HeldPerson
    {
        qint64 id = 0;
        QByteArray fingerprint; // of the CID person details
    };
    struct HeldCase
    {
        qint64 id = 0;
        qint64 personId = 0;
        QByteArray fingerprint; // of the CID case fields
        bool missing = false;   // missing_since is set
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

    // Prepares the statements the import reuses for every row.
    Status prepare();

    Result<QHash<QString, HeldPerson>> heldPeople();
    Result<QHash<QString, HeldCase>> heldCases();
    // Reporting events held, as hashes: eventKey(ref) -> eventFingerprint(event). An event
    // whose fingerprint matches is unchanged and costs no statement; 16 bytes an event.
    Result<QHash<quint64, quint64>> heldEvents();
    static quint64 eventKey(const QString &eventRef);
    static quint64 eventFingerprint(const Event &e);
    // started_at of the newest earlier import, empty when there was none.
    Result<QString> lastImportStart();

    // Only the CID fields: Lodestar's own data (notes, overrides...) is never written here.
    Result<qint64> insertPerson(const PersonDetails &d, const QString &now);
    Status updatePerson(qint64 id, const PersonDetails &d, const QString &now);
    Result<qint64> insertCase(qint64 personId, const CidCase &c, const QString &now);
    // Writes the CID fields and marks the case as seen (clearing missing_since).
    Status updateCase(qint64 id, qint64 personId, const CidCase &c, const QString &now);
    // A case absent from the extract: missing since `date`; `lastSeen` (when non-empty) is
    // when it was last in an extract.
    Status markMissing(qint64 id, const QString &date, const QString &lastSeen);
    Result<Write> upsertEvent(const Event &e, qint64 importId);

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

    static QByteArray personFingerprint(const PersonDetails &d);
    static QByteArray caseFingerprint(const CidCase &c);

private:
    QSqlDatabase m_db;
    // "IS NOT" (SQLite) or "IS DISTINCT FROM" (PostgreSQL): inequality that treats NULL as a value.
    QString m_distinct;
    QSqlQuery m_insertPerson;
    QSqlQuery m_updatePerson;
    QSqlQuery m_insertCase;
    QSqlQuery m_updateCase;
    QSqlQuery m_markMissing;
    QSqlQuery m_upsertEvent;
    qint64 m_lastEventIdBefore = 0;
};
