#include "bandoverridestore.h"

#include "accessstore.h"
#include "auditstore.h"
#include "db/transaction.h"
#include "editconflict.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

BandOverrideStore::BandOverrideStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status BandOverrideStore::setOverride(qint64 personId, std::optional<int> band,
                                      const QString &reason, const QString &user,
                                      int expectedVersion)
{
    if (band && (*band < 1 || *band > 4))
        return Status::fail(tr("Band %1 does not exist; bands run from 1 to 4").arg(*band));
    if (reason.trimmed().isEmpty())
        return Status::fail(tr("Give a reason for overriding the band"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    // Checked first, so a refusal says so rather than what else is wrong with the override.
    if (Status s = AccessStore(m_db).require(Permissions::Action::OverrideBand, personId); !s)
        return s;
    AuditStore audit(m_db);
    audit.requiring(Permissions::Action::None); // checked above, in this same transaction
    const Result<QString> before = audit.rowJson(QStringLiteral("person"), personId);
    if (!before)
        return before.status();
    // Before the checks of the band: a person overridden meanwhile is a conflict that says so.
    if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("person"), personId,
                                                    expectedVersion, tr("person"));
        !s)
        return s;
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT band_computed, band_override FROM person WHERE id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the person"), q);
    if (!q.next())
        return Status::fail(tr("No person with id %1").arg(personId));
    if (q.value(0).isNull())
        return Status::fail(tr("Detained people are not banded, so their band cannot be "
                               "overridden"));
    const int computed = q.value(0).toInt();
    if (!band && q.value(1).isNull())
        return Status::fail(tr("There is no override to withdraw"));
    const QString now = nowIso();

    QSqlQuery h(m_db);
    prepare(h, QStringLiteral("INSERT INTO band_override (person_id, band, reason, set_by, set_at) "
                              "VALUES (?, ?, ?, ?, ?)"));
    h.addBindValue(personId);
    h.addBindValue(intOrNull(band));
    h.addBindValue(reason.trimmed());
    h.addBindValue(user);
    h.addBindValue(now);
    if (!h.exec())
        return queryError(tr("Could not record the band override"), h);

    QSqlQuery u(m_db);
    prepare(u, QStringLiteral("UPDATE person SET band_override = ?, band = ?, updated_at = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?"));
    u.addBindValue(intOrNull(band));
    u.addBindValue(band.value_or(computed));
    u.addBindValue(now);
    u.addBindValue(personId);
    u.addBindValue(expectedVersion);
    if (!u.exec())
        return queryError(tr("Could not update the person's band"), u);
    if (u.numRowsAffected() != 1)
        return EditConflict::error(m_db, QStringLiteral("person"), personId, tr("person"));
    if (Status s = audit.updatedInTransaction(QStringLiteral("person"), personId, before.value());
        !s)
        return s;
    return tx.commit();
}

Result<QVector<BandOverride>> BandOverrideStore::history(qint64 personId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT band, reason, set_by, set_at FROM band_override "
                              "WHERE person_id = ? ORDER BY set_at DESC, id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the band history"), q);
    QVector<BandOverride> out;
    while (q.next())
        out << BandOverride{optionalInt(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()};
    return out;
}
