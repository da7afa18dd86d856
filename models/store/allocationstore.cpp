#include "allocationstore.h"
#include "domain/clock.h"

#include "accessstore.h"
#include "auditstore.h"
#include "db/sqlorder.h"
#include "db/transaction.h"
#include "domain/daterules.h"
#include "domain/figuredefinitions.h"
#include "domain/reviewrules.h"
#include "domain/stock.h"
#include "editconflict.h"
#include "personstore.h"
#include "storesupport.h"
#include "userstore.h"

#include <QSqlQuery>
#include <algorithm>

using namespace StoreSupport;

AllocationStore::AllocationStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> AllocationStore::allocate(const QVector<qint64> &personIds, const QString &toOwner,
                                      const QString &reason, const QDate &on, const QString &by,
                                      const QHash<qint64, int> &expectedVersions)
{
    return Transaction::run(m_db, [&]() -> Result<int> {
        // Each person, as their owner stands before the move (the audit's check comes after).
        if (Status s = AccessStore(m_db).requireEach(Permissions::Action::Allocate, personIds); !s)
            return s.error();
        const Result<int> moved =
            allocateInTransaction(personIds, toOwner, reason, on, by, nowIso(), expectedVersions);
        if (!moved || moved.value() == 0)
            return moved;
        // One entry for the call, however many people it moves.
        const QVariantMap summary{{QStringLiteral("to_owner"), toOwner.trimmed()},
                                  {QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("allocated_on"), on.toString(Qt::ISODate)},
                                  {QStringLiteral("person_ids"), idList(personIds)},
                                  {QStringLiteral("moved"), moved.value()}};
        // Checked above, person by person, against the owners before the move: checked again
        // here it would judge a person by their new owner.
        if (Status s =
                AuditStore(m_db)
                    .requiring(Permissions::Action::None)
                    .appendInTransaction(QStringLiteral("insert"), QStringLiteral("allocation"), 0,
                                         personIds.size() == 1 ? personIds.first() : 0, QString(),
                                         AuditStore::summaryJson(summary));
            !s)
            return s.error();
        return moved;
    });
}

Result<int> AllocationStore::allocateInTransaction(const QVector<qint64> &personIds,
                                                   const QString &toOwner, const QString &reason,
                                                   const QDate &on, const QString &by,
                                                   const QString &now,
                                                   const QHash<qint64, int> &expectedVersions)
{
    const QString owner = toOwner.trimmed();
    if (owner.isEmpty())
        return Error{tr("Choose the caseworker to allocate to"), QString(),
                     QStringLiteral("invalid")};
    if (!on.isValid())
        return Error{tr("Say when the allocation takes effect (today or earlier)"), QString(),
                     QStringLiteral("invalid")};
    // The range the form shows (DateRules), with its words.
    if (const QString p = DateRules::allocationEffective(Clock::localDay(now)).problem(on);
        !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    for (const qint64 id : personIds)
        if (!expectedVersions.contains(id))
            return Error{tr("The allocation has no version read for person %1").arg(id), QString(),
                         QStringLiteral("invalid")};
    QSqlQuery current(m_db);
    QSqlQuery insert(m_db);
    prepare(current, QStringLiteral("SELECT case_owner FROM person WHERE id = ?"));
    prepare(insert,
            QStringLiteral(
                "INSERT INTO allocation (person_id, from_owner, to_owner, reason, allocated_on, "
                "allocated_by, allocated_at) VALUES (:person_id, :from_owner, :to_owner, :reason, "
                ":allocated_on, :allocated_by, :allocated_at)"));
    QVector<qint64> moved;
    for (const qint64 id : personIds) {
        current.addBindValue(id);
        if (!current.exec())
            return queryError(tr("Could not read the person's owner"), current);
        if (!current.next())
            return Error{tr("There is no person with id %1").arg(id), QString(),
                         QStringLiteral("not-found")};
        const QString from = current.value(0).toString();
        current.finish();
        const int expected = expectedVersions.value(id);
        if (from == owner) {
            // Not moved, so not bumped; still refused if changed since it was read.
            if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("person"), id,
                                                            expected, tr("person"));
                !s)
                return s.error();
            continue;
        }
        if (Status s = EditConflict::claimInTransaction(m_db, QStringLiteral("person"), id,
                                                        expected, tr("person"));
            !s)
            return s.error();
        insert.bindValue(QStringLiteral(":person_id"), id);
        insert.bindValue(QStringLiteral(":from_owner"), textOrNull(from));
        insert.bindValue(QStringLiteral(":to_owner"), owner);
        insert.bindValue(QStringLiteral(":reason"), textOrNull(reason.trimmed()));
        insert.bindValue(QStringLiteral(":allocated_on"), on.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":allocated_by"), by);
        insert.bindValue(QStringLiteral(":allocated_at"), now);
        if (!insert.exec())
            return queryError(tr("Could not record the allocation"), insert);
        moved << id;
    }
    // The last action first, judged on PostgreSQL by the owners the allocation moves them from.
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction(moved); !s)
        return s.error();
    if (Status s = PersonStore(m_db).refreshDerivedInTransaction(moved); !s)
        return s.error();
    return int(moved.size());
}

Result<QVector<Allocation>> AllocationStore::history(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id, from_owner, to_owner, reason, allocated_on, "
                              "allocated_by, allocated_at FROM allocation WHERE person_id = ? "
                              "ORDER BY id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the allocation history"), q);
    QVector<Allocation> out;
    while (q.next()) {
        Allocation a;
        a.id = q.value(0).toLongLong();
        a.personId = personId;
        a.fromOwner = q.value(1).toString();
        a.toOwner = q.value(2).toString();
        a.reason = q.value(3).toString();
        a.allocatedOn = dateOf(q.value(4));
        a.allocatedBy = q.value(5).toString();
        a.allocatedAt = q.value(6).toString();
        out << a;
    }
    return out;
}

Result<WorkloadRules::Weights> AllocationStore::weights() const
{
    WorkloadRules::Weights w;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT weight_0, weight_1, weight_2, weight_3, weight_4, version "
                               "FROM workload_weights WHERE id = 1")))
        return queryError(tr("Could not read the workload weights"), q);
    if (q.next()) {
        // A band left NULL (never set) keeps its default.
        for (int band = 0; band <= 4; ++band)
            if (!q.value(band).isNull() && q.value(band).toInt() > 0)
                w.byBand[band] = q.value(band).toInt();
        w.version = q.value(5).toInt();
    }
    return w;
}

Status AllocationStore::setWeights(const WorkloadRules::Weights &w, int expectedVersion)
{
    if (const QString p = w.problem(); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    const QString table = QStringLiteral("workload_weights");
    return Transaction::run(m_db, [&]() -> Status {
        const Result<WorkloadRules::Weights> current = weights();
        if (!current)
            return current.status();
        if (current.value().version != expectedVersion)
            return EditConflict::error(m_db, table, 1, tr("workload weights"));
        bool same = true;
        for (int band = 0; band <= 4; ++band)
            same = same && current.value().weight(band) == w.weight(band);
        if (same)
            return {}; // nothing changed: no new version, no audit entry
        AuditStore audit(m_db);
        const Result<QString> before = audit.rowJson(table, 1);
        if (!before)
            return before.status();
        QSqlQuery q(m_db);
        // The row is made by schema 22; only SQL behind Lodestar's back removes it, and then the
        // save that read no row (version 0) puts it back.
        prepare(q, before.value().isEmpty()
                       ? QStringLiteral("INSERT INTO workload_weights (weight_0, weight_1, "
                                        "weight_2, weight_3, weight_4, id) VALUES (?, ?, ?, ?, "
                                        "?, 1)")
                       : QStringLiteral("UPDATE workload_weights SET weight_0 = ?, weight_1 = ?, "
                                        "weight_2 = ?, weight_3 = ?, weight_4 = ?, version = "
                                        "version + 1 WHERE id = 1 AND version = ?"));
        for (int band = 0; band <= 4; ++band)
            q.addBindValue(w.weight(band));
        if (!before.value().isEmpty())
            q.addBindValue(expectedVersion);
        if (!q.exec())
            return queryError(tr("Could not save the workload weights"), q);
        if (q.numRowsAffected() != 1)
            return EditConflict::error(m_db, table, 1, tr("workload weights"));
        const Result<QString> after = audit.rowJson(table, 1);
        if (!after)
            return after.status();
        return audit.changedInTransaction(table, 1, 0, before.value(), after.value());
    });
}

Result<QMap<QString, QMap<int, qint64>>> AllocationStore::bandsByOwner(const QString &where,
                                                                       const QVariantList &values,
                                                                       const QDate &asOf) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT COALESCE(case_owner, ''), COALESCE(band, 0), COUNT(*) FROM "
                              "person WHERE (%1) AND NOT %2 GROUP BY COALESCE(case_owner, ''), "
                              "COALESCE(band, 0)")
                   .arg(where, Stock::removedSql(QStringLiteral("person.id"))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return queryError(tr("Could not count the caseload by owner"), q);
    QMap<QString, QMap<int, qint64>> out;
    while (q.next())
        out[q.value(0).toString()][q.value(1).toInt()] += q.value(2).toLongLong();
    return out;
}

Result<QVector<AllocationStore::Load>> AllocationStore::workload(const QDate &asOf,
                                                                 const QString &team) const
{
    auto w = weights();
    if (!w)
        return w.error();
    auto users = UserStore(m_db).users();
    if (!users)
        return users.error();
    // Everyone owned carries weight (band 0: detained, or no criminal case) but the removed.
    auto bands = bandsByOwner(QStringLiteral("1 = 1"), {}, asOf);
    if (!bands)
        return bands.error();
    // People counted by owner for one condition on person.
    const auto countBy = [&](const QString &where,
                             const QVariantList &values) -> Result<QMap<QString, qint64>> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepare(q, QStringLiteral("SELECT COALESCE(case_owner, ''), COUNT(*) FROM person WHERE "
                                  "%1 GROUP BY COALESCE(case_owner, '')")
                       .arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return queryError(tr("Could not count the caseload by owner"), q);
        QMap<QString, qint64> out;
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        return out;
    };
    const FigureDefinitions::Condition reviews =
        FigureDefinitions::condition(FigureId::ReviewsOverdue, asOf);
    const FigureDefinitions::Condition breached =
        FigureDefinitions::condition(FigureId::PersonsBreachedLast7Days, asOf);
    const FigureDefinitions::Condition preparation =
        FigureDefinitions::condition(FigureId::PreparationOverdue, asOf);
    auto overdue = countBy(reviews.sql, reviews.values);
    auto breaches = countBy(breached.sql, breached.values);
    auto prepared = countBy(preparation.sql, preparation.values);
    for (const auto *r : {&overdue, &breaches, &prepared})
        if (!*r)
            return r->error();

    QMap<QString, Load> loads;
    for (const AppUser &u : users.value()) {
        if (u.role == QLatin1String("manager") || u.role == QLatin1String("admin"))
            continue; // they carry no caseload
        Load &l = loads[u.userName];
        l.owner = u.userName;
        l.displayName = u.label();
        l.team = u.team;
        l.capacity = u.capacity;
    }
    for (auto it = bands.value().cbegin(); it != bands.value().cend(); ++it) {
        Load &l = loads[it.key()];
        l.owner = it.key();
        if (l.displayName.isEmpty())
            l.displayName = it.key().isEmpty() ? tr("(no case owner)") : it.key();
        l.peopleByBand = it.value();
    }
    QVector<Load> out;
    for (Load &l : loads) {
        if (!team.isEmpty() && l.team != team)
            continue;
        for (const qint64 n : std::as_const(l.peopleByBand))
            l.people += n;
        l.points = WorkloadRules::points(l.peopleByBand, w.value());
        l.reviewsOverdue = overdue.value().value(l.owner);
        l.breachedThisWeek = breaches.value().value(l.owner);
        l.preparationOverdue = prepared.value().value(l.owner);
        out << l;
    }
    // Heaviest first; owners who are not known users (no capacity) after, by points.
    std::stable_sort(out.begin(), out.end(), [](const Load &a, const Load &b) {
        if ((a.capacity > 0) != (b.capacity > 0))
            return a.capacity > 0;
        if (a.capacity > 0 && a.percent() != b.percent())
            return a.percent() > b.percent();
        return a.points > b.points;
    });
    return out;
}

Result<QVector<AllocationStore::Effect>> AllocationStore::preview(const QVector<qint64> &personIds,
                                                                  const QString &toOwner) const
{
    auto w = weights();
    if (!w)
        return w.error();
    // Who owns the people now, and what they weigh.
    QMap<QString, qint64> delta;
    const Status read = forEachRowIn(
        m_db,
        QStringLiteral("SELECT COALESCE(case_owner, ''), COALESCE(band, 0) FROM person WHERE id "
                       "IN (%1)"),
        {}, idList(personIds),
        [&](const QSqlQuery &q) {
            const QString from = q.value(0).toString();
            if (from == toOwner)
                return;
            const int weight = w.value().weight(q.value(1).toInt());
            delta[from] -= weight;
            delta[toOwner] += weight;
        },
        tr("Could not read the people to allocate"));
    if (!read)
        return read.error();
    delta[toOwner] += 0; // the new owner is shown even when nothing moves
    QStringList owners = delta.keys();
    QVariantList ownerValues;
    QStringList marks;
    for (const QString &o : owners) {
        ownerValues << o;
        marks << QStringLiteral("?");
    }
    auto bands = bandsByOwner(
        QStringLiteral("COALESCE(case_owner, '') IN (%1)").arg(marks.join(QStringLiteral(", "))),
        ownerValues, Clock::today());
    if (!bands)
        return bands.error();
    UserStore users(m_db);
    QVector<Effect> out;
    for (const QString &o : owners) {
        if (o.isEmpty())
            continue; // nobody's load to show for "no owner"
        auto user = users.find(o);
        if (!user)
            return user.error();
        const int capacity = user.value() ? user.value()->capacity : 0;
        const qint64 before = WorkloadRules::points(bands.value().value(o), w.value());
        const qint64 after = before + delta.value(o);
        Effect e;
        e.owner = o;
        e.displayName = user.value() ? user.value()->label() : o;
        e.beforePercent = WorkloadRules::percent(before, capacity);
        e.afterPercent = WorkloadRules::percent(after, capacity);
        e.overCapacityAfter = capacity > 0 && WorkloadRules::isOverCapacity(after, capacity);
        // The new owner first, then those who lose people.
        if (o == toOwner)
            out.prepend(e);
        else
            out << e;
    }
    return out;
}

Result<QVector<AllocationStore::Waiting>> AllocationStore::waiting(const Moment &at) const
{
    const FigureDefinitions::Condition unallocated =
        FigureDefinitions::condition(FigureId::Unallocated, at);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT person.id, person.person_ref, person.family_name, "
                              "person.given_names, person.band, person.owning_unit, "
                              "person.created_on FROM person WHERE %1 ORDER BY %2, "
                              "person.created_on, person.family_key, person.id")
                   .arg(unallocated.sql, SqlOrder::nullLast(QStringLiteral("person.band")) +
                                             QStringLiteral(", person.band")));
    for (const QVariant &v : unallocated.values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not list the people waiting for a case owner"), q);
    QVector<Waiting> out;
    while (q.next())
        out << Waiting{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       personName(q.value(2).toString(), q.value(3).toString()),
                       q.value(4).toInt(),
                       q.value(5).toString(),
                       QDate::fromString(q.value(6).toString(), Qt::ISODate)};
    return out;
}
