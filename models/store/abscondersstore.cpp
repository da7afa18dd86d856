#include "abscondersstore.h"

#include "domain/followupladder.h"
#include "domain/stock.h"
#include "storesupport.h"

#include <QMap>
#include <QSqlQuery>

using namespace StoreSupport;

AbscondersStore::AbscondersStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<AbscondersStore::Year>> AbscondersStore::byYear() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // People, not steps: someone referred twice in a year counts once that year.
    if (!q.exec(QStringLiteral("SELECT SUBSTR(taken_on, 1, 4), step, COUNT(DISTINCT person_id) "
                               "FROM followup_step WHERE step IN ('trace_locate_referral', "
                               "'located') GROUP BY SUBSTR(taken_on, 1, 4), step")))
        return queryError(tr("Could not count the Trace and Locate referrals"), q);
    QMap<int, Year> years;
    while (q.next()) {
        Year &y = years[q.value(0).toInt()];
        y.year = q.value(0).toInt();
        if (q.value(1).toString() == QLatin1String("located"))
            y.located = q.value(2).toLongLong();
        else
            y.referred = q.value(2).toLongLong();
    }
    return QVector<Year>(years.cbegin(), years.cend());
}

Result<QVector<AbscondersStore::Absconder>> AbscondersStore::current(const QDate &asOf) const
{
    const QString day = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral(
                   "SELECT p.id, p.person_ref, p.family_name, p.given_names, p.case_owner, "
                   "(SELECT MAX(d.taken_on) FROM followup_step d WHERE d.person_id = p.id AND "
                   "d.step = 'absconder_declaration' AND d.countersigned_at IS NOT NULL AND "
                   "d.taken_on <= ?), "
                   "(SELECT MAX(r.taken_on) FROM followup_step r WHERE r.person_id = p.id AND "
                   "r.step = 'trace_locate_referral' AND r.taken_on <= ?) "
                   "FROM person p WHERE %1 AND %2 ORDER BY 6, p.family_key")
                   .arg(Stock::sql(QStringLiteral("p")),
                        FollowUpLadder::absconderSql(QStringLiteral("p.id"))));
    // Two for the select list (the as-of day), then the stock's and the absconder rule's.
    for (int i = 0; i < 2; ++i)
        q.addBindValue(day);
    for (const QVariant &v : Stock::values(asOf))
        q.addBindValue(v);
    for (const QVariant &v : FollowUpLadder::absconderValues(asOf))
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not list the absconders"), q);
    QVector<Absconder> out;
    while (q.next()) {
        Absconder a;
        a.personId = q.value(0).toLongLong();
        a.personRef = q.value(1).toString();
        a.name = personName(q.value(2).toString(), q.value(3).toString());
        a.caseOwner = q.value(4).toString();
        a.declaredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.referredOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        out << a;
    }
    return out;
}
