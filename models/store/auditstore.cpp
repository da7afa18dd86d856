#include "auditstore.h"

#include "accessstore.h"
#include "db/session.h"
#include "db/transaction.h"
#include "ownwrites.h"
#include "storesupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <limits>

using namespace StoreSupport;

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The person a record belongs to, from its JSON: its person_id, or its own id for a person.
qint64 personOf(const QString &table, qint64 id, const QString &json)
{
    if (table == QLatin1String("person"))
        return id;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return o.value(QLatin1String("person_id")).toVariant().toLongLong();
}

AuditEntry entryOf(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.personId = q.value(6).toLongLong();
    e.beforeJson = q.value(7).toString();
    e.afterJson = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const QString EntryColumns = QStringLiteral("id, at, actor, action, entity, entity_id, person_id, "
                                            "before_json, after_json, prev_hash, hash");

} // namespace

AuditStore::AuditStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status AuditStore::appendInTransaction(const QString &action, const QString &entity,
                                       qint64 entityId, qint64 personId, const QString &beforeJson,
                                       const QString &afterJson)
{
    const Permissions::Action needed = m_action ? *m_action : Permissions::forWrite(entity, action);
    if (Status s = AccessStore(m_db).require(needed, personId); !s)
        return s;
    AuditEntry e;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.personId = personId;
    e.beforeJson = beforeJson;
    e.afterJson = afterJson;
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A transaction-scoped advisory lock, where LOCK TABLE would need UPDATE or DELETE grants
    // on the log that no team login should hold. Every writer takes it (the server's seal
    // too), so they chain one by one. (The key is an arbitrary constant of Lodestar's, "LODE"
    // in ASCII.)
    if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1280263237)")))
        return queryError(tr("Could not lock the audit log"), q);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return queryError(tr("Could not read the audit log"), q);
    if (q.next()) {
        const qint64 last = q.value(0).toLongLong();
        // Only an entry planted behind Lodestar's back reaches the largest id (schema 22
        // refuses one out of order); no entry can follow it.
        if (last == std::numeric_limits<qint64>::max())
            return Error{tr("The audit log's newest entry has the largest id there is, so no "
                            "entry can follow it: it was not written by Lodestar. Run "
                            "\"lodestar audit-verify\" and restore the database from a backup."),
                         QString(), QStringLiteral("audit-full")};
        e.id = last + 1;
        e.prevHash = q.value(1).toString();
    } else {
        e.id = 1;
    }
    q.finish();
    e.at = nowIso();
    e.actor = Session::user(m_db);
    e.hash = AuditChain::hashOf(e);
    // On PostgreSQL a team login's entry is sealed by the server (schema 22): its id, time,
    // actor and hash are set there, whatever is sent here, and it says what it stored. Only the
    // owner account's (set-up, imports, restores) are kept as sent.
    prepare(q,
            QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                           "person_id, before_json, after_json, prev_hash, hash) VALUES (:id, :at, "
                           ":actor, :action, :entity, :entity_id, :person_id, :before_json, "
                           ":after_json, :prev_hash, :hash)%1")
                .arg(postgres ? QStringLiteral(" RETURNING id, hash") : QString()));
    q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":at"), e.at);
    q.bindValue(QStringLiteral(":actor"), e.actor);
    q.bindValue(QStringLiteral(":action"), e.action);
    q.bindValue(QStringLiteral(":entity"), e.entity);
    q.bindValue(QStringLiteral(":entity_id"), idOrNull(e.entityId));
    q.bindValue(QStringLiteral(":person_id"), idOrNull(e.personId));
    q.bindValue(QStringLiteral(":before_json"), textOrNull(e.beforeJson));
    q.bindValue(QStringLiteral(":after_json"), textOrNull(e.afterJson));
    q.bindValue(QStringLiteral(":prev_hash"),
                e.prevHash.isEmpty() ? QStringLiteral("") : e.prevHash); // '' not NULL
    q.bindValue(QStringLiteral(":hash"), e.hash);
    if (!q.exec())
        return queryError(tr("Could not write the audit log"), q);
    if (postgres) {
        if (!q.next())
            return queryError(tr("Could not write the audit log"), q);
        e.id = q.value(0).toLongLong();
        e.hash = q.value(1).toString();
        q.finish();
    }
    OwnWrites::record(m_db.connectionName(), e.id, e.hash);
    return {};
}

Status AuditStore::insertedInTransaction(const QString &table, qint64 id, qint64 personId)
{
    const Result<QString> after = rowJson(table, id);
    if (!after)
        return after.status();
    return appendInTransaction(QStringLiteral("insert"), table, id,
                               personId > 0 ? personId : personOf(table, id, after.value()),
                               QString(), after.value());
}

Status AuditStore::updatedInTransaction(const QString &table, qint64 id, const QString &beforeJson,
                                        qint64 personId)
{
    const Result<QString> after = rowJson(table, id);
    if (!after)
        return after.status();
    if (after.value() == beforeJson)
        return {}; // nothing changed
    return appendInTransaction(QStringLiteral("update"), table, id,
                               personId > 0 ? personId : personOf(table, id, after.value()),
                               beforeJson, after.value());
}

Status AuditStore::deletedInTransaction(const QString &table, qint64 id, const QString &beforeJson,
                                        qint64 personId)
{
    return appendInTransaction(QStringLiteral("delete"), table, id,
                               personId > 0 ? personId : personOf(table, id, beforeJson),
                               beforeJson, QString());
}

Status AuditStore::changedInTransaction(const QString &table, qint64 entityId, qint64 personId,
                                        const QString &beforeJson, const QString &afterJson)
{
    if (beforeJson == afterJson)
        return {};
    const QString action = beforeJson.isEmpty()  ? QStringLiteral("insert")
                           : afterJson.isEmpty() ? QStringLiteral("delete")
                                                 : QStringLiteral("update");
    return appendInTransaction(
        action, table, entityId,
        personId > 0 ? personId
                     : personOf(table, entityId, afterJson.isEmpty() ? beforeJson : afterJson),
        beforeJson, afterJson);
}

Result<QString> AuditStore::rowJson(const QString &table, qint64 id) const
{
    return rowJsonWhere(table, QStringLiteral("id"), id);
}

Result<QString> AuditStore::rowJsonWhere(const QString &table, const QString &column,
                                         const QVariant &value) const
{
    // The table name is spliced into the SQL, so only a plain name (an unknown table then
    // fails to prepare).
    if (!isPlainName(table) || !isPlainName(column))
        return Error{tr("There is no table '%1' to audit").arg(table), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column)))
        return queryError(tr("Could not read the record to audit"), q);
    q.addBindValue(value);
    if (!q.exec())
        return queryError(tr("Could not read the record to audit"), q);
    if (!q.next())
        return QString();
    const QSqlRecord record = q.record();
    QJsonObject o;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = record.value(i);
        o.insert(record.fieldName(i), v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString AuditStore::summaryJson(const QVariantMap &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

Status AuditStore::recordOpened(qint64 personId)
{
    return Transaction::run(m_db, [&] {
        return appendInTransaction(QStringLiteral("open"), QStringLiteral("person"), personId,
                                   personId, QString(), QString());
    });
}

Status AuditStore::recordDisclosure(const Disclosure &disclosure)
{
    if (Disclosure::cleanReason(disclosure.reason).isEmpty())
        return Error{tr("A disclosure of personal data needs a reason"), QString(),
                     QStringLiteral("no-reason")};
    const qint64 person = disclosure.personId;
    return Transaction::run(m_db, [&] {
        return appendInTransaction(Disclosure::Action, disclosure.view, person, person, QString(),
                                   disclosure.json());
    });
}

Result<QVector<AuditEntry>> AuditStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT %1 FROM audit_log WHERE person_id = ? ORDER BY id DESC")
                   .arg(EntryColumns));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the audit log"), q);
    QVector<AuditEntry> out;
    while (q.next())
        out << entryOf(q);
    return out;
}

Result<qint64> AuditStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) || !q.next())
        return queryError(tr("Could not read the audit log"), q);
    return q.value(0).toLongLong();
}

Result<qint64> AuditStore::latestId() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) || !q.next())
        return queryError(tr("Could not read the audit log"), q);
    return q.value(0).toLongLong();
}

Result<AuditStore::Head> AuditStore::head() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return queryError(tr("Could not read the audit log"), q);
    Head h;
    if (q.next()) {
        h.id = q.value(0).toLongLong();
        h.hash = q.value(1).toString();
    }
    return h;
}

Result<QString> AuditStore::headProblem(const Head &recorded) const
{
    if (recorded.id <= 0)
        return QString();
    const Result<Head> newest = head();
    if (!newest)
        return newest.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(recorded.id);
    if (!q.exec())
        return queryError(tr("Could not read the audit log"), q);
    const QString stored = q.next() ? q.value(0).toString() : QString();
    return AuditChain::headProblem(recorded.id, recorded.hash, newest.value().id, stored);
}

Result<QVector<AuditEntry>> AuditStore::since(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY id LIMIT ?")
                   .arg(EntryColumns));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("Could not read the audit log"), q);
    QVector<AuditEntry> out;
    while (q.next())
        out << entryOf(q);
    return out;
}

Result<std::optional<AuditEntry>> AuditStore::latestFor(const QString &table, qint64 entityId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? AND "
                              "action <> 'open' ORDER BY id DESC LIMIT 1")
                   .arg(EntryColumns));
    q.addBindValue(table);
    q.addBindValue(entityId);
    if (!q.exec())
        return queryError(tr("Could not read the audit log"), q);
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryOf(q));
}

Result<AuditStore::Verification> AuditStore::verify(qint64 expectedId,
                                                    const QString &expectedHash) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(EntryColumns)))
        return queryError(tr("Could not read the audit log"), q);
    AuditChain::Checker checker;
    if (expectedId > 0)
        checker.expect(expectedId, expectedHash);
    while (q.next()) {
        if (!checker.add(entryOf(q)))
            break;
    }
    checker.finish();
    Verification v;
    v.headId = checker.lastId();
    v.headHash = checker.lastHash();
    v.intact = checker.intact();
    v.entries = checker.count();
    v.badId = checker.badId();
    v.why = checker.why();
    return v;
}
