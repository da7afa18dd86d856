#include "reviewstore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "diarystore.h"
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

ReviewStore::ReviewStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString ReviewStore::diaryKind(qint64 personId)
{
    return QStringLiteral("review:%1").arg(personId);
}

Result<qint64> ReviewStore::save(const Review &review, const QString &user)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = saveInTransaction(review, user, Clock::today(), nowIso());
        if (!id)
            return id;
        if (Status s = AuditStore(m_db).insertedInTransaction(QStringLiteral("review"), id.value());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> ReviewStore::saveInTransaction(const Review &r, const QString &user,
                                              const QDate &today, const QString &now)
{
    if (const QString p = r.problem(today); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral(
                   "INSERT INTO review (person_id, reviewed_on, reviewer, barriers_checked, "
                   "compliance_checked, document_progressed, band_confirmed, next_action_set, "
                   "notes, outcome, next_review_on, recorded_at) VALUES (:person_id, :reviewed_on, "
                   ":reviewer, :barriers_checked, :compliance_checked, :document_progressed, "
                   ":band_confirmed, :next_action_set, :notes, :outcome, :next_review_on, "
                   ":recorded_at) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), r.personId);
    q.bindValue(QStringLiteral(":reviewed_on"), r.reviewedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":reviewer"), r.reviewer.isEmpty() ? user : r.reviewer);
    q.bindValue(QStringLiteral(":barriers_checked"), int(r.barriersChecked));
    q.bindValue(QStringLiteral(":compliance_checked"), int(r.complianceChecked));
    q.bindValue(QStringLiteral(":document_progressed"), int(r.documentProgressed));
    q.bindValue(QStringLiteral(":band_confirmed"), int(r.bandConfirmed));
    q.bindValue(QStringLiteral(":next_action_set"), int(r.nextActionSet));
    q.bindValue(QStringLiteral(":notes"), textOrNull(r.notes.trimmed()));
    q.bindValue(QStringLiteral(":outcome"), r.outcome);
    q.bindValue(QStringLiteral(":next_review_on"), r.nextReviewOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":recorded_at"), now);
    if (!q.exec())
        return queryError(tr("Could not save the review"), q);
    const qint64 id = returnedId(q);
    // The due date the lists and figures read off the person row.
    if (Status s = PersonStore(m_db).refreshReviewDatesInTransaction({r.personId}); !s)
        return s.error();
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({r.personId}); !s)
        return s.error();
    // This review answers the diary's earlier reminders; the next one goes in.
    DiaryStore diary(m_db);
    if (Status s = diary.closeKindInTransaction(diaryKind(r.personId), user, now); !s)
        return s.error();
    DiaryEntry next;
    next.personId = r.personId;
    next.due = r.nextReviewOn;
    next.kind = diaryKind(r.personId);
    next.title = tr("3-monthly review");
    if (auto added = diary.addInTransaction(next, user, now); !added)
        return added.error();
    return id;
}

Result<QVector<Review>> ReviewStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral(
                   "SELECT id, reviewed_on, reviewer, barriers_checked, "
                   "compliance_checked, document_progressed, band_confirmed, "
                   "next_action_set, notes, outcome, next_review_on, signed_off_by, "
                   "signed_off_at, version FROM review WHERE person_id = ? ORDER BY reviewed_on "
                   "DESC, id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the reviews"), q);
    QVector<Review> out;
    while (q.next()) {
        Review r;
        r.id = q.value(0).toLongLong();
        r.personId = personId;
        r.reviewedOn = dateOf(q.value(1));
        r.reviewer = q.value(2).toString();
        r.barriersChecked = q.value(3).toInt() != 0;
        r.complianceChecked = q.value(4).toInt() != 0;
        r.documentProgressed = q.value(5).toInt() != 0;
        r.bandConfirmed = q.value(6).toInt() != 0;
        r.nextActionSet = q.value(7).toInt() != 0;
        r.notes = q.value(8).toString();
        r.outcome = q.value(9).toString();
        r.nextReviewOn = dateOf(q.value(10));
        r.signedOffBy = q.value(11).toString();
        r.signedOffAt = q.value(12).toString();
        r.version = q.value(13).toInt();
        out << r;
    }
    return out;
}

Result<QDate> ReviewStore::dueFor(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The same base and set date as the review check, so the record and the check never
    // disagree.
    prepare(q, QStringLiteral("SELECT %1, %2")
                   .arg(ReviewRules::baseSql(QStringLiteral("?")),
                        ReviewRules::setNextSql(QStringLiteral("?"))));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not read when the review is due"), q);
    const QDate base = dateOf(q.value(0));
    return base.isValid() ? ReviewRules::dueDate(base, dateOf(q.value(1))) : QDate();
}

Result<QDate> ReviewStore::firstCaseOn(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // first_seen and created_at are UTC timestamps, each read as the user's local day (Clock):
    // the earliest of each kind, then the earliest day here.
    prepare(q, QStringLiteral("SELECT (SELECT MIN(first_seen) FROM cid_case WHERE person_id = ?), "
                              "(SELECT MIN(allocated_on) FROM allocation WHERE person_id = ?), "
                              "(SELECT created_at FROM person WHERE id = ?)"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not read the person's first case"), q);
    QDate first;
    for (int i = 0; i < 3; ++i) {
        const QDate d = dateOf(q.value(i));
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    }
    return first;
}

Status ReviewStore::signOff(qint64 reviewId, const QString &teamLeader, int expectedVersion)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db)
            .requiring(Permissions::Action::SignOffReview)
            .updateInTransaction(QStringLiteral("review"), reviewId, [&] {
                return signOffInTransaction(reviewId, teamLeader, nowIso(), expectedVersion);
            });
    });
}

Status ReviewStore::signOffInTransaction(qint64 reviewId, const QString &teamLeader,
                                         const QString &now, int expectedVersion)
{
    // First, so a review signed off meanwhile is a conflict that says by whom.
    if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("review"), reviewId,
                                                    expectedVersion, tr("review"));
        !s)
        return s;
    auto user = UserStore(m_db).find(teamLeader);
    if (!user)
        return user.status();
    if (!user.value() || user.value()->role != QLatin1String("team_leader"))
        return Error{tr("Only a team leader signs off reviews; %1 is not one").arg(teamLeader),
                     QString(), QStringLiteral("refused")};
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE review SET signed_off_by = ?, signed_off_at = ?, version = "
                              "version + 1 WHERE id = ? AND signed_off_at IS NULL AND reviewer "
                              "<> ? AND version = ?"));
    q.addBindValue(teamLeader);
    q.addBindValue(now);
    q.addBindValue(reviewId);
    q.addBindValue(teamLeader);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not sign off the review"), q);
    if (q.numRowsAffected() != 1) {
        if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("review"), reviewId,
                                                        expectedVersion, tr("review"));
            !s)
            return s;
        return Error{tr("The review is signed off already, is your own, or no longer exists"),
                     QString(), QStringLiteral("refused")};
    }
    QSqlQuery person(m_db);
    prepare(person, QStringLiteral("SELECT person_id FROM review WHERE id = ?"));
    person.addBindValue(reviewId);
    if (!person.exec() || !person.next())
        return queryError(tr("Could not read the review"), person);
    return PersonStore(m_db).refreshLastActionInTransaction({person.value(0).toLongLong()});
}

Result<QVector<ReviewStore::CheckRow>> ReviewStore::check(const QDate &asOf,
                                                          const QString &team) const
{
    const FigureDefinitions::Condition overdue =
        FigureDefinitions::condition(FigureId::ReviewsOverdue, asOf);
    const FigureDefinitions::Condition soon =
        FigureDefinitions::condition(FigureId::ReviewsDue30Days, asOf);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q,
            QStringLiteral("SELECT COALESCE(person.case_owner, ''), COUNT(*), SUM(CASE WHEN "
                           "%1 THEN 1 ELSE 0 END), SUM(CASE WHEN %2 THEN 1 ELSE 0 END), "
                           "SUM((SELECT COUNT(*) FROM review r WHERE r.person_id = person.id "
                           "AND r.signed_off_at IS NULL)) FROM person WHERE %3 GROUP BY "
                           "COALESCE(person.case_owner, '') ORDER BY COALESCE(person.case_owner, "
                           "'')")
                .arg(overdue.sql, soon.sql, Stock::sql(QStringLiteral("person"))));
    for (const QVariant &v : overdue.values + soon.values + Stock::values(asOf))
        q.addBindValue(v);
    // Read before the check runs: on PostgreSQL another query on the connection would discard
    // the rows of this forward-only one not yet read.
    auto users = UserStore(m_db).users();
    if (!users)
        return users.error();
    if (!q.exec())
        return queryError(tr("Could not read the review check"), q);
    QHash<QString, AppUser> byName;
    for (const AppUser &u : users.value())
        byName.insert(u.userName, u);
    QVector<CheckRow> out;
    while (q.next()) {
        CheckRow r;
        r.owner = q.value(0).toString();
        const AppUser u = byName.value(r.owner);
        r.displayName = r.owner.isEmpty() ? tr("(no case owner)")
                                          : (u.userName.isEmpty() ? r.owner : u.label());
        r.team = u.team;
        if (!team.isEmpty() && r.team != team)
            continue;
        r.people = q.value(1).toLongLong();
        r.overdue = q.value(2).toLongLong();
        r.dueSoon = q.value(3).toLongLong();
        r.awaitingSignOff = q.value(4).toLongLong();
        out << r;
    }
    return out;
}

Result<QVector<ReviewStore::DueRow>> ReviewStore::due(const QDate &asOf, Due which,
                                                      const QString &owner, bool anyOwner) const
{
    const FigureDefinitions::Condition overdue =
        FigureDefinitions::condition(FigureId::ReviewsOverdue, asOf);
    const FigureDefinitions::Condition soon =
        FigureDefinitions::condition(FigureId::ReviewsDue30Days, asOf);
    QString where;
    QVariantList values;
    switch (which) {
    case Due::Overdue:
        where = overdue.sql;
        values = overdue.values;
        break;
    case Due::Soon:
        where = soon.sql;
        values = soon.values;
        break;
    case Due::Both:
        where = QStringLiteral("((%1) OR (%2))").arg(overdue.sql, soon.sql);
        values = overdue.values + soon.values;
        break;
    }
    if (!anyOwner && owner.isEmpty()) {
        where += QStringLiteral(" AND COALESCE(person.case_owner, '') = ''");
    } else if (!anyOwner) {
        where += andOwnedBy(QStringLiteral("person"), owner);
        values << owner;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT person.id, person.person_ref, person.family_name, "
                              "person.given_names, person.case_owner, person.band, %1 AS base, "
                              "(SELECT MAX(r.reviewed_on) FROM review r WHERE r.person_id = "
                              "person.id), (SELECT MAX(r.id) FROM review r WHERE r.person_id = "
                              "person.id AND r.signed_off_at IS NULL AND r.reviewed_on = (SELECT "
                              "MAX(r2.reviewed_on) FROM review r2 WHERE r2.person_id = "
                              "person.id)), %3 FROM person WHERE %2 ORDER BY base, "
                              "person.family_key")
                   .arg(ReviewRules::storedBaseSql(QStringLiteral("person")), where,
                        ReviewRules::storedSetNextSql(QStringLiteral("person"))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the reviews due"), q);
    QVector<DueRow> out;
    while (q.next()) {
        DueRow r;
        r.personId = q.value(0).toLongLong();
        r.personRef = q.value(1).toString();
        r.name = personName(q.value(2).toString(), q.value(3).toString());
        r.caseOwner = q.value(4).toString();
        r.band = q.value(5).toInt();
        r.due = ReviewRules::dueDate(dateOf(q.value(6)), dateOf(q.value(9)));
        r.lastReviewed = dateOf(q.value(7));
        r.unsignedReviewId = q.value(8).toLongLong();
        out << r;
    }
    // Most overdue first: a set date can make a later base due sooner (SQL cannot add months
    // portably, so the order by due date is made here; ties keep the base and name order).
    std::stable_sort(out.begin(), out.end(),
                     [](const DueRow &a, const DueRow &b) { return a.due < b.due; });
    return out;
}

Result<QVector<ReviewStore::Unsigned>> ReviewStore::awaitingSignOff(const QDate &asOf,
                                                                    const OwnerScope &owners) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The review check's count of the same (check()): unsigned reviews of the stock's people.
    prepare(q,
            QStringLiteral("SELECT r.id, r.person_id, p.person_ref, p.family_name, "
                           "p.given_names, p.band, r.reviewed_on, r.reviewer FROM review r "
                           "JOIN person p ON p.id = r.person_id WHERE r.signed_off_at IS NULL "
                           "AND %1 AND %2 ORDER BY r.reviewed_on, r.id")
                .arg(Stock::sql(QStringLiteral("p")), owners.sql(QStringLiteral("p.case_owner"))));
    for (const QVariant &v : Stock::values(asOf) + owners.values())
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the reviews to sign off"), q);
    QVector<Unsigned> out;
    while (q.next())
        out << Unsigned{
            q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString(),   personName(q.value(3).toString(), q.value(4).toString()),
            q.value(5).toInt(),      dateOf(q.value(6)),
            q.value(7).toString()};
    return out;
}
