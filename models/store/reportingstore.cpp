#include "reportingstore.h"

#include "auditstore.h"
#include "batchwrite.h"
#include "db/transaction.h"
#include "editconflict.h"
#include "personstore.h"
#include "storesupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

using namespace StoreSupport;

ReportingStore::ReportingStore(QSqlDatabase db) : m_db(std::move(db)) {}

// Events still held are dropped: the caller's transaction failed before flushInTransaction(),
// or the caller forgot it, which this says.
ReportingStore::~ReportingStore()
{
    if (m_insert && m_insert->held() > 0)
        qWarning("ReportingStore: %d reporting events queued but never written "
                 "(flushInTransaction)",
                 m_insert->held());
}

Status ReportingStore::queueInTransaction(const ReportingEvent &e)
{
    if (!m_insert)
        m_insert = std::make_unique<BatchWrite>(
            m_db,
            QStringLiteral("reporting_event (event_ref, person_id, scheduled, centre, outcome, "
                           "source, excuse_reason, excuse_text, recorded_by, recorded_at)"),
            10, QString(), tr("reporting event %1"));
    // An excuse only on an EXCUSED event, with who recorded it (the demo's caseworkers).
    const bool excused = e.outcome == QLatin1String("EXCUSED") && !e.excuseReason.isEmpty();
    return m_insert->add({e.eventRef, e.personId, e.scheduled, textOrNull(e.centre),
                          textOrNull(e.outcome), e.source,
                          textOrNull(excused ? e.excuseReason : QString()),
                          textOrNull(excused ? e.excuseText : QString()),
                          textOrNull(excused ? e.recordedBy : QString()),
                          textOrNull(excused ? e.recordedAt : QString())});
}

Status ReportingStore::flushInTransaction()
{
    return m_insert ? m_insert->flush() : Status();
}

Result<QVector<ReportingEvent>> ReportingStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q,
            QStringLiteral("SELECT id, event_ref, scheduled, centre, outcome, source, "
                           "excuse_reason, excuse_text, recorded_by, recorded_at, version "
                           "FROM reporting_event WHERE person_id = ? ORDER BY scheduled DESC, id "
                           "DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the reporting events"), q);
    QVector<ReportingEvent> out;
    while (q.next()) {
        ReportingEvent e;
        e.id = q.value(0).toLongLong();
        e.personId = personId;
        e.eventRef = q.value(1).toString();
        e.scheduled = q.value(2).toString();
        e.centre = q.value(3).toString();
        e.outcome = q.value(4).toString();
        e.source = q.value(5).toString();
        e.excuseReason = q.value(6).toString();
        e.excuseText = q.value(7).toString();
        e.recordedBy = q.value(8).toString();
        e.recordedAt = q.value(9).toString();
        e.version = q.value(10).toInt();
        out << e;
    }
    return out;
}

QString ReportingStore::excuseProblem(const QString &reason, const QString &text)
{
    if (!ReportingEvent::excuseReasons().contains(reason))
        return tr("Say why the event was excused: illness, court, or other");
    if (reason == QLatin1String("other") && text.trimmed().isEmpty())
        return tr("Say what the other reason was");
    return QString();
}

Result<qint64> ReportingStore::record(ReportingEvent e, const QString &user)
{
    const auto invalid = [](const QString &why) {
        return Error{why, QString(), QStringLiteral("invalid")};
    };
    if (e.personId <= 0)
        return invalid(tr("A reporting event needs a person"));
    const QDateTime when = QDateTime::fromString(e.scheduled, Qt::ISODate);
    if (!when.isValid())
        return invalid(tr("'%1' is not a date and time").arg(e.scheduled));
    if (!ReportingEvent::outcomes().contains(e.outcome))
        return invalid(tr("'%1' is not an outcome").arg(e.outcome));
    if (e.outcome == QLatin1String("EXCUSED")) {
        if (const QString p = excuseProblem(e.excuseReason, e.excuseText); !p.isEmpty())
            return invalid(p);
    } else {
        e.excuseReason.clear();
        e.excuseText.clear();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery q(m_db);
    prepare(
        q,
        QStringLiteral(
            "INSERT INTO reporting_event (event_ref, person_id, scheduled, centre, outcome, "
            "source, excuse_reason, excuse_text, recorded_by, recorded_at) VALUES (:event_ref, "
            ":person_id, :scheduled, :centre, :outcome, 'LODESTAR', :excuse_reason, :excuse_text, "
            ":recorded_by, :recorded_at) RETURNING id"));
    // Lodestar's own references cannot collide with CID's.
    q.bindValue(QStringLiteral(":event_ref"),
                QStringLiteral("LODESTAR-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":person_id"), e.personId);
    q.bindValue(QStringLiteral(":scheduled"), when.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    q.bindValue(QStringLiteral(":centre"), textOrNull(e.centre.trimmed()));
    q.bindValue(QStringLiteral(":outcome"), textOrNull(e.outcome));
    q.bindValue(QStringLiteral(":excuse_reason"), textOrNull(e.excuseReason));
    q.bindValue(QStringLiteral(":excuse_text"), textOrNull(e.excuseText.trimmed()));
    q.bindValue(QStringLiteral(":recorded_by"), user);
    q.bindValue(QStringLiteral(":recorded_at"), nowIso());
    if (!q.exec())
        return queryError(tr("Could not record the reporting event"), q);
    const qint64 id = returnedId(q);
    if (Status s = PersonStore(m_db).refreshReportingSpansInTransaction({e.personId}); !s)
        return s.error();
    if (Status s = AuditStore(m_db).insertedInTransaction(QStringLiteral("reporting_event"), id);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ReportingStore::setExcuse(qint64 eventId, const QString &reason, const QString &text,
                                 const QString &user, int expectedVersion)
{
    if (const QString p = excuseProblem(reason, text); !p.isEmpty())
        return Status::fail(p);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("reporting_event"), eventId);
    if (!before)
        return before.status();
    const QString table = QStringLiteral("reporting_event");
    if (Status s = EditConflict::checkInTransaction(m_db, table, eventId, expectedVersion,
                                                    tr("reporting event"));
        !s)
        return s;
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE reporting_event SET excuse_reason = ?, excuse_text = ?, "
                              "recorded_by = ?, recorded_at = ?, version = version + 1 WHERE id "
                              "= ? AND outcome = 'EXCUSED' AND version = ?"));
    q.addBindValue(reason);
    q.addBindValue(textOrNull(text.trimmed()));
    q.addBindValue(user);
    q.addBindValue(nowIso());
    q.addBindValue(eventId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not record the reason"), q);
    if (q.numRowsAffected() != 1) {
        if (Status s = EditConflict::checkInTransaction(m_db, table, eventId, expectedVersion,
                                                        tr("reporting event"));
            !s)
            return s;
        return Status::fail(tr("Only an excused event carries a reason"));
    }
    if (Status s =
            audit.updatedInTransaction(QStringLiteral("reporting_event"), eventId, before.value());
        !s)
        return s;
    return tx.commit();
}
