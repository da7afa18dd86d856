#include "reportingstore.h"

#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

ReportingStore::ReportingStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status ReportingStore::addInTransaction(const ReportingEvent &e)
{
    if (!m_insert) {
        m_insert.emplace(m_db);
        prepare(*m_insert,
                QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                               "centre, outcome, source) VALUES (?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(e.eventRef);
    q.addBindValue(e.personId);
    q.addBindValue(e.scheduled);
    q.addBindValue(textOrNull(e.centre));
    q.addBindValue(textOrNull(e.outcome));
    q.addBindValue(e.source);
    if (!q.exec())
        return queryError(tr("Could not add the reporting event"), q);
    return {};
}

Result<QVector<ReportingEvent>> ReportingStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id, event_ref, scheduled, centre, outcome, source FROM "
                              "reporting_event WHERE person_id = ? ORDER BY scheduled DESC, id "
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
        out << e;
    }
    return out;
}
