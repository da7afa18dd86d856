#include "restrictionstore.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/reportingwindow.h"
#include "editconflict.h"
#include "personstore.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

RestrictionStore::RestrictionStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<ReportingRestriction>> RestrictionStore::history(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id, centre, frequency, weekday, reporting_window, bail, "
                              "electronic_monitoring, reason, set_by, set_at FROM "
                              "reporting_restriction WHERE person_id = ? ORDER BY id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the reporting restrictions"), q);
    QVector<ReportingRestriction> out;
    while (q.next()) {
        ReportingRestriction r;
        r.id = q.value(0).toLongLong();
        r.personId = personId;
        r.centre = q.value(1).toString();
        r.frequency = q.value(2).toString();
        r.weekday = q.value(3).toInt();
        r.window = q.value(4).toString();
        r.bail = q.value(5).toInt() != 0;
        r.electronicMonitoring = q.value(6).toInt() != 0;
        r.reason = q.value(7).toString();
        r.setBy = q.value(8).toString();
        r.setAt = q.value(9).toString();
        out << r;
    }
    return out;
}

Result<ReportingRestriction> RestrictionStore::current(qint64 personId) const
{
    auto set = history(personId);
    if (!set)
        return set.error();
    if (!set.value().isEmpty())
        return set.value().first();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT reporting_centre, reporting_frequency, reporting_window, "
                              "flag_em FROM person WHERE id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the reporting restriction"), q);
    if (!q.next())
        return Error{tr("There is no person with id %1").arg(personId), QString(),
                     QStringLiteral("not-found")};
    ReportingRestriction r;
    r.personId = personId;
    r.centre = q.value(0).toString();
    r.frequency = q.value(1).toString();
    r.window = q.value(2).toString();
    r.electronicMonitoring = q.value(3).toInt() != 0;
    return r;
}

Result<qint64> RestrictionStore::set(const ReportingRestriction &r, const QString &user,
                                     int expectedPersonVersion)
{
    const auto invalid = [](const QString &why) {
        return Error{why, QString(), QStringLiteral("invalid")};
    };
    if (r.personId <= 0)
        return invalid(tr("A restriction needs a person"));
    if (r.reason.trimmed().isEmpty())
        return invalid(tr("Say why the restriction changes"));
    if (!r.frequency.isEmpty() && !ReportingRestriction::frequencies().contains(r.frequency))
        return invalid(tr("'%1' is not a reporting frequency").arg(r.frequency));
    if (!r.window.isEmpty() && !ReportingWindow::minutes(r.window))
        return invalid(tr("'%1' is not a window HH:MM-HH:MM").arg(r.window));
    if (r.weekday < 0 || r.weekday > 7)
        return invalid(tr("The reporting day must be a day of the week"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (Status s = EditConflict::claimInTransaction(m_db, QStringLiteral("person"), r.personId,
                                                    expectedPersonVersion, tr("person"));
        !s)
        return s.error();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral(
                   "INSERT INTO reporting_restriction (person_id, centre, frequency, weekday, "
                   "reporting_window, bail, electronic_monitoring, reason, set_by, set_at) VALUES "
                   "(:person_id, :centre, :frequency, :weekday, :reporting_window, :bail, "
                   ":electronic_monitoring, :reason, :set_by, :set_at) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), r.personId);
    q.bindValue(QStringLiteral(":centre"), textOrNull(r.centre.trimmed()));
    q.bindValue(QStringLiteral(":frequency"), textOrNull(r.frequency));
    q.bindValue(QStringLiteral(":weekday"),
                r.weekday > 0 ? QVariant(r.weekday) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":reporting_window"),
                textOrNull(r.window.simplified().remove(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":bail"), int(r.bail));
    q.bindValue(QStringLiteral(":electronic_monitoring"), int(r.electronicMonitoring));
    q.bindValue(QStringLiteral(":reason"), r.reason.trimmed());
    q.bindValue(QStringLiteral(":set_by"), user);
    q.bindValue(QStringLiteral(":set_at"), nowIso());
    if (!q.exec())
        return queryError(tr("Could not save the reporting restriction"), q);
    const qint64 id = returnedId(q);
    // The person's stored reporting columns follow the restriction in force at once.
    if (Status s = PersonStore(m_db).refreshDerivedInTransaction({r.personId}); !s)
        return s.error();
    if (Status s =
            AuditStore(m_db).insertedInTransaction(QStringLiteral("reporting_restriction"), id);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}
