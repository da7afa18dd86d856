#include "importstore.h"

#include "batchwrite.h"
#include "domain/codes.h"
#include "domain/importsummary.h"
#include "domain/textfold.h"
#include "rowreader.h"
#include "storesupport.h"

#include <QSet>
#include <QSqlDriver>

using namespace StoreSupport;

namespace {

const char *const PersonFields =
    "family_name, given_names, date_of_birth, nationality, gender, address_status";
const int PersonFieldCount = 6;
const char *const CaseFields =
    "case_type, case_status, owning_unit, case_owner, mappa_level, harm, sentence_months, "
    "offence, sentence_end, custody, deportation_decision, reporting_centre, "
    "reporting_frequency, reporting_window, flags";
const int CaseFieldCount = 15;

QString statusOf(const CidCase &c)
{
    return c.caseStatus.isEmpty() ? QStringLiteral("OPEN") : c.caseStatus;
}

// Each field hashed on its own and the hashes combined (fields cannot run into each other),
// never 0: 0 stands for "no fingerprint" (ImportStore::HeldPerson, CidImporter). Views, so the
// held rows are hashed straight from the database's buffer (RowReader) and the file's rows
// from their strings, with the same result.
template <typename Iterator> quint64 fingerprintOf(Iterator first, Iterator last)
{
    const quint64 h = quint64(qHashRange(first, last, size_t(0xf19e7)));
    return h != 0 ? h : 1;
}

quint64 fingerprintOf(std::initializer_list<QStringView> fields)
{
    return fingerprintOf(fields.begin(), fields.end());
}

// The fingerprint of `count` columns of the current row from `first`, in their order.
quint64 fingerprintOfColumns(const RowReader &row, int first, int count)
{
    QStringView fields[CaseFieldCount];
    Q_ASSERT(count <= CaseFieldCount);
    for (int i = 0; i < count; ++i)
        fields[i] = row.text(first + i);
    return fingerprintOf(fields, fields + count);
}

void bindCaseFields(QSqlQuery &q, const CidCase &c)
{
    q.bindValue(QStringLiteral(":case_type"), c.caseType);
    q.bindValue(QStringLiteral(":case_status"), statusOf(c));
    q.bindValue(QStringLiteral(":owning_unit"), textOrNull(c.owningUnit));
    q.bindValue(QStringLiteral(":case_owner"), textOrNull(c.caseOwner));
    q.bindValue(QStringLiteral(":mappa_level"), textOrNull(c.mappaLevel));
    q.bindValue(QStringLiteral(":harm"), textOrNull(c.harm));
    q.bindValue(QStringLiteral(":sentence_months"), intOrNull(c.sentenceMonths));
    q.bindValue(QStringLiteral(":offence"), textOrNull(c.offence));
    q.bindValue(QStringLiteral(":sentence_end"), textOrNull(c.sentenceEnd));
    q.bindValue(QStringLiteral(":custody"), textOrNull(c.custody));
    q.bindValue(QStringLiteral(":deportation_decision"), textOrNull(c.deportationDecision));
    q.bindValue(QStringLiteral(":reporting_centre"), textOrNull(c.reportingCentre));
    q.bindValue(QStringLiteral(":reporting_frequency"), textOrNull(c.reportingFrequency));
    q.bindValue(QStringLiteral(":reporting_window"), textOrNull(c.reportingWindow));
    q.bindValue(QStringLiteral(":flags"), textOrNull(c.flags));
}

void bindDetails(QSqlQuery &q, const PersonDetails &d)
{
    q.bindValue(QStringLiteral(":family_name"), d.familyName);
    q.bindValue(QStringLiteral(":given_names"), textOrNull(d.givenNames));
    q.bindValue(QStringLiteral(":date_of_birth"), textOrNull(d.dateOfBirth));
    q.bindValue(QStringLiteral(":nationality"), textOrNull(d.nationality));
    q.bindValue(QStringLiteral(":gender"), textOrNull(d.gender));
    q.bindValue(QStringLiteral(":address_status"), textOrNull(d.addressStatus));
    q.bindValue(QStringLiteral(":family_key"), TextFold::fold(d.familyName));
    q.bindValue(QStringLiteral(":given_key"), TextFold::fold(d.givenNames));
}

} // namespace

ImportStore::ImportStore(QSqlDatabase db)
    : m_db(std::move(db)),
      m_distinct(m_db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("IS DISTINCT FROM")
                                                             : QStringLiteral("IS NOT")),
      m_updatePerson(m_db), m_updateCase(m_db), m_markMissing(m_db), m_upsertEvent(m_db),
      m_eventPerson(m_db)
{
}

ImportStore::~ImportStore() = default;

// The fields of the fingerprints are in the order of PersonFields and CaseFields: heldPeople
// and heldCases hash the columns as they come.
quint64 ImportStore::personFingerprint(const PersonDetails &d)
{
    return fingerprintOf(
        {d.familyName, d.givenNames, d.dateOfBirth, d.nationality, d.gender, d.addressStatus});
}

quint64 ImportStore::caseFingerprint(const CidCase &c)
{
    // sentence_months is an integer column, read back as these digits.
    return fingerprintOf({c.caseType, statusOf(c), c.owningUnit, c.caseOwner, c.mappaLevel, c.harm,
                          c.sentenceMonths ? QString::number(*c.sentenceMonths) : QString(),
                          c.offence, c.sentenceEnd, c.custody, c.deportationDecision,
                          c.reportingCentre, c.reportingFrequency, c.reportingWindow, c.flags});
}

void ImportStore::keepTemporaryInMemory(QSqlDatabase db, bool on)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return;
    // Only a speed-up: the import is as right without it, so a refusal is not an error.
    QSqlQuery(db).exec(on ? QStringLiteral("PRAGMA temp_store = MEMORY")
                          : QStringLiteral("PRAGMA temp_store = DEFAULT"));
}

Status ImportStore::prepare()
{
    // The derived columns get placeholders here; the importer recomputes them for everyone it
    // touched (PersonStore::refreshDerivedInTransaction) before it commits.
    struct
    {
        QSqlQuery &q;
        QString sql;
    } statements[] = {
        {m_updatePerson,
         QStringLiteral("UPDATE person SET family_name = :family_name, given_names = :given_names, "
                        "date_of_birth = :date_of_birth, nationality = :nationality, gender = "
                        ":gender, address_status = :address_status, family_key = :family_key, "
                        "given_key = :given_key, updated_at = :updated_at WHERE id = :id")},
        {m_updateCase,
         QStringLiteral("UPDATE cid_case SET person_id = :person_id, case_type = :case_type, "
                        "case_status = :case_status, owning_unit = :owning_unit, case_owner = "
                        ":case_owner, mappa_level = :mappa_level, harm = :harm, sentence_months = "
                        ":sentence_months, offence = :offence, sentence_end = :sentence_end, "
                        "custody = :custody, deportation_decision = :deportation_decision, "
                        "reporting_centre = :reporting_centre, reporting_frequency = "
                        ":reporting_frequency, reporting_window = :reporting_window, flags = "
                        ":flags, last_seen = :last_seen, missing_since = NULL WHERE id = :id")},
        {m_markMissing, QStringLiteral("UPDATE cid_case SET missing_since = ?, "
                                       "last_seen = COALESCE(?, last_seen) WHERE id = ?")},
        // One statement per event: an event already held is updated only when CID changed
        // it, and RETURNING tells added (a new id), updated (an old id) and unchanged (no row).
        {m_upsertEvent,
         QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, centre, "
                        "outcome, source, import_id) VALUES (?, ?, ?, ?, ?, 'CID', ?) "
                        "ON CONFLICT (event_ref) DO UPDATE SET person_id = excluded.person_id, "
                        "scheduled = excluded.scheduled, centre = excluded.centre, "
                        "outcome = excluded.outcome, import_id = excluded.import_id, "
                        "version = reporting_event.version + 1 "
                        "WHERE reporting_event.person_id %1 excluded.person_id "
                        "OR reporting_event.scheduled %1 excluded.scheduled "
                        "OR reporting_event.centre %1 excluded.centre "
                        "OR reporting_event.outcome %1 excluded.outcome RETURNING id")
             .arg(m_distinct)},
        {m_eventPerson,
         QStringLiteral("SELECT person_id FROM reporting_event WHERE event_ref = ?")},
    };
    for (auto &s : statements) {
        if (!StoreSupport::prepare(s.q, s.sql))
            return queryError(tr("Could not prepare the import"), s.q);
    }
    // Cases and events name their person, and a foreign key says it must be there. SQLite
    // checks it at the commit when asked to (and this transaction is the import's own): new
    // people are then written in full statements. PostgreSQL's key is not deferrable, so the
    // people held back go first.
    BatchWrite::BeforeWrite people;
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        people = [this] { return flushPeople(); };
    } else {
        QSqlQuery defer(m_db);
        if (!defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return queryError(tr("Could not prepare the import"), defer);
    }
    m_newPeople = std::make_unique<BatchWrite>(
        m_db,
        QStringLiteral("person (id, person_ref, family_name, given_names, date_of_birth, "
                       "nationality, gender, address_status, family_key, given_key, custody, "
                       "search_key, created_at, updated_at)"),
        14, QString(), tr("person (id %1)"));
    m_newCases = std::make_unique<BatchWrite>(
        m_db,
        QStringLiteral("cid_case (case_ref, person_id, %1, first_seen, last_seen)")
            .arg(QLatin1String(CaseFields)),
        19, QString(), tr("case %1"), BatchWrite::Returned(), people);
    m_newEvents = std::make_unique<BatchWrite>(
        m_db,
        QStringLiteral("reporting_event (event_ref, person_id, scheduled, centre, outcome, source, "
                       "import_id)"),
        7, QString(), tr("reporting event %1"), BatchWrite::Returned(), people);
    // Every event this import adds gets an id above this one.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM reporting_event")))
        return queryError(tr("Could not prepare the import"), q);
    m_lastEventIdBefore = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

Status ImportStore::setIndexesAsideWhenEmpty(const QString &table)
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || m_indexesSetAside.contains(table))
        return {};
    // `table` is one of the import's own tables, never text from a file.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
        return queryError(tr("Could not prepare the import"), q);
    if (q.next())
        return {};
    q.finish();
    // A foreign key's own column stays indexed: SQLite searches the table by it whenever a
    // person is written while a deferred key is open (ImportStore::prepare), a scan of the
    // whole table each time without the index.
    QSet<QString> keyColumns;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
        return queryError(tr("Could not prepare the import"), q);
    while (q.next())
        keyColumns.insert(q.value(3).toString()); // "from"
    q.finish();
    // Named indexes only: those a UNIQUE or PRIMARY KEY makes (no sql) keep the rows right.
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (!q.exec())
        return queryError(tr("Could not prepare the import"), q);
    QStringList names;
    QStringList statements;
    while (q.next()) {
        names << q.value(0).toString();
        statements << q.value(1).toString();
    }
    q.finish();
    for (int i = names.size() - 1; i >= 0; --i) {
        if (!q.exec(QStringLiteral("PRAGMA index_info(\"%1\")").arg(names[i])))
            return queryError(tr("Could not prepare the import"), q);
        // The first column of the index (rows come in the order of seqno).
        if (q.next() && keyColumns.contains(q.value(2).toString())) {
            names.removeAt(i);
            statements.removeAt(i);
        }
        q.finish();
    }
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return queryError(tr("Could not prepare the import"), q);
    }
    m_indexesSetAside.insert(table, statements);
    return {};
}

Status ImportStore::analyze(const QStringList &tables)
{
    if (m_db.driverName() != QLatin1String("QPSQL") || tables.isEmpty())
        return {};
    // `tables` are the import's own tables, never text from a file.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ANALYZE %1").arg(tables.join(QStringLiteral(", ")))))
        return queryError(tr("Could not bring the planner's statistics up to date"), q);
    return {};
}

Status ImportStore::restoreIndexes(const QString &table, const std::function<Status()> &step)
{
    const QStringList statements = m_indexesSetAside.take(table);
    QSqlQuery q(m_db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return queryError(tr("Could not build the index of %1 again").arg(table), q);
        if (step) {
            if (Status s = step(); !s)
                return s;
        }
    }
    return {};
}

Result<QHash<QString, ImportStore::HeldPerson>> ImportStore::heldPeople()
{
    RowReader row(m_db);
    row.exec(
        QStringLiteral("SELECT person_ref, id, %1 FROM person").arg(QLatin1String(PersonFields)),
        tr("Could not read the people held"));
    QHash<QString, HeldPerson> out;
    while (row.next())
        out.insert(row.text(0).toString(),
                   {row.integer(1), fingerprintOfColumns(row, 2, PersonFieldCount)});
    if (!row.status())
        return row.status().error();
    return out;
}

Result<QHash<QString, ImportStore::HeldCase>> ImportStore::heldCases()
{
    RowReader row(m_db);
    row.exec(QStringLiteral("SELECT case_ref, id, person_id, missing_since, %1 FROM cid_case")
                 .arg(QLatin1String(CaseFields)),
             tr("Could not read the cases held"));
    QHash<QString, HeldCase> out;
    while (row.next()) {
        CidCase c;
        c.caseType = row.text(4).toString();
        c.caseStatus = row.text(5).toString();
        out.insert(row.text(0).toString(),
                   {row.integer(1), row.integer(2), fingerprintOfColumns(row, 4, CaseFieldCount),
                    !row.isNull(3), c.isOpenBarrier() ? c.caseType : QString()});
    }
    if (!row.status())
        return row.status().error();
    return out;
}

quint64 ImportStore::eventKey(QStringView eventRef)
{
    return quint64(qHash(eventRef, size_t(0x5eed)));
}

quint64 ImportStore::eventCheck(QStringView eventRef)
{
    return quint64(qHash(eventRef, size_t(0xc4ec4)));
}

quint64 ImportStore::eventFingerprint(const Event &e)
{
    return eventFingerprint(e.eventRef, e.personId, e.scheduled, e.centre, e.outcome);
}

quint64 ImportStore::eventFingerprint(QStringView eventRef, qint64 personId, QStringView scheduled,
                                      QStringView centre, QStringView outcome)
{
    // The reference is part of the fingerprint, so a false "unchanged" needs two independent
    // 64-bit hashes to collide at once. Each field is hashed on its own and the hashes
    // combined: no joined copy of the row for each of a million events.
    return quint64(qHashMulti(size_t(0xf1e1d), eventRef, personId, scheduled, centre, outcome));
}

Result<QHash<quint64, ImportStore::EventSlot>> ImportStore::heldEvents()
{
    const QString failure = tr("Could not read the reporting events held");
    RowReader row(m_db);
    // Sized once: growing a hash to a million slots rehashes it twenty times.
    row.exec(QStringLiteral("SELECT COUNT(*) FROM reporting_event"), failure);
    QHash<quint64, EventSlot> out;
    if (row.next())
        out.reserve(row.integer(0));
    if (!row.status())
        return row.status().error();
    row.exec(QStringLiteral(
                 "SELECT event_ref, person_id, scheduled, centre, outcome FROM reporting_event"),
             failure);
    while (row.next()) {
        const QStringView ref = row.text(0);
        out.insert(eventKey(ref),
                   {eventFingerprint(ref, row.integer(1), row.text(2), row.text(3), row.text(4)),
                    eventCheck(ref), 0});
    }
    if (!row.status())
        return row.status().error();
    return out;
}

Result<QString> ImportStore::lastImportStart()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(started_at) FROM cid_import")))
        return queryError(tr("Could not read earlier imports"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> ImportStore::nextPersonId()
{
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        // Ids come from the table's sequence, a thousand at a time; other sessions may take
        // ids between them, so each is used as given.
        if (m_reservedPersonIds.isEmpty()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('person', 'id')) "
                                       "FROM generate_series(1, 1000)")))
                return queryError(tr("Could not number the new people"), q);
            while (q.next())
                m_reservedPersonIds.prepend(q.value(0).toLongLong());
        }
        return m_reservedPersonIds.takeLast();
    }
    if (m_lastPersonId < 0) {
        // The import holds the write lock (BEGIN IMMEDIATE): nobody else adds a person until
        // it ends. AUTOINCREMENT never gives an id again, so start past its record too.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral(
                "SELECT MAX(COALESCE((SELECT MAX(id) FROM person), 0), COALESCE((SELECT seq FROM "
                "sqlite_sequence WHERE name = 'person'), 0))")) ||
            !q.next())
            return queryError(tr("Could not number the new people"), q);
        m_lastPersonId = q.value(0).toLongLong();
    }
    return ++m_lastPersonId;
}

Status ImportStore::flushPeople()
{
    return m_newPeople->flush();
}

Result<qint64> ImportStore::insertPerson(const PersonDetails &d, const QString &now)
{
    const Result<qint64> id = nextPersonId();
    if (!id)
        return id;
    // The derived columns get placeholders; the recompute fills them before the commit.
    if (Status s = m_newPeople->add(
            {id.value(), d.personRef, d.familyName, textOrNull(d.givenNames),
             textOrNull(d.dateOfBirth), textOrNull(d.nationality), textOrNull(d.gender),
             textOrNull(d.addressStatus), TextFold::fold(d.familyName),
             TextFold::fold(d.givenNames), Codes::nonDetained(), QStringLiteral(""), now, now});
        !s)
        return s.error();
    return id;
}

Status ImportStore::updatePerson(qint64 id, const PersonDetails &d, const QString &now)
{
    // The person may be one of this import's, still held back.
    if (Status s = flushPeople(); !s)
        return s;
    bindDetails(m_updatePerson, d);
    m_updatePerson.bindValue(QStringLiteral(":updated_at"), now);
    m_updatePerson.bindValue(QStringLiteral(":id"), id);
    if (!m_updatePerson.exec())
        return queryError(tr("Could not update person %1").arg(d.personRef), m_updatePerson);
    return {};
}

Status ImportStore::insertCase(qint64 personId, const CidCase &c, const QString &now)
{
    return m_newCases->add({c.caseRef, personId, c.caseType, statusOf(c), textOrNull(c.owningUnit),
                            textOrNull(c.caseOwner), textOrNull(c.mappaLevel), textOrNull(c.harm),
                            intOrNull(c.sentenceMonths), textOrNull(c.offence),
                            textOrNull(c.sentenceEnd), textOrNull(c.custody),
                            textOrNull(c.deportationDecision), textOrNull(c.reportingCentre),
                            textOrNull(c.reportingFrequency), textOrNull(c.reportingWindow),
                            textOrNull(c.flags), now, now});
}

Status ImportStore::updateCase(qint64 id, qint64 personId, const CidCase &c, const QString &now)
{
    // The case may move to a person new in this import.
    if (Status s = flushPeople(); !s)
        return s;
    m_updateCase.bindValue(QStringLiteral(":person_id"), personId);
    bindCaseFields(m_updateCase, c);
    m_updateCase.bindValue(QStringLiteral(":last_seen"), now);
    m_updateCase.bindValue(QStringLiteral(":id"), id);
    if (!m_updateCase.exec())
        return queryError(tr("Could not update case %1").arg(c.caseRef), m_updateCase);
    return {};
}

Status ImportStore::markMissing(qint64 id, const QString &date, const QString &lastSeen)
{
    m_markMissing.addBindValue(date);
    m_markMissing.addBindValue(textOrNull(lastSeen));
    m_markMissing.addBindValue(id);
    if (!m_markMissing.exec())
        return queryError(tr("Could not mark a case as missing from the extract"), m_markMissing);
    return {};
}

Result<ImportStore::Write> ImportStore::upsertEvent(const Event &e, qint64 importId)
{
    m_upsertEvent.addBindValue(e.eventRef);
    m_upsertEvent.addBindValue(e.personId);
    m_upsertEvent.addBindValue(e.scheduled);
    m_upsertEvent.addBindValue(textOrNull(e.centre));
    m_upsertEvent.addBindValue(textOrNull(e.outcome));
    m_upsertEvent.addBindValue(importId);
    if (!m_upsertEvent.exec())
        return queryError(tr("Could not write reporting event %1").arg(e.eventRef), m_upsertEvent);
    Write result = Write::Unchanged;
    if (m_upsertEvent.next())
        result = m_upsertEvent.value(0).toLongLong() > m_lastEventIdBefore ? Write::Added
                                                                           : Write::Updated;
    m_upsertEvent.finish();
    return result;
}

Result<qint64> ImportStore::eventPerson(const QString &eventRef)
{
    m_eventPerson.addBindValue(eventRef);
    if (!m_eventPerson.exec())
        return queryError(tr("Could not read reporting event %1").arg(eventRef), m_eventPerson);
    const qint64 id = m_eventPerson.next() ? m_eventPerson.value(0).toLongLong() : 0;
    m_eventPerson.finish();
    return id;
}

Status ImportStore::insertEvent(const Event &e, qint64 importId)
{
    return m_newEvents->add({e.eventRef, e.personId, e.scheduled, textOrNull(e.centre),
                             textOrNull(e.outcome), QStringLiteral("CID"), importId});
}

Status ImportStore::flush()
{
    for (BatchWrite *b : {m_newPeople.get(), m_newCases.get(), m_newEvents.get()}) {
        if (b) {
            if (Status s = b->flush(); !s)
                return s;
        }
    }
    return {};
}

Result<qint64> ImportStore::beginImport(const QString &startedAt, const QString &user,
                                        const ImportSummary &files)
{
    QSqlQuery q(m_db);
    StoreSupport::prepare(
        q, QStringLiteral("INSERT INTO cid_import (started_at, imported_by, "
                          "cases_file, cases_sha256, reporting_file) VALUES (?, ?, ?, '', ?) "
                          "RETURNING id"));
    q.addBindValue(startedAt);
    q.addBindValue(user);
    q.addBindValue(files.casesFile);
    q.addBindValue(textOrNull(files.reportingFile));
    if (!q.exec())
        return queryError(tr("Could not record the import"), q);
    return StoreSupport::returnedId(q);
}

Status ImportStore::finishImport(const ImportSummary &s, const QString &finishedAt)
{
    QSqlQuery q(m_db);
    StoreSupport::prepare(
        q, QStringLiteral(
               "UPDATE cid_import SET finished_at = :finished_at, cases_rows = :cases_rows, "
               "cases_rejected = :cases_rejected, reporting_rows = :reporting_rows, "
               "reporting_rejected = :reporting_rejected, persons_added = :persons_added, "
               "persons_updated = :persons_updated, cases_added = :cases_added, cases_updated = "
               ":cases_updated, cases_unchanged = :cases_unchanged, events_added = :events_added, "
               "cases_not_in_extract = :cases_not_in_extract, cases_sha256 = :cases_sha256, "
               "reporting_sha256 = :reporting_sha256 WHERE id = :id"));
    q.bindValue(QStringLiteral(":finished_at"), finishedAt);
    q.bindValue(QStringLiteral(":cases_rows"), s.casesRows);
    q.bindValue(QStringLiteral(":cases_rejected"), s.casesRejected);
    q.bindValue(QStringLiteral(":reporting_rows"), s.reportingRows);
    q.bindValue(QStringLiteral(":reporting_rejected"), s.reportingRejected);
    q.bindValue(QStringLiteral(":persons_added"), s.personsAdded);
    q.bindValue(QStringLiteral(":persons_updated"), s.personsUpdated);
    q.bindValue(QStringLiteral(":cases_added"), s.casesAdded);
    q.bindValue(QStringLiteral(":cases_updated"), s.casesUpdated);
    q.bindValue(QStringLiteral(":cases_unchanged"), s.casesUnchanged);
    q.bindValue(QStringLiteral(":events_added"), s.eventsAdded);
    q.bindValue(QStringLiteral(":cases_not_in_extract"), s.casesNotInExtract);
    q.bindValue(QStringLiteral(":cases_sha256"), s.casesSha256);
    q.bindValue(QStringLiteral(":reporting_sha256"), textOrNull(s.reportingSha256));
    q.bindValue(QStringLiteral(":id"), s.importId);
    if (!q.exec())
        return queryError(tr("Could not record the import"), q);
    return {};
}

Result<QVector<ImportRecord>> ImportStore::history() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, started_at, finished_at, imported_by, cases_file, cases_sha256, "
            "reporting_file, reporting_sha256, cases_rows, cases_rejected, reporting_rows, "
            "reporting_rejected, persons_added, cases_added, cases_updated, cases_unchanged, "
            "events_added, cases_not_in_extract FROM cid_import ORDER BY started_at DESC, id "
            "DESC")))
        return StoreSupport::queryError(tr("Could not read the import history"), q);
    QVector<ImportRecord> out;
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.startedAt = q.value(1).toString();
        r.finishedAt = q.value(2).toString();
        r.importedBy = q.value(3).toString();
        r.casesFile = q.value(4).toString();
        r.casesSha256 = q.value(5).toString();
        r.reportingFile = q.value(6).toString();
        r.reportingSha256 = q.value(7).toString();
        r.casesRows = q.value(8).toLongLong();
        r.casesRejected = q.value(9).toLongLong();
        r.reportingRows = q.value(10).toLongLong();
        r.reportingRejected = q.value(11).toLongLong();
        r.personsAdded = q.value(12).toLongLong();
        r.casesAdded = q.value(13).toLongLong();
        r.casesUpdated = q.value(14).toLongLong();
        r.casesUnchanged = q.value(15).toLongLong();
        r.eventsAdded = q.value(16).toLongLong();
        r.casesNotInExtract = q.value(17).toLongLong();
        out << r;
    }
    return out;
}

Result<QHash<qint64, PersonSnapshot>>
ImportStore::personSnapshots(const QVector<qint64> &personIds) const
{
    QHash<qint64, PersonSnapshot> out;
    out.reserve(personIds.size());
    const Status s = forEachRowIn(
        m_db,
        QStringLiteral("SELECT p.id, p.band, p.band_rule, p.case_owner, p.owning_unit, "
                       "(SELECT COUNT(*) FROM cid_case c WHERE c.person_id = p.id AND "
                       "c.missing_since IS NULL), p.reporting_centre, p.reporting_frequency, "
                       "p.reporting_window, p.custody FROM person p WHERE p.id IN (%1)"),
        {}, idList(personIds),
        [&](const QSqlQuery &q) {
            QStringList reporting;
            for (int c = 6; c <= 8; ++c)
                reporting << q.value(c).toString();
            out.insert(
                q.value(0).toLongLong(),
                PersonSnapshot{q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toInt(),
                               reporting.join(QStringLiteral(" \u00b7 ")), q.value(9).toString()});
        },
        tr("Could not read the caseload to tell what the import changed"));
    if (!s)
        return s.error();
    return out;
}

Result<QHash<qint64, BarrierSnapshot>>
ImportStore::openBarrierSnapshots(const QVector<qint64> &personIds) const
{
    QVariantList types;
    QStringList marks;
    for (const QString &t : Codes::barrierCaseTypes()) {
        types << t;
        marks << QStringLiteral("?");
    }
    QHash<qint64, BarrierSnapshot> out;
    const Status s = forEachRowIn(
        m_db,
        QStringLiteral("SELECT id, person_id, case_ref, case_type FROM cid_case WHERE "
                       "case_status = 'OPEN' AND case_type IN (%1) AND person_id IN (%2)")
            .arg(marks.join(QStringLiteral(", ")), QStringLiteral("%1")),
        types, idList(personIds),
        [&](const QSqlQuery &q) {
            out.insert(q.value(0).toLongLong(),
                       BarrierSnapshot{q.value(1).toLongLong(), q.value(2).toString(),
                                       q.value(3).toString()});
        },
        tr("Could not read the open barriers to tell what the import changed"));
    if (!s)
        return s.error();
    return out;
}

Status ImportStore::recordChanges(qint64 importId, const QVector<ImportChange> &changes)
{
    // A first import records every person as new: a hundred thousand rows, many a statement.
    BatchWrite rows(m_db,
                    QStringLiteral("import_change (import_id, person_id, kind, value_before, "
                                   "value_after, detail)"),
                    6, QString(), tr("what the import changed (import %1)"));
    for (const ImportChange &c : changes) {
        if (Status s = rows.add({importId, c.personId, ImportChange::kindCode(c.kind),
                                 textOrNull(c.before), textOrNull(c.after), textOrNull(c.detail)});
            !s)
            return s;
    }
    return rows.flush();
}

Result<QVector<ImportStore::ChangeRow>>
ImportStore::changes(qint64 importId, const std::optional<QString> &owner,
                     const std::optional<ImportChange::Kind> &kind) const
{
    QString sql = QStringLiteral(
        "SELECT ic.person_id, ic.kind, ic.value_before, ic.value_after, ic.detail, p.person_ref, "
        "p.family_name, p.given_names, p.case_owner FROM import_change ic JOIN person p ON "
        "p.id = ic.person_id WHERE ic.import_id = ?");
    QVariantList values{importId};
    if (owner) {
        if (owner->isEmpty()) {
            sql += QStringLiteral(" AND p.case_owner IS NULL");
        } else {
            sql += QStringLiteral(" AND p.case_owner = ?");
            values << *owner;
        }
    }
    if (kind) {
        sql += QStringLiteral(" AND ic.kind = ?");
        values << ImportChange::kindCode(*kind);
    }
    sql += QStringLiteral(" ORDER BY p.family_key, p.given_key, p.id, ic.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StoreSupport::queryError(tr("Could not read what the import changed"), q);
    QVector<ChangeRow> out;
    while (q.next()) {
        ChangeRow r;
        r.change.personId = q.value(0).toLongLong();
        r.change.kind = ImportChange::kindFromCode(q.value(1).toString());
        r.change.before = q.value(2).toString();
        r.change.after = q.value(3).toString();
        r.change.detail = q.value(4).toString();
        r.personRef = q.value(5).toString();
        r.familyName = q.value(6).toString();
        r.givenNames = q.value(7).toString();
        r.caseOwner = q.value(8).toString();
        out << r;
    }
    return out;
}
